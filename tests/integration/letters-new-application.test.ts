import fs from 'node:fs/promises'
import path from 'node:path'
import { beforeAll, describe, expect, test } from 'vitest'
import { matchCvToOffer } from '#app/domain/match/mirror-match.ts'
import { analyzeOffer } from '#app/domain/offer/analyze.ts'
import type { RomeIndex } from '#app/domain/rome/rome-index.ts'
import { rome } from '#app/server/rome-lexicon.server.ts'
import { formPost, routeContext } from '#tests/support/routes.ts'
import { createSessionToken, createUser, fixtureSql } from '#tests/support/users.ts'

// « Nouvelle candidature », the application layout and the Mirror Match tab, as the browser calls them:
// a real session cookie, the real database and the ROME release it holds.
const newApplication = await import('#app/routes/letters/new-application.tsx')
const layout = await import('#app/routes/letters/application/layout.tsx')
const matchTab = await import('#app/routes/letters/application/match.tsx')
const cvPage = await import('#app/routes/letters/cv.tsx')

const samples = path.resolve(import.meta.dirname, '../../samples')
const offerText = await fs.readFile(path.join(samples, 'offers/dev-front-junior.txt'), 'utf8')
const claireJson = await fs.readFile(path.join(samples, 'cvs/claire-infirmiere-vers-dev.json'), 'utf8')

let index: RomeIndex
beforeAll(async () => {
	index = (await rome()).index
})

type Args = never

async function signedIn() {
	const user = await createUser()
	const { token } = await createSessionToken(user)
	return { ...user, cookie: `phoenix_session=${token}` }
}

function get(pathname: string, cookie: string) {
	return new Request(new URL(pathname, 'http://localhost:3000'), { headers: { cookie } })
}

/** What a loader or action answered: a redirect, data with a status, or a thrown `data()` / Response. */
async function outcome(run: () => Promise<unknown>): Promise<{ status: number; location: string | null; body: any }> {
	const read = (value: unknown) => {
		if (value instanceof Response) return { status: value.status, location: value.headers.get('location'), body: null }
		if (value && typeof value === 'object' && 'type' in value && value.type === 'DataWithResponseInit') {
			const { data, init } = value as unknown as { data: unknown; init?: ResponseInit }
			return { status: init?.status ?? 200, location: null, body: data }
		}
		return null
	}
	try {
		const result = await run()
		return read(result) ?? { status: 200, location: null, body: result }
	} catch (thrown) {
		const settled = read(thrown)
		if (settled) return settled
		throw thrown
	}
}

const create = (cookie: string, fields: Record<string, string>) =>
	outcome(() =>
		newApplication.action({ request: formPost('/letters/candidatures/nouvelle', fields, { cookie }), context: routeContext(), params: {} } as unknown as Args),
	)

async function applicationsOf(userId: string) {
	return fixtureSql()<{ id: string; job_title: string; company: string | null; offer_url: string | null; offer_text: string }[]>`
		select id, job_title, company, offer_url, offer_text from public.applications where user_id = ${userId}`
}

describe('« Nouvelle candidature »', () => {
	test('a pasted offer is analysed and saved, titled and signed as the offer says, then opens on its analysis', async () => {
		const person = await signedIn()
		const result = await create(person.cookie, { offerText, offerUrl: 'https://emplois.exemple.fr/offres/4521' })

		const [row] = await applicationsOf(person.id)
		expect(result.status).toBe(302)
		expect(result.location).toBe(`/letters/candidatures/${row!.id}`)
		const analysis = analyzeOffer(offerText.trim(), index)
		expect(analysis.title).toBeTruthy()
		expect(row).toMatchObject({ job_title: analysis.title, offer_url: 'https://emplois.exemple.fr/offres/4521', offer_text: offerText.trim() })
		expect(row!.job_title).not.toMatch(/H\/F/)
		expect(row!.company).toBe(analysis.company)

		const opened = await outcome(() =>
			layout.loader({ request: get(result.location!, person.cookie), context: routeContext(), params: { applicationId: row!.id } } as unknown as Args),
		)
		expect(opened.status).toBe(200)
		expect(opened.body.application.jobTitle).toBe(analysis.title)
		expect(opened.body.analysis.hardSkills.length).toBeGreaterThan(0)
	})

	test('the title and company the person typed win over the ones read in the offer', async () => {
		const person = await signedIn()
		await create(person.cookie, { offerText, jobTitle: 'Intégratrice React', company: 'Santéo Lyon' })
		expect(await applicationsOf(person.id)).toMatchObject([{ job_title: 'Intégratrice React', company: 'Santéo Lyon', offer_url: null }])
	})

	test('a too short offer or an address that is not a web page is refused in French and saves nothing', async () => {
		const person = await signedIn()
		const short = await create(person.cookie, { offerText: 'Développeur React à Lyon, CDI.' })
		expect(short.status).toBe(400)
		expect(short.body.result.error.offerText).toEqual([expect.stringContaining('200\u00a0caractères au moins')])

		for (const offerUrl of ['javascript:alert(1)', 'ftp://emplois.exemple.fr/offre', 'pas une adresse']) {
			const badUrl = await create(person.cookie, { offerText, offerUrl })
			expect(badUrl.status).toBe(400)
			expect(badUrl.body.result.error.offerUrl).toEqual([expect.stringContaining('https://')])
			expect(badUrl.body.result.error.offerText).toBeUndefined()
		}

		const tooLong = await create(person.cookie, { offerText: offerText.repeat(15) })
		expect(tooLong.status).toBe(400)
		expect(tooLong.body.result.error.offerText).toEqual([expect.stringContaining('trop long')])

		expect(await applicationsOf(person.id)).toEqual([])
	})
})

describe('the application workspace', () => {
	test('someone else’s application, or an id that is not one, is a 404 for the layout and the Mirror Match tab', async () => {
		const owner = await signedIn()
		const other = await signedIn()
		const created = await create(owner.cookie, { offerText })
		const id = created.location!.split('/').at(-1)!

		for (const applicationId of [id, 'pas-un-identifiant']) {
			const request = get(`/letters/candidatures/${applicationId}`, other.cookie)
			const denied = await outcome(() => layout.loader({ request, context: routeContext(), params: { applicationId } } as unknown as Args))
			expect(denied.status).toBe(404)
			expect(denied.body.message).toMatch(/n’existe pas/)
			const deniedMatch = await outcome(() => matchTab.loader({ request, context: routeContext(), params: { applicationId } } as unknown as Args))
			expect(deniedMatch.status).toBe(404)
		}
		expect((await applicationsOf(owner.id)).map((row) => row.id)).toEqual([id])
	})

	test('Mirror Match: nothing without a CV; gratuit receives the score and two gaps only, Premium the whole report', async () => {
		const person = await signedIn()
		const created = await create(person.cookie, { offerText })
		const applicationId = created.location!.split('/').at(-1)!
		const loadMatch = async () => {
			const result = await outcome(() =>
				matchTab.loader({
					request: get(`/letters/candidatures/${applicationId}/match`, person.cookie),
					context: routeContext(),
					params: { applicationId },
				} as unknown as Args),
			)
			expect(result.status).toBe(200)
			return result.body as Awaited<ReturnType<typeof matchTab.loader>>
		}

		expect((await loadMatch()).view).toBeNull()

		const saved = await outcome(() =>
			cvPage.action({
				request: formPost('/letters/mon-cv', { format: 'json_resume', text: claireJson }, { cookie: person.cookie }),
				context: routeContext(),
				params: {},
			} as unknown as Args),
		)
		expect(saved.status).toBe(302)

		const [stored] = await fixtureSql()`select content from public.cvs where user_id = ${person.id}`
		const full = matchCvToOffer(stored!.content, analyzeOffer(offerText.trim(), index), index)
		const allGaps = full.categories.flatMap((category) => category.missing)
		expect(allGaps.length).toBeGreaterThan(2)

		const free = await loadMatch()
		expect(free.premium).toBe(false)
		const view = free.view!
		expect(view).toMatchObject({ complete: false, score: full.score, summary: full.summary, transferable: [] })
		expect(view.categories.map((category) => [category.id, category.score])).toEqual(full.categories.map((category) => [category.id, category.score]))
		const shownGaps = view.categories.flatMap((category) => category.missing)
		expect(shownGaps).toHaveLength(2)
		for (const gap of shownGaps) {
			expect(gap.advice.length).toBeGreaterThan(10)
			expect(allGaps).toContainEqual(gap)
		}
		expect(view.hiddenGaps).toBe(allGaps.length - 2)
		expect(view.categories.every((category) => category.found.length === 0 && category.summary === null)).toBe(true)
		// What is held back never reaches the browser, not even inside the serialised data.
		const hidden = allGaps.filter((gap) => !shownGaps.some((shown) => shown.key === gap.key))
		const serialised = JSON.stringify(free)
		for (const gap of hidden) expect(serialised).not.toContain(gap.advice)
		// Nor through the layout, whose data every tab of the application shares.
		const request = get(`/letters/candidatures/${applicationId}/match`, person.cookie)
		const shared = await outcome(() => layout.loader({ request, context: routeContext(), params: { applicationId } } as unknown as Args))
		expect(shared.body.hasCv).toBe(true)
		for (const gap of hidden) expect(JSON.stringify(shared.body)).not.toContain(gap.advice)

		await fixtureSql()`
			insert into public.subscriptions (user_id, plan_id, status) values (${person.id}, 'premium', 'active')
			on conflict (user_id) do update set plan_id = excluded.plan_id, status = excluded.status`
		const premium = await loadMatch()
		expect(premium.premium).toBe(true)
		expect(premium.view).toMatchObject({ complete: true, hiddenGaps: 0, score: full.score, transferable: full.transferable })
		expect(premium.view!.categories.map(({ foundCount: _f, missingCount: _m, ...category }) => category)).toEqual(full.categories)
	})
})
