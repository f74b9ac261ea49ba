import { isRouteErrorResponse, Link, NavLink, Outlet, useRouteLoaderData } from 'react-router'
import { StatusBadge } from '#app/components/letters/tracker-status.tsx'
import { buttonClassName, ButtonLink } from '#app/components/ui/button.tsx'
import { cx } from '#app/components/ui/cx.ts'
import { formatLongDate } from '#app/components/ui/format.ts'
import { ArrowRightIcon, LetterIcon } from '#app/components/ui/icons.tsx'
import type { Route } from './+types/layout'
import { loadWorkspace } from './workspace.server.ts'

export const meta: Route.MetaFunction = ({ data }) => [
	{ title: data ? `${data.application.jobTitle} — Phoenix Letters` : 'Candidature — Phoenix Letters' },
]

export async function loader({ request, params }: Route.LoaderArgs) {
	// Only what the header and the tabs reading `useWorkspace` need. The Mirror
	// Match report stays out: its detail is a premium tool, and each tab that
	// needs it trims it in its own loader (the workspace is built once per request).
	const { application, analysis, cv } = await loadWorkspace(request, params.applicationId)
	return { application, analysis, hasCv: cv !== null }
}

/** The workspace of one application, for the tabs below the layout. */
export function useWorkspace() {
	const workspace = useRouteLoaderData<typeof loader>('routes/letters/application/layout')
	if (!workspace) throw new Error('useWorkspace outside the application layout')
	return workspace
}

const tabs = [
	{ to: '.', label: 'Analyse de l’offre', end: true },
	{ to: 'match', label: 'Mirror Match' },
	{ to: 'lettre', label: 'Lettre' },
	{ to: 'coach', label: 'Smart Coach' },
	{ to: 'suivi', label: 'Suivi' },
]

export default function ApplicationLayout({ loaderData }: Route.ComponentProps) {
	const { application } = loaderData
	return (
		<div className="mx-auto max-w-6xl px-4 py-8 sm:px-6 sm:py-10 lg:px-8">
			<p>
				<Link to="/letters" className="text-sm font-semibold text-stone-700 underline-offset-4 hover:text-stone-950 hover:underline">
					<span aria-hidden="true">←&nbsp;</span>Mes candidatures
				</Link>
			</p>
			<header className="mt-4 flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
				<div className="min-w-0">
					<h1 className="text-2xl font-bold tracking-tight text-balance break-words text-stone-900 sm:text-3xl">{application.jobTitle}</h1>
					<p className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-2 text-stone-700">
						{application.company ? <span className="font-medium">{application.company}</span> : <span>Entreprise non précisée</span>}
						<StatusBadge status={application.status} />
						<span className="text-sm text-stone-500">Ajoutée le {formatLongDate(application.createdAt)}</span>
					</p>
				</div>
				{application.offerUrl ? (
					<a
						href={application.offerUrl}
						target="_blank"
						rel="noopener noreferrer"
						className={buttonClassName({ variant: 'secondary', size: 'sm' }, 'self-start')}
					>
						Voir l’annonce en ligne
						<span className="sr-only"> (nouvel onglet)</span>
					</a>
				) : null}
			</header>
			<nav aria-label="Sections de la candidature" className="-mx-4 mt-6 border-b border-stone-200 sm:mx-0">
				<ul className="flex gap-1 overflow-x-auto px-4 [scrollbar-width:thin] sm:px-0">
					{tabs.map((tab) => (
						<li key={tab.to} className="shrink-0">
							<NavLink
								to={tab.to}
								end={tab.end}
								className={({ isActive }) =>
									cx(
										'-mb-px flex min-h-11 items-center border-b-2 px-3 py-2 text-sm font-semibold whitespace-nowrap transition-colors focus-visible:outline-3 focus-visible:-outline-offset-3 focus-visible:outline-ember-600 sm:px-4 sm:text-base',
										isActive ? 'border-ember-700 text-ember-800' : 'border-transparent text-stone-600 hover:border-stone-300 hover:text-stone-900',
									)
								}
							>
								{tab.label}
							</NavLink>
						</li>
					))}
				</ul>
			</nav>
			<div className="mt-8">
				<Outlet />
			</div>
		</div>
	)
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
	const notFound = isRouteErrorResponse(error) && error.status === 404
	return (
		<section className="mx-auto max-w-2xl px-4 py-16 text-center sm:px-6">
			<div className="mx-auto flex size-14 items-center justify-center rounded-2xl bg-ember-100 text-ember-800">
				<LetterIcon className="size-7" />
			</div>
			<h1 className="mt-6 text-3xl font-bold tracking-tight text-stone-900">
				{notFound ? 'Candidature introuvable' : 'Cette candidature ne s’affiche pas'}
			</h1>
			<p className="mt-4 text-lg text-stone-700">
				{notFound
					? 'Cette candidature n’existe pas, a été supprimée, ou appartient à un autre compte. Vos autres candidatures sont toujours là.'
					: 'Un problème passager nous empêche de l’afficher. Réessayez dans un instant\u00a0; vos données ne sont pas perdues.'}
			</p>
			<p className="mt-8">
				<ButtonLink to="/letters">
					Revenir à mes candidatures
					<ArrowRightIcon className="size-5" />
				</ButtonLink>
			</p>
		</section>
	)
}
