import type { CoachCheck, CoachSeverity } from '#app/domain/coach/types.ts'
import { cx } from '#app/components/ui/cx.ts'

export const checkLabels: Record<CoachCheck, string> = {
	career_change: 'Votre reconversion',
	personalisation: 'Personnalisation',
	keywords: 'Mots-clés de l’offre',
	cliche: 'Formules toutes faites',
	vague: 'Formulations vagues',
	passive: 'Tournures passives',
	length: 'Longueur',
	typography: 'Typographie',
}

const checkOrder = Object.keys(checkLabels) as CoachCheck[]

export const severityLabels: Record<CoachSeverity, string> = { important: 'Important', conseil: 'Conseil', detail: 'Détail' }

/** The score in words: a quick read of how much is left to do, never a verdict on the person. */
export function scoreLabel(score: number) {
	if (score >= 85) return 'Lettre solide'
	if (score >= 65) return 'Quelques retouches'
	if (score >= 40) return 'À retravailler un peu'
	return 'Plusieurs pistes à reprendre'
}

function band(score: number) {
	if (score >= 65) return { text: 'text-emerald-800', bar: 'bg-emerald-600', ring: 'ring-emerald-200 bg-emerald-50' }
	if (score >= 40) return { text: 'text-amber-800', bar: 'bg-amber-500', ring: 'ring-amber-200 bg-amber-50' }
	return { text: 'text-ember-800', bar: 'bg-ember-600', ring: 'ring-ember-200 bg-ember-50' }
}

/** The score, the letter’s length and how many remarks each check made. */
export function CoachScore({
	score,
	words,
	total,
	counts,
}: {
	score: number
	words: number
	total: number
	counts: { check: CoachCheck; count: number }[]
}) {
	const colours = band(score)
	const label = scoreLabel(score)
	const sorted = [...counts].sort((a, b) => checkOrder.indexOf(a.check) - checkOrder.indexOf(b.check))
	return (
		<div className="flex flex-col gap-6 sm:flex-row sm:items-start">
			<div className={cx('flex shrink-0 flex-col items-center rounded-2xl px-6 py-4 ring-1 ring-inset', colours.ring)}>
				<p className={cx('text-4xl font-bold tabular-nums', colours.text)}>
					{score}
					<span className="text-base font-medium text-stone-600">&nbsp;/&nbsp;100</span>
				</p>
				<p className="mt-1 text-center text-sm font-semibold text-stone-900">{label}</p>
				<div
					role="meter"
					aria-label="Score du Smart Coach"
					aria-valuemin={0}
					aria-valuemax={100}
					aria-valuenow={score}
					aria-valuetext={`${score} sur 100\u00a0: ${label}`}
					className="mt-3 h-2 w-32 overflow-hidden rounded-full bg-white ring-1 ring-stone-200"
				>
					<div className={cx('h-full rounded-full', colours.bar)} style={{ width: `${score}%` }} />
				</div>
			</div>
			<div className="min-w-0 flex-1">
				<p className="text-sm leading-6 text-stone-700">
					{words}&nbsp;mots, {total === 0 ? 'aucune remarque' : `${total}\u00a0remarque${total > 1 ? 's' : ''}`}. Le score résume ce qu’il reste à
					retoucher&nbsp;; c’est un repère, pas une note sur vous.
				</p>
				{sorted.length > 0 ? (
					<ul className="mt-3 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2" aria-label="Remarques par point de contrôle">
						{sorted.map(({ check, count }) => (
							<li key={check} className="flex justify-between gap-3 border-b border-stone-100 py-1">
								<span className="text-stone-800">{checkLabels[check]}</span>
								<span className="font-semibold text-stone-900 tabular-nums">{count}</span>
							</li>
						))}
					</ul>
				) : null}
			</div>
		</div>
	)
}
