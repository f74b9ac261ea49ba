import { useFetcher } from 'react-router'
import { Button } from '#app/components/ui/button.tsx'
import { cx } from '#app/components/ui/cx.ts'
import { AlertIcon, InfoIcon, SparklesIcon } from '#app/components/ui/icons.tsx'
import type { CoachFinding, CoachSeverity } from '#app/domain/coach/types.ts'
import { checkLabels, severityLabels } from './coach-score.tsx'
import type { LetterStream } from './letter-stream.ts'

/** Every « Appliquer » of the page shares one fetcher: the outcome outlives the remark it fixed. */
export const coachApplyFetcherKey = 'coach-apply'

export type CoachActionResult = { ok: boolean; message: string; stale?: boolean }

const severityStyles: Record<CoachSeverity, { badge: string; Icon: typeof AlertIcon }> = {
	important: { badge: 'bg-ember-50 text-ember-900 ring-ember-200', Icon: AlertIcon },
	conseil: { badge: 'bg-amber-50 text-amber-900 ring-amber-200', Icon: InfoIcon },
	detail: { badge: 'bg-sky-50 text-sky-900 ring-sky-200', Icon: InfoIcon },
}

export type CoachFindingItem = CoachFinding & { paragraphIndex: number | null }

/** One remark of the coach: where, why, and what to do in one click when it can be done for you. */
export function CoachFindingCard({
	finding,
	number,
	versionId,
	actionUrl,
	premium,
	stream,
	onRewrite,
}: {
	finding: CoachFindingItem
	number: number
	versionId: string
	actionUrl: string
	premium: boolean
	stream: LetterStream
	onRewrite: (finding: CoachFindingItem) => void
}) {
	const fetcher = useFetcher<CoachActionResult>({ key: coachApplyFetcherKey })
	const applying = fetcher.state !== 'idle' && fetcher.formData?.get('findingId') === finding.id
	const busy = fetcher.state !== 'idle' || stream.busy
	const rewriting = stream.busy && stream.target?.kind === 'paragraph' && stream.target.findingId === finding.id
	const { badge, Icon } = severityStyles[finding.severity]
	const titleId = `finding-${number}-title`
	return (
		<li id={`finding-${number}`} tabIndex={-1} className="scroll-mt-24 rounded-2xl outline-none focus-visible:ring-3 focus-visible:ring-ember-600">
			<article aria-labelledby={titleId} className="flex flex-col gap-3 rounded-2xl border border-stone-200 bg-white p-4 shadow-sm sm:p-5">
				<div className="flex flex-wrap items-center gap-2">
					<span aria-hidden="true" className="inline-flex size-6 items-center justify-center rounded-full bg-stone-800 text-xs font-semibold text-white">
						{number}
					</span>
					<span className={cx('inline-flex items-center gap-1 rounded-full px-2.5 py-0.5 text-xs font-semibold ring-1 ring-inset', badge)}>
						<Icon className="size-3.5" />
						{severityLabels[finding.severity]}
					</span>
					<span className="text-xs font-medium text-stone-600">{checkLabels[finding.check]}</span>
				</div>
				<h3 id={titleId} className="font-semibold text-stone-900">
					<span className="sr-only">Remarque {number}&nbsp;: </span>
					{finding.title}
				</h3>
				{finding.excerpt ? (
					<blockquote className="border-l-4 border-stone-300 pl-3 font-serif text-stone-800">«&nbsp;{finding.excerpt.trim()}&nbsp;»</blockquote>
				) : null}
				<p className="text-sm leading-6 text-stone-700">{finding.message}</p>
				{finding.missingKeywords?.length ? (
					<ul className="flex flex-wrap gap-2" aria-label="Mots de l’offre absents de la lettre">
						{finding.missingKeywords.map((keyword) => (
							<li key={keyword} className="rounded-full bg-stone-100 px-2.5 py-0.5 text-sm text-stone-800 ring-1 ring-stone-200 ring-inset">
								{keyword}
							</li>
						))}
					</ul>
				) : null}

				{rewriting ? (
					<div className="rounded-xl bg-ember-50/60 p-3 ring-1 ring-ember-200">
						<p className="text-xs font-semibold tracking-wide text-ember-800 uppercase">Nouvelle version du paragraphe</p>
						<div aria-live="polite" aria-busy={stream.streaming} className="mt-1 font-serif leading-7 whitespace-pre-wrap text-stone-900">
							{stream.text || <span className="text-stone-500">Phoenix réécrit ce paragraphe…</span>}
						</div>
					</div>
				) : null}

				{finding.fix || (premium && finding.rewritable && finding.paragraphIndex !== null) ? (
					<div className="flex flex-col gap-2 sm:flex-row sm:flex-wrap sm:items-center">
						{finding.fix ? (
							<fetcher.Form method="post" action={actionUrl} className="flex flex-wrap items-center gap-2">
								<input type="hidden" name="intent" value="apply" />
								<input type="hidden" name="versionId" value={versionId} />
								<input type="hidden" name="findingId" value={finding.id} />
								<Button type="submit" size="sm" disabled={busy} aria-describedby={`${titleId}-fix`}>
									{applying ? 'Application…' : 'Appliquer'}
								</Button>
								<span id={`${titleId}-fix`} className="text-sm text-stone-700">
									{finding.fix.label}
								</span>
							</fetcher.Form>
						) : null}
						{premium && finding.rewritable && finding.paragraphIndex !== null ? (
							rewriting && stream.streaming ? (
								<Button variant="secondary" size="sm" onClick={stream.stop}>
									<span aria-hidden="true" className="size-2.5 rounded-xs bg-current" />
									Arrêter
								</Button>
							) : (
								<Button variant="secondary" size="sm" disabled={busy} onClick={() => onRewrite(finding)}>
									<SparklesIcon className="size-4" />
									{rewriting ? 'Enregistrement…' : 'Réécrire avec l’IA'}
								</Button>
							)
						) : null}
					</div>
				) : null}
				{!premium && finding.rewritable ? (
					<p className="text-sm text-stone-600">Avec Premium, Phoenix peut aussi réécrire ce passage pour vous en suivant ce conseil.</p>
				) : null}
			</article>
		</li>
	)
}
