import { ButtonLink } from '#app/components/ui/button.tsx'
import { Card } from '#app/components/ui/card.tsx'
import { EmptyState, type EmptyStateItem } from '#app/components/ui/empty-state.tsx'
import {
	ArrowRightIcon,
	ChartIcon,
	ClockIcon,
	HeartIcon,
	JournalIcon,
	LockIcon,
	RiseIcon,
	SparklesIcon,
	TargetIcon,
} from '#app/components/ui/icons.tsx'
import { PageHeader } from '#app/components/ui/page-header.tsx'
import type { Route } from './+types/index'

export const meta: Route.MetaFunction = () => [
	{ title: 'Phoenix Rise — Phoenix' },
	{
		name: 'description',
		content:
			'Un journal privé et chiffré pour votre reconversion\u00a0: humeur du jour, questions de coaching, objectifs et étapes.',
	},
]

const features: EmptyStateItem[] = [
	{
		icon: <JournalIcon />,
		title: 'Un journal privé et chiffré',
		description:
			'Quelques lignes, quand vous en avez besoin. Chiffré avant d’être enregistré, jamais utilisé pour des statistiques.',
		soon: true,
	},
	{
		icon: <HeartIcon />,
		title: 'Votre humeur du jour',
		description: 'Comment vous vous sentez, en quelques mots et un curseur, avec le contexte\u00a0: travail, formation, famille, argent.',
		soon: true,
	},
	{
		icon: <ClockIcon />,
		title: 'Une question le matin, une le soir',
		description: 'De courtes questions pour démarrer la journée avec une intention et la finir en voyant ce qui a avancé.',
		soon: true,
	},
	{
		icon: <SparklesIcon />,
		title: 'Du coaching, si vous le demandez',
		description:
			'Sur une entrée de votre choix\u00a0: des questions pour prendre du recul et une petite étape suivante. Ce n’est pas une thérapie.',
		soon: true,
	},
	{
		icon: <TargetIcon />,
		title: 'Objectifs et étapes',
		description:
			'Vos objectifs découpés en étapes, reliés à votre plan de reconversion. Une certification obtenue rejoint votre CV en un clic.',
		soon: true,
	},
	{
		icon: <ChartIcon />,
		title: 'Le chemin parcouru',
		description: 'Votre humeur et votre énergie au fil des semaines, pour voir ce qui vous porte et ce qui vous pèse.',
		soon: true,
	},
]

export default function RisePage() {
	return (
		<div className="mx-auto max-w-6xl px-4 py-10 sm:px-6 sm:py-12 lg:px-8">
			<PageHeader
				icon={<RiseIcon className="size-7" />}
				eyebrow="Journal de bord et coaching"
				title="Phoenix Rise"
				description="Un espace à vous pour tenir le cap pendant votre reconversion, les bons jours comme les jours de doute."
			/>
			<div className="mt-10 grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
				<EmptyState
					icon={<TargetIcon className="size-7" />}
					title="Votre premier pas&nbsp;: posez votre cap"
					description={
						<p>
							Indiquez dans votre compte le métier que vous visez. Vos objectifs et vos étapes dans Rise
							s’appuieront dessus, et vous pourrez mesurer le chemin parcouru.
						</p>
					}
					action={
						<ButtonLink to="/compte">
							Renseigner mon métier visé
							<ArrowRightIcon className="size-5" />
						</ButtonLink>
					}
					itemsTitle="Ce que Phoenix Rise fera pour vous"
					items={features}
				/>
				<aside aria-label="Bon à savoir" className="flex flex-col gap-6">
					<Card tone="tinted">
						<h2 className="font-semibold text-stone-900">Un geste pour ce soir</h2>
						<p className="mt-3 text-sm leading-6 text-stone-800">
							Sur une feuille ou dans votre téléphone, notez une chose, même petite, qui vous a fait avancer vers
							votre nouveau métier aujourd’hui. Vous pourrez la reporter dans votre journal dès son ouverture.
						</p>
					</Card>
					<Card tone="flat">
						<div className="flex items-center gap-2">
							<LockIcon className="size-5 text-stone-600" />
							<h2 className="text-sm font-semibold text-stone-900">Votre journal reste à vous</h2>
						</div>
						<ul className="mt-3 flex list-disc flex-col gap-1.5 pl-5 text-sm leading-6 text-stone-700 marker:text-ember-600">
							<li>Chiffré avant d’être enregistré (<span className="whitespace-nowrap">AES-256-GCM</span>)</li>
							<li>Jamais utilisé pour des statistiques</li>
							<li>Jamais envoyé à l’IA sans votre demande</li>
						</ul>
					</Card>
					<Card tone="flat">
						<h2 className="text-sm font-semibold text-stone-900">Si c’est trop lourd en ce moment</h2>
						<p className="mt-2 text-sm leading-6 text-stone-700">
							Parler aide. Le{' '}
							<a href="tel:3114" className="font-semibold text-ember-800 underline underline-offset-4">
								3114
							</a>{' '}
							répond gratuitement, 24&nbsp;h/24 et 7&nbsp;j/7, à toute personne en détresse ou inquiète pour un
							proche.
						</p>
					</Card>
				</aside>
			</div>
		</div>
	)
}
