import { ButtonLink } from '#app/components/ui/button.tsx'
import { EmptyState, type EmptyStateItem } from '#app/components/ui/empty-state.tsx'
import {
	ArrowRightIcon,
	KanbanIcon,
	LetterIcon,
	MirrorIcon,
	PenIcon,
	RouteIcon,
	SearchIcon,
	SparklesIcon,
	TargetIcon,
} from '#app/components/ui/icons.tsx'
import { PageHeader } from '#app/components/ui/page-header.tsx'
import { StartTips } from '#app/components/start-tips.tsx'
import type { Route } from './+types/index'

export const meta: Route.MetaFunction = () => [
	{ title: 'Phoenix Letters — Phoenix' },
	{
		name: 'description',
		content:
			'Des lettres de motivation écrites pour une reconversion\u00a0: analyse de l’offre, Mirror Match, Smart Coach, Trajectory Builder et suivi des candidatures.',
	},
]

const features: EmptyStateItem[] = [
	{
		icon: <SearchIcon />,
		title: 'Analyse de l’offre',
		description:
			'Collez une offre d’emploi\u00a0: métier, compétences, outils, diplômes, ce qui est indispensable et ce qui est souhaité.',
		soon: true,
	},
	{
		icon: <MirrorIcon />,
		title: 'Mirror Match',
		description:
			'Votre CV face à l’offre, catégorie par catégorie\u00a0: ce que vous avez déjà, ce qui manque, et comment le combler.',
		soon: true,
	},
	{
		icon: <PenIcon />,
		title: 'Une lettre écrite pour une reconversion',
		description:
			'Votre changement de métier dit franchement et positivement, vos compétences traduites dans les mots du nouveau métier.',
		soon: true,
	},
	{
		icon: <SparklesIcon />,
		title: 'Smart Coach',
		description: 'Des suggestions concrètes sur votre lettre (clichés, mots-clés manquants, phrases vagues), à appliquer en un clic.',
		soon: true,
	},
	{
		icon: <RouteIcon />,
		title: 'Trajectory Builder',
		description:
			'De votre métier actuel au métier visé, d’après le répertoire ROME de France Travail\u00a0: compétences acquises, à acquérir, formations.',
		soon: true,
	},
	{
		icon: <KanbanIcon />,
		title: 'Suivi des candidatures',
		description: 'Chaque lettre rattachée à sa candidature\u00a0: brouillon, envoyée, entretien, réponse.',
		soon: true,
	},
]

const tips = [
	'Mettez de côté deux ou trois offres qui vous attirent, avec leur texte complet\u00a0: ce seront vos premières analyses.',
	'Listez ce que vous faisiez chaque semaine dans votre métier actuel. Ce sont vos compétences transférables.',
	'Écrivez en une phrase pourquoi vous changez de métier. C’est le cœur de votre future lettre.',
]

export default function LettersPage() {
	return (
		<div className="mx-auto max-w-6xl px-4 py-10 sm:px-6 sm:py-12 lg:px-8">
			<PageHeader
				icon={<LetterIcon className="size-7" />}
				eyebrow="Lettres de motivation et candidatures"
				title="Phoenix Letters"
				description="Des lettres qui présentent votre reconversion comme une force, et tout ce qu’il faut pour préparer chaque candidature."
			/>
			<div className="mt-10 grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
				<EmptyState
					icon={<TargetIcon className="size-7" />}
					title="Votre premier pas&nbsp;: indiquez le métier que vous visez"
					description={
						<p>
							Chaque analyse d’offre, chaque lettre et chaque trajectoire partira de votre métier actuel et de votre
							métier visé, choisis dans le répertoire ROME de France Travail. Cela prend une minute, et vous
							pourrez le modifier à tout moment.
						</p>
					}
					action={
						<ButtonLink to="/compte">
							Renseigner mon métier visé
							<ArrowRightIcon className="size-5" />
						</ButtonLink>
					}
					itemsTitle="Ce que Phoenix Letters fera pour vous"
					items={features}
				/>
				<StartTips
					id="letters-tips-title"
					tips={tips}
					freePlan={<>3&nbsp;lettres par mois et un aperçu des outils avancés. Premium (9,99&nbsp;€/mois) en permet 50 et ouvre Mirror Match, Smart Coach et Trajectory Builder en entier.</>}
				/>
			</div>
		</div>
	)
}
