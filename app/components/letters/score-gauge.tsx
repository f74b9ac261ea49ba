import { cx } from '#app/components/ui/cx.ts'

// Low scores are drawn in the warm accent, never in alarm red: a gap is something to work on.
function band(score: number) {
	if (score >= 60) return { stroke: 'stroke-emerald-600', fill: 'bg-emerald-600' }
	if (score >= 40) return { stroke: 'stroke-amber-500', fill: 'bg-amber-500' }
	return { stroke: 'stroke-ember-600', fill: 'bg-ember-600' }
}

const clamp = (score: number) => Math.max(0, Math.min(100, Math.round(score)))

/** A half-circle gauge for a 0–100 score, with its meaning written below the figure. */
export function ScoreGauge({ score, label, className }: { score: number; label: string; className?: string }) {
	const value = clamp(score)
	return (
		<div
			role="meter"
			aria-label="Score Mirror Match"
			aria-valuemin={0}
			aria-valuemax={100}
			aria-valuenow={value}
			aria-valuetext={`${value} sur 100\u00a0: ${label}`}
			className={cx('flex w-full max-w-56 flex-col items-center', className)}
		>
			<svg viewBox="0 0 120 68" aria-hidden="true" className="w-full">
				<path d="M10 60 A50 50 0 0 1 110 60" pathLength={100} className="fill-none stroke-stone-200" strokeWidth={12} strokeLinecap="round" />
				{value > 0 ? (
					<path
						d="M10 60 A50 50 0 0 1 110 60"
						pathLength={100}
						strokeDasharray={`${value} 100`}
						className={cx('fill-none', band(value).stroke)}
						strokeWidth={12}
						strokeLinecap="round"
					/>
				) : null}
				<text x="60" y="54" textAnchor="middle" className="fill-stone-900 text-[1.75rem] font-bold tabular-nums">
					{value}
				</text>
				<text x="60" y="66" textAnchor="middle" className="fill-stone-500 text-[0.5rem]">
					sur 100
				</text>
			</svg>
			<p className="mt-1 text-center font-semibold text-stone-900">{label}</p>
		</div>
	)
}

/** A 0–100 score as a horizontal bar with the figure written beside its label. */
export function ScoreBar({
	score,
	label,
	labelAs: Label = 'span',
	labelId,
	className,
}: {
	score: number
	label: string
	/** `h3` when the bar heads a card. */
	labelAs?: 'span' | 'h3' | 'h4'
	labelId?: string
	className?: string
}) {
	const value = clamp(score)
	return (
		<div className={className}>
			<div className="flex items-baseline justify-between gap-3">
				<Label id={labelId} className="font-semibold text-stone-900">
					{label}
				</Label>
				<span className="shrink-0 text-sm text-stone-600 tabular-nums">{value}&nbsp;/&nbsp;100</span>
			</div>
			<div
				role="meter"
				aria-label={label}
				aria-valuemin={0}
				aria-valuemax={100}
				aria-valuenow={value}
				aria-valuetext={`${value} sur 100`}
				className="mt-2 h-2 overflow-hidden rounded-full bg-stone-200"
			>
				<div className={cx('h-full rounded-full', band(value).fill)} style={{ width: `${value}%` }} />
			</div>
		</div>
	)
}
