import { ButtonLink } from '#app/components/ui/button.tsx'
import { EmptyState, type EmptyStateItem } from '#app/components/ui/empty-state.tsx'
import { ArrowRightIcon, KanbanIcon, MirrorIcon, PenIcon, RouteIcon, SearchIcon, SparklesIcon, TargetIcon } from '#app/components/ui/icons.tsx'

const features: EmptyStateItem[] = [
	{
		icon: <SearchIcon />,
		title: 'Analyse de l’offre',
		description:
			'Collez une offre d’emploi\u00a0: métier, compétences, outils, diplômes, ce qui est indispensable et ce qui est souhaité.',
	},
	{
		icon: <MirrorIcon />,
		title: 'Mirror Match',
		description:
			'Votre CV face à l’offre, catégorie par catégorie\u00a0: ce que vous avez déjà, ce qui manque, et comment le combler.',
	},
	{
		icon: <PenIcon />,
		title: 'Une lettre écrite pour une reconversion',
		description:
			'Votre changement de métier dit franchement et positivement, vos compétences traduites dans les mots du nouveau métier.',
	},
	{
		icon: <SparklesIcon />,
		title: 'Smart Coach',
		description: 'Des suggestions concrètes sur votre lettre (clichés, mots-clés manquants, phrases vagues), à appliquer en un clic.',
	},
	{
		icon: <RouteIcon />,
		title: 'Trajectory Builder',
		description:
			'De votre métier actuel au métier visé, d’après le répertoire ROME de France Travail\u00a0: compétences acquises, à acquérir, formations.',
	},
	{
		icon: <KanbanIcon />,
		title: 'Suivi des candidatures',
		description: 'Chaque lettre rattachée à sa candidature\u00a0: brouillon, envoyée, entretien, réponse, et un rappel quand il est temps de relancer.',
	},
]

const steps = [
	{ title: 'Collez une offre', text: 'Le texte d’une annonce qui vous attire. Phoenix en tire le métier et les compétences demandées.' },
	{ title: 'Mirror Match', text: 'Votre CV face à l’offre\u00a0: vos atouts, et ce qui manque encore, sans jugement.' },
	{ title: 'Votre lettre', text: 'Une lettre qui présente votre reconversion comme une force, à relire et ajuster avec le Smart Coach.' },
]

/** What a first visit shows: the three steps of a candidacy, and what each tool does. */
export function TrackerIntro() {
	return (
		<EmptyState
			icon={<TargetIcon className="size-7" />}
			title="Votre première candidature, en trois étapes"
			description={
				<ol className="mt-1 flex flex-col gap-3">
					{steps.map((step, index) => (
						<li key={step.title} className="flex gap-3">
							<span
								aria-hidden="true"
								className="flex size-7 shrink-0 items-center justify-center rounded-full bg-white text-sm font-bold text-ember-800 ring-1 ring-ember-200"
							>
								{index + 1}
							</span>
							<span>
								<strong className="font-semibold text-stone-900">{step.title}.</strong> {step.text}
							</span>
						</li>
					))}
				</ol>
			}
			action={
				<ButtonLink to="/letters/candidatures/nouvelle">
					Nouvelle candidature
					<ArrowRightIcon className="size-5" />
				</ButtonLink>
			}
			secondaryAction={
				<ButtonLink to="/compte" variant="ghost">
					Indiquer mon métier visé
				</ButtonLink>
			}
			itemsTitle="Ce que Phoenix Letters fait pour vous"
			items={features}
		/>
	)
}
