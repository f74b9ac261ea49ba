import { ButtonLink } from '#app/components/ui/button.tsx'
import { Card } from '#app/components/ui/card.tsx'
import { PageHeader } from '#app/components/ui/page-header.tsx'
import { planLimitLine } from '#shared/quota.ts'
import { getPlans } from '#app/server/plans.server.ts'
import type { Route } from './+types/pricing'

export const meta: Route.MetaFunction = () => [
	{ title: 'Tarifs — Phoenix' },
	{ name: 'description', content: 'Phoenix est gratuit pour commencer. Premium à 9,99\u00a0€ par mois, sans engagement.' },
]

export async function loader() {
	return { plans: await getPlans() }
}

const planDetails: Record<string, { period: string; extras: string[] }> = {
	gratuit: { period: 'pour toujours, sans carte bancaire', extras: ['Aperçu de Mirror Match, Smart Coach et Trajectory Builder'] },
	premium: {
		period: 'par mois, sans engagement',
		extras: ['Mirror Match, Smart Coach et Trajectory Builder complets', 'Analyses ATS complètes', 'Iris avec un contexte enrichi'],
	},
	entreprise: { period: 'pour les structures d’accompagnement', extras: ['Accès par API'] },
}

const callToAction: Record<string, { label: string; to: string; variant: 'primary' | 'secondary' }> = {
	gratuit: { label: 'Commencer gratuitement', to: '/connexion', variant: 'secondary' },
	premium: { label: 'Passer Premium', to: '/compte/abonnement', variant: 'primary' },
	entreprise: { label: 'Nous contacter', to: '/tarifs/entreprise', variant: 'secondary' },
}

const euros = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' })

function price(cents: number | null) {
	if (cents === null) return 'Sur devis'
	return cents === 0 ? '0 €' : euros.format(cents / 100)
}

export default function Pricing({ loaderData }: Route.ComponentProps) {
	return (
		<div className="mx-auto max-w-6xl px-4 py-10 sm:px-6 sm:py-14">
			<PageHeader
				eyebrow="Tarifs"
				title="Gratuit pour commencer, Premium quand vous en avez besoin"
				description={'Un seul compte et un seul abonnement pour Letters, CV, Rise et Iris. Sans engagement\u00a0: vous résiliez en deux clics depuis votre compte.'}
			/>
			<ul className="mt-10 grid gap-6 md:grid-cols-3">
				{loaderData.plans.map((plan) => (
					<Card
						as="li"
						key={plan.name}
						tone={plan.id === 'premium' ? 'tinted' : 'default'}
						padding="lg"
						className={plan.id === 'premium' ? 'flex flex-col ring-2 ring-ember-600' : 'flex flex-col'}
					>
						<h2 className="text-xl font-semibold">{plan.name}</h2>
						<p className="mt-3">
							<span className="text-3xl font-bold tracking-tight">{price(plan.monthlyPriceCents)}</span>{' '}
							<span className="text-sm text-stone-600">{planDetails[plan.id]?.period}</span>
						</p>
						<ul className="mt-6 space-y-2 text-stone-700">
							{[
								...plan.limits.map((limit) => planLimitLine(limit.capability, limit.period, limit.limit)),
								...(planDetails[plan.id]?.extras ?? []),
							].map((feature) => (
								<li key={feature} className="flex gap-2">
									<span aria-hidden="true" className="text-ember-700">
										✓
									</span>
									{feature}
								</li>
							))}
						</ul>
						{callToAction[plan.id] ? (
							<div className="mt-auto pt-8">
								<ButtonLink to={callToAction[plan.id]!.to} variant={callToAction[plan.id]!.variant} className="w-full">
									{callToAction[plan.id]!.label}
								</ButtonLink>
							</div>
						) : null}
					</Card>
				))}
			</ul>
		</div>
	)
}
