// Webhook handling latency: a signed Stripe event POSTed to the stripe-webhook
// Edge Function (Deno, behind the /functions/v1 gateway) until it answers 200,
// against a throw-away database and the local Stripe simulator. Each new event
// does the full work: signature check, event recorded, per-customer lock,
// subscription re-read from Stripe (the simulator, over HTTP), row upserted.
import { randomBytes, randomUUID } from 'node:crypto'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import postgres from 'postgres'
import { startPreparedDatabase } from '../platform/database.ts'
import { freePort } from '../platform/free-port.ts'
import { startFunctions } from '../platform/functions.ts'
import { startStripeSimulator, type SimEvent } from '../platform/stripe-simulator.ts'

export type BenchResult = { name: string; p50: number; p95: number; unit: 'ms'; samples: number }

function percentile(sorted: number[], p: number) {
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!
}

export function summarise(name: string, samples: number[]): BenchResult {
	const sorted = [...samples].sort((a, b) => a - b)
	return { name, p50: percentile(sorted, 50), p95: percentile(sorted, 95), unit: 'ms', samples: sorted.length }
}

export async function benchStripeWebhook(options: { events?: number; people?: number; log?: (line: string) => void } = {}): Promise<BenchResult[]> {
	const eventCount = options.events ?? 300
	const peopleCount = options.people ?? 20
	const log = options.log ?? (() => {})
	const scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'phoenix-bench-stripe-'))
	await fs.chmod(scratch, 0o755)
	const stops: (() => Promise<unknown>)[] = []
	try {
		const database = await startPreparedDatabase({ dataDir: path.join(scratch, 'pg'), port: await freePort(), seed: false })
		stops.push(() => database.stop())
		const sql = postgres(database.url, { max: 2, onnotice: () => {} })
		stops.push(() => sql.end())

		const functionsPort = await freePort()
		const webhookUrl = `http://127.0.0.1:${functionsPort}/functions/v1/stripe-webhook`
		const simulator = await startStripeSimulator({ webhookUrl, webhookSecret: `whsec_${randomBytes(24).toString('hex')}` })
		stops.push(() => simulator.stop())
		const functions = await startFunctions({
			port: functionsPort,
			env: { SUPABASE_DB_URL: database.url, ...simulator.env, SMTP_HOST: '127.0.0.1', SMTP_PORT: String(await freePort()) },
			log,
		})
		stops.unshift(() => functions.stop())

		// People with a Stripe customer and a subscription whose events have not been delivered yet.
		const subscriptions: string[] = []
		for (let index = 0; index < peopleCount; index++) {
			const id = randomUUID()
			const email = `bench.${id.slice(0, 8)}@exemple.fr`
			await sql`
				insert into auth.users (instance_id, id, aud, role, email, email_confirmed_at, raw_app_meta_data, raw_user_meta_data, created_at, updated_at)
				values ('00000000-0000-0000-0000-000000000000', ${id}, 'authenticated', 'authenticated', ${email}, now(),
					'{"provider":"email","providers":["email"]}', '{}', now(), now())`
			const customer = simulator.createCustomer({ email, metadata: { user_id: id } })
			await sql`insert into public.billing_customers (user_id, stripe_customer_id) values (${id}, ${customer.id})`
			const created = await fetch(`http://127.0.0.1:${simulator.port}/v1/checkout/sessions`, {
				method: 'POST',
				headers: { Authorization: `Bearer ${simulator.secretKey}`, 'Content-Type': 'application/x-www-form-urlencoded' },
				body: new URLSearchParams({
					mode: 'subscription',
					customer: customer.id,
					'line_items[0][price]': simulator.premiumPriceId,
					'line_items[0][quantity]': '1',
					success_url: 'http://localhost:3000/ok',
					client_reference_id: id,
				}),
			})
			const session = (await created.json()) as { id: string }
			const { subscription } = await simulator.completeCheckout(session.id, { deliver: false })
			subscriptions.push(subscription.id)
		}

		async function timedPost(event: SimEvent) {
			const payload = JSON.stringify(event, null, 2)
			const signature = await simulator.signPayload(payload)
			const started = performance.now()
			const response = await fetch(webhookUrl, {
				method: 'POST',
				headers: { 'Content-Type': 'application/json; charset=utf-8', 'Stripe-Signature': signature },
				body: payload,
			})
			await response.arrayBuffer()
			const elapsed = performance.now() - started
			if (response.status !== 200) throw new Error(`stripe-webhook answered ${response.status}`)
			return elapsed
		}
		const updatedEvent = (index: number) => {
			const id = subscriptions[index % subscriptions.length]!
			return simulator.buildEvent('customer.subscription.updated', simulator.getSubscription(id)!)
		}

		for (let index = 0; index < 20; index++) await timedPost(updatedEvent(index)) // warm-up: JIT, pools

		const fresh: number[] = []
		const sent: SimEvent[] = []
		for (let index = 0; index < eventCount; index++) {
			const event = updatedEvent(index)
			sent.push(event)
			fresh.push(await timedPost(event))
		}
		const duplicates: number[] = []
		for (let index = 0; index < eventCount; index++) duplicates.push(await timedPost(sent[index]!))
		const ignored: number[] = []
		for (let index = 0; index < Math.min(eventCount, 100); index++) {
			ignored.push(await timedPost(simulator.buildEvent('customer.updated', { id: `cus_${index}`, object: 'customer' })))
		}

		const [{ count }] = (await sql`select count(*)::int as count from public.stripe_events`) as unknown as [{ count: number }]
		if (count !== eventCount + 20) throw new Error(`expected ${eventCount + 20} recorded events, found ${count}`)

		return [
			summarise('stripe-webhook: new event (verify, record, re-read Stripe, upsert)', fresh),
			summarise('stripe-webhook: redelivered event (idempotent no-op)', duplicates),
			summarise('stripe-webhook: unused event type', ignored),
		]
	} finally {
		for (const stop of stops) await stop().catch(() => {})
		await fs.rm(scratch, { recursive: true, force: true })
	}
}

// `node --import tsx scripts/bench/stripe-webhook.ts` runs it alone.
if (import.meta.url === `file://${process.argv[1]}`) {
	for (const result of await benchStripeWebhook()) {
		console.log(`${result.name}: p50 ${result.p50.toFixed(2)} ms, p95 ${result.p95.toFixed(2)} ms (${result.samples} events)`)
	}
}
