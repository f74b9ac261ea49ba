import { z } from 'zod'

const optionalUrl = z.url().optional()
const port = z.coerce.number().int().min(1).max(65535)

/**
 * Every setting the server reads, validated once at start-up. A bad value
 * stops the server with a message naming the variable.
 */
const envSchema = z
	.object({
		NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
		APP_URL: z.url(),
		DATABASE_URL: z.url(),
		SESSION_SECRET: z.string().min(32, 'must be at least 32 characters'),
		JWT_SECRET: z.string().min(32, 'must be at least 32 characters'),
		AUTH_MODE: z.enum(['embedded', 'supabase']).default('embedded'),
		SUPABASE_URL: optionalUrl,
		SUPABASE_ANON_KEY: z.string().min(1).optional(),
		SUPABASE_SERVICE_ROLE_KEY: z.string().min(1).optional(),
		FUNCTIONS_URL: optionalUrl,
		SMTP_HOST: z.string().min(1).default('127.0.0.1'),
		SMTP_PORT: port.default(54325),
		SMTP_USER: z.string().optional(),
		SMTP_PASSWORD: z.string().optional(),
		SMTP_SECURE: z
			.enum(['true', 'false'])
			.default('false')
			.transform((value) => value === 'true'),
		MAIL_FROM: z.string().min(3).default('Phoenix <bonjour@phoenix.local>'),
		MAILBOX_URL: optionalUrl,
		STRIPE_SECRET_KEY: z.string().startsWith('sk_', 'must be a Stripe secret key (sk_…)').optional(),
		STRIPE_PRICE_PREMIUM: z.string().startsWith('price_', 'must be a Stripe price id (price_…)').optional(),
		// Only for the local simulator (npm run dev without keys) and the test fake.
		STRIPE_API_HOST: z.string().optional(),
		STRIPE_API_PORT: port.optional(),
		STRIPE_API_PROTOCOL: z.enum(['http', 'https']).optional(),
		BILLING_SIMULATION: z
			.enum(['true', 'false'])
			.default('false')
			.transform((value) => value === 'true'),
		// AI: with a key, Gemini answers; without one, the offline engine (see docs/ai-gateway.md).
		GEMINI_API_KEY: z.string().min(1).optional(),
		GEMINI_MODEL: z.string().min(1).default('gemini-2.5-flash'),
		GEMINI_BASE_URL: optionalUrl,
		SALES_EMAIL: z.email().default('entreprises@phoenix.local'),
		AUTH_EMAIL_LIMIT_PER_HOUR: z.coerce.number().int().positive().default(5),
		AUTH_IP_LIMIT_PER_HOUR: z.coerce.number().int().positive().default(30),
		AUTH_CODE_LIMIT_PER_15_MIN: z.coerce.number().int().positive().default(30),
	})
	.superRefine((env, ctx) => {
		if (env.STRIPE_SECRET_KEY && !env.STRIPE_PRICE_PREMIUM) {
			ctx.addIssue({ code: 'custom', path: ['STRIPE_PRICE_PREMIUM'], message: 'is required when STRIPE_SECRET_KEY is set' })
		}
		if (env.AUTH_MODE === 'supabase') {
			for (const key of ['SUPABASE_URL', 'SUPABASE_ANON_KEY'] as const) {
				if (!env[key]) {
					ctx.addIssue({ code: 'custom', path: [key], message: 'is required when AUTH_MODE=supabase' })
				}
			}
		}
	})

export type Env = z.infer<typeof envSchema>

export function parseEnv(source: Record<string, string | undefined>): Env {
	const result = envSchema.safeParse(source)
	if (!result.success) {
		const lines = result.error.issues.map((issue) => `  - ${issue.path.join('.') || '(root)'}: ${issue.message}`)
		throw new Error(`Invalid environment variables:\n${lines.join('\n')}\nSee README.md, section "Configuration".`)
	}
	return result.data
}

let cached: Env | undefined

export function env(): Env {
	cached ??= parseEnv(process.env)
	return cached
}

/** The only settings the browser may see. */
export function publicEnv() {
	const { AUTH_MODE, NODE_ENV, BILLING_SIMULATION, STRIPE_SECRET_KEY } = env()
	return {
		AUTH_MODE,
		NODE_ENV,
		MAILBOX_URL: NODE_ENV === 'production' ? undefined : env().MAILBOX_URL,
		BILLING: STRIPE_SECRET_KEY ? (BILLING_SIMULATION ? 'simulation' : 'stripe') : 'unavailable',
	} as const
}
