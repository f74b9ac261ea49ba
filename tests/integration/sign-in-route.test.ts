import { beforeAll, describe, expect, inject, test } from 'vitest'
import { latestEmailId, waitForEmail } from '#tests/support/mailbox.ts'
import { formPost, routeContext, settle } from '#tests/support/routes.ts'
import { createUser, fixtureSql, uniqueEmail } from '#tests/support/users.ts'

process.env.AUTH_EMAIL_LIMIT_PER_HOUR = '5'
process.env.AUTH_IP_LIMIT_PER_HOUR = '8'
const { action } = await import('#app/routes/auth/sign-in.tsx')

type ActionArgs = Parameters<typeof action>[0]
const signIn = (fields: Record<string, string>, clientAddress?: string) =>
	settle(() => action({ request: formPost('/connexion', fields), context: routeContext(clientAddress), params: {} } as unknown as ActionArgs))

async function emailsTo(email: string) {
	const response = await fetch(`${inject('mailboxUrl')}/api/messages?to=${encodeURIComponent(email)}`)
	return ((await response.json()) as unknown[]).length
}

describe('the sign-in form', () => {
	beforeAll(async () => {
		await fixtureSql()`delete from public.rate_limits`
	})

	test('a malformed address gets a French error and nothing is written or sent', async () => {
		const before = await fixtureSql()`select count(*)::int as n from auth.magic_links`
		const result = await signIn({ email: 'claire.martin@', next: '/letters' })
		expect(result.status).toBe(400)
		expect(JSON.stringify(result.body)).toContain('ne semble pas valide')
		const after = await fixtureSql()`select count(*)::int as n from auth.magic_links`
		expect(after[0]?.n).toBe(before[0]?.n)
	})

	test('it answers the same for an existing account and an unknown address', async () => {
		const existing = await createUser()
		const unknown = uniqueEmail('inconnu')
		const forExisting = await signIn({ email: existing.email, next: '/letters' })
		const forUnknown = await signIn({ email: unknown, next: '/letters' })
		const shape = (result: Awaited<ReturnType<typeof signIn>>) => ({
			status: result.status,
			location: result.headers.get('location'),
			cookieNames: result.headers.getSetCookie().map((cookie) => cookie.split('=')[0]),
		})
		expect(shape(forExisting)).toEqual(shape(forUnknown))
		expect(shape(forExisting)).toEqual({
			status: 302,
			location: '/connexion/code?next=%2Fletters',
			cookieNames: ['phoenix_signin_email'],
		})
		await waitForEmail(existing.email)
		await waitForEmail(unknown)
		// No account is created before the link or code is used.
		const [row] = await fixtureSql()`select count(*)::int as n from auth.users where email = ${unknown}`
		expect(row?.n).toBe(0)
	})

	test('a filled honeypot is answered like a person but nothing is sent', async () => {
		const email = uniqueEmail('robot')
		const result = await signIn({ email, next: '/letters', site_web: 'http://spam.example' })
		expect(result.status).toBe(302)
		await new Promise((resolve) => setTimeout(resolve, 300))
		expect(await emailsTo(email)).toBe(0)
	})

	test('the sixth request for one address within an hour is refused, and no sixth email leaves', async () => {
		const email = uniqueEmail()
		for (let attempt = 0; attempt < 5; attempt++) {
			const before = await latestEmailId(email)
			expect((await signIn({ email, next: '/' })).status).toBe(302)
			await waitForEmail(email, { after: before })
		}
		const refused = await signIn({ email, next: '/' })
		expect(refused.status).toBe(429)
		expect(JSON.stringify(refused.body)).toContain('Trop de demandes')
		await new Promise((resolve) => setTimeout(resolve, 300))
		expect(await emailsTo(email)).toBe(5)
	})

	test('one network address cannot ask for links to many addresses', async () => {
		const address = '203.0.113.77'
		const statuses = []
		for (let attempt = 0; attempt < 9; attempt++) {
			statuses.push((await signIn({ email: uniqueEmail(), next: '/' }, address)).status)
		}
		expect(statuses.slice(0, 8)).toEqual(Array(8).fill(302))
		expect(statuses[8]).toBe(429)
	})

	test('the next page is kept only when it is one of ours', async () => {
		const result = await signIn({ email: uniqueEmail(), next: 'https://evil.example/phishing' })
		expect(result.headers.get('location')).toBe('/connexion/code?next=%2Fletters')
	})
})
