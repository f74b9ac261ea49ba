import { data, Form, redirect, useNavigation } from 'react-router'
import { z } from 'zod'
import { UsageMeter } from '#app/components/usage-meter.tsx'
import { Badge } from '#app/components/ui/badge.tsx'
import { Button, ButtonLink } from '#app/components/ui/button.tsx'
import { formatLongDate } from '#app/components/ui/format.ts'
import { StatusMessage } from '#app/components/ui/status-message.tsx'
import { requireUser } from '#app/server/auth/auth.server.ts'
import { billingAvailable, createPortalSession, createPremiumCheckout } from '#app/server/billing.server.ts'
import { publicEnv } from '#app/server/env.server.ts'
import { getAccountPlan } from '#app/server/plans.server.ts'
import type { Route } from './+types/subscription'

const intentSchema = z.object({ intent: z.enum(['checkout', 'portal']) })

export const meta: Route.MetaFunction = () => [{ title: 'Mon abonnement — Phoenix' }]

export async function loader({ request }: Route.LoaderArgs) {
	const user = await requireUser(request)
	const payment = new URL(request.url).searchParams.get('paiement')
	return {
		plan: await getAccountPlan(user),
		billing: publicEnv().BILLING,
		payment: payment === 'ok' || payment === 'annule' ? payment : null,
	}
}

export async function action({ request }: Route.ActionArgs) {
	const user = await requireUser(request)
	const parsed = intentSchema.safeParse(Object.fromEntries(await request.formData()))
	if (!parsed.success) return data({ error: 'Action inconnue. Rechargez la page puis réessayez.' }, { status: 400 })
	if (!billingAvailable()) {
		return data({ error: 'Le paiement en ligne n’est pas encore ouvert. Réessayez bientôt.' }, { status: 503 })
	}
	try {
		const url = parsed.data.intent === 'checkout' ? await createPremiumCheckout(user) : await createPortalSession(user)
		throw redirect(url)
	} catch (error) {
		if (error instanceof Response) throw error
		console.error('billing:', error)
		return data(
			{ error: 'Le service de paiement ne répond pas pour le moment. Rien n’a été débité\u00a0; réessayez dans quelques minutes.' },
			{ status: 502 },
		)
	}
}


export default function Subscription({ loaderData, actionData }: Route.ComponentProps) {
	const navigation = useNavigation()
	const pending = navigation.state !== 'idle' && navigation.formMethod?.toLowerCase() === 'post'
	const { plan, billing, payment } = loaderData
	const isPremium = plan.planId !== 'gratuit'
	const periodEnd = plan.currentPeriodEnd ? formatLongDate(plan.currentPeriodEnd) : null

	return (
		<div className="mx-auto max-w-2xl px-4 py-10 sm:py-14">
			<div className="flex flex-wrap items-center gap-3">
				<h1 className="text-3xl font-bold tracking-tight">Mon abonnement</h1>
				{billing === 'simulation' ? <Badge tone="soon">Simulation</Badge> : null}
			</div>
			{billing === 'simulation' ? (
				<p className="mt-2 text-sm text-stone-600">
					Environnement local&nbsp;: les paiements sont simulés, aucune carte n’est débitée.
				</p>
			) : null}

			<div className="mt-6 flex flex-col gap-4">
				{payment === 'ok' && !isPremium ? (
					<StatusMessage tone="info" title="Paiement reçu">
						Votre abonnement s’active dans quelques secondes. Rechargez la page si l’offre ne s’affiche pas encore.
					</StatusMessage>
				) : null}
				{payment === 'ok' && isPremium ? (
					<StatusMessage tone="success" title="Bienvenue dans Premium">
						Merci&nbsp;! Toutes les limites de Premium s’appliquent dès maintenant.
						{billing === 'simulation' ? ' Paiement simulé\u00a0: aucune carte n’a été débitée.' : null}
					</StatusMessage>
				) : null}
				{payment === 'annule' ? (
					<StatusMessage tone="info">Paiement annulé&nbsp;: rien n’a été débité.</StatusMessage>
				) : null}
				{plan.status === 'past_due' ? (
					<StatusMessage tone="warning" title="Votre dernier paiement n’a pas abouti">
						Premium reste actif pendant que nous réessayons. Mettez à jour votre carte pour éviter une interruption.
					</StatusMessage>
				) : null}
				{actionData?.error ? <StatusMessage tone="error">{actionData.error}</StatusMessage> : null}
			</div>

			<section aria-labelledby="offre-actuelle" className="mt-8 rounded-2xl border border-stone-200 bg-white p-6 shadow-sm sm:p-8">
				<h2 id="offre-actuelle" className="text-xl font-semibold">
					Offre actuelle&nbsp;: {plan.planName}
				</h2>
				{isPremium && periodEnd ? (
					<p className="mt-1 text-sm text-stone-600">
						{plan.cancelAtPeriodEnd
							? `Résiliée\u00a0: Premium reste actif jusqu’au ${periodEnd}, puis vous repassez à l’offre Gratuite.`
							: `Prochain renouvellement le ${periodEnd}.`}
					</p>
				) : null}
				<div className="mt-6 flex flex-col gap-5">
					{plan.meters.map((meter) => (
						<UsageMeter key={meter.capability} {...meter} />
					))}
				</div>
				<Form method="post" className="mt-8 flex flex-wrap gap-3">
					{isPremium ? (
						<Button type="submit" name="intent" value="portal" variant="secondary" disabled={pending || billing === 'unavailable'}>
							Gérer mon abonnement (carte, factures, résiliation)
						</Button>
					) : (
						<>
							<Button type="submit" name="intent" value="checkout" disabled={pending || billing === 'unavailable'}>
								{pending ? 'Redirection vers le paiement…' : 'Passer Premium — 9,99\u00a0€/mois'}
							</Button>
							<ButtonLink to="/tarifs" variant="ghost">
								Comparer les offres
							</ButtonLink>
						</>
					)}
				</Form>
				{billing === 'unavailable' ? (
					<p className="mt-3 text-sm text-stone-600">Le paiement en ligne ouvre prochainement.</p>
				) : null}
			</section>
		</div>
	)
}
