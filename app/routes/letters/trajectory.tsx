import { Link } from 'react-router'
import { TrajectoryForm } from '#app/components/letters/trajectory-form.tsx'
import { TrajectoryPlan, type PlanActionResult } from '#app/components/letters/trajectory-plan.tsx'
import { fromTo, TrajectoryResult } from '#app/components/letters/trajectory-result.tsx'
import { ButtonLink } from '#app/components/ui/button.tsx'
import { RouteIcon } from '#app/components/ui/icons.tsx'
import { PageHeader } from '#app/components/ui/page-header.tsx'
import { StatusMessage } from '#app/components/ui/status-message.tsx'
import type { Route } from './+types/trajectory'
import { loadTrajectoryPage, trajectoryAction } from './trajectory.server.ts'

export const meta: Route.MetaFunction = ({ data }) => {
	const result = data?.result
	return [
		{ title: result ? `${fromTo(result.from, result.to)} — Trajectory Builder — Phoenix Letters` : 'Trajectory Builder — Phoenix Letters' },
		{
			name: 'description',
			content:
				'Le chemin d’un métier à un autre d’après le répertoire officiel des métiers (ROME)\u00a0: compétences déjà acquises, compétences à acquérir et plan daté.',
		},
	]
}

export async function loader({ request }: Route.LoaderArgs) {
	return loadTrajectoryPage(request)
}

export async function action({ request }: Route.ActionArgs) {
	return trajectoryAction(request)
}

export default function TrajectoryBuilder({ loaderData, actionData }: Route.ComponentProps) {
	const { saved, result, defaults, queryResult, viaError, today, justSaved, hasCv } = loaderData
	const saveError = actionData && actionData.intent === 'enregistrer' && !actionData.ok ? actionData.message : null
	const planResult = actionData && actionData.intent !== 'enregistrer' ? (actionData as PlanActionResult) : null

	return (
		<div className="mx-auto max-w-6xl px-4 py-10 sm:px-6 sm:py-12 lg:px-8">
			<PageHeader
				icon={<RouteIcon className="size-7" />}
				eyebrow="Phoenix Letters"
				title="Trajectory Builder"
				description={
					'Le chemin de votre métier actuel au métier que vous visez, d’après le répertoire officiel des métiers de France Travail (ROME)\u00a0: ce que vous savez déjà faire, ce qu’il reste à apprendre, et un plan daté à suivre.'
				}
				actions={
					<ButtonLink to="/letters" variant="secondary">
						Mes candidatures
					</ButtonLink>
				}
			/>

			<div className="mt-8 flex flex-col gap-8">
				{justSaved && saved ? (
					<StatusMessage tone="success" title="Votre plan est enregistré">
						Il vous attend ci-dessous, et à chaque visite. Cochez les étapes au fil de l’eau, et changez les dates quand votre rythme
						change.
					</StatusMessage>
				) : null}
				{saveError ? <StatusMessage tone="error">{saveError}</StatusMessage> : null}
				{saved ? <TrajectoryPlan plan={saved} today={today} justSaved={justSaved} actionResult={planResult} /> : null}

				<TrajectoryForm from={defaults.de} to={defaults.vers} lastResult={queryResult} hasResult={result !== null} />

				{viaError ? <StatusMessage tone="warning">{viaError}</StatusMessage> : null}
				{result ? (
					<TrajectoryResult result={result} hasSavedPlan={saved !== null} />
				) : hasCv ? null : (
					<StatusMessage
						tone="info"
						title="Votre CV rend le résultat plus juste"
						action={
							<Link
								to={`/letters/mon-cv?retour=${encodeURIComponent('/letters/trajectoire')}`}
								className="font-semibold underline underline-offset-4"
							>
								Ajouter mon CV
							</Link>
						}
					>
						Sans CV, Phoenix part des compétences de votre métier actuel. Avec, il compte aussi ce que vous avez appris ailleurs&nbsp;:
						formations, projets, bénévolat.
					</StatusMessage>
				)}
			</div>
		</div>
	)
}
