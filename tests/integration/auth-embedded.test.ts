import { describe, expect, test } from 'vitest'
import { createEmbeddedAuth } from '#app/server/auth/embedded.server.ts'
import { SESSION_COOKIE } from '#app/server/auth/cookies.server.ts'
import { latestEmailId, linkAndCode, waitForEmail } from '#tests/support/mailbox.ts'
import { fixtureSql, uniqueEmail } from '#tests/support/users.ts'

const auth = createEmbeddedAuth()

function browserRequest(cookieHeader = '') {
	return new Request('http://localhost:3000/auth/confirm', {
		method: 'POST',
		headers: { cookie: cookieHeader, origin: 'http://localhost:3000', 'user-agent': 'vitest' },
	})
}

function cookiesFrom(headers: Headers) {
	return headers
		.getSetCookie()
		.map((cookie) => cookie.split(';')[0])
		.join('; ')
}

async function requestLink(email: string) {
	const before = await latestEmailId(email)
	await auth.requestSignIn({ email, next: '/letters' })
	return linkAndCode(await waitForEmail(email, { after: before }))
}

describe('embedded magic-link sign-in', () => {
	test('the email carries a link and a 6-digit code; the link signs in once, and creates the account as on Supabase', async () => {
		const email = uniqueEmail('claire')
		const { link, code } = await requestLink(email)
		expect(link.pathname).toBe('/auth/confirm')
		expect(link.searchParams.get('type')).toBe('email')
		expect(link.searchParams.get('next')).toBe('/letters')
		expect(code).toMatch(/^\d{6}$/)

		const first = await auth.confirmLink(browserRequest(), { tokenHash: link.searchParams.get('token_hash')!, type: 'email' })
		expect(first.ok).toBe(true)
		if (!first.ok) return
		const setCookie = first.headers.getSetCookie().find((cookie) => cookie.startsWith(`${SESSION_COOKIE}=`))
		expect(setCookie).toMatch(/HttpOnly/)
		expect(setCookie).toMatch(/SameSite=Lax/)

		const [user] = await fixtureSql()`
			select id, aud, role, email, email_confirmed_at is not null as confirmed, raw_app_meta_data
			from auth.users where email = ${email}`
		expect(user).toMatchObject({ aud: 'authenticated', role: 'authenticated', confirmed: true })
		expect(user?.raw_app_meta_data).toEqual({ provider: 'email', providers: ['email'] })
		const [profile] = await fixtureSql()`select id from public.profiles where id = ${user!.id}`
		expect(profile?.id).toBe(user!.id)

		const again = await auth.confirmLink(browserRequest(), { tokenHash: link.searchParams.get('token_hash')!, type: 'email' })
		expect(again).toEqual({ ok: false, reason: 'invalid' })
	})

	test('only hashes are stored: neither the link token nor the code can be read from the database', async () => {
		const email = uniqueEmail()
		const { link, code } = await requestLink(email)
		const token = link.searchParams.get('token_hash')!
		const rows = await fixtureSql()`select token_hash, code_hash from auth.magic_links where email = ${email}`
		expect(rows).toHaveLength(1)
		expect(JSON.stringify(rows)).not.toContain(token)
		expect(JSON.stringify(rows)).not.toContain(code)
	})

	test('the code signs in on another device', async () => {
		const email = uniqueEmail()
		const { code } = await requestLink(email)
		const result = await auth.verifyCode(browserRequest(), { email: email.toUpperCase(), code })
		expect(result.ok).toBe(true)
	})

	test('five wrong codes and the token dies, even for the right code', async () => {
		const email = uniqueEmail()
		const { code, link } = await requestLink(email)
		const wrong = code === '000000' ? '111111' : '000000'
		const outcomes = []
		for (let attempt = 0; attempt < 5; attempt++) {
			outcomes.push(await auth.verifyCode(browserRequest(), { email, code: wrong }))
		}
		expect(outcomes.map((outcome) => (outcome.ok ? 'ok' : outcome.reason))).toEqual([
			'invalid',
			'invalid',
			'invalid',
			'invalid',
			'too_many_attempts',
		])
		expect(await auth.verifyCode(browserRequest(), { email, code })).toEqual({ ok: false, reason: 'invalid' })
		expect(
			await auth.confirmLink(browserRequest(), { tokenHash: link.searchParams.get('token_hash')!, type: 'email' }),
		).toEqual({ ok: false, reason: 'invalid' })
	})

	test('parallel guesses cannot get more than five tries', async () => {
		const email = uniqueEmail()
		const { code } = await requestLink(email)
		const wrong = code === '000000' ? '111111' : '000000'
		await Promise.all(Array.from({ length: 12 }, () => auth.verifyCode(browserRequest(), { email, code: wrong })))
		const [row] = await fixtureSql()`select failed_attempts, consumed_at is not null as dead from auth.magic_links where email = ${email}`
		expect(row).toEqual({ failed_attempts: 5, dead: true })
	})

	test('after 15 minutes the link and the code have expired', async () => {
		const email = uniqueEmail()
		const { code, link } = await requestLink(email)
		const [row] = await fixtureSql()`
			select round(extract(epoch from expires_at - created_at) / 60) as minutes from auth.magic_links where email = ${email}`
		expect(Number(row?.minutes)).toBe(15)
		await fixtureSql()`update auth.magic_links set expires_at = now() - interval '1 second' where email = ${email}`
		expect(await auth.verifyCode(browserRequest(), { email, code })).toEqual({ ok: false, reason: 'expired' })
		expect(
			await auth.confirmLink(browserRequest(), { tokenHash: link.searchParams.get('token_hash')!, type: 'email' }),
		).toEqual({ ok: false, reason: 'invalid' })
	})

	test('a new request retires the previous link', async () => {
		const email = uniqueEmail()
		const first = await requestLink(email)
		const second = await requestLink(email)
		expect(
			await auth.confirmLink(browserRequest(), { tokenHash: first.link.searchParams.get('token_hash')!, type: 'email' }),
		).toEqual({ ok: false, reason: 'invalid' })
		expect(
			(await auth.confirmLink(browserRequest(), { tokenHash: second.link.searchParams.get('token_hash')!, type: 'email' })).ok,
		).toBe(true)
	})

	test('sessions: read back, signed out here, or everywhere', async () => {
		const email = uniqueEmail()
		const signIn = async () => {
			const { code } = await requestLink(email)
			const result = await auth.verifyCode(browserRequest(), { email, code })
			if (!result.ok) throw new Error('sign-in failed')
			return cookiesFrom(result.headers)
		}
		const laptop = await signIn()
		const phone = await signIn()
		const tablet = await signIn()

		const session = await auth.getSession(browserRequest(laptop))
		expect(session.user?.email).toBe(email)
		expect(session.user?.claims).toMatchObject({ role: 'authenticated', aud: 'authenticated', email })

		await auth.signOut(browserRequest(laptop), 'local')
		expect((await auth.getSession(browserRequest(laptop))).user).toBeNull()
		expect((await auth.getSession(browserRequest(phone))).user?.email).toBe(email)

		const cleared = await auth.signOut(browserRequest(phone), 'global')
		expect(cleared.getSetCookie().join()).toMatch(new RegExp(`${SESSION_COOKIE}=;`))
		expect((await auth.getSession(browserRequest(tablet))).user).toBeNull()
	})

	test('a forged session cookie is ignored', async () => {
		const forged = `${SESSION_COOKIE}=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ4IiwiZXhwIjo5OTk5OTk5OTk5fQ.bad`
		expect((await auth.getSession(browserRequest(forged))).user).toBeNull()
	})
})
