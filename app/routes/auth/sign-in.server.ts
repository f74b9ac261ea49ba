import { auth } from '#app/server/auth/auth.server.ts'
import { normalizeEmail } from '#app/server/auth/tokens.server.ts'
import { env } from '#app/server/env.server.ts'
import { consumeRateLimits } from '#app/server/rate-limit.server.ts'

export const PENDING_EMAIL_COOKIE = 'phoenix_signin_email'

/**
 * Sends the link and code, within the per-email and per-address limits.
 * Whether an account exists never changes the outcome or the answer.
 */
export async function requestSignIn(input: { email: string; next: string; clientAddress: string | null }) {
	const email = normalizeEmail(input.email)
	const { AUTH_EMAIL_LIMIT_PER_HOUR, AUTH_IP_LIMIT_PER_HOUR } = env()
	const allowed = await consumeRateLimits([
		{ key: `signin:email:${email}`, rule: { windowSeconds: 3600, max: AUTH_EMAIL_LIMIT_PER_HOUR } },
		...(input.clientAddress
			? [{ key: `signin:ip:${input.clientAddress}`, rule: { windowSeconds: 3600, max: AUTH_IP_LIMIT_PER_HOUR } }]
			: []),
	])
	if (!allowed) return { ok: false as const }
	await auth().requestSignIn({ email, next: input.next })
	return { ok: true as const }
}

export async function allowCodeAttempt(clientAddress: string | null) {
	if (!clientAddress) return true
	return consumeRateLimits([
		{ key: `signin-code:ip:${clientAddress}`, rule: { windowSeconds: 900, max: env().AUTH_CODE_LIMIT_PER_15_MIN } },
	])
}
