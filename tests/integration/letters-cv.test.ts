import fs from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { cvFromJsonResume } from '#app/domain/cv/json-resume.ts'
import { cvFromText } from '#app/domain/cv/text.ts'
import { formPost, routeContext } from '#tests/support/routes.ts'
import { createSessionToken, createUser, fixtureSql } from '#tests/support/users.ts'

// « Mon CV » of Phoenix Letters: the person's main CV pasted as text or imported as a JSON Resume,
// with a real session cookie and the real database.
const cvPage = await import('#app/routes/letters/cv.tsx')

const samples = path.resolve(import.meta.dirname, '../../samples')
const claireJson = await fs.readFile(path.join(samples, 'cvs/claire-infirmiere-vers-dev.json'), 'utf8')
const thomasText = await fs.readFile(path.join(samples, 'cvs/thomas-banque-vers-boulanger.txt'), 'utf8')

type Args = never

async function signedIn() {
	const user = await createUser()
	const { token } = await createSessionToken(user)
	return { ...user, cookie: `phoenix_session=${token}` }
}

async function outcome(run: () => Promise<unknown>): Promise<{ status: number; location: string | null; body: any }> {
	const result = await run()
	if (result instanceof Response) return { status: result.status, location: result.headers.get('location'), body: null }
	if (result && typeof result === 'object' && 'type' in result && result.type === 'DataWithResponseInit') {
		const { data, init } = result as unknown as { data: unknown; init?: ResponseInit }
		return { status: init?.status ?? 200, location: null, body: data }
	}
	return { status: 200, location: null, body: result }
}

const save = (cookie: string, fields: Record<string, string>) =>
	outcome(() => cvPage.action({ request: formPost('/letters/mon-cv', fields, { cookie }), context: routeContext(), params: {} } as unknown as Args))

const open = (cookie: string, search = '') =>
	outcome(() =>
		cvPage.loader({
			request: new Request(new URL(`/letters/mon-cv${search}`, 'http://localhost:3000'), { headers: { cookie } }),
			context: routeContext(),
			params: {},
		} as unknown as Args),
	)

async function cvsOf(userId: string) {
	return fixtureSql()<{ source: string; content: Record<string, unknown>; original_text: string; is_primary: boolean }[]>`
		select source, content, original_text, is_primary from public.cvs where user_id = ${userId}`
}

describe('« Mon CV »', () => {
	test('a CV pasted as text is read and becomes the main CV, then shown on the page with a success message', async () => {
		const person = await signedIn()
		expect((await open(person.cookie)).body.current).toBeNull()

		const saved = await save(person.cookie, { format: 'text', text: thomasText })
		expect(saved).toMatchObject({ status: 302, location: '/letters/mon-cv?enregistre=1' })

		const rows = await cvsOf(person.id)
		expect(rows).toHaveLength(1)
		expect(rows[0]).toMatchObject({ source: 'text', is_primary: true, original_text: thomasText.trim() })
		const parsed = cvFromText(thomasText.trim())
		expect(parsed.experiences.length).toBeGreaterThan(0)
		expect(rows[0]!.content).toEqual(JSON.parse(JSON.stringify(parsed)))

		const page = await open(person.cookie, '?enregistre=1')
		expect(page.body.saved).toBe(true)
		expect(page.body.current.cv.experiences.map((experience: { position: string }) => experience.position)).toEqual(
			parsed.experiences.map((experience) => experience.position),
		)
	})

	test('the sample JSON Resume replaces the previous CV and sends the person back to their application', async () => {
		const person = await signedIn()
		await save(person.cookie, { format: 'text', text: thomasText })
		const retour = '/letters/candidatures/0b6f7c1e-7d7a-4d55-9a1e-3f4e5d6c7b8a/match'
		const saved = await save(person.cookie, { format: 'json_resume', text: claireJson, retour })
		expect(saved).toMatchObject({ status: 302, location: retour })

		const rows = await cvsOf(person.id)
		expect(rows).toHaveLength(1)
		expect(rows[0]!.source).toBe('json_resume')
		const expected = cvFromJsonResume(JSON.parse(claireJson))
		expect(rows[0]!.content).toEqual(JSON.parse(JSON.stringify(expected)))
		expect(rows[0]!.content.name).toBe(JSON.parse(claireJson).basics.name)
	})

	test('a return address outside Phoenix Letters is ignored, on the page and after saving', async () => {
		const person = await signedIn()
		for (const retour of ['https://exemple.com/letters', '//exemple.com/letters', '/compte', '/letters\\@exemple.com']) {
			expect((await open(person.cookie, `?retour=${encodeURIComponent(retour)}`)).body.retour).toBeNull()
			expect(await save(person.cookie, { format: 'text', text: thomasText, retour })).toMatchObject({
				location: '/letters/mon-cv?enregistre=1',
			})
		}
		expect((await open(person.cookie, `?retour=${encodeURIComponent('/letters/candidatures/abc')}`)).body.retour).toBe('/letters/candidatures/abc')
	})

	test('broken JSON, a JSON that is not a CV, or a too short text are refused in French and change nothing', async () => {
		const person = await signedIn()
		await save(person.cookie, { format: 'text', text: thomasText })
		const before = await cvsOf(person.id)

		const broken = await save(person.cookie, { format: 'json_resume', text: claireJson.slice(0, 400) })
		expect(broken.status).toBe(400)
		expect(broken.body.format).toBe('json_resume')
		expect(broken.body.result.error.text).toEqual([expect.stringMatching(/n’est pas du JSON valide/)])

		const notResume = await save(person.cookie, { format: 'json_resume', text: JSON.stringify({ nom: 'Claire', metier: 'infirmière' }) })
		expect(notResume.status).toBe(400)
		expect(notResume.body.result.error.text).toEqual([expect.stringMatching(/JSON Resume/)])

		const short = await save(person.cookie, { format: 'text', text: 'Claire Martin, infirmière.' })
		expect(short.status).toBe(400)
		expect(short.body.result.error.text).toEqual([expect.stringContaining('100\u00a0caractères au moins')])

		expect(await cvsOf(person.id)).toEqual(before)

		const newcomer = await signedIn()
		expect((await save(newcomer.cookie, { format: 'json_resume', text: '{ "basics": ' })).status).toBe(400)
		expect(await cvsOf(newcomer.id)).toEqual([])
	})
})
