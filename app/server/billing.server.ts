import Stripe from 'stripe'
import type { CurrentUser } from './auth/auth.server.ts'
import { asServiceRole, asUser, type Row } from './db.server.ts'
import { env } from './env.server.ts'

let client: Stripe | undefined

/** Billing is possible when a Stripe key is set: a real one, or the local simulator's. */
export function billingAvailable() {
	return Boolean(env().STRIPE_SECRET_KEY && env().STRIPE_PRICE_PREMIUM)
}

export function stripe(): Stripe {
	const { STRIPE_SECRET_KEY, STRIPE_API_HOST, STRIPE_API_PORT, STRIPE_API_PROTOCOL } = env()
	if (!STRIPE_SECRET_KEY) throw new Error('STRIPE_SECRET_KEY is not set')
	client ??= new Stripe(STRIPE_SECRET_KEY, {
		appInfo: { name: 'Phoenix' },
		maxNetworkRetries: 2,
		timeout: 15_000,
		...(STRIPE_API_HOST ? { host: STRIPE_API_HOST, port: STRIPE_API_PORT, protocol: STRIPE_API_PROTOCOL ?? 'https' } : {}),
	})
	return client
}

/** The person's Stripe customer, created once and linked both ways (our row, and metadata.user_id). */
export async function ensureCustomer(user: CurrentUser): Promise<string> {
	const [existing] = await asUser(
		user.claims,
		(tx) => tx<Pick<Row<'billing_customers'>, 'stripe_customer_id'>[]>`
			select stripe_customer_id from public.billing_customers where user_id = ${user.id}`,
	)
	if (existing && (await customerStillExists(existing.stripe_customer_id))) return existing.stripe_customer_id
	// The idempotency key makes two concurrent first clicks create one customer.
	const customer = await stripe().customers.create(
		{ email: user.email, metadata: { user_id: user.id } },
		{ idempotencyKey: `customer-${user.id}-${existing?.stripe_customer_id ?? 'first'}` },
	)
	const [linked] = await asServiceRole('link the Stripe customer', (tx) => tx<Pick<Row<'billing_customers'>, 'stripe_customer_id'>[]>`
		insert into public.billing_customers (user_id, stripe_customer_id) values (${user.id}, ${customer.id})
		on conflict (user_id) do update set stripe_customer_id = excluded.stripe_customer_id
		returning stripe_customer_id`)
	return linked!.stripe_customer_id
}

/** A customer deleted on Stripe's side (or a local simulator restarted empty) gets replaced. */
async function customerStillExists(customerId: string) {
	try {
		const customer = await stripe().customers.retrieve(customerId)
		return !('deleted' in customer && customer.deleted)
	} catch (error) {
		if (error instanceof Stripe.errors.StripeInvalidRequestError && error.code === 'resource_missing') return false
		throw error
	}
}

/** A Checkout session for Premium; the webhook, not this, decides the plan once Stripe has been paid. */
export async function createPremiumCheckout(user: CurrentUser): Promise<string> {
	const customer = await ensureCustomer(user)
	const returnUrl = new URL('/compte/abonnement', env().APP_URL)
	const session = await stripe().checkout.sessions.create({
		mode: 'subscription',
		customer,
		client_reference_id: user.id,
		line_items: [{ price: env().STRIPE_PRICE_PREMIUM!, quantity: 1 }],
		success_url: `${returnUrl}?paiement=ok&session={CHECKOUT_SESSION_ID}`,
		cancel_url: `${returnUrl}?paiement=annule`,
		locale: 'fr',
		metadata: { user_id: user.id },
	})
	if (!session.url) throw new Error('Stripe returned a Checkout session without a URL')
	if (env().BILLING_SIMULATION) return completeSimulatedCheckout(session.url, session.id)
	return session.url
}

/**
 * Without Stripe keys, « Passer Premium » completes at once: the local
 * simulator marks the session paid and posts its signed events to the
 * stripe-webhook function (which decides the plan, as with Stripe), then the
 * person lands on the success page, where the « Simulation » label shows.
 */
async function completeSimulatedCheckout(checkoutUrl: string, sessionId: string): Promise<string> {
	const response = await fetch(checkoutUrl, { method: 'POST', redirect: 'manual' })
	const location = response.headers.get('location')
	if (response.status !== 303 || !location) throw new Error(`The Stripe simulator did not complete ${sessionId} (${response.status})`)
	return location
}

/** The Stripe Customer Portal: change card, see invoices, cancel. */
export async function createPortalSession(user: CurrentUser): Promise<string> {
	const customer = await ensureCustomer(user)
	const session = await stripe().billingPortal.sessions.create({
		customer,
		return_url: new URL('/compte/abonnement', env().APP_URL).toString(),
		locale: 'fr',
	})
	return session.url
}
