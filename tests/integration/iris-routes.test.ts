import { describe, expect, test } from 'vitest'
import { formPost, routeContext } from '#tests/support/routes.ts'
import { createSessionToken, createUser, fixtureSql } from '#tests/support/users.ts'

// The app's Iris routes (overview, consent, rename, delete) as the panel calls them,
// with a real session cookie and the real database.
const overview = await import('#app/routes/api/iris/overview.ts')
const consent = await import('#app/routes/api/iris/consent.ts')
const conversation = await import('#app/routes/api/iris/conversation.ts')

async function signedIn() {
	const user = await createUser()
	const { token } = await createSessionToken(user)
	return { ...user, cookie: `phoenix_session=${token}` }
}

function get(path: string, cookie?: string) {
	return new Request(new URL(path, 'http://localhost:3000'), { headers: cookie ? { cookie } : {} })
}

type Args = never
const call = async (run: () => Promise<Response>) => {
	const response = await run()
	return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

async function conversationOf(userId: string) {
	const [row] = await fixtureSql()<{ id: string }[]>`
		insert into public.iris_conversations (user_id, area, title) values (${userId}, 'letters', 'Ma lettre') returning id`
	await fixtureSql()`insert into public.iris_messages (conversation_id, user_id, role, content) values (${row!.id}, ${userId}, 'user', 'Bonjour')`
	return row!.id
}

describe('Iris app routes', () => {
	test('a visitor gets the sign-in state, never someone else’s data', async () => {
		const result = await call(() => overview.loader({ request: get('/api/iris'), context: routeContext(), params: {} } as unknown as Args))
		expect(result.body).toMatchObject({ signedIn: false, conversations: [], consent: { aiProcessing: null } })
	})

	test('consent: a bad choice is refused in French and records nothing; a choice is recorded with its text version', async () => {
		const person = await signedIn()
		const bad = await call(() =>
			consent.action({ request: formPost('/api/iris/consent', { aiProcessing: 'peut-être' }, { cookie: person.cookie }), context: routeContext(), params: {} } as unknown as Args),
		)
		expect(bad.status).toBe(400)
		expect(bad.body.message).toBe('Choisissez « J’accepte » ou « Je refuse ».')
		expect(await fixtureSql()`select 1 from public.consents where user_id = ${person.id}`).toHaveLength(0)

		const good = await call(() =>
			consent.action({
				request: formPost('/api/iris/consent', { aiProcessing: 'accept', profileContext: 'on' }, { cookie: person.cookie }),
				context: routeContext(),
				params: {},
			} as unknown as Args),
		)
		expect(good.body).toMatchObject({ ok: true, consent: { aiProcessing: true, profileContext: true, textVersion: '2026-11-22' } })
		const view = await call(() => overview.loader({ request: get('/api/iris', person.cookie), context: routeContext(), params: {} } as unknown as Args))
		expect(view.body).toMatchObject({ signedIn: true, mode: 'offline', quota: { used: 0, limit: 5 }, consent: { aiProcessing: true } })
	})

	test('rename: an empty title is refused and changes nothing; another person cannot rename or delete', async () => {
		const owner = await signedIn()
		const other = await signedIn()
		const id = await conversationOf(owner.id)
		const post = (cookie: string, fields: Record<string, string>) =>
			call(() =>
				conversation.action({ request: formPost(`/api/iris/conversations/${id}`, fields, { cookie }), context: routeContext(), params: { id } } as unknown as Args),
			)

		const empty = await post(owner.cookie, { intent: 'rename', title: '   ' })
		expect(empty.status).toBe(400)
		expect(empty.body.message).toBe('Donnez un titre à la conversation.')
		expect((await fixtureSql()`select title from public.iris_conversations where id = ${id}`)[0]?.title).toBe('Ma lettre')

		expect((await post(other.cookie, { intent: 'rename', title: 'Intrus' })).status).toBe(404)
		expect((await post(other.cookie, { intent: 'delete' })).status).toBe(404)

		expect((await post(owner.cookie, { intent: 'rename', title: 'Lettre pour Lyon' })).body).toEqual({ ok: true })
		const opened = await call(() =>
			conversation.loader({ request: get(`/api/iris/conversations/${id}`, owner.cookie), context: routeContext(), params: { id } } as unknown as Args),
		)
		expect(opened.body).toMatchObject({ conversation: { title: 'Lettre pour Lyon' }, messages: [{ role: 'user', text: 'Bonjour' }] })

		expect((await post(owner.cookie, { intent: 'delete' })).body).toEqual({ ok: true })
		expect(await fixtureSql()`select 1 from public.iris_messages where conversation_id = ${id}`).toHaveLength(0)
		const gone = await call(() =>
			conversation.loader({ request: get(`/api/iris/conversations/${id}`, owner.cookie), context: routeContext(), params: { id } } as unknown as Args),
		)
		expect(gone.status).toBe(404)
	})
})

const accountConsent = await import('#app/routes/account/ai-consent.tsx')

describe('the consent form of « Mon compte »', () => {
	const post = (cookie: string, fields: Record<string, string>) =>
		accountConsent.action({ request: formPost('/compte/consentement-ia', fields, { cookie }), context: routeContext(), params: {} } as unknown as Args)

	test('no choice sends back to the form with an explanation and records nothing; a refusal withdraws the profile summary too', async () => {
		const person = await signedIn()
		const missing = (await post(person.cookie, { profileContext: 'on' })) as Response
		expect(missing.headers.get('location')).toBe('/compte?ia=choix-manquant#ia')
		expect(await fixtureSql()`select 1 from public.consents where user_id = ${person.id}`).toHaveLength(0)

		await post(person.cookie, { aiProcessing: 'accept', profileContext: 'on' })
		const refused = (await post(person.cookie, { aiProcessing: 'refuse', profileContext: 'on' })) as Response
		expect(refused.headers.get('location')).toBe('/compte?ia=enregistre#ia')
		const current = await fixtureSql()`
			select distinct on (purpose) purpose, granted from public.consents where user_id = ${person.id} order by purpose, id desc`
		expect(current).toEqual([
			{ purpose: 'ai_processing', granted: false },
			{ purpose: 'ai_profile_context', granted: false },
		])
	})
})
