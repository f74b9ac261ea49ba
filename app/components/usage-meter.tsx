import { capabilityLabel, describeLimit, meterPercent, type QuotaPeriod } from '#shared/quota.ts'
import { cx } from './ui/cx.ts'

const periodNames: Record<QuotaPeriod, string> = { day: 'aujourd’hui', month: 'ce mois-ci', total: 'en tout' }

/** How much of a plan's allowance a person has used. */
export function UsageMeter({
	capability,
	period,
	used,
	limit,
}: {
	capability: string
	period: QuotaPeriod
	used: number
	limit: number | null
}) {
	const percent = meterPercent(used, limit)
	const label = capabilityLabel(capability)
	const full = percent !== null && percent >= 100
	return (
		<div>
			<div className="flex items-baseline justify-between gap-3 text-sm">
				<span className="font-medium text-stone-900">{label}</span>
				<span className={cx('shrink-0 whitespace-nowrap tabular-nums', full ? 'font-semibold text-ember-800' : 'text-stone-600')}>
					{limit === null ? `${used} ${periodNames[period]} · illimité` : `${used} / ${limit} ${periodNames[period]}`}
				</span>
			</div>
			{percent !== null ? (
				<div
					role="meter"
					aria-label={`${label} : ${used} sur ${describeLimit(capability, period, limit)}`}
					aria-valuemin={0}
					aria-valuemax={limit ?? 0}
					aria-valuenow={Math.min(used, limit ?? used)}
					className="mt-2 h-2 overflow-hidden rounded-full bg-stone-200"
				>
					<div className={cx('h-full rounded-full', full ? 'bg-ember-700' : 'bg-emerald-600')} style={{ width: `${percent}%` }} />
				</div>
			) : null}
		</div>
	)
}
