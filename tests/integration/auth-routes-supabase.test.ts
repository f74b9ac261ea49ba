import { RouterContextProvider } from 'react-router'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startFakeSupabaseAuth, type FakeSupabaseAuth } from '#tests/fakes/supabase-auth.ts'

/*
 * The sign-in routes' own loaders and actions, in AUTH_MODE=supabase, against
 * the GoTrue fake: what a browser posting the forms and following the email
 * link would get.
 */

const APP_URL = process.env.APP_URL ?? 'http://localhost:3000'

let fake: FakeSupabaseAuth
let signIn: typeof import('#app/routes/auth/sign-in.tsx')
let confirm: typeof import('#app/routes/auth/confirm.tsx')
let clientAddressContext: typeof import('#app/server/request-context.server.ts').clientAddressContext

beforeAll(async () => {
	fake = await startFakeSupabaseAuth({ databaseUrl: process.env.DATABASE_URL!, jwtSecret: process.env.JWT_SECRET! })
	process.env.AUTH_MODE = 'supabase'
	process.env.SUPABASE_URL = fake.url
	process.env.SUPABASE_ANON_KEY = fake.anonKey
	signIn = await import('#app/routes/auth/sign-in.tsx')
	confirm = await import('#app/routes/auth/confirm.tsx')
	;({ clientAddressContext } = await import('#app/server/request-context.server.ts'))
})

afterAll(async () => {
	await fake?.stop()
	await globalThis.__phoenixSql?.end({ timeout: 5 })
})

function context() {
	const provider = new RouterContextProvider()
	provider.set(clientAddressContext, `198.51.100.${Math.floor(Math.random() * 250)}`)
	return provider
}

function post(path: string, fields: Record<string, string>, cookie = '') {
	const headers = new Headers({ origin: APP_URL })
	if (cookie) headers.set('cookie', cookie)
	return new Request(new URL(path, APP_URL), { method: 'POST', body: new URLSearchParams(fields), headers })
}

/** Runs a loader/action and returns the Response it threw or returned. */
async function respond(run: () => unknown): Promise<Response> {
	try {
		const result = await run()
		if (result instanceof Response) return result
		const data = result as { init?: ResponseInit | null; data?: unknown } | undefined
		return new Response(JSON.stringify(data?.data ?? result), { status: data?.init?.status ?? 200 })
	} catch (thrown) {
		if (thrown instanceof Response) return thrown
		throw thrown
	}
}

function args<T>(request: Request) {
	return { request, context: context(), params: {}, unstable_pattern: '' } as unknown as T
}

describe('sign-in routes in supabase mode', () => {
	async function followEmailLink(label: string, next: string) {
		const email = `routes.${label}.${Date.now()}@exemple.fr`
		await respond(() => signIn.action(args(post('/connexion', { email, next }))))
		const page = (await confirm.loader(args(new Request(fake.lastEmailTo(email)!.link!)))) as {
			link: { token_hash: string; type: string; next: string } | null
		}
		const confirmed = await respond(() =>
			confirm.action(
				args(post('/auth/confirm', { token_hash: page.link!.token_hash, type: page.link!.type, next: page.link!.next })),
			),
		)
		return { page, confirmed }
	}

	it('the form sends the mail and the link from it signs in', async () => {
		const email = `routes.${Date.now()}@exemple.fr`
		const sent = await respond(() =>
			signIn.action(args(post('/connexion', { email, next: '/cv?onglet=2' }))),
		)
		expect(sent.status).toBe(302)
		expect(sent.headers.get('location')).toBe(`/connexion/code?next=${encodeURIComponent('/cv?onglet=2')}`)
		const mail = fake.lastEmailTo(email)
		expect(mail).toBeDefined()

		// The link in the mail opens our confirmation page (a button, so mail scanners cannot spend it).
		const link = new URL(mail!.link!)
		expect(`${link.origin}${link.pathname}`).toBe(`${APP_URL}/auth/confirm`)
		const page = (await confirm.loader(args(new Request(link)))) as {
			link: { token_hash: string; type: string; next: string } | null
		}
		expect(page.link).toMatchObject({ token_hash: mail!.tokenHash, type: 'email' })

		const confirmed = await respond(() =>
			confirm.action(
				args(post('/auth/confirm', { token_hash: page.link!.token_hash, type: page.link!.type, next: page.link!.next })),
			),
		)
		expect(confirmed.status).toBe(302)
		const cookies = confirmed.headers.getSetCookie()
		expect(cookies.some((line) => /^sb-127-auth-token(\.\d+)?=[^;]+;.*HttpOnly/i.test(line))).toBe(true)
	})

	it('brings the person back to the page they asked for', async () => {
		const { page, confirmed } = await followEmailLink('next', '/cv?onglet=2')
		expect(page.link!.next).toBe('/cv?onglet=2')
		expect(confirmed.headers.get('location')).toBe('/cv?onglet=2')
	})

	it('a link used twice shows the French error, with no cookie', async () => {
		const email = `routes.twice.${Date.now()}@exemple.fr`
		await respond(() => signIn.action(args(post('/connexion', { email, next: '/letters' }))))
		const { tokenHash } = fake.lastEmailTo(email)!
		const first = await respond(() => confirm.action(args(post('/auth/confirm', { token_hash: tokenHash, type: 'email' }))))
		expect(first.status).toBe(302)
		const second = await respond(() => confirm.action(args(post('/auth/confirm', { token_hash: tokenHash, type: 'email' }))))
		expect(second.status).toBe(400)
		expect(await second.json()).toEqual({ error: expect.stringContaining("n’est pas valable") })
	})
})
