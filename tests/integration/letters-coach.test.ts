import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, test } from 'vitest'
import { splitParagraphs } from '#app/domain/letter/paragraphs.ts'
import type { CurrentUser } from '#app/server/auth/auth.server.ts'
import { formPost, routeContext } from '#tests/support/routes.ts'
import { createSessionToken, createUser, fixtureSql } from '#tests/support/users.ts'

// The Smart Coach tab: its loader (the whole report with Premium, a preview on
// the free plan) and « Appliquer », on Claire's application and a letter with
// the usual faults of a first draft.
const samples = join(import.meta.dirname, '..', '..', 'samples')
const offerText = readFileSync(join(samples, 'offers', 'dev-front-junior.txt'), 'utf8')
const claireResume = readFileSync(join(samples, 'cvs', 'claire-infirmiere-vers-dev.json'), 'utf8')

const coachRoute = await import('#app/routes/letters/application/coach.tsx')
const { savePrimaryCv } = await import('#app/server/cv.server.ts')
const { saveLetterVersion } = await import('#app/server/letters.server.ts')
const { rome } = await import('#app/server/rome-lexicon.server.ts')

const draft = `Madame, Monsieur,

Je me permets de vous écrire pour postuler au poste de développeuse front-end chez Santéo. Infirmière depuis neuf ans, j'ai suivi une formation de six mois en développement web : React, TypeScript et tests.

Dynamique, motivée et rigoureuse, je suis convaincue que mon profil correspond parfaitement à vos attentes. Des interfaces ont été réalisées par moi pendant ma formation.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Claire Martin`

type Args = never
type Person = { id: string; cookie: string; user: CurrentUser }

async function person(plan: 'gratuit' | 'premium' = 'gratuit'): Promise<Person> {
	const created = await createUser()
	const { token } = await createSessionToken(created)
	const user: CurrentUser = { id: created.id, email: created.email, claims: created.claims, accessToken: token, displayName: null }
	await savePrimaryCv(user, { format: 'json_resume', text: claireResume })
	if (plan === 'premium') await fixtureSql()`insert into public.subscriptions (user_id, plan_id, status) values (${created.id}, 'premium', 'active')`
	return { id: created.id, user, cookie: `phoenix_session=${token}` }
}

async function applicationOf(owner: { id: string }) {
	const [row] = await fixtureSql()<{ id: string }[]>`
		insert into public.applications (user_id, job_title, company, offer_text)
		values (${owner.id}, 'Développeuse front-end React junior', 'Santéo', ${offerText}) returning id`
	return row!.id
}

type CoachTab = Awaited<ReturnType<typeof coachRoute.loader>>

async function open(applicationId: string, cookie: string): Promise<CoachTab> {
	return coachRoute.loader({
		request: new Request(`http://localhost:3000/letters/candidatures/${applicationId}/coach`, { headers: { cookie } }),
		params: { applicationId },
		context: routeContext(),
	} as unknown as Args)
}

/** The action's outcome, returned or thrown: status and data. */
async function apply(applicationId: string, fields: Record<string, string>, cookie: string) {
	const read = (value: unknown) => {
		if (value && typeof value === 'object' && (value as { type?: string }).type === 'DataWithResponseInit') {
			const { data, init } = value as { data: { ok: boolean; message: string }; init?: ResponseInit }
			return { status: init?.status ?? 200, data }
		}
		if (value instanceof Response) return { status: value.status, data: null }
		return { status: 200, data: value as { ok: boolean; message: string } }
	}
	try {
		return read(
			await coachRoute.action({
				request: formPost(`/letters/candidatures/${applicationId}/coach`, fields, { cookie }),
				params: { applicationId },
				context: routeContext(),
			} as unknown as Args),
		)
	} catch (thrown) {
		return read(thrown)
	}
}

async function versionsOf(applicationId: string) {
	return fixtureSql()<{ id: string; body: string; origin: string }[]>`
		select id, body, origin from public.letter_versions where application_id = ${applicationId} order by created_at`
}

beforeAll(async () => {
	await rome()
}, 60_000)

describe('the Smart Coach tab', () => {
	test('no letter yet: nothing to coach, the tab says where to write it', async () => {
		const claire = await person()
		const applicationId = await applicationOf(claire)
		const tab = await open(applicationId, claire.cookie)
		expect(tab.letter).toBeNull()
		expect(tab.report).toBeNull()
	})

	test('Premium sees every finding, each rewritable one tied to the paragraph that holds it', async () => {
		const claire = await person('premium')
		const applicationId = await applicationOf(claire)
		await saveLetterVersion(claire.user, applicationId, { body: draft, origin: 'generated', tone: 'formel' })
		const { report, letter, premium } = await open(applicationId, claire.cookie)
		expect(premium).toBe(true)
		expect(report!.total).toBeGreaterThan(4)
		expect(report!.findings).toHaveLength(report!.total)
		expect(report!.hidden).toBe(0)
		expect(report!.counts.reduce((sum, { count }) => sum + count, 0)).toBe(report!.total)
		const checks = new Set(report!.findings.map((finding) => finding.check))
		for (const check of ['cliche', 'typography', 'passive']) expect(checks).toContain(check)

		const paragraphs = splitParagraphs(letter!.body)
		const located = report!.findings.filter((finding) => finding.rewritable && finding.excerpt)
		expect(located.length).toBeGreaterThan(0)
		for (const finding of located) expect(paragraphs[finding.paragraphIndex!]!.text).toContain(finding.excerpt!.trim())
	})

	test('the free plan gets the score, the count per check, and only the two main findings', async () => {
		const claire = await person()
		const applicationId = await applicationOf(claire)
		await saveLetterVersion(claire.user, applicationId, { body: draft, origin: 'generated' })
		const { report, premium } = await open(applicationId, claire.cookie)
		expect(premium).toBe(false)
		expect(report!.total).toBeGreaterThan(2)
		expect(report!.findings).toHaveLength(2)
		expect(report!.hidden).toBe(report!.total - 2)
		expect(report!.counts.reduce((sum, { count }) => sum + count, 0)).toBe(report!.total)
		expect(report!.score).toBeGreaterThanOrEqual(0)
		// The two shown are the ones that weigh most: nothing more serious is held back.
		const rank = { important: 3, conseil: 2, detail: 1 }
		expect(Math.min(...report!.findings.map((finding) => rank[finding.severity]))).toBeGreaterThanOrEqual(2)
	})

	test('« Appliquer » fixes the current letter and saves it as a coach version, even after an edit elsewhere', async () => {
		const claire = await person('premium')
		const applicationId = await applicationOf(claire)
		const seen = await saveLetterVersion(claire.user, applicationId, { body: draft, origin: 'generated' })
		const { report } = await open(applicationId, claire.cookie)
		const finding = report!.findings.find((candidate) => candidate.fix && candidate.check === 'cliche')!
		expect(finding).toBeDefined()
		const fix = finding.fix!

		// The person added a line at the top since the coach ran: the fix finds its words again further down.
		const edited = draft.replace('Madame, Monsieur,', 'Lyon, le 22 novembre\n\nMadame, Monsieur,')
		await saveLetterVersion(claire.user, applicationId, { body: edited, origin: 'edited' })
		const result = await apply(applicationId, { intent: 'apply', versionId: seen.id, findingId: finding.id }, claire.cookie)
		expect(result).toMatchObject({ status: 200, data: { ok: true } })

		const versions = await versionsOf(applicationId)
		expect(versions.map((version) => version.origin)).toEqual(['generated', 'edited', 'coach'])
		const fixed = versions[2]!.body
		expect(fixed.startsWith('Lyon, le 22 novembre')).toBe(true)
		expect(fixed).toBe(edited.replace(fix.expected!, fix.replacement))
	})

	test('a fix whose words have changed since is refused in French and saves nothing', async () => {
		const claire = await person('premium')
		const applicationId = await applicationOf(claire)
		const seen = await saveLetterVersion(claire.user, applicationId, { body: draft, origin: 'generated' })
		const { report } = await open(applicationId, claire.cookie)
		const finding = report!.findings.find((candidate) => candidate.fix && candidate.excerpt?.includes('Je me permets'))!
		expect(finding).toBeDefined()

		await saveLetterVersion(claire.user, applicationId, { body: draft.replace('Je me permets de vous écrire pour postuler', 'Je postule'), origin: 'edited' })
		const result = await apply(applicationId, { intent: 'apply', versionId: seen.id, findingId: finding.id }, claire.cookie)
		expect(result.status).toBe(409)
		expect(result.data?.message).toMatch(/a changé depuis l’analyse/)
		expect((await versionsOf(applicationId)).map((version) => version.origin)).toEqual(['generated', 'edited'])
	})

	test('refused without changing anything: a finding the free plan does not see, a malformed post, another person', async () => {
		const claire = await person()
		const intruder = await person()
		const applicationId = await applicationOf(claire)
		const seen = await saveLetterVersion(claire.user, applicationId, { body: draft, origin: 'generated' })
		const { report } = await open(applicationId, claire.cookie)
		const shown = new Set(report!.findings.map((finding) => finding.id))

		// The id of a typography fix the free preview leaves out, as Premium would see it.
		const premiumPerson = await person('premium')
		const premiumApplication = await applicationOf(premiumPerson)
		await saveLetterVersion(premiumPerson.user, premiumApplication, { body: draft, origin: 'generated' })
		const hidden = (await open(premiumApplication, premiumPerson.cookie)).report!.findings.find((finding) => finding.fix && !shown.has(finding.id))!
		expect(hidden).toBeDefined()

		expect((await apply(applicationId, { intent: 'apply', versionId: seen.id, findingId: hidden.id }, claire.cookie)).status).toBe(409)
		expect((await apply(applicationId, { intent: 'apply', versionId: seen.id }, claire.cookie)).status).toBe(400)
		expect((await apply(applicationId, { intent: 'apply', versionId: 'pas-un-id', findingId: hidden.id }, claire.cookie)).status).toBe(400)
		expect((await apply(applicationId, { intent: 'apply', versionId: seen.id, findingId: [...shown][0]! }, intruder.cookie)).status).toBe(404)
		expect(await versionsOf(applicationId)).toHaveLength(1)
	})
})
