import { createHash } from 'node:crypto'
import { createServerClient, parseCookieHeader, serializeCookieHeader } from '@supabase/ssr'
import type { SupabaseClientOptions } from '@supabase/supabase-js'
import { asAuthServer, type Claims } from '../db.server.ts'
import { env } from '../env.server.ts'
import { normalizeEmail } from './tokens.server.ts'
import type { AuthAdapter, SessionUser, SignInResult } from './types.ts'

/**
 * Supabase Auth through @supabase/ssr: the session lives in Supabase's own
 * cookies (read with getAll, written with setAll), and every identity is
 * verified by Supabase Auth (getUser) before it is trusted.
 */
export function createSupabaseAuth(): AuthAdapter {
	function client(request: Request, headers: Headers) {
		const { SUPABASE_URL, SUPABASE_ANON_KEY, NODE_ENV } = env()
		return createServerClient(SUPABASE_URL!, SUPABASE_ANON_KEY!, {
			cookies: {
				getAll() {
					return parseCookieHeader(request.headers.get('cookie') ?? '').map(({ name, value }) => ({
						name,
						value: value ?? '',
					}))
				},
				setAll(cookies, cacheHeaders) {
					for (const { name, value, options } of cookies) {
						headers.append(
							'Set-Cookie',
							serializeCookieHeader(name, value, {
								...options,
								httpOnly: true,
								sameSite: 'lax',
								secure: NODE_ENV === 'production',
								path: '/',
							}),
						)
					}
					for (const [key, value] of Object.entries(cacheHeaders ?? {})) headers.set(key, value)
				},
			},
			auth: { flowType: 'pkce', autoRefreshToken: false, detectSessionInUrl: false },
			realtime: { transport: NoRealtime },
		})
	}

	async function verifiedUser(supabase: ReturnType<typeof client>): Promise<SessionUser | null> {
		const { data, error } = await supabase.auth.getUser()
		if (error || !data.user) return null
		const { data: sessionData } = await supabase.auth.getSession()
		const accessToken = sessionData.session?.access_token
		if (!accessToken) return null
		// getUser() has just had Supabase Auth verify this token; its payload are the claims RLS will see.
		const claims = decodeJwtPayload(accessToken)
		if (claims.sub !== data.user.id) return null
		return { id: data.user.id, email: data.user.email ?? '', claims: { ...claims, role: 'authenticated' }, accessToken }
	}

	async function finish(
		supabase: ReturnType<typeof client>,
		headers: Headers,
		error: { code?: string; status?: number } | null,
		pending: () => Promise<boolean>,
	): Promise<SignInResult> {
		if (error) {
			// Supabase Auth answers 403 otp_expired ("Token has expired or is invalid") for a wrong,
			// used, replaced AND an expired token alike. Only a token still pending in auth.users,
			// yet refused, has expired; anything else is simply not valid.
			if (error.code === 'otp_expired' && (await pending().catch(() => false))) return { ok: false, reason: 'expired' }
			return { ok: false, reason: 'invalid' }
		}
		const user = await verifiedUser(supabase)
		return user ? { ok: true, user, headers } : { ok: false, reason: 'invalid' }
	}

	return {
		async requestSignIn({ email, next }) {
			const supabase = client(new Request(env().APP_URL), new Headers())
			// {{ .RedirectTo }} is where the person goes once signed in; the template's link
			// passes it to /auth/confirm as `next` (see supabase/templates/magic_link.html).
			const { error } = await supabase.auth.signInWithOtp({
				email: normalizeEmail(email),
				options: { shouldCreateUser: true, emailRedirectTo: new URL(next, env().APP_URL).toString() },
			})
			// Supabase's own rate limit is not surfaced: the answer must not differ from one address to
			// another, and our per-address and per-client limits have already told the person.
			if (error && error.status !== 429) throw error
		},

		async confirmLink(request, { tokenHash, type }) {
			const headers = new Headers()
			const supabase = client(request, headers)
			const otpType = type === 'magiclink' ? 'magiclink' : 'email'
			const { error } = await supabase.auth.verifyOtp({ type: otpType, token_hash: tokenHash })
			return finish(supabase, headers, error, () => isPendingLink(tokenHash))
		},

		async verifyCode(request, { email, code }) {
			const headers = new Headers()
			const supabase = client(request, headers)
			const address = normalizeEmail(email)
			const { error } = await supabase.auth.verifyOtp({ type: 'email', email: address, token: code })
			return finish(supabase, headers, error, () => isPendingCode(address, code))
		},

		async getSession(request) {
			const headers = new Headers()
			const supabase = client(request, headers)
			return { user: await verifiedUser(supabase), headers }
		},

		async signOut(request, scope) {
			const headers = new Headers()
			const supabase = client(request, headers)
			await supabase.auth.signOut({ scope })
			return headers
		},
	}
}

/**
 * The server never opens a Realtime channel, but supabase-js builds its
 * Realtime client eagerly, and on Node 20 (no global WebSocket) that throws
 * "Node.js 20 detected without native WebSocket support" on every
 * createServerClient call unless a transport is given. This one is never
 * constructed; if it ever were, it says why.
 */
class NoRealtimeTransport {
	constructor() {
		throw new Error('Supabase Realtime is not used by the Phoenix server')
	}
}
const NoRealtime = NoRealtimeTransport as unknown as NonNullable<NonNullable<SupabaseClientOptions<'public'>['realtime']>['transport']>

function decodeJwtPayload(token: string): Claims {
	const payload = token.split('.')[1] ?? ''
	return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Claims
}

/*
 * Supabase Auth keeps the pending one-time token of an address in its own
 * auth.users row (confirmation_token for a first sign-in, recovery_token for
 * a magic link), as hex(sha224(email + code)), prefixed `pkce_` when the PKCE
 * flow asked for it, and clears it once used or replaced. These two reads only
 * tell an expired token from a wrong one after Supabase has refused it.
 */

async function isPendingLink(tokenHash: string): Promise<boolean> {
	const [row] = await asAuthServer(
		(tx) => tx`select 1 from auth.users where confirmation_token = ${tokenHash} or recovery_token = ${tokenHash} limit 1`,
	)
	return Boolean(row)
}

async function isPendingCode(email: string, code: string): Promise<boolean> {
	const hash = createHash('sha224').update(email + code).digest('hex')
	const candidates = [hash, `pkce_${hash}`]
	const [row] = await asAuthServer(
		(tx) => tx`
			select 1 from auth.users
			where lower(email) = ${email} and is_sso_user = false
			  and (confirmation_token in ${tx(candidates)} or recovery_token in ${tx(candidates)})
			limit 1`,
	)
	return Boolean(row)
}
