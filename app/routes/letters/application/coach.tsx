import { useFetcher } from 'react-router'
import { PremiumPreview } from '#app/components/premium-preview.tsx'
import { CoachFindingCard, coachApplyFetcherKey, type CoachActionResult, type CoachFindingItem } from '#app/components/letters/coach-findings.tsx'
import { CoachLetter, type HighlightRange } from '#app/components/letters/coach-letter.tsx'
import { CoachScore } from '#app/components/letters/coach-score.tsx'
import { LetterStreamNotice } from '#app/components/letters/letter-live.tsx'
import { useLetterStream } from '#app/components/letters/letter-stream.ts'
import { ButtonLink } from '#app/components/ui/button.tsx'
import { Card } from '#app/components/ui/card.tsx'
import { EmptyState } from '#app/components/ui/empty-state.tsx'
import { ArrowRightIcon, CheckCircleIcon, PenIcon } from '#app/components/ui/icons.tsx'
import { StatusMessage } from '#app/components/ui/status-message.tsx'
import type { Route } from './+types/coach'
import { coachAction, loadCoachTab } from './coach.server.ts'

export const meta: Route.MetaFunction = ({ matches }) => {
	const layout = matches.find((match) => match?.id === 'routes/letters/application/layout')?.data as
		| { application: { jobTitle: string } }
		| undefined
	return [{ title: layout ? `Smart Coach — ${layout.application.jobTitle} — Phoenix Letters` : 'Smart Coach — Phoenix Letters' }]
}

export async function loader({ request, params }: Route.LoaderArgs) {
	return loadCoachTab(request, params.applicationId)
}

export async function action({ request, params }: Route.ActionArgs) {
	return coachAction(request, params.applicationId)
}

export default function CoachTab({ loaderData }: Route.ComponentProps) {
	const { applicationId, letter, report, premium } = loaderData
	const stream = useLetterStream(applicationId)
	const applied = useFetcher<CoachActionResult>({ key: coachApplyFetcherKey })
	const letterUrl = `/letters/candidatures/${applicationId}/lettre`

	if (!letter || !report) {
		return (
			<EmptyState
				icon={<PenIcon className="size-7" />}
				title="Le Smart Coach relit votre lettre"
				description={
					<p>
						Il repère les formules toutes faites, les phrases vagues, les mots de l’offre qui manquent et les détails de typographie, et
						propose une correction en un clic. Écrivez d’abord votre lettre, il la relira ici.
					</p>
				}
				action={
					<ButtonLink to={letterUrl}>
						Écrire ma lettre
						<ArrowRightIcon className="size-5" />
					</ButtonLink>
				}
			/>
		)
	}

	const numbered = report.findings.map((finding, index) => ({ finding, number: index + 1 }))
	const ranges: HighlightRange[] = numbered.flatMap(({ finding, number }) =>
		finding.start !== undefined && finding.end !== undefined
			? [{ id: finding.id, number, start: finding.start, end: finding.end, severity: finding.severity }]
			: [],
	)
	const rewrite = (finding: CoachFindingItem) => {
		if (finding.paragraphIndex === null) return
		void stream.start(
			{ tone: letter.tone ?? 'formel', length: 'standard', rewrite: { paragraphIndex: finding.paragraphIndex, hint: finding.message } },
			{ kind: 'paragraph', paragraphIndex: finding.paragraphIndex, findingId: finding.id },
		)
	}
	const outcome = applied.state === 'idle' ? applied.data : undefined

	return (
		<div className="flex flex-col gap-8">
			<div aria-live="polite" className="empty:hidden">
				{outcome ? <StatusMessage tone={outcome.ok ? 'success' : 'warning'}>{outcome.message}</StatusMessage> : null}
			</div>
			{stream.notice ? <LetterStreamNotice notice={stream.notice} onDismiss={stream.dismiss} /> : null}

			<Card as="section" aria-labelledby="coach-score-title" padding="lg">
				<h2 id="coach-score-title" className="mb-4 text-xl font-semibold text-stone-900">
					Ce que le Smart Coach pense de votre lettre
				</h2>
				<CoachScore score={report.score} words={report.words} total={report.total} counts={report.counts} />
			</Card>

			<div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_24rem]">
				<Card as="section" aria-labelledby="coach-letter-title" padding="lg" className="min-w-0">
					<div className="flex flex-wrap items-baseline justify-between gap-3">
						<h2 id="coach-letter-title" className="text-xl font-semibold text-stone-900">
							Votre lettre annotée
						</h2>
						<ButtonLink to={letterUrl} variant="ghost" size="sm">
							<PenIcon className="size-4" />
							Modifier ma lettre
						</ButtonLink>
					</div>
					<p className="mt-1 text-sm text-stone-600">
						Les passages surlignés renvoient à la remarque du même numéro. Le coach relit la dernière version enregistrée.
					</p>
					<div className="mt-4">
						<CoachLetter body={letter.body} ranges={ranges} />
					</div>
				</Card>

				<section aria-labelledby="coach-findings-title" className="flex min-w-0 flex-col gap-4">
					<h2 id="coach-findings-title" className="text-xl font-semibold text-stone-900">
						{premium ? 'Les remarques' : 'Les remarques principales'}
					</h2>
					{report.total === 0 ? (
						<StatusMessage tone="success" title="Rien à signaler">
							Le coach n’a rien trouvé à reprendre. Relisez-la une dernière fois à voix haute, puis envoyez-la.
						</StatusMessage>
					) : (
						<ol className="flex flex-col gap-4">
							{numbered.map(({ finding, number }) => (
								<CoachFindingCard
									key={finding.id}
									finding={finding}
									number={number}
									versionId={letter.id}
									actionUrl={`/letters/candidatures/${applicationId}/coach`}
									premium={premium}
									stream={stream}
									onRewrite={rewrite}
								/>
							))}
						</ol>
					)}
					{report.hidden > 0 ? (
						<PremiumPreview title="Toutes les remarques avec Premium" hiddenCount={report.hidden}>
							Premium montre chaque remarque du coach, surlignée dans votre lettre avec sa correction en un clic, et peut réécrire un passage
							pour vous en suivant le conseil.
						</PremiumPreview>
					) : report.total > 0 && report.findings.every((finding) => !finding.fix) ? (
						<p className="flex gap-2 text-sm text-stone-600">
							<CheckCircleIcon className="mt-0.5 size-4 shrink-0 text-emerald-700" />
							<span>Ces remarques se corrigent à la main, dans l’onglet Lettre.</span>
						</p>
					) : null}
				</section>
			</div>
		</div>
	)
}
