import { describe, expect, test } from 'vitest'
import {
	handleStripeWebhook,
	isHandledEventType,
	paymentFailedEmail,
	planIdForPrice,
	planWebhook,
	processStripeWebhook,
	shouldOverwrite,
	subscriptionRow,
	type EmailMessage,
	type StripeEventLike,
	type StripeSubscriptionLike,
	type SubscriptionRow,
	type WebhookDeps,
	type WebhookStore,
} from './billing.ts'

const PREMIUM = 'price_premium'
const PERSON = '6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f'
const OTHER = '0b9a8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d'

function event(type: string, object: Record<string, unknown>, id = `evt_${Math.random().toString(36).slice(2)}`): StripeEventLike {
	return { id, type, data: { object } }
}

function subscription(patch: Partial<StripeSubscriptionLike> = {}): StripeSubscriptionLike {
	return {
		id: 'sub_1',
		customer: 'cus_1',
		status: 'active',
		cancel_at_period_end: false,
		items: { data: [{ price: { id: PREMIUM }, current_period_end: 1_900_000_000 }] },
		metadata: {},
		...patch,
	}
}

describe('planWebhook: what an event asks for', () => {
	test('checkout.session.completed: the session’s subscription, with the person ids it carries', () => {
		expect(
			planWebhook(
				event('checkout.session.completed', {
					id: 'cs_test_1',
					mode: 'subscription',
					customer: 'cus_1',
					subscription: 'sub_1',
					client_reference_id: PERSON,
					metadata: { user_id: OTHER },
				}),
			),
		).toEqual({ kind: 'sync', subscriptionId: 'sub_1', customerId: 'cus_1', userHints: [PERSON, OTHER], deleted: false, paymentFailed: false })
	})

	test('a client_reference_id that is not a person id is not a hint', () => {
		const plan = planWebhook(event('checkout.session.completed', { mode: 'subscription', customer: 'cus_1', subscription: { id: 'sub_1' }, client_reference_id: "x'; drop table" }))
		expect(plan).toMatchObject({ kind: 'sync', subscriptionId: 'sub_1', userHints: [] })
	})

	test('a one-off payment session is not about a subscription', () => {
		expect(planWebhook(event('checkout.session.completed', { mode: 'payment', customer: 'cus_1', subscription: null }))).toMatchObject({ kind: 'ignore' })
	})

	test('customer.subscription.*: the subscription itself; deleted is flagged', () => {
		expect(planWebhook(event('customer.subscription.updated', { id: 'sub_1', customer: 'cus_1' }))).toMatchObject({ kind: 'sync', subscriptionId: 'sub_1', deleted: false })
		expect(planWebhook(event('customer.subscription.deleted', { id: 'sub_1', customer: { id: 'cus_1' } }))).toMatchObject({
			kind: 'sync',
			subscriptionId: 'sub_1',
			customerId: 'cus_1',
			deleted: true,
		})
	})

	test('invoice.*: the subscription from the current shape (parent), the legacy field or the lines', () => {
		const current = { customer: 'cus_1', parent: { type: 'subscription_details', subscription_details: { subscription: 'sub_a' } } }
		const legacy = { customer: 'cus_1', subscription: 'sub_b' }
		const lines = { customer: 'cus_1', lines: { data: [{ parent: { subscription_item_details: { subscription: 'sub_c' } } }] } }
		expect(planWebhook(event('invoice.paid', current))).toMatchObject({ subscriptionId: 'sub_a', paymentFailed: false })
		expect(planWebhook(event('invoice.paid', legacy))).toMatchObject({ subscriptionId: 'sub_b' })
		expect(planWebhook(event('invoice.payment_failed', lines))).toMatchObject({ subscriptionId: 'sub_c', paymentFailed: true })
		expect(planWebhook(event('invoice.paid', { customer: 'cus_1', parent: null }))).toMatchObject({ kind: 'ignore' })
	})

	test('other event types are ignored', () => {
		expect(isHandledEventType('customer.updated')).toBe(false)
		expect(planWebhook(event('customer.updated', { id: 'cus_1' }))).toEqual({ kind: 'ignore', reason: 'event type customer.updated is not used' })
	})
})

describe('the row written for a subscription', () => {
	test('only the configured Premium price gives premium', () => {
		expect(planIdForPrice(PREMIUM, PREMIUM)).toBe('premium')
		expect(planIdForPrice('price_other', PREMIUM)).toBe('gratuit')
		expect(planIdForPrice(PREMIUM, undefined)).toBe('gratuit')
		expect(planIdForPrice(null, PREMIUM)).toBe('gratuit')
	})

	test('status, period end from the item, cancellation flag, customer', () => {
		expect(subscriptionRow(subscription({ status: 'past_due', cancel_at_period_end: true, customer: { id: 'cus_9' } }), { premiumPriceId: PREMIUM })).toEqual({
			plan_id: 'premium',
			status: 'past_due',
			stripe_customer_id: 'cus_9',
			stripe_subscription_id: 'sub_1',
			current_period_end: new Date(1_900_000_000_000),
			cancel_at_period_end: true,
		})
	})

	test('the period end on the subscription (older API versions) is used when items lack it', () => {
		const legacy = subscription({ items: { data: [{ price: { id: PREMIUM } }] }, current_period_end: 1_800_000_000 })
		expect(subscriptionRow(legacy, { premiumPriceId: PREMIUM }).current_period_end).toEqual(new Date(1_800_000_000_000))
	})

	test('deleted means canceled; an unknown status is none', () => {
		expect(subscriptionRow(subscription(), { premiumPriceId: PREMIUM, deleted: true }).status).toBe('canceled')
		expect(subscriptionRow(subscription({ status: 'mystery' }), { premiumPriceId: PREMIUM }).status).toBe('none')
	})

	test('a late event about an old subscription does not take premium from a newer one', () => {
		const oldCanceled = subscriptionRow(subscription({ id: 'sub_old', status: 'canceled' }), { premiumPriceId: PREMIUM })
		const newActive = subscriptionRow(subscription({ id: 'sub_new' }), { premiumPriceId: PREMIUM })
		expect(shouldOverwrite({ stripe_subscription_id: 'sub_new', status: 'active' }, oldCanceled)).toBe(false)
		expect(shouldOverwrite({ stripe_subscription_id: 'sub_old', status: 'canceled' }, newActive)).toBe(true)
		expect(shouldOverwrite({ stripe_subscription_id: 'sub_old', status: 'active' }, oldCanceled)).toBe(true)
		expect(shouldOverwrite(null, oldCanceled)).toBe(true)
	})
})

test('the payment-failed email is in French and says what to do', () => {
	const mail = paymentFailedEmail({ to: 'claire@exemple.fr', accountUrl: 'https://phoenix.fr/compte/abonnement' })
	expect(mail.subject).toBe('Votre paiement n’a pas abouti')
	expect(mail.text).toContain('votre accès Premium est maintenu pendant que nous réessayons')
	expect(mail.text).toContain('mettez à jour votre carte depuis votre compte')
	expect(mail.text).toContain('https://phoenix.fr/compte/abonnement')
	expect(mail.html).toContain('lang="fr"')
})

// ---- the whole handler, with an in-memory database and a fake Stripe ----------

type World = {
	events: Map<string, string>
	billing: Map<string, string>
	users: Map<string, string>
	rows: Map<string, SubscriptionRow>
}

function fakeWorld(options: { stripe: Map<string, StripeSubscriptionLike>; customerUsers?: Map<string, string> }) {
	let world: World = {
		events: new Map(),
		billing: new Map([['cus_1', PERSON]]),
		users: new Map([
			[PERSON, 'claire@exemple.fr'],
			[OTHER, 'malik@exemple.fr'],
		]),
		rows: new Map(),
	}
	const sent: EmailMessage[] = []
	const logs: string[] = []
	const calls = { transactions: 0, retrieves: 0 }
	const store = (w: World): WebhookStore => ({
		async claimEvent(id, type) {
			if (w.events.has(id)) return false
			w.events.set(id, type)
			return true
		},
		async lock() {},
		async findUserByCustomer(customerId) {
			return w.billing.get(customerId) ?? [...w.rows].find(([, row]) => row.stripe_customer_id === customerId)?.[0] ?? null
		},
		async userExists(userId) {
			return w.users.has(userId)
		},
		async currentSubscription(userId) {
			return w.rows.get(userId) ?? null
		},
		async upsertSubscription(userId, row) {
			w.rows.set(userId, row)
		},
		async emailOf(userId) {
			return w.users.get(userId) ?? null
		},
	})
	const deps: WebhookDeps = {
		async verify(payload, signature) {
			if (signature !== 'valid') throw new Error('No signatures found matching the expected signature for payload.')
			return JSON.parse(payload) as StripeEventLike
		},
		async transaction(work) {
			calls.transactions += 1
			// Rolls back on error, as Postgres does.
			const draft: World = { events: new Map(world.events), billing: new Map(world.billing), users: new Map(world.users), rows: new Map(world.rows) }
			const result = await work(store(draft))
			world = draft
			return result
		},
		async retrieveSubscription(id) {
			calls.retrieves += 1
			const found = options.stripe.get(id)
			return found ? structuredClone(found) : null
		},
		async customerUserId(customerId) {
			return options.customerUsers?.get(customerId) ?? null
		},
		async sendEmail(message) {
			sent.push(message)
		},
		premiumPriceId: PREMIUM,
		accountUrl: 'http://localhost:3000/compte/abonnement',
		log: (line) => logs.push(line),
	}
	const post = (evt: StripeEventLike, signature = 'valid') =>
		handleStripeWebhook(new Request('http://localhost/stripe-webhook', { method: 'POST', body: JSON.stringify(evt), headers: { 'Stripe-Signature': signature } }), deps)
	return { deps, post, sent, logs, calls, world: () => world }
}

describe('handleStripeWebhook', () => {
	test('a bad signature: 400, no transaction', async () => {
		const fake = fakeWorld({ stripe: new Map([['sub_1', subscription()]]) })
		const response = await fake.post(event('customer.subscription.created', { id: 'sub_1', customer: 'cus_1' }), 'forged')
		expect(response.status).toBe(400)
		expect(fake.calls.transactions).toBe(0)
		expect(fake.world().events.size).toBe(0)
	})

	test('a GET is not a webhook', async () => {
		const fake = fakeWorld({ stripe: new Map() })
		expect((await handleStripeWebhook(new Request('http://localhost/x'), fake.deps)).status).toBe(405)
	})

	test('an unused event type: 200, nothing recorded', async () => {
		const fake = fakeWorld({ stripe: new Map() })
		const response = await fake.post(event('customer.updated', { id: 'cus_1' }))
		expect(response.status).toBe(200)
		expect(await response.json()).toEqual({ received: true, outcome: 'ignored' })
		expect(fake.calls.transactions).toBe(0)
	})

	test('the event payload is only a hint: the current subscription is what gets written', async () => {
		const stripe = new Map([['sub_1', subscription({ cancel_at_period_end: true })]])
		const fake = fakeWorld({ stripe })
		// A stale "created" payload (cancel_at_period_end false) arrives after the change.
		const response = await fake.post(event('customer.subscription.created', { id: 'sub_1', customer: 'cus_1', cancel_at_period_end: false }))
		expect(response.status).toBe(200)
		expect(fake.world().rows.get(PERSON)).toMatchObject({ plan_id: 'premium', status: 'active', cancel_at_period_end: true })
	})

	test('a redelivered event does nothing the second time', async () => {
		const fake = fakeWorld({ stripe: new Map([['sub_1', subscription()]]) })
		const evt = event('customer.subscription.created', { id: 'sub_1', customer: 'cus_1' }, 'evt_same')
		expect(await (await fake.post(evt)).json()).toMatchObject({ outcome: 'synced' })
		expect(await (await fake.post(evt)).json()).toMatchObject({ outcome: 'duplicate' })
		expect(fake.calls.retrieves).toBe(1)
	})

	test('customer.subscription.deleted: canceled even if Stripe no longer returns it', async () => {
		const fake = fakeWorld({ stripe: new Map() })
		await fake.post(event('customer.subscription.deleted', subscription() as unknown as Record<string, unknown>))
		expect(fake.world().rows.get(PERSON)).toMatchObject({ status: 'canceled', plan_id: 'premium' })
	})

	test('the person is found by the session’s client_reference_id, then by the customer’s metadata', async () => {
		const stripe = new Map([
			['sub_2', subscription({ id: 'sub_2', customer: 'cus_2' })],
			['sub_3', subscription({ id: 'sub_3', customer: 'cus_3' })],
		])
		const fake = fakeWorld({ stripe, customerUsers: new Map([['cus_3', OTHER]]) })
		await fake.post(event('checkout.session.completed', { mode: 'subscription', customer: 'cus_2', subscription: 'sub_2', client_reference_id: PERSON }))
		await fake.post(event('customer.subscription.created', { id: 'sub_3', customer: 'cus_3' }))
		expect(fake.world().rows.get(PERSON)).toMatchObject({ stripe_subscription_id: 'sub_2' })
		expect(fake.world().rows.get(OTHER)).toMatchObject({ stripe_subscription_id: 'sub_3' })
	})

	test('nobody to attribute the subscription to: 200, logged, nothing written', async () => {
		const fake = fakeWorld({ stripe: new Map([['sub_9', subscription({ id: 'sub_9', customer: 'cus_9' })]]) })
		const response = await fake.post(event('customer.subscription.created', { id: 'sub_9', customer: 'cus_9' }))
		expect(await response.json()).toMatchObject({ outcome: 'unattributed' })
		expect(fake.world().rows.size).toBe(0)
		expect(fake.logs.join('\n')).toContain('no person for customer cus_9')
	})

	test('invoice.payment_failed: past_due written, then one email to the person', async () => {
		const fake = fakeWorld({ stripe: new Map([['sub_1', subscription({ status: 'past_due' })]]) })
		const failed = event('invoice.payment_failed', { customer: 'cus_1', parent: { subscription_details: { subscription: 'sub_1' } } })
		const outcome = await processStripeWebhook(JSON.stringify(failed), 'valid', fake.deps)
		expect(outcome).toMatchObject({ status: 'synced', emailed: true })
		expect(fake.world().rows.get(PERSON)).toMatchObject({ status: 'past_due', plan_id: 'premium' })
		expect(fake.sent).toHaveLength(1)
		expect(fake.sent[0]).toMatchObject({ to: 'claire@exemple.fr', subject: 'Votre paiement n’a pas abouti' })
		await processStripeWebhook(JSON.stringify(failed), 'valid', fake.deps)
		expect(fake.sent).toHaveLength(1)
	})

	test('an email that cannot be sent does not undo the state', async () => {
		const fake = fakeWorld({ stripe: new Map([['sub_1', subscription({ status: 'past_due' })]]) })
		fake.deps.sendEmail = async () => {
			throw new Error('SMTP down')
		}
		const response = await fake.post(event('invoice.payment_failed', { customer: 'cus_1', subscription: 'sub_1' }))
		expect(response.status).toBe(200)
		expect(fake.world().rows.get(PERSON)).toMatchObject({ status: 'past_due' })
		expect(fake.logs.join('\n')).toContain('SMTP down')
	})

	test('Stripe unreachable: 500 and the event is not recorded, so Stripe’s retry is handled', async () => {
		const stripe = new Map([['sub_1', subscription()]])
		const fake = fakeWorld({ stripe })
		const retrieve = fake.deps.retrieveSubscription
		fake.deps.retrieveSubscription = async () => {
			throw new Error('connect ECONNREFUSED')
		}
		const evt = event('customer.subscription.created', { id: 'sub_1', customer: 'cus_1' })
		expect((await fake.post(evt)).status).toBe(500)
		expect(fake.world().events.size).toBe(0)
		fake.deps.retrieveSubscription = retrieve
		expect((await fake.post(evt)).status).toBe(200)
		expect(fake.world().rows.get(PERSON)).toMatchObject({ status: 'active' })
	})
})
