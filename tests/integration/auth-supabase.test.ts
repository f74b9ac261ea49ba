import postgres from 'postgres'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { startFakeSupabaseAuth, type FakeSupabaseAuth } from '#tests/fakes/supabase-auth.ts'

/*
 * The real Supabase adapter (@supabase/ssr + supabase-js) against a local
 * Supabase Auth that speaks GoTrue's HTTP and writes the real test database's
 * auth.users / auth.sessions, so profiles and RLS are the real ones.
 */

const APP_URL = process.env.APP_URL ?? 'http://localhost:3000'

let fake: FakeSupabaseAuth
let db: postgres.Sql
let auth: import('#app/server/auth/types.ts').AuthAdapter
let asUser: typeof import('#app/server/db.server.ts').asUser

beforeAll(async () => {
	fake = await startFakeSupabaseAuth({
		databaseUrl: process.env.DATABASE_URL!,
		jwtSecret: process.env.JWT_SECRET!,
		settings: { siteUrl: APP_URL, additionalRedirectUrls: [`${APP_URL}/auth/confirm`] },
	})
	process.env.AUTH_MODE = 'supabase'
	process.env.SUPABASE_URL = fake.url
	process.env.SUPABASE_ANON_KEY = fake.anonKey
	const { createSupabaseAuth } = await import('#app/server/auth/supabase.server.ts')
	;({ asUser } = await import('#app/server/db.server.ts'))
	const { env } = await import('#app/server/env.server.ts')
	expect(env().AUTH_MODE).toBe('supabase')
	auth = createSupabaseAuth()
	db = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} })
})

afterAll(async () => {
	await fake?.stop()
	await db?.end({ timeout: 5 })
	await globalThis.__phoenixSql?.end({ timeout: 5 })
})

let counter = 0
function uniqueEmail(label: string) {
	return `${label}.${Date.now()}.${counter++}@exemple.fr`
}

/** The cookies a browser would send back after these Set-Cookie headers. */
function cookieHeader(headers: Headers, previous = ''): string {
	const jar = new Map(
		previous
			.split('; ')
			.filter(Boolean)
			.map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)] as const),
	)
	for (const line of headers.getSetCookie()) {
		const [pair = ''] = line.split(';')
		const name = pair.slice(0, pair.indexOf('='))
		const value = pair.slice(pair.indexOf('=') + 1)
		if (!value || /max-age=0/i.test(line)) jar.delete(name)
		else jar.set(name, value)
	}
	return [...jar].map(([name, value]) => `${name}=${value}`).join('; ')
}

function browserRequest(path: string, cookies = '', init: RequestInit = {}) {
	const headers = new Headers(init.headers)
	if (cookies) headers.set('cookie', cookies)
	headers.set('user-agent', 'vitest')
	return new Request(new URL(path, APP_URL), { ...init, headers })
}

async function signInByLink(email: string, next = '/letters') {
	await auth.requestSignIn({ email, next })
	const mail = fake.lastEmailTo(email)
	if (!mail) throw new Error(`no mail for ${email}`)
	const outcome = await auth.confirmLink(browserRequest('/auth/confirm', '', { method: 'POST' }), {
		tokenHash: mail.tokenHash,
		type: 'email',
	})
	return { mail, outcome }
}

describe('Supabase adapter — magic link', () => {
	it('sends the link through Supabase Auth, pointing back to /auth/confirm with next', async () => {
		const email = uniqueEmail('lien')
		await auth.requestSignIn({ email: `  ${email.toUpperCase()} `, next: '/cv?onglet=2' })

		const mail = fake.lastEmailTo(email)
		expect(mail).toBeDefined()
		expect(mail!.to).toBe(email)
		expect(mail!.template).toBe('magic_link')
		expect(mail!.token).toMatch(/^\d{6}$/)
		// createServerClient always uses PKCE: GoTrue prefixes the hash it puts in {{ .TokenHash }}.
		expect(mail!.tokenHash).toMatch(/^pkce_[0-9a-f]{56}$/)
		expect(mail!.redirectTo).toBe(`${APP_URL}/cv?onglet=2`)
		// The project's template renders a link to our /auth/confirm carrying the token hash, and the code.
		const link = new URL(mail!.link!)
		expect(`${link.origin}${link.pathname}`).toBe(`${APP_URL}/auth/confirm`)
		expect(link.searchParams.get('token_hash')).toBe(mail!.tokenHash)
		expect(link.searchParams.get('type')).toBe('email')
		expect(mail!.html).toContain(mail!.token)

		// Like GoTrue, the first request creates the user in auth.users, and the trigger their profile.
		const [user] = await db<{ id: string; email_confirmed_at: Date | null; raw_app_meta_data: unknown }[]>`
			select id, email_confirmed_at, raw_app_meta_data from auth.users where email = ${email}`
		expect(user).toBeDefined()
		expect(user!.raw_app_meta_data).toEqual({ provider: 'email', providers: ['email'] })
		const profiles = await db`select id from public.profiles where id = ${user!.id}`
		expect(profiles).toHaveLength(1)
	})

	it('confirms by token_hash: Supabase session cookies, httpOnly and SameSite=Lax', async () => {
		const email = uniqueEmail('confirme')
		const { outcome } = await signInByLink(email)
		expect(outcome.ok).toBe(true)
		if (!outcome.ok) return

		const [row] = await db<{ id: string }[]>`select id from auth.users where email = ${email}`
		expect(outcome.user.id).toBe(row!.id)
		expect(outcome.user.email).toBe(email)
		expect(outcome.user.claims.sub).toBe(row!.id)

		const setCookies = outcome.headers.getSetCookie()
		const authCookies = setCookies.filter((line) => /^sb-127-auth-token(\.\d+)?=/.test(line))
		expect(authCookies.length).toBeGreaterThan(0)
		for (const line of authCookies) {
			expect(line).toMatch(/;\s*HttpOnly/i)
			expect(line).toMatch(/;\s*SameSite=Lax/i)
			expect(line).toMatch(/;\s*Path=\//i)
			expect(line).not.toMatch(/;\s*Secure/i) // NODE_ENV=test: plain http on localhost
		}
		// No stray PKCE verifier cookie: the token_hash flow does not need one.
		expect(setCookies.some((line) => line.startsWith('sb-127-auth-token-code-verifier=') && !/max-age=0/i.test(line))).toBe(false)
		expect(outcome.headers.get('cache-control')).toContain('no-store')

		// Supabase Auth recorded the session in auth.sessions, as on a hosted project.
		const sessions = await db`select id from auth.sessions where user_id = ${row!.id}`
		expect(sessions).toHaveLength(1)
		expect(outcome.user.claims.session_id).toBe(sessions[0]!.id)
	})

	it('reads the session back from the cookies, and RLS shows only their own profile', async () => {
		// Someone else exists too, so "exactly their own row" means something.
		const other = await signInByLink(uniqueEmail('autre'))
		expect(other.outcome.ok).toBe(true)

		const email = uniqueEmail('session')
		const { outcome } = await signInByLink(email)
		if (!outcome.ok) throw new Error('sign-in failed')
		const cookies = cookieHeader(outcome.headers)

		const { user } = await auth.getSession(browserRequest('/letters', cookies))
		expect(user).not.toBeNull()
		const [row] = await db<{ id: string }[]>`select id from auth.users where email = ${email}`
		expect(user!.id).toBe(row!.id)
		expect(user!.claims).toMatchObject({
			sub: row!.id,
			role: 'authenticated',
			aud: 'authenticated',
			email,
			aal: 'aal1',
			is_anonymous: false,
		})
		expect(user!.claims.session_id).toEqual(expect.any(String))

		const profiles = await asUser(user!.claims, (tx) => tx<{ id: string }[]>`select id from public.profiles`)
		expect(profiles.map((profile) => profile.id)).toEqual([row!.id])

		const total = await db`select count(*)::int as n from public.profiles`
		expect(total[0]!.n).toBeGreaterThan(1)
	})

	it('refuses the same link twice', async () => {
		const email = uniqueEmail('deuxfois')
		const { mail, outcome } = await signInByLink(email)
		expect(outcome.ok).toBe(true)
		const again = await auth.confirmLink(browserRequest('/auth/confirm', '', { method: 'POST' }), {
			tokenHash: mail.tokenHash,
			type: 'email',
		})
		expect(again).toEqual({ ok: false, reason: 'invalid' })
	})

	it('refuses a made-up link, and an expired one as expired', async () => {
		const invented = await auth.confirmLink(browserRequest('/auth/confirm', '', { method: 'POST' }), {
			tokenHash: `pkce_${'0'.repeat(56)}`,
			type: 'email',
		})
		expect(invented).toEqual({ ok: false, reason: 'invalid' })

		const email = uniqueEmail('perime')
		await auth.requestSignIn({ email, next: '/letters' })
		await fake.expireOtpsFor(email)
		const expired = await auth.confirmLink(browserRequest('/auth/confirm', '', { method: 'POST' }), {
			tokenHash: fake.lastEmailTo(email)!.tokenHash,
			type: 'email',
		})
		expect(expired).toEqual({ ok: false, reason: 'expired' })
	})

	it('only the latest link works', async () => {
		const email = uniqueEmail('dernier')
		await auth.requestSignIn({ email, next: '/letters' })
		const first = fake.lastEmailTo(email)!
		await auth.requestSignIn({ email, next: '/letters' })
		const second = fake.lastEmailTo(email)!
		expect(second.tokenHash).not.toBe(first.tokenHash)

		const stale = await auth.confirmLink(browserRequest('/auth/confirm'), { tokenHash: first.tokenHash, type: 'email' })
		expect(stale).toEqual({ ok: false, reason: 'invalid' })
		const fresh = await auth.confirmLink(browserRequest('/auth/confirm'), { tokenHash: second.tokenHash, type: 'email' })
		expect(fresh.ok).toBe(true)
	})
})

describe('Supabase adapter — 6-digit code', () => {
	it('signs in with the code from the mail', async () => {
		const email = uniqueEmail('code')
		await auth.requestSignIn({ email, next: '/letters' })
		const { token } = fake.lastEmailTo(email)!
		const outcome = await auth.verifyCode(browserRequest('/connexion/code', '', { method: 'POST' }), {
			email: email.toUpperCase(),
			code: token,
		})
		expect(outcome.ok).toBe(true)
		if (!outcome.ok) return
		expect(outcome.user.email).toBe(email)
		const { user } = await auth.getSession(browserRequest('/letters', cookieHeader(outcome.headers)))
		expect(user?.id).toBe(outcome.user.id)
	})

	it('a wrong code is invalid, not expired — and the right one still works afterwards', async () => {
		const email = uniqueEmail('faux')
		await auth.requestSignIn({ email, next: '/letters' })
		const { token } = fake.lastEmailTo(email)!
		const wrong = token === '000000' ? '000001' : '000000'
		const outcome = await auth.verifyCode(browserRequest('/connexion/code'), { email, code: wrong })
		expect(outcome).toEqual({ ok: false, reason: 'invalid' })
		// What Supabase Auth itself answered: GoTrue's single refusal for every case.
		expect((await auth.verifyCode(browserRequest('/connexion/code'), { email, code: token })).ok).toBe(true)
	})

	it('a code for an address with no account is invalid', async () => {
		const outcome = await auth.verifyCode(browserRequest('/connexion/code'), {
			email: uniqueEmail('inconnu'),
			code: '123456',
		})
		expect(outcome).toEqual({ ok: false, reason: 'invalid' })
	})

	it('an expired code is expired; spent, it is invalid', async () => {
		const email = uniqueEmail('codeperime')
		await auth.requestSignIn({ email, next: '/letters' })
		const { token } = fake.lastEmailTo(email)!
		await fake.expireOtpsFor(email)
		expect(await auth.verifyCode(browserRequest('/connexion/code'), { email, code: token })).toEqual({
			ok: false,
			reason: 'expired',
		})

		const other = uniqueEmail('codeutilise')
		await auth.requestSignIn({ email: other, next: '/letters' })
		const code = fake.lastEmailTo(other)!.token
		expect((await auth.verifyCode(browserRequest('/connexion/code'), { email: other, code })).ok).toBe(true)
		expect(await auth.verifyCode(browserRequest('/connexion/code'), { email: other, code })).toEqual({
			ok: false,
			reason: 'invalid',
		})
	})
})

describe('Supabase adapter — sessions', () => {
	it('no cookies, or forged ones: no user', async () => {
		expect((await auth.getSession(browserRequest('/letters'))).user).toBeNull()
		const forged = `sb-127-auth-token=base64-${Buffer.from(
			JSON.stringify({ access_token: 'a.b.c', refresh_token: 'nope', expires_at: 9999999999, expires_in: 3600, token_type: 'bearer', user: {} }),
		).toString('base64url')}`
		const { user, headers } = await auth.getSession(browserRequest('/letters', forged))
		expect(user).toBeNull()
		expect(headers).toBeInstanceOf(Headers)
	})

	it('signs out everywhere: cookie-clearing headers, and the old cookies no longer work on any device', async () => {
		const email = uniqueEmail('sortie')
		const laptop = await signInByLink(email)
		if (!laptop.outcome.ok) throw new Error('sign-in failed')
		await auth.requestSignIn({ email, next: '/letters' })
		const phone = await auth.verifyCode(browserRequest('/connexion/code'), { email, code: fake.lastEmailTo(email)!.token })
		if (!phone.ok) throw new Error('sign-in failed')
		const laptopCookies = cookieHeader(laptop.outcome.headers)
		const phoneCookies = cookieHeader(phone.headers)
		expect((await auth.getSession(browserRequest('/letters', phoneCookies))).user).not.toBeNull()

		const headers = await auth.signOut(browserRequest('/deconnexion', laptopCookies, { method: 'POST' }), 'global')
		const cleared = headers.getSetCookie().filter((line) => /^sb-127-auth-token(\.\d+)?=;/.test(line))
		expect(cleared.length).toBeGreaterThan(0)
		for (const line of cleared) expect(line).toMatch(/Max-Age=0/i)
		expect(cookieHeader(headers, laptopCookies)).not.toMatch(/sb-127-auth-token/)

		expect((await auth.getSession(browserRequest('/letters', laptopCookies))).user).toBeNull()
		expect((await auth.getSession(browserRequest('/letters', phoneCookies))).user).toBeNull()
		const sessions = await db`select 1 from auth.sessions where user_id = ${laptop.outcome.user.id}`
		expect(sessions).toHaveLength(0)
	})

	it('signs out locally: this device only', async () => {
		const email = uniqueEmail('local')
		const first = await signInByLink(email)
		const second = await signInByLink(email)
		if (!first.outcome.ok || !second.outcome.ok) throw new Error('sign-in failed')
		const firstCookies = cookieHeader(first.outcome.headers)
		const secondCookies = cookieHeader(second.outcome.headers)

		await auth.signOut(browserRequest('/deconnexion', firstCookies, { method: 'POST' }), 'local')
		expect((await auth.getSession(browserRequest('/letters', firstCookies))).user).toBeNull()
		expect((await auth.getSession(browserRequest('/letters', secondCookies))).user?.id).toBe(second.outcome.user.id)
	})

	it('refreshes an access token close to expiry and hands back the new cookies', async () => {
		const { outcome } = await signInByLink(uniqueEmail('rafraichi'))
		if (!outcome.ok) throw new Error('sign-in failed')
		const cookies = cookieHeader(outcome.headers)
		const before = fake.requests.get('POST /auth/v1/token') ?? 0

		// 59 minutes later: inside supabase-js's refresh margin of the 1-hour access token.
		vi.useFakeTimers({ toFake: ['Date'] })
		const logged = vi.spyOn(console, 'error').mockImplementation(() => {}) // supabase-js logs the refused refresh
		try {
			vi.setSystemTime(Date.now() + 59 * 60 * 1000)
			const { user, headers } = await auth.getSession(browserRequest('/letters', cookies))
			expect(user?.id).toBe(outcome.user.id)
			expect(fake.requests.get('POST /auth/v1/token')).toBe(before + 1)
			const renewed = cookieHeader(headers, cookies)
			expect(renewed).toMatch(/sb-127-auth-token/)
			expect(renewed).not.toBe(cookies)
			expect(user!.claims.session_id).toBe(outcome.user.claims.session_id)
			expect(user!.claims.iat).toBeGreaterThan(outcome.user.claims.iat as number)

			// An hour and a minute later the old access token has expired and the refresh token
			// beside it was rotated away: the old cookies are dead, the renewed ones still work.
			vi.setSystemTime(Date.now() + 2 * 60 * 1000)
			expect((await auth.getSession(browserRequest('/letters', cookies))).user).toBeNull()
			expect((await auth.getSession(browserRequest('/letters', renewed))).user?.id).toBe(outcome.user.id)
		} finally {
			vi.useRealTimers()
			logged.mockRestore()
		}
	})
})

describe('Supabase adapter — no account enumeration', () => {
	it('answers the same for an address with and without an account', async () => {
		const known = uniqueEmail('connu')
		expect((await signInByLink(known)).outcome.ok).toBe(true)
		const unknown = uniqueEmail('nouveau')

		const before = fake.sentEmails.length
		await expect(auth.requestSignIn({ email: known, next: '/letters' })).resolves.toBeUndefined()
		await expect(auth.requestSignIn({ email: unknown, next: '/letters' })).resolves.toBeUndefined()
		expect(fake.sentEmails.length).toBe(before + 2)
		expect(fake.lastEmailTo(known)!.template).toBe(fake.lastEmailTo(unknown)!.template)
	})

	it("Supabase's resend limit does not surface either", async () => {
		fake.settings.maxFrequencySeconds = 60
		try {
			const email = uniqueEmail('limite')
			await auth.requestSignIn({ email, next: '/letters' })
			const sent = fake.sentEmails.length
			await expect(auth.requestSignIn({ email, next: '/letters' })).resolves.toBeUndefined()
			expect(fake.sentEmails.length).toBe(sent) // refused by Supabase (429), silently
		} finally {
			fake.settings.maxFrequencySeconds = 0
		}
	})
})

describe('the fake speaks GoTrue', () => {
	async function call(path: string, init: RequestInit & { apikey?: string | null; version?: boolean } = {}) {
		const headers = new Headers(init.headers)
		if (init.apikey !== null) headers.set('apikey', init.apikey ?? fake.anonKey)
		if (init.version !== false) headers.set('X-Supabase-Api-Version', '2024-01-01')
		headers.set('content-type', 'application/json')
		const response = await fetch(`${fake.url}${path}`, { ...init, headers })
		return { status: response.status, headers: response.headers, body: response.status === 204 ? null : await response.json() }
	}

	it('the gateway wants the anon key', async () => {
		expect(await call('/auth/v1/user', { apikey: null })).toMatchObject({
			status: 401,
			body: { message: 'No API key found in request' },
		})
		expect(await call('/auth/v1/user', { apikey: 'nope' })).toMatchObject({ status: 401, body: { message: 'Invalid API key' } })
	})

	it('errors in both API versions', async () => {
		const body = JSON.stringify({ type: 'email', token_hash: 'pkce_nothing' })
		const current = await call('/auth/v1/verify', { method: 'POST', body })
		expect(current.status).toBe(403)
		expect(current.body).toEqual({ code: 'otp_expired', message: 'Email link is invalid or has expired' })
		expect(current.headers.get('x-supabase-api-version')).toBe('2024-01-01')

		const legacy = await call('/auth/v1/verify', { method: 'POST', body, version: false })
		expect(legacy.body).toEqual({ code: 403, error_code: 'otp_expired', msg: 'Email link is invalid or has expired' })
	})

	it('create_user: false does not sign anyone up', async () => {
		const email = uniqueEmail('sansinscription')
		const response = await call('/auth/v1/otp', { method: 'POST', body: JSON.stringify({ email, create_user: false }) })
		expect(response).toMatchObject({ status: 422, body: { code: 'otp_disabled', message: 'Signups not allowed for otp' } })
		expect(await db`select 1 from auth.users where email = ${email}`).toHaveLength(0)
	})

	it('a session token: GoTrue claims; refused once its session is gone', async () => {
		const email = uniqueEmail('jeton')
		await call('/auth/v1/otp', { method: 'POST', body: JSON.stringify({ email }) })
		const { token } = fake.lastEmailTo(email)!
		const verified = await call('/auth/v1/verify', { method: 'POST', body: JSON.stringify({ type: 'email', email, token }) })
		expect(verified.status).toBe(200)
		expect(verified.body).toMatchObject({
			token_type: 'bearer',
			expires_in: 3600,
			expires_at: expect.any(Number),
			refresh_token: expect.any(String),
			user: { email, aud: 'authenticated', role: 'authenticated', app_metadata: { provider: 'email' } },
		})
		const accessToken: string = verified.body.access_token
		const claims = JSON.parse(Buffer.from(accessToken.split('.')[1]!, 'base64url').toString())
		expect(claims).toMatchObject({
			iss: `${fake.url}/auth/v1`,
			aud: 'authenticated',
			sub: verified.body.user.id,
			email,
			phone: '',
			role: 'authenticated',
			aal: 'aal1',
			amr: [{ method: 'otp', timestamp: expect.any(Number) }],
			session_id: expect.any(String),
			is_anonymous: false,
		})
		expect(claims.exp - claims.iat).toBe(3600)

		const bearer = { authorization: `Bearer ${accessToken}` }
		expect((await call('/auth/v1/user', { headers: bearer })).body.id).toBe(verified.body.user.id)
		expect(await call('/auth/v1/user', { headers: { authorization: 'Bearer a.b.c' } })).toMatchObject({
			status: 403,
			body: { code: 'bad_jwt' },
		})
		expect(await call('/auth/v1/user')).toMatchObject({ status: 401, body: { code: 'no_authorization' } })
		expect((await call('/auth/v1/logout?scope=local', { method: 'POST', headers: bearer })).status).toBe(204)
		expect(await call('/auth/v1/user', { headers: bearer })).toMatchObject({
			status: 403,
			body: { code: 'session_not_found', message: 'Session from session_id claim in JWT does not exist' },
		})
		expect(
			await call('/auth/v1/token?grant_type=refresh_token', {
				method: 'POST',
				body: JSON.stringify({ refresh_token: verified.body.refresh_token }),
			}),
		).toMatchObject({ status: 400, body: { code: 'refresh_token_not_found' } })
	})
})
