// Stripe billing: what a webhook event means for a person's subscription row.
// Runtime-neutral (Web APIs only): the `stripe-webhook` Edge Function wires it
// to the Stripe SDK, Postgres and SMTP; the unit tests wire it to fakes.
//
// The rule that makes it correct whatever the delivery order: an event is only
// a hint that "something changed on this subscription". The handler re-reads
// the subscription from Stripe and writes what it is NOW, never what the event
// payload says it was when the event was created.
import { emailButton, emailDocument } from './email-html.ts'

/** The part of a Stripe `event` this module reads. */
export type StripeEventLike = {
	id: string
	type: string
	data: { object: Record<string, unknown> }
}

type Expandable = string | { id: string } | null | undefined

/** The part of a Stripe `subscription` this module reads. */
export type StripeSubscriptionLike = {
	id: string
	customer: Expandable
	status: string
	cancel_at_period_end?: boolean | null
	/** Legacy (before API 2025-03-31): on the subscription. */
	current_period_end?: number | null
	items?: { data?: Array<{ price?: { id?: string } | null; current_period_end?: number | null }> } | null
	metadata?: Record<string, string> | null
}

export type SubscriptionStatus =
	| 'none'
	| 'incomplete'
	| 'incomplete_expired'
	| 'trialing'
	| 'active'
	| 'past_due'
	| 'canceled'
	| 'unpaid'
	| 'paused'

/** A row of public.subscriptions, minus user_id and updated_at. */
export type SubscriptionRow = {
	plan_id: 'premium' | 'gratuit'
	status: SubscriptionStatus
	stripe_customer_id: string | null
	stripe_subscription_id: string
	current_period_end: Date | null
	cancel_at_period_end: boolean
}

/** The events this webhook acts on; Stripe may send others (they are acknowledged and ignored). */
export const HANDLED_EVENT_TYPES = [
	'checkout.session.completed',
	'customer.subscription.created',
	'customer.subscription.updated',
	'customer.subscription.deleted',
	'invoice.paid',
	'invoice.payment_failed',
] as const

export type HandledEventType = (typeof HANDLED_EVENT_TYPES)[number]

export function isHandledEventType(type: string): type is HandledEventType {
	return (HANDLED_EVENT_TYPES as readonly string[]).includes(type)
}

const STATUSES: readonly SubscriptionStatus[] = [
	'none',
	'incomplete',
	'incomplete_expired',
	'trialing',
	'active',
	'past_due',
	'canceled',
	'unpaid',
	'paused',
]

/** The statuses that keep the paid plan (same list as public.effective_plan). */
export const ENTITLED_STATUSES: readonly SubscriptionStatus[] = ['active', 'trialing', 'past_due']

export function idOf(value: Expandable): string | null {
	if (!value) return null
	if (typeof value === 'string') return value
	return typeof value.id === 'string' ? value.id : null
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** A person id given by the app (client_reference_id, metadata.user_id), if it looks like one. */
export function asUserId(value: unknown): string | null {
	return typeof value === 'string' && UUID.test(value) ? value.toLowerCase() : null
}

export type WebhookPlan =
	| { kind: 'ignore'; reason: string }
	| {
			kind: 'sync'
			/** The subscription to re-read from Stripe. */
			subscriptionId: string
			/** The customer, as the event knows it (used to serialise work per customer). */
			customerId: string | null
			/** Person ids the event carries (client_reference_id, metadata.user_id), best first. */
			userHints: string[]
			/** customer.subscription.deleted: the subscription is over, whatever a re-read says. */
			deleted: boolean
			/** invoice.payment_failed: tell the person. */
			paymentFailed: boolean
	  }

function record(value: unknown): Record<string, unknown> {
	return value && typeof value === 'object' ? (value as Record<string, unknown>) : {}
}

/** The subscription an invoice belongs to, in both the current and the legacy invoice shapes. */
function invoiceSubscriptionId(invoice: Record<string, unknown>): string | null {
	const parent = record(invoice.parent)
	const fromParent = idOf(record(parent.subscription_details).subscription as Expandable)
	if (fromParent) return fromParent
	const legacy = idOf(invoice.subscription as Expandable)
	if (legacy) return legacy
	const lines = record(invoice.lines).data
	if (Array.isArray(lines)) {
		for (const line of lines) {
			const details = record(record(record(line).parent).subscription_item_details)
			const id = idOf(details.subscription as Expandable) ?? idOf(record(line).subscription as Expandable)
			if (id) return id
		}
	}
	return null
}

/** What an event asks for, from its type and payload alone (no I/O). */
export function planWebhook(event: StripeEventLike): WebhookPlan {
	if (!isHandledEventType(event.type)) return { kind: 'ignore', reason: `event type ${event.type} is not used` }
	const object = record(event.data?.object)
	const metadata = record(object.metadata)
	const customerId = idOf(object.customer as Expandable)
	let subscriptionId: string | null
	const userHints: string[] = []
	switch (event.type) {
		case 'checkout.session.completed': {
			if (object.mode !== undefined && object.mode !== 'subscription') {
				return { kind: 'ignore', reason: `checkout session in ${String(object.mode)} mode` }
			}
			subscriptionId = idOf(object.subscription as Expandable)
			for (const hint of [object.client_reference_id, metadata.user_id]) {
				const id = asUserId(hint)
				if (id && !userHints.includes(id)) userHints.push(id)
			}
			break
		}
		case 'customer.subscription.created':
		case 'customer.subscription.updated':
		case 'customer.subscription.deleted':
			subscriptionId = typeof object.id === 'string' ? object.id : null
			break
		case 'invoice.paid':
		case 'invoice.payment_failed':
			subscriptionId = invoiceSubscriptionId(object)
			break
	}
	if (!subscriptionId) return { kind: 'ignore', reason: `${event.type} without a subscription` }
	const fromMetadata = asUserId(metadata.user_id)
	if (fromMetadata && !userHints.includes(fromMetadata)) userHints.push(fromMetadata)
	return {
		kind: 'sync',
		subscriptionId,
		customerId,
		userHints,
		deleted: event.type === 'customer.subscription.deleted',
		paymentFailed: event.type === 'invoice.payment_failed',
	}
}

/** The plan a Stripe price gives: only the configured Premium price gives Premium. */
export function planIdForPrice(priceId: string | null | undefined, premiumPriceId: string | null | undefined): 'premium' | 'gratuit' {
	return priceId && premiumPriceId && priceId === premiumPriceId ? 'premium' : 'gratuit'
}

function asStatus(status: string): SubscriptionStatus {
	return (STATUSES as readonly string[]).includes(status) ? (status as SubscriptionStatus) : 'none'
}

/** The row to write for a subscription as Stripe has it now. */
export function subscriptionRow(
	subscription: StripeSubscriptionLike,
	options: { premiumPriceId: string | null | undefined; deleted?: boolean },
): SubscriptionRow {
	const items = subscription.items?.data ?? []
	const priceId = items.map((item) => item.price?.id).find((id) => id === options.premiumPriceId) ?? items[0]?.price?.id
	const periodEnds = items.map((item) => item.current_period_end).filter((value): value is number => typeof value === 'number')
	const periodEnd = periodEnds.length > 0 ? Math.max(...periodEnds) : (subscription.current_period_end ?? null)
	return {
		plan_id: planIdForPrice(priceId, options.premiumPriceId),
		status: options.deleted ? 'canceled' : asStatus(subscription.status),
		stripe_customer_id: idOf(subscription.customer),
		stripe_subscription_id: subscription.id,
		current_period_end: typeof periodEnd === 'number' ? new Date(periodEnd * 1000) : null,
		cancel_at_period_end: Boolean(subscription.cancel_at_period_end),
	}
}

/**
 * Whether `next` may replace the person's current row. A late event about an
 * old, finished subscription must not take Premium away from a person who has
 * since subscribed again.
 */
export function shouldOverwrite(
	current: { stripe_subscription_id: string | null; status: string } | null,
	next: SubscriptionRow,
): boolean {
	if (!current || !current.stripe_subscription_id) return true
	if (current.stripe_subscription_id === next.stripe_subscription_id) return true
	const currentEntitled = (ENTITLED_STATUSES as readonly string[]).includes(current.status)
	const nextEntitled = ENTITLED_STATUSES.includes(next.status)
	return nextEntitled || !currentEntitled
}

export type EmailMessage = { to: string; subject: string; text: string; html: string }

/** The French email sent when a renewal payment fails. */
export function paymentFailedEmail(options: { to: string; accountUrl: string }): EmailMessage {
	const nbsp = '\u00a0'
	const subject = 'Votre paiement n’a pas abouti'
	const text = [
		'Bonjour,',
		'',
		`Votre paiement n’a pas abouti${nbsp}: le renouvellement de votre abonnement Phoenix Premium a été refusé.`,
		'',
		`Pas d’inquiétude${nbsp}: votre accès Premium est maintenu pendant que nous réessayons le paiement au cours des prochains jours.`,
		'',
		`Pour éviter toute interruption, mettez à jour votre carte depuis votre compte${nbsp}:`,
		options.accountUrl,
		'',
		"L’équipe Phoenix",
	].join('\n')
	const html = emailDocument(
		subject,
		`<p>Bonjour,</p>
<p>Votre paiement n’a pas abouti${nbsp}: le renouvellement de votre abonnement Phoenix Premium a été refusé.</p>
<p>Pas d’inquiétude${nbsp}: <strong>votre accès Premium est maintenu</strong> pendant que nous réessayons le paiement au cours des prochains jours.</p>
<p>Pour éviter toute interruption, mettez à jour votre carte depuis votre compte.</p>
${emailButton(options.accountUrl, 'Mettre à jour ma carte')}`,
	)
	return { to: options.to, subject, text, html }
}

/** The database work of one event, all inside one transaction. */
export type WebhookStore = {
	/** Records the event id; false when it was already recorded (a redelivery). */
	claimEvent(id: string, type: string): Promise<boolean>
	/** Serialises the handling of events about one customer until the transaction ends. */
	lock(key: string): Promise<void>
	findUserByCustomer(customerId: string): Promise<string | null>
	userExists(userId: string): Promise<boolean>
	currentSubscription(userId: string): Promise<{ stripe_subscription_id: string | null; status: string } | null>
	upsertSubscription(userId: string, row: SubscriptionRow): Promise<void>
	emailOf(userId: string): Promise<string | null>
}

export type WebhookDeps = {
	/** Checks the Stripe-Signature header against the raw body; throws when it does not match. */
	verify(payload: string, signature: string | null): Promise<StripeEventLike>
	transaction<T>(work: (store: WebhookStore) => Promise<T>): Promise<T>
	/** The subscription as Stripe has it now; null when Stripe does not know it. */
	retrieveSubscription(id: string): Promise<StripeSubscriptionLike | null>
	/** metadata.user_id of a Stripe customer, if any. */
	customerUserId(customerId: string): Promise<string | null>
	sendEmail(message: EmailMessage): Promise<void>
	premiumPriceId: string | null | undefined
	/** Where the person updates their card (the account page of the app). */
	accountUrl: string
	log?: (line: string) => void
}

export type WebhookOutcome =
	| { status: 'invalid_signature' }
	| { status: 'ignored'; reason: string }
	| { status: 'duplicate' }
	| { status: 'synced'; userId: string; row: SubscriptionRow; emailed: boolean }
	| { status: 'unattributed'; reason: string }

/** Handles one webhook delivery; the outcome says what was done. */
export async function processStripeWebhook(payload: string, signature: string | null, deps: WebhookDeps): Promise<WebhookOutcome> {
	const log = deps.log ?? (() => {})
	let event: StripeEventLike
	try {
		event = await deps.verify(payload, signature)
	} catch (error) {
		log(`stripe-webhook: signature refused (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`)
		return { status: 'invalid_signature' }
	}
	const plan = planWebhook(event)
	if (plan.kind === 'ignore') return { status: 'ignored', reason: plan.reason }

	type Pending = { status: 'synced-pending-email'; userId: string; row: SubscriptionRow; to: string | null }
	const result = await deps.transaction(async (store): Promise<WebhookOutcome | Pending> => {
		if (!(await store.claimEvent(event.id, event.type))) return { status: 'duplicate' }
		// Events about one customer are handled one at a time, each re-reading
		// Stripe after the previous one committed: the last write is the newest state.
		await store.lock(plan.customerId ?? plan.subscriptionId)
		const subscription = await deps.retrieveSubscription(plan.subscriptionId)
		const current: StripeSubscriptionLike | null =
			subscription ?? (plan.deleted ? (event.data.object as unknown as StripeSubscriptionLike) : null)
		if (!current) return { status: 'unattributed', reason: `subscription ${plan.subscriptionId} is unknown to Stripe` }
		const customerId = idOf(current.customer) ?? plan.customerId

		let userId = customerId ? await store.findUserByCustomer(customerId) : null
		const hints = [...plan.userHints, asUserId(current.metadata?.user_id)].filter((id): id is string => Boolean(id))
		for (const hint of hints) {
			if (userId) break
			if (await store.userExists(hint)) userId = hint
		}
		if (!userId && customerId) {
			const fromCustomer = asUserId(await deps.customerUserId(customerId))
			if (fromCustomer && (await store.userExists(fromCustomer))) userId = fromCustomer
		}
		if (!userId) return { status: 'unattributed', reason: `no person for customer ${customerId ?? '?'}` }

		const row = subscriptionRow(current, { premiumPriceId: deps.premiumPriceId, deleted: plan.deleted || subscription === null })
		if (shouldOverwrite(await store.currentSubscription(userId), row)) await store.upsertSubscription(userId, row)
		else log(`stripe-webhook: ${event.id} is about ${row.stripe_subscription_id}, older than the person's current subscription; kept`)
		if (plan.paymentFailed) return { status: 'synced-pending-email', userId, row, to: await store.emailOf(userId) }
		return { status: 'synced', userId, row, emailed: false }
	})

	if (result.status !== 'synced-pending-email') {
		if (result.status === 'unattributed') log(`stripe-webhook: ${event.id} (${event.type}) not attributed: ${result.reason}`)
		return result
	}
	// The state is committed; the email is best effort (a failure is logged, not retried by Stripe).
	let emailed = false
	try {
		if (result.to) {
			await deps.sendEmail(paymentFailedEmail({ to: result.to, accountUrl: deps.accountUrl }))
			emailed = true
		}
	} catch (error) {
		log(`stripe-webhook: payment-failed email not sent (${error instanceof Error ? error.message : String(error)})`)
	}
	return { status: 'synced', userId: result.userId, row: result.row, emailed }
}

/** The HTTP face of processStripeWebhook: 400 for a bad signature, 200 once handled, 500 to make Stripe retry. */
export async function handleStripeWebhook(request: Request, deps: WebhookDeps): Promise<Response> {
	if (request.method !== 'POST') {
		return Response.json({ error: 'method_not_allowed' }, { status: 405, headers: { Allow: 'POST' } })
	}
	const payload = await request.text()
	try {
		const outcome = await processStripeWebhook(payload, request.headers.get('stripe-signature'), deps)
		if (outcome.status === 'invalid_signature') return Response.json({ error: 'invalid_signature' }, { status: 400 })
		return Response.json({ received: true, outcome: outcome.status })
	} catch (error) {
		deps.log?.(`stripe-webhook: failed, Stripe will retry (${error instanceof Error ? error.stack ?? error.message : String(error)})`)
		return Response.json({ error: 'internal_error' }, { status: 500 })
	}
}
