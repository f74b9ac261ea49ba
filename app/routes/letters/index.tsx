import { parseWithZod } from '@conform-to/zod/v4'
import { data, Link } from 'react-router'
import { z } from 'zod'
import { TrackerBoard } from '#app/components/letters/tracker-board.tsx'
import { TrackerFollowUps } from '#app/components/letters/tracker-follow-ups.tsx'
import { TrackerIntro } from '#app/components/letters/tracker-intro.tsx'
import { TrackerList } from '#app/components/letters/tracker-list.tsx'
import { trackerActionMessage } from '#app/components/letters/tracker-status.tsx'
import { UsageMeter } from '#app/components/usage-meter.tsx'
import { applicationStatuses } from '#app/domain/application/tracker.ts'
import { ButtonLink } from '#app/components/ui/button.tsx'
import { Card } from '#app/components/ui/card.tsx'
import { cx } from '#app/components/ui/cx.ts'
import { formatLongDate } from '#app/components/ui/format.ts'
import { ArrowRightIcon, CvIcon, LetterIcon, RouteIcon } from '#app/components/ui/icons.tsx'
import { PageHeader } from '#app/components/ui/page-header.tsx'
import { StatusMessage } from '#app/components/ui/status-message.tsx'
import { requireUser } from '#app/server/auth/auth.server.ts'
import type { Route } from './+types/index'
import { loadLettersHome, markFollowedUp, moveApplication, type TrackerActionResult, type TrackerView } from './index.server.ts'

export const meta: Route.MetaFunction = () => [
	{ title: 'Phoenix Letters — Phoenix' },
	{
		name: 'description',
		content:
			'Des lettres de motivation écrites pour une reconversion\u00a0: analyse de l’offre, Mirror Match, Smart Coach, Trajectory Builder et suivi des candidatures.',
	},
]

const applicationId = z.uuid({ error: 'Cette candidature est introuvable. Rechargez la page.' })

/** The tracker's in-place actions: move a card to another column, or note that a follow-up was sent. */
export const trackerActionSchema = z.discriminatedUnion(
	'intent',
	[
		z.object({
			intent: z.literal('move'),
			applicationId,
			status: z.enum(applicationStatuses, { error: 'Choisissez une colonne dans la liste proposée.' }),
		}),
		z.object({ intent: z.literal('relance-faite'), applicationId }),
	],
	{ error: 'Cette action n’est pas reconnue. Rechargez la page puis réessayez.' },
)

export async function loader({ request }: Route.LoaderArgs) {
	const user = await requireUser(request)
	return loadLettersHome(user, new URL(request.url))
}

export async function action({ request }: Route.ActionArgs) {
	const user = await requireUser(request)
	const submission = parseWithZod(await request.formData(), { schema: trackerActionSchema })
	if (submission.status !== 'success') {
		const message = Object.values(submission.error ?? {}).flat()[0] ?? 'Cette demande est incomplète. Rechargez la page puis réessayez.'
		return data<TrackerActionResult>({ ok: false, message }, { status: 400 })
	}
	const { value } = submission
	return value.intent === 'move' ? moveApplication(user, value.applicationId, value.status) : markFollowedUp(user, value.applicationId)
}

const views: Array<{ view: TrackerView; label: string }> = [
	{ view: 'liste', label: 'Liste' },
	{ view: 'tableau', label: 'Tableau' },
]

export default function LettersHome({ loaderData, actionData }: Route.ComponentProps) {
	const { applications, view, reminder, upcoming, hasOpenApplications, today, usage, cv, deleted } = loaderData
	const firstVisit = applications.length === 0

	return (
		<div className="mx-auto max-w-6xl px-4 py-10 sm:px-6 sm:py-12 lg:px-8">
			<PageHeader
				icon={<LetterIcon className="size-7" />}
				eyebrow="Lettres de motivation et candidatures"
				title="Phoenix Letters"
				description="Des lettres qui présentent votre reconversion comme une force, et tout ce qu’il faut pour préparer et suivre chaque candidature."
				actions={
					<>
						<ButtonLink to="/letters/candidatures/nouvelle" className="w-full sm:w-auto">
							Nouvelle candidature
							<ArrowRightIcon className="size-5" />
						</ButtonLink>
						<ButtonLink to="/letters/mon-cv" variant="secondary" className="flex-1 sm:flex-none">
							<CvIcon className="size-5" />
							Mon CV
						</ButtonLink>
						<ButtonLink to="/letters/trajectoire" variant="secondary" className="flex-1 sm:flex-none">
							<RouteIcon className="size-5" />
							Trajectory Builder
						</ButtonLink>
					</>
				}
			/>

			<div className="mt-8 flex flex-col gap-4 empty:hidden">
				{deleted ? (
					<StatusMessage tone="success">La candidature a été supprimée, avec sa lettre. Vos autres candidatures ne changent pas.</StatusMessage>
				) : null}
				{actionData ? <StatusMessage tone={actionData.ok ? 'success' : 'error'}>{trackerActionMessage(actionData)}</StatusMessage> : null}
				{cv ? null : (
					<StatusMessage
						tone="info"
						title="Ajoutez votre CV pour aller plus loin"
						action={
							<Link to="/letters/mon-cv" className="font-semibold underline underline-offset-4">
								Ajouter mon CV
							</Link>
						}
					>
						Mirror Match compare votre parcours à chaque offre, et vos lettres s’appuient sur vos vraies expériences. Collez-le une fois,
						il servira à toutes vos candidatures.
					</StatusMessage>
				)}
			</div>

			{firstVisit ? (
				<div className="mt-8 grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
					<TrackerIntro />
					<aside className="flex flex-col gap-6" aria-label="Votre compte Phoenix Letters">
						<LettersUsage used={usage.used} limit={usage.limit} />
					</aside>
				</div>
			) : (
				<>
					<div className="mt-8 grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
						<TrackerFollowUps reminder={reminder} upcoming={upcoming} hasOpenApplications={hasOpenApplications} today={today} view={view} />
						<aside className="flex flex-col gap-6" aria-label="Votre compte Phoenix Letters">
							<LettersUsage used={usage.used} limit={usage.limit} />
							{cv ? (
								<Card tone="flat" padding="sm">
									<h2 className="text-sm font-semibold text-stone-900">Mon CV</h2>
									<p className="mt-1 text-sm leading-6 text-stone-700">
										«&nbsp;{cv.title}&nbsp;», mis à jour le {formatLongDate(cv.updatedAt)}.{' '}
										<Link to="/letters/mon-cv" className="font-medium underline underline-offset-4 hover:text-stone-950">
											Le modifier
										</Link>
									</p>
								</Card>
							) : null}
						</aside>
					</div>

					<section aria-labelledby="candidatures-titre" className="mt-10 flex flex-col gap-5">
						<div className="flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
							<div>
								<h2 id="candidatures-titre" className="text-2xl font-semibold tracking-tight text-stone-900">
									Mes candidatures <span className="text-lg font-normal text-stone-600 tabular-nums">({applications.length})</span>
								</h2>
								<p className="mt-1 text-sm text-stone-600">
									{view === 'tableau'
										? 'Une colonne par étape. Déplacez une candidature quand elle avance.'
										: 'Les dernières modifiées en premier. Ouvrez-en une pour la lettre, le Mirror Match ou le suivi.'}
								</p>
							</div>
							<nav aria-label="Affichage des candidatures">
								<ul className="inline-flex rounded-lg border border-stone-300 bg-white p-1 shadow-sm">
									{views.map((option) => (
										<li key={option.view}>
											<Link
												to={`?vue=${option.view}`}
												preventScrollReset
												aria-current={view === option.view ? 'page' : undefined}
												className={cx(
													'flex min-h-9 items-center rounded-md px-4 text-sm font-semibold transition-colors focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-ember-600',
													view === option.view ? 'bg-ember-700 text-white' : 'text-stone-700 hover:bg-stone-100 hover:text-stone-950',
												)}
											>
												{option.label}
											</Link>
										</li>
									))}
								</ul>
							</nav>
						</div>
						{view === 'tableau' ? <TrackerBoard items={applications} view={view} /> : <TrackerList items={applications} />}
					</section>
				</>
			)}
		</div>
	)
}

function LettersUsage({ used, limit }: { used: number; limit: number | null }) {
	const exhausted = limit !== null && used >= limit
	return (
		<Card tone="flat" padding="sm" className="flex flex-col gap-3">
			<h2 className="text-sm font-semibold text-stone-900">Vos lettres ce mois-ci</h2>
			<UsageMeter capability="letters_generated" period="month" used={used} limit={limit} />
			<p className="text-sm leading-6 text-stone-600">
				{exhausted
					? 'Vous avez écrit toutes les lettres de votre offre ce mois-ci. Vous pouvez toujours modifier les vôtres à la main\u00a0; le compteur repart le 1er du mois.'
					: 'Le compteur repart le 1er de chaque mois. Modifier une lettre à la main ne compte pas.'}
			</p>
			{exhausted ? (
				<Link to="/compte/abonnement" className="text-sm font-semibold text-ember-800 underline underline-offset-4 hover:text-ember-900">
					Voir l’offre Premium
				</Link>
			) : null}
		</Card>
	)
}
