import { randomBytes } from 'node:crypto'
import Stripe from 'stripe'
import { afterAll, afterEach, beforeAll, describe, expect, inject, test } from 'vitest'
import { asUser } from '#app/server/db.server.ts'
import { freePort } from '#scripts/platform/free-port.ts'
import { startFunctions } from '#scripts/platform/functions.ts'
import { startStripeSimulator, type StripeSimulator } from '#scripts/platform/stripe-simulator.ts'
import { latestEmailId, waitForEmail } from '#tests/support/mailbox.ts'
import { createUser, fixtureSql } from '#tests/support/users.ts'

// The real chain: the real `stripe` SDK and a local Stripe that speaks its wire
// format, signed webhooks POSTed to the stripe-webhook Edge Function running
// under Deno behind the /functions/v1 gateway, a real Postgres, a real SMTP catcher.

let simulator: StripeSimulator
let functions: Awaited<ReturnType<typeof startFunctions>>
let stripe: Stripe
let webhookUrl: string
const functionLog: string[] = []

beforeAll(async () => {
	const functionsPort = await freePort()
	webhookUrl = `http://127.0.0.1:${functionsPort}/functions/v1/stripe-webhook`
	simulator = await startStripeSimulator({ webhookUrl, webhookSecret: `whsec_${randomBytes(24).toString('hex')}` })
	functions = await startFunctions({
		port: functionsPort,
		env: {
			SUPABASE_DB_URL: inject('databaseUrl'),
			...simulator.env,
			SMTP_HOST: '127.0.0.1',
			SMTP_PORT: String(inject('smtpPort')),
			MAIL_FROM: 'Phoenix <bonjour@phoenix.local>',
			APP_URL: 'http://localhost:3000',
		},
		log: (line) => functionLog.push(line),
	})
	stripe = new Stripe(simulator.secretKey, { host: simulator.host, port: simulator.port, protocol: 'http' })
}, 90_000)

// The function's own log, shown when a test fails.
afterEach((context) => {
	if (context.task.result?.state === 'fail' && functionLog.length > 0) console.error(functionLog.join('\n'))
	functionLog.length = 0
})

afterAll(async () => {
	await functions?.stop()
	await simulator?.stop()
})

/** A person as the app leaves them before Checkout: a Stripe customer linked both ways. */
async function personWithCustomer() {
	const person = await createUser()
	const customer = await stripe.customers.create({ email: person.email, metadata: { user_id: person.id } })
	await fixtureSql()`insert into public.billing_customers (user_id, stripe_customer_id) values (${person.id}, ${customer.id})`
	return { ...person, customerId: customer.id }
}

async function openCheckout(person: { id: string; customerId: string }) {
	return stripe.checkout.sessions.create({
		mode: 'subscription',
		customer: person.customerId,
		line_items: [{ price: simulator.premiumPriceId, quantity: 1 }],
		success_url: 'http://localhost:3000/compte/abonnement?session_id={CHECKOUT_SESSION_ID}',
		cancel_url: 'http://localhost:3000/tarifs',
		client_reference_id: person.id,
		metadata: { user_id: person.id },
	})
}

/** What the person sees: their own row and plan, read through RLS. */
async function stateOf(person: { claims: Parameters<typeof asUser>[0] }) {
	return asUser(person.claims, async (tx) => {
		const [row] = await tx<{ plan_id: string; status: string; cancel_at_period_end: boolean; stripe_subscription_id: string; current_period_end: Date | null }[]>`
			select plan_id, status, cancel_at_period_end, stripe_subscription_id, current_period_end from public.subscriptions`
		const [{ plan }] = (await tx`select public.effective_plan(auth.uid()) as plan`) as unknown as [{ plan: string }]
		return { row: row ?? null, plan }
	})
}

async function eventRows(eventId: string) {
	const [{ count }] = (await fixtureSql()`select count(*)::int as count from public.stripe_events where id = ${eventId}`) as unknown as [{ count: number }]
	return count
}

describe('the real stripe SDK against the simulator', () => {
	test('creates a customer, a checkout session and a billing portal session in Stripe’s shapes', async () => {
		const customer = await stripe.customers.create({ email: 'sdk@exemple.fr', name: 'Camille Durand', metadata: { user_id: 'u-1' } })
		expect(customer).toMatchObject({ object: 'customer', email: 'sdk@exemple.fr', metadata: { user_id: 'u-1' } })
		expect(customer.id).toMatch(/^cus_/)
		expect((await stripe.customers.retrieve(customer.id)).id).toBe(customer.id)

		const session = await stripe.checkout.sessions.create({
			mode: 'subscription',
			customer: customer.id,
			line_items: [{ price: simulator.premiumPriceId, quantity: 1 }],
			success_url: 'http://localhost:3000/ok?session_id={CHECKOUT_SESSION_ID}',
			cancel_url: 'http://localhost:3000/tarifs',
			client_reference_id: 'u-1',
			metadata: { user_id: 'u-1' },
		})
		expect(session).toMatchObject({ object: 'checkout.session', mode: 'subscription', status: 'open', customer: customer.id, amount_total: 999, currency: 'eur' })
		expect(session.id).toMatch(/^cs_test_/)
		const checkoutPage = await fetch(session.url!)
		expect(await checkoutPage.text()).toContain('Payer 9,99 € (simulation)')

		const portal = await stripe.billingPortal.sessions.create({ customer: customer.id, return_url: 'http://localhost:3000/compte' })
		expect(portal).toMatchObject({ object: 'billing_portal.session', customer: customer.id, return_url: 'http://localhost:3000/compte' })
		expect(portal.id).toMatch(/^bps_/)
		expect((await fetch(portal.url)).status).toBe(200)

		await expect(stripe.customers.retrieve('cus_inconnu')).rejects.toMatchObject({ type: 'StripeInvalidRequestError', statusCode: 404, code: 'resource_missing' })
		await expect(new Stripe('sk_test_faux', simulator.stripeConfig).customers.list()).rejects.toMatchObject({ type: 'StripeAuthenticationError', statusCode: 401 })
	})
})

describe('stripe-webhook Edge Function', () => {
	test('a bad or missing signature is refused with 400 and writes nothing', async () => {
		const person = await personWithCustomer()
		const session = await openCheckout(person)
		const { events } = await simulator.completeCheckout(session.id, { deliver: false })
		const completed = events[0]!

		const forged = await simulator.deliver(completed, { signature: `t=${Math.floor(Date.now() / 1000)},v1=${'0'.repeat(64)}` })
		const unsigned = await simulator.deliver(completed, { signature: null })
		const otherSecret = await Stripe.webhooks.generateTestHeaderStringAsync({ payload: JSON.stringify(completed), secret: 'whsec_autre' })
		const wrongSecret = await simulator.deliver(completed, { signature: otherSecret })
		expect([forged[0]!.status, unsigned[0]!.status, wrongSecret[0]!.status]).toEqual([400, 400, 400])

		expect(await eventRows(completed.id)).toBe(0)
		expect(await stateOf(person)).toEqual({ row: null, plan: 'gratuit' })
	})

	test('paying on the checkout page makes the person premium (session completed → subscription active)', async () => {
		const person = await personWithCustomer()
		const session = await openCheckout(person)
		const paid = await fetch(session.url!, { method: 'POST', redirect: 'manual' })
		expect(paid.status).toBe(303)
		expect(paid.headers.get('location')).toBe(`http://localhost:3000/compte/abonnement?session_id=${session.id}`)

		const delivered = simulator.deliveries().filter((delivery) => simulator.events().some((event) => event.id === delivery.eventId && JSON.stringify(event).includes(session.id)))
		expect(delivered.map((delivery) => [delivery.type, delivery.status])).toContainEqual(['checkout.session.completed', 200])

		const { row, plan } = await stateOf(person)
		const subscription = simulator.subscriptionsOf(person.customerId)[0]!
		expect(row).toMatchObject({ plan_id: 'premium', status: 'active', cancel_at_period_end: false, stripe_subscription_id: subscription.id })
		expect(row!.current_period_end!.getTime()).toBe(subscription.items.data[0]!.current_period_end * 1000)
		expect(plan).toBe('premium')
		expect((await stripe.checkout.sessions.retrieve(session.id)).status).toBe('complete')
	})

	test('the same event delivered 10 times is handled once', async () => {
		const person = await personWithCustomer()
		const session = await openCheckout(person)
		const { events } = await simulator.completeCheckout(session.id, { deliver: false })
		const completed = events[0]!

		const concurrent = await simulator.deliver(completed, { times: 10, concurrent: true })
		expect(concurrent.map((delivery) => delivery.status)).toEqual(Array(10).fill(200))
		const outcomes = concurrent.map((delivery) => (JSON.parse(delivery.body) as { outcome: string }).outcome).sort()
		expect(outcomes).toEqual(['duplicate', 'duplicate', 'duplicate', 'duplicate', 'duplicate', 'duplicate', 'duplicate', 'duplicate', 'duplicate', 'synced'])
		const after = await stateOf(person)

		const sequential = await simulator.deliver(completed, { times: 10 })
		expect(sequential.every((delivery) => delivery.status === 200)).toBe(true)
		expect(await eventRows(completed.id)).toBe(1)
		expect(await stateOf(person)).toEqual(after)
		expect(after).toMatchObject({ row: { plan_id: 'premium', status: 'active' }, plan: 'premium' })
	})

	test('customer.subscription.updated delivered before created: the final state is Stripe’s current one', async () => {
		const person = await personWithCustomer()
		const session = await openCheckout(person)
		const { subscription, events } = await simulator.completeCheckout(session.id, { deliver: false })
		const [completed, created, invoicePaid] = events as [typeof events[0], typeof events[0], typeof events[0]]
		// The person asks to stop at the end of the period before any event arrives.
		const { events: updates } = await simulator.cancelAtPeriodEnd(subscription.id, true, { deliver: false })

		await simulator.deliver([updates[0]!, invoicePaid, created, completed])
		const { row, plan } = await stateOf(person)
		// The created and completed events still say cancel_at_period_end = false; the webhook re-read Stripe.
		expect((created.data.object as { cancel_at_period_end: boolean }).cancel_at_period_end).toBe(false)
		expect(row).toMatchObject({ plan_id: 'premium', status: 'active', cancel_at_period_end: true, stripe_subscription_id: subscription.id })
		expect(plan).toBe('premium')
	})

	test('cancel at period end keeps premium until the subscription is deleted, then gratuit', async () => {
		const person = await personWithCustomer()
		const session = await openCheckout(person)
		const { subscription } = await simulator.completeCheckout(session.id)

		// « Résilier » in the simulated Customer Portal.
		const portal = await stripe.billingPortal.sessions.create({ customer: person.customerId, return_url: 'http://localhost:3000/compte/abonnement' })
		const portalHtml = await (await fetch(portal.url)).text()
		expect(portalHtml).toContain('Résilier')
		expect(portalHtml).toContain('Payée')
		const cancel = await fetch(`${portal.url}/cancel`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
			body: new URLSearchParams({ subscription: subscription.id }),
			redirect: 'manual',
		})
		expect(cancel.status).toBe(303)
		expect(await stateOf(person)).toMatchObject({ row: { plan_id: 'premium', status: 'active', cancel_at_period_end: true }, plan: 'premium' })

		const ended = await simulator.deleteSubscription(subscription.id)
		expect(ended.deliveries.map((delivery) => delivery.status)).toEqual([200])
		expect(await stateOf(person)).toMatchObject({ row: { status: 'canceled' }, plan: 'gratuit' })
	})

	test('cancelling through the API (stripe.subscriptions.update) reaches the webhook too', async () => {
		const person = await personWithCustomer()
		const { subscription } = await simulator.completeCheckout((await openCheckout(person)).id)
		const updated = await stripe.subscriptions.update(subscription.id, { cancel_at_period_end: true })
		expect(updated).toMatchObject({ object: 'subscription', cancel_at_period_end: true })
		await simulator.whenDelivered()
		expect(await stateOf(person)).toMatchObject({ row: { cancel_at_period_end: true }, plan: 'premium' })
	})

	test('a failed payment: past_due, premium kept, and a French email', async () => {
		const person = await personWithCustomer()
		const { subscription } = await simulator.completeCheckout((await openCheckout(person)).id)
		const before = await latestEmailId(person.email)

		const failed = await simulator.failPayment(subscription.id)
		expect(failed.deliveries.map((delivery) => [delivery.type, delivery.status])).toEqual([
			['invoice.payment_failed', 200],
			['customer.subscription.updated', 200],
		])
		expect(await stateOf(person)).toMatchObject({ row: { plan_id: 'premium', status: 'past_due' }, plan: 'premium' })

		const mail = await waitForEmail(person.email, { after: before })
		expect(mail.subject).toBe('Votre paiement n’a pas abouti')
		expect(mail.from).toBe('bonjour@phoenix.local')
		expect(mail.text).toContain('Votre paiement n’a pas abouti')
		expect(mail.text).toContain('votre accès Premium est maintenu pendant que nous réessayons')
		expect(mail.text).toContain('mettez à jour votre carte depuis votre compte')
		expect(mail.text).toContain('http://localhost:3000/compte/abonnement')

		// Card updated: active again, and no second email.
		await simulator.recoverPayment(subscription.id)
		expect(await stateOf(person)).toMatchObject({ row: { status: 'active' }, plan: 'premium' })
	})

	test('an event type it does not use: 200, nothing written', async () => {
		const person = await personWithCustomer()
		const { event, deliveries } = await simulator.sendEvent('customer.updated', simulator.getCustomer(person.customerId)!)
		expect(deliveries[0]!.status).toBe(200)
		expect(JSON.parse(deliveries[0]!.body)).toMatchObject({ received: true, outcome: 'ignored' })
		expect(await eventRows(event.id)).toBe(0)
		expect(await stateOf(person)).toEqual({ row: null, plan: 'gratuit' })
	})

	test('a person found by the customer’s metadata when the billing_customers row is missing', async () => {
		const person = await createUser()
		const customer = await stripe.customers.create({ email: person.email, metadata: { user_id: person.id } })
		const session = await stripe.checkout.sessions.create({
			mode: 'subscription',
			customer: customer.id,
			line_items: [{ price: simulator.premiumPriceId, quantity: 1 }],
			success_url: 'http://localhost:3000/ok',
		})
		const { subscription, events } = await simulator.completeCheckout(session.id, { deliver: false })
		await simulator.deliver(events[1]!) // customer.subscription.created only: no client_reference_id to help
		expect(await stateOf(person)).toMatchObject({ row: { plan_id: 'premium', stripe_subscription_id: subscription.id }, plan: 'premium' })
	})

	test('a subscription to an unknown price gives gratuit', async () => {
		const person = await personWithCustomer()
		const session = await stripe.checkout.sessions.create({
			mode: 'subscription',
			customer: person.customerId,
			line_items: [{ price: 'price_autre_offre', quantity: 1 }],
			success_url: 'http://localhost:3000/ok',
		})
		await simulator.completeCheckout(session.id)
		expect(await stateOf(person)).toMatchObject({ row: { plan_id: 'gratuit', status: 'active' }, plan: 'gratuit' })
	})
})
