// Stripe webhook: the only writer of subscription state. Verifies the
// signature on the raw body, records the event id (redeliveries do nothing),
// re-reads the subscription from Stripe and writes its current state, so the
// result is right whatever order Stripe delivers events in. The decisions live
// in ../_shared/billing.ts; this file wires them to Stripe, Postgres and SMTP.
//
// Environment: STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET, STRIPE_PRICE_PREMIUM,
// SUPABASE_DB_URL (provided by Supabase; the local platform passes its own),
// SMTP_HOST, SMTP_PORT, SMTP_SECURE, SMTP_USER, SMTP_PASSWORD, MAIL_FROM, APP_URL,
// and, for the local Stripe simulator only, STRIPE_API_HOST / STRIPE_API_PORT / STRIPE_API_PROTOCOL.
import nodemailer from 'nodemailer'
import postgres from 'postgres'
import Stripe from 'stripe'
import { handleStripeWebhook, type EmailMessage, type StripeSubscriptionLike, type WebhookDeps, type WebhookStore } from '../_shared/billing.ts'

const env = (name: string) => Deno.env.get(name)?.trim() || undefined
const log = (line: string) => console.error(line)

function stripeClient(secretKey: string) {
	const host = env('STRIPE_API_HOST')
	const port = env('STRIPE_API_PORT')
	const protocol = env('STRIPE_API_PROTOCOL')
	return new Stripe(secretKey, {
		httpClient: Stripe.createFetchHttpClient(),
		maxNetworkRetries: 2,
		timeout: 10_000,
		...(host ? { host } : {}),
		...(port ? { port: Number(port) } : {}),
		...(protocol === 'http' || protocol === 'https' ? { protocol } : {}),
	})
}

type Sql = ReturnType<typeof postgres>

function storeFor(tx: Sql): WebhookStore {
	return {
		async claimEvent(id, type) {
			const rows = await tx`
				insert into public.stripe_events (id, type) values (${id}, ${type})
				on conflict (id) do nothing
				returning id`
			return rows.length === 1
		},
		async lock(key) {
			await tx`select pg_advisory_xact_lock(hashtextextended(${`stripe-customer:${key}`}, 0))`
		},
		async findUserByCustomer(customerId) {
			const rows = await tx<{ user_id: string }[]>`
				select user_id from public.billing_customers where stripe_customer_id = ${customerId}
				union all
				select user_id from public.subscriptions where stripe_customer_id = ${customerId}
				limit 1`
			return rows[0]?.user_id ?? null
		},
		async userExists(userId) {
			const rows = await tx`select 1 from auth.users where id = ${userId}::uuid`
			return rows.length === 1
		},
		async currentSubscription(userId) {
			const rows = await tx<{ stripe_subscription_id: string | null; status: string }[]>`
				select stripe_subscription_id, status from public.subscriptions where user_id = ${userId}::uuid for update`
			return rows[0] ?? null
		},
		async upsertSubscription(userId, row) {
			await tx`
				insert into public.subscriptions
					(user_id, plan_id, status, stripe_customer_id, stripe_subscription_id, current_period_end, cancel_at_period_end, updated_at)
				values (${userId}::uuid, ${row.plan_id}, ${row.status}, ${row.stripe_customer_id}, ${row.stripe_subscription_id},
					${row.current_period_end}, ${row.cancel_at_period_end}, now())
				on conflict (user_id) do update set
					plan_id = excluded.plan_id,
					status = excluded.status,
					stripe_customer_id = excluded.stripe_customer_id,
					stripe_subscription_id = excluded.stripe_subscription_id,
					current_period_end = excluded.current_period_end,
					cancel_at_period_end = excluded.cancel_at_period_end,
					updated_at = now()`
		},
		async emailOf(userId) {
			const rows = await tx<{ email: string | null }[]>`select email from auth.users where id = ${userId}::uuid`
			return rows[0]?.email ?? null
		},
	}
}

let deps: WebhookDeps | undefined

/** Built on the first request, so a function without billing settings still boots (and answers 503). */
function dependencies(): WebhookDeps | string {
	if (deps) return deps
	const secretKey = env('STRIPE_SECRET_KEY')
	const webhookSecret = env('STRIPE_WEBHOOK_SECRET')
	const databaseUrl = env('SUPABASE_DB_URL')
	const missing = [!secretKey && 'STRIPE_SECRET_KEY', !webhookSecret && 'STRIPE_WEBHOOK_SECRET', !databaseUrl && 'SUPABASE_DB_URL'].filter(Boolean)
	if (missing.length > 0) return `billing is not configured (missing ${missing.join(', ')})`

	const stripe = stripeClient(secretKey!)
	const cryptoProvider = Stripe.createSubtleCryptoProvider()
	// prepare: false works behind Supabase's transaction pooler as well as on a direct connection.
	const sql = postgres(databaseUrl!, { max: 4, prepare: false, idle_timeout: 30, onnotice: () => {} })
	const smtpUser = env('SMTP_USER')
	const smtpSecure = env('SMTP_SECURE') === 'true'
	const mailer = nodemailer.createTransport({
		host: env('SMTP_HOST') ?? '127.0.0.1',
		port: Number(env('SMTP_PORT') ?? 54325),
		secure: smtpSecure,
		auth: smtpUser ? { user: smtpUser, pass: env('SMTP_PASSWORD') ?? '' } : undefined,
		// The local catcher speaks plain SMTP; a real relay negotiates STARTTLS.
		ignoreTLS: !smtpUser && !smtpSecure,
		name: 'phoenix.local',
	})
	const mailFrom = env('MAIL_FROM') ?? 'Phoenix <bonjour@phoenix.local>'

	deps = {
		verify: async (payload, signature) =>
			(await stripe.webhooks.constructEventAsync(payload, signature ?? '', webhookSecret!, undefined, cryptoProvider)) as unknown as Awaited<
				ReturnType<WebhookDeps['verify']>
			>,
		transaction: (work) => sql.begin((tx) => work(storeFor(tx as unknown as Sql))) as ReturnType<typeof work>,
		async retrieveSubscription(id) {
			try {
				return (await stripe.subscriptions.retrieve(id)) as unknown as StripeSubscriptionLike
			} catch (error) {
				if (error instanceof Stripe.errors.StripeError && error.statusCode === 404) return null
				throw error
			}
		},
		async customerUserId(customerId) {
			try {
				const customer = await stripe.customers.retrieve(customerId)
				return 'deleted' in customer && customer.deleted ? null : (customer.metadata?.user_id ?? null)
			} catch (error) {
				if (error instanceof Stripe.errors.StripeError && error.statusCode === 404) return null
				throw error
			}
		},
		async sendEmail(message: EmailMessage) {
			await mailer.sendMail({ from: mailFrom, ...message })
		},
		premiumPriceId: env('STRIPE_PRICE_PREMIUM'),
		accountUrl: `${(env('APP_URL') ?? 'http://localhost:3000').replace(/\/$/, '')}/compte/abonnement`,
		log,
	}
	return deps
}

Deno.serve(async (request: Request) => {
	const ready = dependencies()
	if (typeof ready === 'string') {
		log(`stripe-webhook: ${ready}`)
		return Response.json({ error: 'not_configured', message: ready }, { status: 503 })
	}
	return handleStripeWebhook(request, ready)
})
