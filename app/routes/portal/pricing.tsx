import { ButtonLink } from '#app/components/ui/button.tsx'
import { Card } from '#app/components/ui/card.tsx'
import { PageHeader } from '#app/components/ui/page-header.tsx'
import type { Route } from './+types/pricing'

export const meta: Route.MetaFunction = () => [
	{ title: 'Tarifs — Phoenix' },
	{ name: 'description', content: 'Phoenix est gratuit pour commencer. Premium à 9,99\u00a0€ par mois, sans engagement.' },
]

const plans = [
	{
		name: 'Gratuit',
		price: '0\u00a0€',
		period: 'pour toujours',
		features: [
			'3 lettres de motivation par mois',
			'1 CV avec les modèles de base et un score ATS résumé',
			'Journal Rise\u00a0: 30 entrées et 3 coachings par mois',
			'Iris\u00a0: 5 conversations par jour',
		],
	},
	{
		name: 'Premium',
		price: '9,99\u00a0€',
		period: 'par mois, sans engagement',
		highlighted: true,
		features: [
			'50 lettres de motivation par mois',
			'Mirror Match, Smart Coach et Trajectory Builder complets',
			'CV illimités, tous les modèles, analyses ATS complètes',
			'Rise sans limite, avec toutes les analyses',
			'Iris sans limite, avec un contexte enrichi',
		],
	},
	{
		name: 'Entreprise',
		price: 'Sur devis',
		period: 'pour les structures d’accompagnement',
		features: ['Lettres illimitées', 'Tout Premium pour chaque personne accompagnée', 'Accès par API'],
	},
]

export default function Pricing() {
	return (
		<div className="mx-auto max-w-6xl px-4 py-10 sm:px-6 sm:py-14">
			<PageHeader
				eyebrow="Tarifs"
				title="Gratuit pour commencer, Premium quand vous en avez besoin"
				description={'Un seul compte et un seul abonnement pour Letters, CV, Rise et Iris. L’abonnement Premium ouvre prochainement\u00a0: en attendant, tout ce qui est disponible est gratuit.'}
			/>
			<ul className="mt-10 grid gap-6 md:grid-cols-3">
				{plans.map((plan) => (
					<Card
						as="li"
						key={plan.name}
						tone={plan.highlighted ? 'tinted' : 'default'}
						padding="lg"
						className={plan.highlighted ? 'ring-2 ring-ember-600' : undefined}
					>
						<h2 className="text-xl font-semibold">{plan.name}</h2>
						<p className="mt-3">
							<span className="text-3xl font-bold tracking-tight">{plan.price}</span>{' '}
							<span className="text-sm text-stone-600">{plan.period}</span>
						</p>
						<ul className="mt-6 space-y-2 text-stone-700">
							{plan.features.map((feature) => (
								<li key={feature} className="flex gap-2">
									<span aria-hidden="true" className="text-ember-700">
										✓
									</span>
									{feature}
								</li>
							))}
						</ul>
					</Card>
				))}
			</ul>
			<p className="mt-10 text-center">
				<ButtonLink to="/connexion" variant="primary" size="lg">
					Commencer gratuitement
				</ButtonLink>
			</p>
		</div>
	)
}
