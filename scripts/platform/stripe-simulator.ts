// A local stand-in for Stripe: the REST API the real `stripe` SDK talks to
// (configured with { host: '127.0.0.1', port, protocol: 'http' }), the hosted
// Checkout and Customer Portal pages (small French HTML pages), and webhook
// delivery: every state change becomes a real `event` object, signed with the
// SDK's own test helper and POSTed to the `stripe-webhook` Edge Function, so
// the same code decides the plan as with real Stripe. Nothing leaves the machine.
//
// Used by the tests and by `npm run dev` when no Stripe keys are set.
import { createHash, randomBytes } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import Stripe from 'stripe'
import { assertPortFree } from './ports.ts'
import { escapeHtml } from '../../supabase/functions/_shared/email-html.ts'
import type { SubscriptionStatus } from '../../supabase/functions/_shared/billing.ts'

export const SIMULATOR_API_VERSION = '2026-10-28.endive'
/** The Premium price the simulator knows out of the box (9,99 € a month). */
export const DEFAULT_PREMIUM_PRICE_ID = 'price_phoenix_premium_mensuel'

export type SimulatedPrice = { unitAmount: number; currency?: string; productName?: string; interval?: 'month' | 'year' }

export type StripeSimulatorOptions = {
	/** Port to listen on; 0 or absent: one the OS chooses. */
	port?: number
	/** Where events are POSTed (the stripe-webhook function); null: events are only recorded. */
	webhookUrl: string | null
	/** The endpoint's signing secret (whsec_…), shared with the webhook function. */
	webhookSecret: string
	/** The API key the simulator accepts; default: a fixed sk_test_… string. */
	secretKey?: string
	/** The Premium price id; default DEFAULT_PREMIUM_PRICE_ID. Any other `price_…` id is accepted too, at the same amount. */
	premiumPriceId?: string
	/** Extra prices by id. */
	prices?: Record<string, SimulatedPrice>
	/** Public base URL of the pages (default http://localhost:<port>). */
	publicUrl?: string
	/** Variable named in the "port in use" message. */
	portEnvName?: string
	log?: (line: string) => void
}

type Json = Record<string, unknown>
type Metadata = Record<string, string>

export type SimCustomer = {
	id: string
	object: 'customer'
	address: null
	balance: number
	created: number
	currency: string | null
	default_source: null
	delinquent: boolean
	description: string | null
	discount: null
	email: string | null
	invoice_prefix: string
	invoice_settings: { custom_fields: null; default_payment_method: string | null; footer: null; rendering_options: null }
	livemode: false
	metadata: Metadata
	name: string | null
	phone: string | null
	preferred_locales: string[]
	shipping: null
	tax_exempt: 'none'
	test_clock: null
}

export type SimPrice = {
	id: string
	object: 'price'
	active: boolean
	billing_scheme: 'per_unit'
	created: number
	currency: string
	livemode: false
	lookup_key: null
	metadata: Metadata
	nickname: string | null
	product: string
	recurring: { interval: 'month' | 'year'; interval_count: 1; meter: null; trial_period_days: null; usage_type: 'licensed' }
	tax_behavior: 'inclusive'
	type: 'recurring'
	unit_amount: number
	unit_amount_decimal: string
}

export type SimSubscriptionStatus = Exclude<SubscriptionStatus, 'none'>

export type SimSubscriptionItem = {
	id: string
	object: 'subscription_item'
	created: number
	current_period_end: number
	current_period_start: number
	discounts: string[]
	metadata: Metadata
	price: SimPrice
	quantity: number
	subscription: string
	tax_rates: []
}

export type SimSubscription = {
	id: string
	object: 'subscription'
	application: null
	billing_cycle_anchor: number
	cancel_at: number | null
	cancel_at_period_end: boolean
	canceled_at: number | null
	cancellation_details: { comment: string | null; feedback: string | null; reason: string | null }
	collection_method: 'charge_automatically'
	created: number
	currency: string
	/** Kept for integrations written against API versions before 2025-03-31 (now on the item). */
	current_period_end: number
	current_period_start: number
	customer: string
	days_until_due: null
	default_payment_method: string | null
	description: null
	discounts: string[]
	ended_at: number | null
	items: { object: 'list'; data: SimSubscriptionItem[]; has_more: false; total_count: number; url: string }
	latest_invoice: string | null
	livemode: false
	metadata: Metadata
	pause_collection: null
	schedule: null
	start_date: number
	status: SimSubscriptionStatus
	test_clock: null
	trial_end: null
	trial_start: null
}

export type SimInvoice = {
	id: string
	object: 'invoice'
	account_country: 'FR'
	amount_due: number
	amount_paid: number
	amount_remaining: number
	attempt_count: number
	attempted: boolean
	billing_reason: 'subscription_create' | 'subscription_cycle'
	collection_method: 'charge_automatically'
	created: number
	currency: string
	customer: string
	customer_email: string | null
	hosted_invoice_url: string
	invoice_pdf: null
	lines: { object: 'list'; data: Json[]; has_more: false; total_count: number; url: string }
	livemode: false
	metadata: Metadata
	next_payment_attempt: number | null
	number: string
	parent: { type: 'subscription_details'; quote_details: null; subscription_details: { metadata: Metadata; subscription: string } }
	period_end: number
	period_start: number
	status: 'draft' | 'open' | 'paid' | 'uncollectible' | 'void'
	status_transitions: { finalized_at: number | null; marked_uncollectible_at: null; paid_at: number | null; voided_at: null }
	subtotal: number
	total: number
}

export type SimCheckoutSession = {
	id: string
	object: 'checkout.session'
	allow_promotion_codes: boolean | null
	amount_subtotal: number
	amount_total: number
	billing_address_collection: null
	cancel_url: string | null
	client_reference_id: string | null
	client_secret: null
	created: number
	currency: string
	customer: string | null
	customer_creation: 'always' | null
	customer_details: { email: string | null; name: string | null } | null
	customer_email: string | null
	expires_at: number
	invoice: string | null
	livemode: false
	locale: string | null
	metadata: Metadata
	mode: 'subscription'
	payment_method_types: string[]
	payment_status: 'paid' | 'unpaid' | 'no_payment_required'
	status: 'open' | 'complete' | 'expired'
	subscription: string | null
	success_url: string | null
	ui_mode: 'hosted'
	url: string | null
}

export type SimPortalSession = {
	id: string
	object: 'billing_portal.session'
	configuration: string
	created: number
	customer: string
	flow: null
	livemode: false
	locale: string | null
	on_behalf_of: null
	return_url: string | null
	url: string
}

export type SimEvent = {
	id: string
	object: 'event'
	api_version: string
	created: number
	data: { object: Json; previous_attributes?: Json }
	livemode: false
	pending_webhooks: number
	request: { id: string | null; idempotency_key: string | null }
	type: string
}

export type Delivery = { eventId: string; type: string; status: number; body: string }

export type DeliverOptions = {
	/** Deliver each event this many times (default 1). */
	times?: number
	/** Send all copies at once instead of one after the other. */
	concurrent?: boolean
	/** Override the Stripe-Signature header (null: no header), to test refusals. */
	signature?: string | null
	/** Override the destination (default: the simulator's webhookUrl). */
	url?: string
	/** Extra attempts after a 5xx or an unreachable endpoint, as Stripe retries (default 0; state changes use 2). */
	retries?: number
}

export type SubscriptionPatch = Partial<{
	status: SimSubscriptionStatus
	cancel_at_period_end: boolean
	current_period_end: number
	price: string
	metadata: Metadata
}>

type ApiError = { status: number; type: string; message: string; code?: string; param?: string }

class StripeApiError extends Error {
	constructor(readonly detail: ApiError) {
		super(detail.message)
	}
}

const DAY = 86_400
const now = () => Math.floor(Date.now() / 1000)
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
function newId(prefix: string, length = 24) {
	const bytes = randomBytes(length)
	let id = ''
	for (const byte of bytes) id += ALPHABET[byte % ALPHABET.length]
	return `${prefix}${id}`
}
const clone = <T>(value: T): T => structuredClone(value)


/** "9,99 €": the amount as the button shows it. */
export function formatEuros(cents: number, currency = 'eur') {
	const amount = (cents / 100).toFixed(2).replace('.', ',')
	return currency.toLowerCase() === 'eur' ? `${amount} €` : `${amount} ${currency.toUpperCase()}`
}

function formatDate(seconds: number | null) {
	if (!seconds) return '—'
	return new Date(seconds * 1000).toLocaleDateString('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Paris' })
}

/**
 * Stripe's form encoding (`a[b][0][c]=v`, `expand[]=x`) back into nested
 * objects and arrays, as Stripe's API server reads it.
 */
export function parseStripeForm(text: string): Json {
	const root: Json = {}
	for (const [rawKey, value] of new URLSearchParams(text)) {
		const head = rawKey.match(/^[^[]+/)?.[0] ?? rawKey
		const parts = [head, ...[...rawKey.slice(head.length).matchAll(/\[([^\]]*)\]/g)].map((match) => match[1]!)]
		let node: Record<string, unknown> | unknown[] = root
		parts.forEach((part, index) => {
			const last = index === parts.length - 1
			const key: string | number = part === '' ? (node as unknown[]).length ?? Object.keys(node).length : Array.isArray(node) ? Number(part) : part
			const container = node as Record<string | number, unknown>
			if (last) {
				container[key] = value
				return
			}
			const nextIsIndex = /^\d*$/.test(parts[index + 1]!)
			container[key] ??= nextIsIndex ? [] : {}
			node = container[key] as Record<string, unknown> | unknown[]
		})
	}
	return root
}

function text(value: unknown): string | null {
	return typeof value === 'string' && value !== '' ? value : null
}
function bool(value: unknown): boolean | undefined {
	if (value === true || value === 'true') return true
	if (value === false || value === 'false') return false
	return undefined
}
function metadataFrom(value: unknown, base: Metadata = {}): Metadata {
	if (value === '' ) return {}
	if (!value || typeof value !== 'object') return base
	const next = { ...base }
	for (const [key, entry] of Object.entries(value as Record<string, unknown>)) {
		if (entry === '' || entry === null) delete next[key]
		else next[key] = String(entry)
	}
	return next
}

function notFound(kind: string, id: string, param = 'id'): StripeApiError {
	return new StripeApiError({ status: 404, type: 'invalid_request_error', code: 'resource_missing', param, message: `No such ${kind}: '${id}'` })
}
function missing(param: string): StripeApiError {
	return new StripeApiError({ status: 400, type: 'invalid_request_error', code: 'parameter_missing', param, message: `Missing required param: ${param}.` })
}
function invalid(param: string, message: string): StripeApiError {
	return new StripeApiError({ status: 400, type: 'invalid_request_error', code: 'parameter_invalid', param, message })
}

const STATUS_LABELS: Record<string, string> = {
	active: 'Actif',
	trialing: 'Essai',
	past_due: 'Paiement en retard',
	canceled: 'Résilié',
	unpaid: 'Impayé',
	incomplete: 'Incomplet',
	incomplete_expired: 'Expiré',
	paused: 'En pause',
}

function page(title: string, body: string) {
	return `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} — Stripe (simulation)</title>
<style>
body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1c1917;background:#f5f5f4;margin:0;padding:24px}
main{max-width:560px;margin:0 auto;background:#fff;border:1px solid #e7e5e4;border-radius:12px;padding:28px}
.banner{background:#fef3c7;color:#78350f;border-radius:8px;padding:8px 12px;font-size:14px;margin-bottom:20px}
h1{font-size:22px;margin:0 0 12px}h2{font-size:17px;margin:24px 0 8px}
button{background:#635bff;color:#fff;border:0;border-radius:8px;padding:12px 18px;font-size:16px;font-weight:600;cursor:pointer}
button.secondary{background:#fff;color:#b91c1c;border:1px solid #b91c1c}
table{width:100%;border-collapse:collapse;font-size:14px}td,th{text-align:left;padding:6px 4px;border-bottom:1px solid #e7e5e4}
.muted{color:#57534e;font-size:14px}.price{font-size:28px;font-weight:700;margin:8px 0}
form{display:inline}.row{display:flex;gap:12px;align-items:center;flex-wrap:wrap;margin-top:16px}
</style></head>
<body><main><p class="banner" role="note">Simulation locale de Stripe — aucun paiement réel n’est effectué.</p>
${body}
</main></body></html>`
}

/** Starts the simulator. See the returned object for the control helpers the tests use. */
export async function startStripeSimulator(options: StripeSimulatorOptions) {
	const log = options.log ?? (() => {})
	const secretKey = options.secretKey ?? 'sk_test_phoenix_local_simulator_0000000000'
	const premiumPriceId = options.premiumPriceId ?? DEFAULT_PREMIUM_PRICE_ID
	let webhookUrl = options.webhookUrl
	if (options.port) await assertPortFree(options.port, 'Stripe simulator', options.portEnvName ?? 'PHOENIX_STRIPE_PORT')

	const customers = new Map<string, SimCustomer>()
	const prices = new Map<string, SimPrice>()
	const sessions = new Map<string, SimCheckoutSession & { _lineItems: Array<{ price: string; quantity: number }>; _subscriptionMetadata: Metadata }>()
	const portalSessions = new Map<string, SimPortalSession>()
	const subscriptions = new Map<string, SimSubscription>()
	const invoices = new Map<string, SimInvoice>()
	const events: SimEvent[] = []
	const deliveries: Delivery[] = []
	const idempotency = new Map<string, { fingerprint: string; status: number; body: string }>()
	const pending = new Set<Promise<unknown>>()
	let invoiceCounter = 0
	let baseUrl = ''

	function definePrice(id: string, price: SimulatedPrice) {
		const created = now()
		prices.set(id, {
			id,
			object: 'price',
			active: true,
			billing_scheme: 'per_unit',
			created,
			currency: price.currency ?? 'eur',
			livemode: false,
			lookup_key: null,
			metadata: {},
			nickname: price.productName ?? null,
			product: `prod_${createHash('sha256').update(id).digest('hex').slice(0, 14)}`,
			recurring: { interval: price.interval ?? 'month', interval_count: 1, meter: null, trial_period_days: null, usage_type: 'licensed' },
			tax_behavior: 'inclusive',
			type: 'recurring',
			unit_amount: price.unitAmount,
			unit_amount_decimal: String(price.unitAmount),
		})
	}
	definePrice(premiumPriceId, { unitAmount: 999, productName: 'Phoenix Premium' })
	for (const [id, price] of Object.entries(options.prices ?? {})) definePrice(id, price)

	function priceOf(id: string, param = 'price'): SimPrice {
		if (!prices.has(id)) {
			if (!id.startsWith('price_')) throw notFound('price', id, param)
			definePrice(id, { unitAmount: 999, productName: 'Phoenix Premium' })
		}
		return prices.get(id)!
	}
	function customerOf(id: string, param = 'customer') {
		const customer = customers.get(id)
		if (!customer) throw notFound('customer', id, param)
		return customer
	}
	function subscriptionOf(id: string) {
		const subscription = subscriptions.get(id)
		if (!subscription) throw notFound('subscription', id)
		return subscription
	}

	// ---- objects -----------------------------------------------------------

	function createCustomer(params: { email?: string | null; name?: string | null; metadata?: Metadata; description?: string | null; phone?: string | null }) {
		const id = newId('cus_', 14)
		const customer: SimCustomer = {
			id,
			object: 'customer',
			address: null,
			balance: 0,
			created: now(),
			currency: null,
			default_source: null,
			delinquent: false,
			description: params.description ?? null,
			discount: null,
			email: params.email ?? null,
			invoice_prefix: randomBytes(4).toString('hex').toUpperCase(),
			invoice_settings: { custom_fields: null, default_payment_method: null, footer: null, rendering_options: null },
			livemode: false,
			metadata: { ...(params.metadata ?? {}) },
			name: params.name ?? null,
			phone: params.phone ?? null,
			preferred_locales: ['fr'],
			shipping: null,
			tax_exempt: 'none',
			test_clock: null,
		}
		customers.set(id, customer)
		return customer
	}

	function createInvoice(subscription: SimSubscription, reason: SimInvoice['billing_reason'], paid: boolean): SimInvoice {
		const customer = customers.get(subscription.customer)
		const item = subscription.items.data[0]!
		const amount = item.price.unit_amount * item.quantity
		const id = newId('in_')
		const created = now()
		invoiceCounter += 1
		const invoice: SimInvoice = {
			id,
			object: 'invoice',
			account_country: 'FR',
			amount_due: amount,
			amount_paid: paid ? amount : 0,
			amount_remaining: paid ? 0 : amount,
			attempt_count: 1,
			attempted: true,
			billing_reason: reason,
			collection_method: 'charge_automatically',
			created,
			currency: item.price.currency,
			customer: subscription.customer,
			customer_email: customer?.email ?? null,
			hosted_invoice_url: `${baseUrl}/invoices/${id}`,
			invoice_pdf: null,
			lines: {
				object: 'list',
				data: [
					{
						id: newId('il_'),
						object: 'line_item',
						amount,
						currency: item.price.currency,
						description: `1 × ${item.price.nickname ?? 'Abonnement'}`,
						livemode: false,
						metadata: {},
						parent: {
							type: 'subscription_item_details',
							invoice_item_details: null,
							subscription_item_details: { invoice_item: null, proration: false, proration_details: { credited_items: null }, subscription: subscription.id, subscription_item: item.id },
						},
						period: { end: item.current_period_end, start: item.current_period_start },
						pricing: { price_details: { price: item.price.id, product: item.price.product }, type: 'price_details', unit_amount_decimal: item.price.unit_amount_decimal },
						quantity: item.quantity,
					},
				],
				has_more: false,
				total_count: 1,
				url: `/v1/invoices/${id}/lines`,
			},
			livemode: false,
			metadata: {},
			next_payment_attempt: paid ? null : created + 3 * DAY,
			number: `${customer?.invoice_prefix ?? 'PHX'}-${String(invoiceCounter).padStart(4, '0')}`,
			parent: { type: 'subscription_details', quote_details: null, subscription_details: { metadata: { ...subscription.metadata }, subscription: subscription.id } },
			period_end: item.current_period_end,
			period_start: item.current_period_start,
			status: paid ? 'paid' : 'open',
			status_transitions: { finalized_at: created, marked_uncollectible_at: null, paid_at: paid ? created : null, voided_at: null },
			subtotal: amount,
			total: amount,
		}
		invoices.set(id, invoice)
		subscription.latest_invoice = id
		return invoice
	}

	function createSubscription(params: { customer: string; price: string; quantity?: number; metadata?: Metadata }): SimSubscription {
		const price = priceOf(params.price)
		const id = newId('sub_')
		const start = now()
		const end = start + (price.recurring.interval === 'year' ? 365 : 30) * DAY
		const subscription: SimSubscription = {
			id,
			object: 'subscription',
			application: null,
			billing_cycle_anchor: start,
			cancel_at: null,
			cancel_at_period_end: false,
			canceled_at: null,
			cancellation_details: { comment: null, feedback: null, reason: null },
			collection_method: 'charge_automatically',
			created: start,
			currency: price.currency,
			current_period_end: end,
			current_period_start: start,
			customer: params.customer,
			days_until_due: null,
			default_payment_method: newId('pm_'),
			description: null,
			discounts: [],
			ended_at: null,
			items: {
				object: 'list',
				data: [
					{
						id: newId('si_', 14),
						object: 'subscription_item',
						created: start,
						current_period_end: end,
						current_period_start: start,
						discounts: [],
						metadata: {},
						price: clone(price),
						quantity: params.quantity ?? 1,
						subscription: id,
						tax_rates: [],
					},
				],
				has_more: false,
				total_count: 1,
				url: `/v1/subscription_items?subscription=${id}`,
			},
			latest_invoice: null,
			livemode: false,
			metadata: { ...(params.metadata ?? {}) },
			pause_collection: null,
			schedule: null,
			start_date: start,
			status: 'active',
			test_clock: null,
			trial_end: null,
			trial_start: null,
		}
		subscriptions.set(id, subscription)
		return subscription
	}

	function setPeriod(subscription: SimSubscription, start: number, end: number) {
		subscription.current_period_start = start
		subscription.current_period_end = end
		for (const item of subscription.items.data) {
			item.current_period_start = start
			item.current_period_end = end
		}
		if (subscription.cancel_at_period_end) subscription.cancel_at = end
	}

	// ---- events and delivery -------------------------------------------------

	/** A Stripe `event` with a snapshot of the object as it is now (recorded, not delivered). */
	function buildEvent(type: string, object: object, previousAttributes?: Json): SimEvent {
		const event: SimEvent = {
			id: newId('evt_'),
			object: 'event',
			api_version: SIMULATOR_API_VERSION,
			created: now(),
			data: { object: clone(object) as Json, ...(previousAttributes ? { previous_attributes: clone(previousAttributes) } : {}) },
			livemode: false,
			pending_webhooks: webhookUrl ? 1 : 0,
			request: { id: newId('req_', 14), idempotency_key: null },
			type,
		}
		events.push(event)
		return event
	}

	/** The Stripe-Signature header for a payload, made by the SDK's own test helper. */
	async function signPayload(payload: string, timestamp?: number) {
		return Stripe.webhooks.generateTestHeaderStringAsync({ payload, secret: options.webhookSecret, ...(timestamp ? { timestamp } : {}) })
	}

	async function deliverOnce(event: SimEvent, deliverOptions: DeliverOptions): Promise<Delivery> {
		const url = deliverOptions.url ?? webhookUrl
		if (!url) return { eventId: event.id, type: event.type, status: 0, body: 'no webhook URL' }
		const payload = JSON.stringify(event, null, 2)
		const signature = deliverOptions.signature === undefined ? await signPayload(payload) : deliverOptions.signature
		const headers: Record<string, string> = {
			'Content-Type': 'application/json; charset=utf-8',
			'User-Agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)',
			'Cache-Control': 'no-cache',
		}
		if (signature !== null) headers['Stripe-Signature'] = signature
		const attempts = 1 + Math.max(0, deliverOptions.retries ?? 0)
		let delivery: Delivery = { eventId: event.id, type: event.type, status: 0, body: '' }
		for (let attempt = 1; attempt <= attempts; attempt++) {
			try {
				const response = await fetch(url, { method: 'POST', headers, body: payload })
				delivery = { eventId: event.id, type: event.type, status: response.status, body: await response.text() }
			} catch (error) {
				delivery = { eventId: event.id, type: event.type, status: 0, body: error instanceof Error ? error.message : String(error) }
			}
			deliveries.push(delivery)
			log(`[stripe] ${event.type} ${event.id} → ${delivery.status || 'unreachable'}${delivery.status >= 300 || !delivery.status ? ` ${delivery.body.slice(0, 200)}` : ''}`)
			if (delivery.status > 0 && delivery.status < 500) break
			if (attempt < attempts) await new Promise((resolve) => setTimeout(resolve, 250 * 2 ** (attempt - 1)))
		}
		return delivery
	}

	/** Delivers events to the webhook, in the given order (each `times` times). */
	async function deliver(eventOrEvents: SimEvent | SimEvent[], deliverOptions: DeliverOptions = {}): Promise<Delivery[]> {
		const list = Array.isArray(eventOrEvents) ? eventOrEvents : [eventOrEvents]
		const times = deliverOptions.times ?? 1
		const results: Delivery[] = []
		for (const event of list) {
			if (deliverOptions.concurrent) {
				results.push(...(await Promise.all(Array.from({ length: times }, () => deliverOnce(event, deliverOptions)))))
			} else {
				for (let copy = 0; copy < times; copy++) results.push(await deliverOnce(event, deliverOptions))
			}
		}
		return results
	}

	/** Creates an event about `object` and delivers it. */
	async function sendEvent(type: string, object: object, sendOptions: DeliverOptions & { previousAttributes?: Json } = {}) {
		const event = buildEvent(type, object, sendOptions.previousAttributes)
		return { event, deliveries: await deliver(event, sendOptions) }
	}

	/** Background delivery, as Stripe does after an API call; `whenDelivered()` waits for it. */
	function deliverLater(list: SimEvent[]) {
		const work = deliver(list, { retries: 2 }).catch((error) => log(`[stripe] delivery failed: ${String(error)}`))
		pending.add(work)
		void work.finally(() => pending.delete(work))
	}

	// ---- state changes (shared by the API, the pages and the test helpers) ----

	type Outcome<T> = { events: SimEvent[]; deliveries: Delivery[] } & T
	type Flow = { deliver?: boolean | 'background' }

	async function finish<T extends object>(extra: T, list: SimEvent[], flow: Flow | undefined): Promise<Outcome<T>> {
		const mode = flow?.deliver ?? true
		if (mode === 'background') {
			deliverLater(list)
			return { ...extra, events: list, deliveries: [] }
		}
		return { ...extra, events: list, deliveries: mode ? await deliver(list, { retries: 2 }) : [] }
	}

	/**
	 * Completes a Checkout session as if the person had paid: an active
	 * subscription at the session's price, a paid invoice, then the events
	 * checkout.session.completed, customer.subscription.created and invoice.paid
	 * (delivered in that order unless `deliver: false`).
	 */
	async function completeCheckout(sessionId: string, flow?: Flow) {
		const session = sessions.get(sessionId)
		if (!session) throw notFound('checkout.session', sessionId)
		if (session.status !== 'open') throw invalid('session', `This Checkout Session is ${session.status}.`)
		let customerId = session.customer
		if (!customerId) customerId = createCustomer({ email: session.customer_email, metadata: {} }).id
		const customer = customerOf(customerId)
		const line = session._lineItems[0]!
		const subscription = createSubscription({ customer: customerId, price: line.price, quantity: line.quantity, metadata: session._subscriptionMetadata })
		const invoice = createInvoice(subscription, 'subscription_create', true)
		Object.assign(session, {
			status: 'complete',
			payment_status: 'paid',
			customer: customerId,
			customer_details: { email: customer.email ?? session.customer_email, name: customer.name },
			subscription: subscription.id,
			invoice: invoice.id,
			url: null,
		} satisfies Partial<SimCheckoutSession>)
		const list = [
			buildEvent('checkout.session.completed', publicSession(session)),
			buildEvent('customer.subscription.created', subscription),
			buildEvent('invoice.paid', invoice),
		]
		return finish({ session: publicSession(session), subscription: clone(subscription), invoice: clone(invoice) }, list, flow)
	}

	/** Changes a subscription; by default sends customer.subscription.updated (with previous_attributes). */
	async function setSubscription(id: string, patch: SubscriptionPatch, flow?: Flow & { notify?: boolean }) {
		const subscription = subscriptionOf(id)
		const previous: Json = {}
		if (patch.status !== undefined && patch.status !== subscription.status) {
			previous.status = subscription.status
			subscription.status = patch.status
			if (patch.status === 'canceled') {
				subscription.canceled_at ??= now()
				subscription.ended_at = now()
			}
		}
		if (patch.cancel_at_period_end !== undefined && patch.cancel_at_period_end !== subscription.cancel_at_period_end) {
			previous.cancel_at_period_end = subscription.cancel_at_period_end
			previous.cancel_at = subscription.cancel_at
			subscription.cancel_at_period_end = patch.cancel_at_period_end
			subscription.cancel_at = patch.cancel_at_period_end ? subscription.current_period_end : null
			subscription.canceled_at = patch.cancel_at_period_end ? now() : null
			subscription.cancellation_details = patch.cancel_at_period_end
				? { comment: null, feedback: null, reason: 'cancellation_requested' }
				: { comment: null, feedback: null, reason: null }
		}
		if (patch.current_period_end !== undefined) {
			previous.current_period_end = subscription.current_period_end
			setPeriod(subscription, subscription.current_period_start, patch.current_period_end)
		}
		if (patch.price !== undefined) {
			const price = priceOf(patch.price)
			previous.items = clone(subscription.items)
			subscription.items.data[0]!.price = clone(price)
		}
		if (patch.metadata !== undefined) {
			previous.metadata = { ...subscription.metadata }
			subscription.metadata = metadataFrom(patch.metadata, subscription.metadata)
		}
		const list = flow?.notify === false ? [] : [buildEvent('customer.subscription.updated', subscription, previous)]
		return finish({ subscription: clone(subscription) }, list, flow)
	}

	/** The person asked to stop at the end of the paid period (portal « Résilier »); `false` undoes it. */
	function cancelAtPeriodEnd(id: string, cancel = true, flow?: Flow) {
		return setSubscription(id, { cancel_at_period_end: cancel }, flow)
	}

	/** A renewal payment fails: a new open invoice, the subscription past_due; invoice.payment_failed then customer.subscription.updated. */
	async function failPayment(subscriptionId: string, flow?: Flow) {
		const subscription = subscriptionOf(subscriptionId)
		const previous = { status: subscription.status, current_period_start: subscription.current_period_start, current_period_end: subscription.current_period_end }
		const start = subscription.current_period_end > now() ? subscription.current_period_end : now()
		setPeriod(subscription, start, start + 30 * DAY)
		subscription.status = 'past_due'
		const invoice = createInvoice(subscription, 'subscription_cycle', false)
		const list = [buildEvent('invoice.payment_failed', invoice), buildEvent('customer.subscription.updated', subscription, previous)]
		return finish({ subscription: clone(subscription), invoice: clone(invoice) }, list, flow)
	}

	/** The person updated their card: open invoices paid, the subscription active again; invoice.paid then customer.subscription.updated. */
	async function recoverPayment(subscriptionId: string, flow?: Flow) {
		const subscription = subscriptionOf(subscriptionId)
		const list: SimEvent[] = []
		for (const invoice of invoices.values()) {
			if (invoice.parent.subscription_details.subscription !== subscriptionId || invoice.status !== 'open') continue
			Object.assign(invoice, {
				status: 'paid',
				amount_paid: invoice.amount_due,
				amount_remaining: 0,
				attempt_count: invoice.attempt_count + 1,
				next_payment_attempt: null,
				status_transitions: { ...invoice.status_transitions, paid_at: now() },
			} satisfies Partial<SimInvoice>)
			list.push(buildEvent('invoice.paid', invoice))
		}
		if (subscription.status !== 'active') {
			const previous = { status: subscription.status }
			subscription.status = 'active'
			list.push(buildEvent('customer.subscription.updated', subscription, previous))
		}
		return finish({ subscription: clone(subscription) }, list, flow)
	}

	/** The subscription ends now (end of period reached, or cancelled immediately): canceled + customer.subscription.deleted. */
	async function deleteSubscription(id: string, flow?: Flow) {
		const subscription = subscriptionOf(id)
		subscription.status = 'canceled'
		subscription.canceled_at ??= now()
		subscription.ended_at = now()
		const list = [buildEvent('customer.subscription.deleted', subscription)]
		return finish({ subscription: clone(subscription) }, list, flow)
	}

	function publicSession(session: SimCheckoutSession): SimCheckoutSession {
		const { _lineItems, _subscriptionMetadata, ...rest } = session as SimCheckoutSession & { _lineItems?: unknown; _subscriptionMetadata?: unknown }
		return clone(rest)
	}

	// ---- REST API ------------------------------------------------------------

	const resolvers: Record<string, (id: string) => object | undefined> = {
		cus_: (id) => customers.get(id),
		sub_: (id) => subscriptions.get(id),
		in_: (id) => invoices.get(id),
		cs_: (id) => (sessions.has(id) ? publicSession(sessions.get(id)!) : undefined),
		price_: (id) => prices.get(id),
	}
	function resolve(id: string) {
		for (const [prefix, find] of Object.entries(resolvers)) if (id.startsWith(prefix)) return find(id)
		return undefined
	}
	function expand(object: Json, paths: string[]): Json {
		const result = clone(object)
		for (const path of paths) {
			const walk = (node: unknown, parts: string[]): unknown => {
				if (!node || typeof node !== 'object' || parts.length === 0) return node
				const [head, ...rest] = parts as [string, ...string[]]
				const container = node as Json
				if (Array.isArray(container[head]) && rest[0] === undefined) return node
				let value = container[head]
				if (typeof value === 'string') {
					const found = resolve(value)
					if (found) value = clone(found)
				}
				if (head === 'data' && Array.isArray(value)) container[head] = value.map((entry) => walk(entry, rest))
				else container[head] = walk(value, rest)
				return node
			}
			walk(result, path.split('.'))
		}
		return result
	}
	function list(url: string, data: object[], limit: unknown) {
		const max = Math.min(Math.max(Number(limit) || 10, 1), 100)
		return { object: 'list', data: data.slice(0, max), has_more: data.length > max, url }
	}

	function api(method: string, pathname: string, params: Json): { status: number; body: object } {
		const segments = pathname.split('/').filter(Boolean).slice(1) // after "v1"
		// The id's position: /v1/<resource>/<id> or /v1/<namespace>/sessions/<id>.
		const idIndex = segments[0] === 'checkout' || segments[0] === 'billing_portal' ? 2 : 1
		const id = segments[idIndex] ?? ''
		const route = `${method} /${segments.map((segment, index) => (index === idIndex ? ':id' : segment)).join('/')}`
		const expandPaths = Array.isArray(params.expand) ? (params.expand as string[]) : []
		const ok = (body: object) => ({ status: 200, body: expand(body as Json, expandPaths) })
		switch (route) {
			case 'POST /customers':
				return ok(createCustomer({ email: text(params.email), name: text(params.name), description: text(params.description), phone: text(params.phone), metadata: metadataFrom(params.metadata) }))
			case 'GET /customers': {
				const email = text(params.email)
				const all = [...customers.values()].filter((customer) => !email || customer.email === email).reverse()
				return ok(list('/v1/customers', all, params.limit))
			}
			case 'GET /customers/:id':
				return ok(customerOf(id, 'id'))
			case 'POST /customers/:id': {
				const customer = customerOf(id, 'id')
				if ('email' in params) customer.email = text(params.email)
				if ('name' in params) customer.name = text(params.name)
				if ('metadata' in params) customer.metadata = metadataFrom(params.metadata, customer.metadata)
				return ok(customer)
			}
			case 'GET /prices/:id':
				return ok(priceOf(id, 'id'))
			case 'POST /checkout/sessions': {
				const mode = text(params.mode)
				if (!mode) throw missing('mode')
				if (mode !== 'subscription') throw invalid('mode', `The Stripe simulator only supports mode=subscription (got ${mode}).`)
				const successUrl = text(params.success_url)
				if (!successUrl) throw missing('success_url')
				const rawItems = Array.isArray(params.line_items) ? (params.line_items as Json[]) : []
				if (rawItems.length === 0) throw missing('line_items')
				const lineItems = rawItems.map((item, index) => {
					const price = text(item?.price)
					if (!price) throw missing(`line_items[${index}][price]`)
					priceOf(price, `line_items[${index}][price]`)
					return { price, quantity: Number(item.quantity ?? 1) || 1 }
				})
				const customer = text(params.customer)
				if (customer) customerOf(customer)
				const sessionId = newId('cs_test_', 58)
				const price = prices.get(lineItems[0]!.price)!
				const amount = lineItems.reduce((sum, item) => sum + prices.get(item.price)!.unit_amount * item.quantity, 0)
				const created = now()
				const subscriptionData = (params.subscription_data ?? {}) as Json
				const session = {
					id: sessionId,
					object: 'checkout.session' as const,
					allow_promotion_codes: bool(params.allow_promotion_codes) ?? null,
					amount_subtotal: amount,
					amount_total: amount,
					billing_address_collection: null,
					cancel_url: text(params.cancel_url),
					client_reference_id: text(params.client_reference_id),
					client_secret: null,
					created,
					currency: price.currency,
					customer,
					customer_creation: customer ? null : ('always' as const),
					customer_details: null,
					customer_email: text(params.customer_email) ?? (customer ? customers.get(customer)!.email : null),
					expires_at: created + DAY,
					invoice: null,
					livemode: false as const,
					locale: text(params.locale),
					metadata: metadataFrom(params.metadata),
					mode: 'subscription' as const,
					payment_method_types: ['card'],
					payment_status: 'unpaid' as const,
					status: 'open' as const,
					subscription: null,
					success_url: successUrl,
					ui_mode: 'hosted' as const,
					url: `${baseUrl}/checkout/${sessionId}`,
					_lineItems: lineItems,
					_subscriptionMetadata: metadataFrom(subscriptionData.metadata),
				}
				sessions.set(sessionId, session)
				return ok(publicSession(session))
			}
			case 'GET /checkout/sessions/:id': {
				const session = sessions.get(id)
				if (!session) throw notFound('checkout.session', id, 'session')
				return ok(publicSession(session))
			}
			case 'POST /billing_portal/sessions': {
				const customer = text(params.customer)
				if (!customer) throw missing('customer')
				customerOf(customer)
				const portalId = newId('bps_')
				const portal: SimPortalSession = {
					id: portalId,
					object: 'billing_portal.session',
					configuration: 'bpc_phoenix_simulator',
					created: now(),
					customer,
					flow: null,
					livemode: false,
					locale: text(params.locale),
					on_behalf_of: null,
					return_url: text(params.return_url),
					url: `${baseUrl}/portal/${portalId}`,
				}
				portalSessions.set(portalId, portal)
				return ok(portal)
			}
			case 'GET /subscriptions': {
				const customer = text(params.customer)
				const status = text(params.status)
				const all = [...subscriptions.values()]
					.filter((subscription) => !customer || subscription.customer === customer)
					.filter((subscription) => (status ? status === 'all' || subscription.status === status : subscription.status !== 'canceled'))
					.reverse()
				return ok(list('/v1/subscriptions', all, params.limit))
			}
			case 'GET /subscriptions/:id':
				return ok(subscriptionOf(id))
			case 'POST /subscriptions/:id': {
				subscriptionOf(id)
				const patch: SubscriptionPatch = {}
				const cancel = bool(params.cancel_at_period_end)
				if (cancel !== undefined) patch.cancel_at_period_end = cancel
				if (params.metadata !== undefined) patch.metadata = metadataFrom(params.metadata)
				const items = Array.isArray(params.items) ? (params.items as Json[]) : []
				const newPrice = text(items[0]?.price)
				if (newPrice) patch.price = newPrice
				// Like Stripe: the API answers at once, the webhook follows.
				void setSubscription(id, patch, { deliver: 'background' })
				return ok(subscriptionOf(id))
			}
			case 'DELETE /subscriptions/:id': {
				subscriptionOf(id)
				void deleteSubscription(id, { deliver: 'background' })
				return ok(subscriptionOf(id))
			}
			case 'GET /invoices': {
				const customer = text(params.customer)
				const subscription = text(params.subscription)
				const all = [...invoices.values()]
					.filter((invoice) => !customer || invoice.customer === customer)
					.filter((invoice) => !subscription || invoice.parent.subscription_details.subscription === subscription)
					.reverse()
				return ok(list('/v1/invoices', all, params.limit))
			}
			case 'GET /invoices/:id': {
				const invoice = invoices.get(id)
				if (!invoice) throw notFound('invoice', id)
				return ok(invoice)
			}
			case 'GET /events':
				return ok(list('/v1/events', [...events].reverse(), params.limit))
			case 'GET /events/:id': {
				const event = events.find((candidate) => candidate.id === id)
				if (!event) throw notFound('event', id)
				return ok(event)
			}
		}
		throw new StripeApiError({
			status: 404,
			type: 'invalid_request_error',
			message: `Unrecognized request URL (${method}: ${pathname}). The Stripe simulator supports customers, checkout sessions, billing portal sessions, subscriptions, invoices, prices and events.`,
		})
	}

	// ---- pages -----------------------------------------------------------------

	function checkoutPage(session: SimCheckoutSession & { _lineItems: Array<{ price: string; quantity: number }> }) {
		const price = prices.get(session._lineItems[0]!.price)!
		const interval = price.recurring.interval === 'year' ? 'an' : 'mois'
		if (session.status !== 'open') {
			return page(
				'Paiement effectué',
				`<h1>Paiement déjà effectué</h1><p>Cette session de paiement est terminée.</p>${
					session.success_url ? `<p><a href="${escapeHtml(session.success_url.replace('{CHECKOUT_SESSION_ID}', session.id))}">Revenir à Phoenix</a></p>` : ''
				}`,
			)
		}
		return page(
			'Paiement',
			`<h1>${escapeHtml(price.nickname ?? 'Abonnement')}</h1>
<p class="price">${formatEuros(session.amount_total, session.currency)} <span class="muted">/ ${interval}</span></p>
<p class="muted">${session.customer_email ? `Compte : ${escapeHtml(session.customer_email)}<br>` : ''}Carte de test simulée : 4242 4242 4242 4242</p>
<div class="row">
<form method="post" action="/checkout/${escapeHtml(session.id)}"><button type="submit">Payer ${formatEuros(session.amount_total, session.currency)} (simulation)</button></form>
${session.cancel_url ? `<a href="${escapeHtml(session.cancel_url)}">Annuler et revenir</a>` : ''}
</div>`,
		)
	}

	function portalPage(portal: SimPortalSession) {
		const customer = customers.get(portal.customer)
		const owned = [...subscriptions.values()].filter((subscription) => subscription.customer === portal.customer).reverse()
		const ownedInvoices = [...invoices.values()].filter((invoice) => invoice.customer === portal.customer).reverse()
		const subscriptionBlocks = owned.length
			? owned
					.map((subscription) => {
						const item = subscription.items.data[0]!
						const action = (path: string, label: string, secondary = false) =>
							`<form method="post" action="/portal/${escapeHtml(portal.id)}/${path}"><input type="hidden" name="subscription" value="${escapeHtml(subscription.id)}"><button type="submit"${secondary ? ' class="secondary"' : ''}>${label}</button></form>`
						const live = subscription.status !== 'canceled' && subscription.status !== 'incomplete_expired'
						const actions = !live
							? ''
							: [
									subscription.status === 'past_due' || subscription.status === 'unpaid' ? action('pay', 'Mettre à jour la carte et régler') : '',
									subscription.cancel_at_period_end ? action('resume', 'Reprendre l’abonnement') : action('cancel', 'Résilier', true),
								].join('')
						return `<section data-subscription="${escapeHtml(subscription.id)}">
<p><strong>${escapeHtml(item.price.nickname ?? 'Abonnement')}</strong> — ${formatEuros(item.price.unit_amount, item.price.currency)} / mois<br>
<span class="muted">Statut : ${STATUS_LABELS[subscription.status] ?? subscription.status}${
							subscription.status === 'canceled'
								? ` depuis le ${formatDate(subscription.ended_at)}`
								: subscription.cancel_at_period_end
									? ` — se termine le ${formatDate(item.current_period_end)}`
									: ` — prochain renouvellement le ${formatDate(item.current_period_end)}`
						}</span></p>
<div class="row">${actions}</div></section>`
					})
					.join('')
			: '<p class="muted">Aucun abonnement.</p>'
		const invoiceRows = ownedInvoices.length
			? `<table><thead><tr><th>Facture</th><th>Date</th><th>Montant</th><th>Statut</th></tr></thead><tbody>${ownedInvoices
					.map(
						(invoice) =>
							`<tr><td><a href="/invoices/${escapeHtml(invoice.id)}">${escapeHtml(invoice.number)}</a></td><td>${formatDate(invoice.created)}</td><td>${formatEuros(invoice.amount_due, invoice.currency)}</td><td>${
								invoice.status === 'paid' ? 'Payée' : invoice.status === 'open' ? 'Impayée' : escapeHtml(invoice.status)
							}</td></tr>`,
					)
					.join('')}</tbody></table>`
			: '<p class="muted">Aucune facture.</p>'
		return page(
			'Gérer mon abonnement',
			`<h1>Gérer mon abonnement</h1>
<p class="muted">${escapeHtml(customer?.email ?? portal.customer)}</p>
<h2>Abonnement</h2>${subscriptionBlocks}
<h2>Factures</h2>${invoiceRows}
${portal.return_url ? `<p style="margin-top:24px"><a href="${escapeHtml(portal.return_url)}">← Revenir à Phoenix</a></p>` : ''}`,
		)
	}

	function invoicePage(invoice: SimInvoice) {
		return page(
			`Facture ${invoice.number}`,
			`<h1>Facture ${escapeHtml(invoice.number)}</h1>
<p>${formatDate(invoice.created)} — ${formatEuros(invoice.amount_due, invoice.currency)} — ${invoice.status === 'paid' ? 'Payée' : 'Impayée'}</p>
<p class="muted">Période du ${formatDate(invoice.period_start)} au ${formatDate(invoice.period_end)}</p>`,
		)
	}

	function overviewPage() {
		const rows = [...subscriptions.values()]
			.reverse()
			.map(
				(subscription) =>
					`<tr><td>${escapeHtml(customers.get(subscription.customer)?.email ?? subscription.customer)}</td><td>${escapeHtml(subscription.id)}</td><td>${STATUS_LABELS[subscription.status] ?? subscription.status}${subscription.cancel_at_period_end ? ' (résiliation prévue)' : ''}</td></tr>`,
			)
			.join('')
		const recent = [...deliveries]
			.slice(-20)
			.reverse()
			.map((delivery) => `<tr><td>${escapeHtml(delivery.type)}</td><td>${escapeHtml(delivery.eventId)}</td><td>${delivery.status || 'injoignable'}</td></tr>`)
			.join('')
		return page(
			'Simulateur',
			`<h1>Stripe (simulation locale)</h1>
<p class="muted">Webhook : ${escapeHtml(webhookUrl ?? 'aucun')}</p>
<h2>Abonnements</h2>${rows ? `<table><tbody>${rows}</tbody></table>` : '<p class="muted">Aucun.</p>'}
<h2>Derniers événements envoyés</h2>${recent ? `<table><tbody>${recent}</tbody></table>` : '<p class="muted">Aucun.</p>'}`,
		)
	}

	async function pages(request: http.IncomingMessage, response: http.ServerResponse, url: URL, body: string) {
		const html = (status: number, content: string) => {
			response.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' })
			response.end(content)
		}
		const redirect = (location: string) => {
			response.writeHead(303, { Location: location })
			response.end()
		}
		const notFoundPage = () => html(404, page('Introuvable', '<h1>Page introuvable</h1><p>Ce lien de simulation n’existe pas ou plus (le simulateur repart de zéro à chaque démarrage).</p>'))

		if (url.pathname === '/' && request.method === 'GET') return html(200, overviewPage())
		const checkout = url.pathname.match(/^\/checkout\/(cs_[\w]+)$/)
		if (checkout) {
			const session = sessions.get(checkout[1]!)
			if (!session) return notFoundPage()
			if (request.method === 'GET') return html(200, checkoutPage(session))
			if (request.method === 'POST') {
				if (session.status === 'open') await completeCheckout(session.id)
				return redirect((session.success_url ?? '/').replaceAll('{CHECKOUT_SESSION_ID}', session.id))
			}
		}
		const portal = url.pathname.match(/^\/portal\/(bps_\w+)(?:\/(cancel|resume|pay))?$/)
		if (portal) {
			const portalSession = portalSessions.get(portal[1]!)
			if (!portalSession) return notFoundPage()
			if (request.method === 'GET' && !portal[2]) return html(200, portalPage(portalSession))
			if (request.method === 'POST' && portal[2]) {
				const subscriptionId = new URLSearchParams(body).get('subscription') ?? ''
				const subscription = subscriptions.get(subscriptionId)
				if (!subscription || subscription.customer !== portalSession.customer) return notFoundPage()
				if (portal[2] === 'cancel') await cancelAtPeriodEnd(subscriptionId, true)
				if (portal[2] === 'resume') await cancelAtPeriodEnd(subscriptionId, false)
				if (portal[2] === 'pay') await recoverPayment(subscriptionId)
				return redirect(`/portal/${portalSession.id}`)
			}
		}
		const invoice = url.pathname.match(/^\/invoices\/(in_\w+)$/)
		if (invoice && request.method === 'GET') {
			const found = invoices.get(invoice[1]!)
			return found ? html(200, invoicePage(found)) : notFoundPage()
		}
		return notFoundPage()
	}

	// ---- server ------------------------------------------------------------------

	function sendApi(response: http.ServerResponse, status: number, body: string, extra: Record<string, string> = {}) {
		response.writeHead(status, {
			'Content-Type': 'application/json',
			'Request-Id': newId('req_', 14),
			'Stripe-Version': SIMULATOR_API_VERSION,
			'Cache-Control': 'no-cache, no-store',
			...extra,
		})
		response.end(body)
	}

	const server = http.createServer((request, response) => {
		const chunks: Buffer[] = []
		request.on('data', (chunk: Buffer) => chunks.push(chunk))
		request.on('end', async () => {
			const body = Buffer.concat(chunks).toString('utf8')
			const url = new URL(request.url ?? '/', 'http://localhost')
			const method = request.method ?? 'GET'
			try {
				if (!url.pathname.startsWith('/v1/')) return await pages(request, response, url, body)

				const key = (request.headers.authorization ?? '').replace(/^Bearer\s+/i, '')
				if (key !== secretKey) {
					const shown = key ? `${key.slice(0, 8)}${'*'.repeat(Math.max(0, key.length - 12))}${key.slice(-4)}` : ''
					return sendApi(
						response,
						401,
						JSON.stringify({
							error: {
								type: 'invalid_request_error',
								code: 'api_key_invalid',
								message: key ? `Invalid API Key provided: ${shown}` : 'You did not provide an API key.',
							},
						}),
						{ 'WWW-Authenticate': 'Bearer realm="Stripe"' },
					)
				}
				const idempotencyKey = method === 'POST' ? (request.headers['idempotency-key'] as string | undefined) : undefined
				const fingerprint = createHash('sha256').update(`${method} ${url.pathname} ${body}`).digest('hex')
				if (idempotencyKey) {
					const previous = idempotency.get(idempotencyKey)
					if (previous && previous.fingerprint !== fingerprint) {
						return sendApi(
							response,
							400,
							JSON.stringify({
								error: {
									type: 'idempotency_error',
									message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${idempotencyKey}' if you meant to execute a different request.`,
								},
							}),
						)
					}
					if (previous) return sendApi(response, previous.status, previous.body, { 'Idempotent-Replayed': 'true', 'Idempotency-Key': idempotencyKey })
				}
				const params = method === 'GET' || method === 'DELETE' ? parseStripeForm(url.search.slice(1)) : parseStripeForm(body)
				let status: number
				let payload: string
				try {
					const result = api(method, url.pathname, params)
					status = result.status
					payload = JSON.stringify(result.body, null, 2)
				} catch (error) {
					if (!(error instanceof StripeApiError)) throw error
					const { status: errorStatus, ...detail } = error.detail
					status = errorStatus
					payload = JSON.stringify({ error: { ...detail, request_log_url: null } }, null, 2)
				}
				log(`[stripe] ${method} ${url.pathname} → ${status}`)
				if (idempotencyKey && status < 500) idempotency.set(idempotencyKey, { fingerprint, status, body: payload })
				return sendApi(response, status, payload, idempotencyKey ? { 'Idempotency-Key': idempotencyKey } : {})
			} catch (error) {
				log(`[stripe] ${method} ${url.pathname} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
				if (!response.headersSent) sendApi(response, 500, JSON.stringify({ error: { type: 'api_error', message: 'The Stripe simulator failed.' } }))
				else response.end()
			}
		})
	})
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject)
		server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
	})
	const port = (server.address() as AddressInfo).port
	baseUrl = (options.publicUrl ?? `http://localhost:${port}`).replace(/\/$/, '')

	const read = <T>(map: Map<string, T>, id: string) => {
		const found = map.get(id)
		return found ? clone(found) : undefined
	}

	return {
		/** Base URL of the pages (checkout, portal, invoices, overview at /). */
		url: baseUrl,
		host: '127.0.0.1' as const,
		port,
		protocol: 'http' as const,
		/** The only API key the simulator accepts. */
		secretKey,
		webhookSecret: options.webhookSecret,
		premiumPriceId,
		get webhookUrl() {
			return webhookUrl
		},
		setWebhookUrl(url: string | null) {
			webhookUrl = url
		},
		/** What a `new Stripe(secretKey, config)` needs to talk to the simulator. */
		stripeConfig: { host: '127.0.0.1', port, protocol: 'http' as const },
		/** The variables the stripe-webhook function (and the app) read. */
		env: {
			STRIPE_SECRET_KEY: secretKey,
			STRIPE_WEBHOOK_SECRET: options.webhookSecret,
			STRIPE_PRICE_PREMIUM: premiumPriceId,
			STRIPE_API_HOST: '127.0.0.1',
			STRIPE_API_PORT: String(port),
			STRIPE_API_PROTOCOL: 'http',
		},

		// objects
		createCustomer: (params: { email?: string | null; name?: string | null; metadata?: Metadata } = {}) => clone(createCustomer(params)),
		getCustomer: (id: string) => read(customers, id),
		getCheckoutSession: (id: string) => (sessions.has(id) ? publicSession(sessions.get(id)!) : undefined),
		getSubscription: (id: string) => read(subscriptions, id),
		getInvoice: (id: string) => read(invoices, id),
		subscriptionsOf: (customerId: string) => [...subscriptions.values()].filter((subscription) => subscription.customer === customerId).map(clone),

		// state changes; each returns { events, deliveries, … } and delivers unless { deliver: false }
		completeCheckout,
		setSubscription,
		cancelAtPeriodEnd,
		failPayment,
		recoverPayment,
		deleteSubscription,

		// events
		buildEvent,
		sendEvent,
		deliver,
		signPayload,
		/** Every event created so far, oldest first. */
		events: () => events.map(clone),
		/** Every delivery attempt so far, oldest first. */
		deliveries: () => deliveries.map(clone),
		/** Waits for deliveries started in the background (after API calls). */
		async whenDelivered() {
			while (pending.size > 0) await Promise.all([...pending])
		},

		async stop() {
			await Promise.all([...pending])
			await new Promise<void>((resolve) => {
				server.closeAllConnections()
				server.close(() => resolve())
			})
		},
	}
}

export type StripeSimulator = Awaited<ReturnType<typeof startStripeSimulator>>
