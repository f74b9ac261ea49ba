import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createElement } from 'react'
import { renderToString } from 'react-dom/server'
import { createRoutesStub } from 'react-router'
import { beforeAll, describe, expect, test } from 'vitest'
import { parisToday } from '#app/domain/application/tracker.ts'
import { romeAttribution } from '#app/domain/rome/lexicon.ts'
import { alternatives, buildTrajectory } from '#app/domain/trajectory/build.ts'
import { typeset } from '#app/domain/trajectory/wording.ts'
import type { CurrentUser } from '#app/server/auth/auth.server.ts'
import { formPost, routeContext, settle } from '#tests/support/routes.ts'
import { createSessionToken, createUser, fixtureSql } from '#tests/support/users.ts'

// The Trajectory Builder (/letters/trajectoire) as the browser calls it: the
// question in the URL, the result trimmed by plan, « Enregistrer ce plan »
// and the saved checklist's changes, with a real session and the real database.
const samples = join(import.meta.dirname, '..', '..', 'samples')
const claireResume = readFileSync(join(samples, 'cvs', 'claire-infirmiere-vers-dev.json'), 'utf8')

const route = await import('#app/routes/letters/trajectory.tsx')
const { savePrimaryCv } = await import('#app/server/cv.server.ts')
const { rome } = await import('#app/server/rome-lexicon.server.ts')
const { freePlanSteps, freeSkillsToAcquire } = await import('#app/routes/letters/trajectory.server.ts')

type Args = never
type Page = Awaited<ReturnType<typeof route.loader>>
type Person = { id: string; cookie: string; user: CurrentUser }

// Seed job titles: « Infirmier / Infirmière en soins généraux (IDE) » (J1506) and « Développeur / Développeuse web » (M1855).
const nurse = '15545'
const webDeveloper = '14156'

async function person(plan: 'gratuit' | 'premium' = 'gratuit', options: { cv?: boolean } = {}): Promise<Person> {
	const created = await createUser()
	const { token } = await createSessionToken(created)
	const user: CurrentUser = { id: created.id, email: created.email, claims: created.claims, accessToken: token, displayName: null }
	if (options.cv) await savePrimaryCv(user, { format: 'json_resume', text: claireResume })
	if (plan === 'premium')
		await fixtureSql()`insert into public.subscriptions (user_id, plan_id, status) values (${created.id}, 'premium', 'active')`
	return { id: created.id, user, cookie: `phoenix_session=${token}` }
}

async function open(who: Person, params: Record<string, string> = {}): Promise<Page> {
	const url = new URL('http://localhost:3000/letters/trajectoire')
	for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value)
	return route.loader({
		request: new Request(url, { headers: { cookie: who.cookie } }),
		params: {},
		context: routeContext(),
	} as unknown as Args)
}

async function post(who: Person, fields: Record<string, string>) {
	return settle(() =>
		route.action({
			request: formPost('/letters/trajectoire', fields, { cookie: who.cookie }),
			params: {},
			context: routeContext(),
		} as unknown as Args),
	)
}

type StepRow = { id: string; position: number; title: string; due_on: string | null; done_at: Date | null; detail: string | null }

async function stepsOf(userId: string) {
	return fixtureSql()<StepRow[]>`
		select id, position, title, due_on::text, done_at, detail from public.trajectory_steps where user_id = ${userId} order by position`
}

/** Saves the nurse → web developer plan through the action, as « Enregistrer ce plan » does. */
async function savePlanOf(who: Person) {
	const saved = await post(who, { intent: 'enregistrer', de: nurse, vers: webDeveloper })
	expect(saved.status).toBe(302)
	const steps = await stepsOf(who.id)
	expect(steps.length).toBeGreaterThan(0)
	return steps
}

function addWeeks(day: string, weeks: number) {
	const date = new Date(`${day}T00:00:00Z`)
	date.setUTCDate(date.getUTCDate() + weeks * 7)
	return date.toISOString().slice(0, 10)
}

let romeData: Awaited<ReturnType<typeof rome>>

beforeAll(async () => {
	romeData = await rome()
})

/** A job title of an occupation, as the combobox would send it. */
function jobTitleOf(occupationCode: string) {
	const title = romeData.lexicon.jobTitles.find((candidate) => candidate.occupationCode === occupationCode)
	if (!title) throw new Error(`no job title for ${occupationCode}`)
	return title.code
}

describe('Trajectory Builder: the question and the result', () => {
	test('nurse → web developer: the loader maps job titles to occupations and says honestly there is no short official path', async () => {
		const claire = await person('premium', { cv: true })
		const page = await open(claire, { de: nurse, vers: webDeveloper })
		const result = page.result
		if (!result) throw new Error('no result')
		expect(result.from.code).toBe('J1506')
		expect(result.to.code).toBe('M1855')
		const domain = buildTrajectory(romeData.graph, { fromCode: 'J1506', toCode: 'M1855' })
		expect(result.official).toBe(false)
		expect(domain.official).toBe(false)
		expect(result.path.map((occupation) => occupation.code)).toEqual(['J1506', 'M1855'])
		expect(result.hops).toEqual([expect.objectContaining({ kind: 'reconversion', rank: null })])
		expect(result.summary).toMatch(/vraie reconversion/)
		expect(result.summary).not.toMatch(/ [:;!?]/)
		expect(result.attribution).toBe(romeAttribution(romeData.lexicon.version))
		expect(page.defaults.de).toEqual({ code: nurse, label: expect.stringMatching(/^Infirmier/) })
		expect(page.defaults.vers).toEqual({ code: webDeveloper, label: expect.stringMatching(/^Développeur/) })

		// Claire's CV names web skills: they are counted as held, in her own words when she words them otherwise.
		const keywords = (JSON.parse(claireResume) as { skills: { keywords: string[] }[] }).skills.flatMap((group) =>
			group.keywords.map(typeset),
		)
		const held = result.details?.hops[0]?.held ?? []
		expect(held.some((skill) => skill.heldAs !== undefined && keywords.includes(skill.heldAs))).toBe(true)
		expect(held.some((skill) => /HTML|JavaScript|Application web/i.test(skill.label))).toBe(true)
		for (const skill of held) expect(result.toAcquire.some((other) => other.code === skill.code)).toBe(false)
		const withoutCv = await open(await person('premium'), { de: nurse, vers: webDeveloper })
		expect(withoutCv.result?.toAcquireCount).toBeGreaterThan(result.toAcquireCount)
		expect(withoutCv.result?.fromCv).toBe(false)
		expect(result.fromCv).toBe(true)

		// The target's « accès au métier » and the dated plan, from today.
		expect(result.details?.access).toBe(domain.access)
		const today = parisToday(new Date())
		expect(result.plan[0]?.date).toBe(today)
		expect(result.plan.length).toBe(domain.plan.length)
		expect(result.schemes.every((scheme) => scheme.url.startsWith('https://') && scheme.why.length > 0)).toBe(true)
	})

	test('the form is prefilled from the profile, and nothing is computed before a question is asked', async () => {
		const someone = await person()
		await fixtureSql()`update public.profiles set current_job_title_code = ${nurse}, target_job_title_code = ${webDeveloper} where id = ${someone.id}`
		const page = await open(someone)
		expect(page.result).toBeNull()
		expect(page.queryResult).toBeNull()
		expect(page.defaults.de?.code).toBe(nurse)
		expect(page.defaults.vers?.code).toBe(webDeveloper)
		expect(page.saved).toBeNull()
	})

	test('a question missing a job title, naming an unknown one, or the same occupation twice is answered in French, with no result', async () => {
		const someone = await person()
		const missing = await open(someone, { de: nurse })
		expect(missing.result).toBeNull()
		expect(missing.queryResult?.error?.vers).toEqual(['Indiquez le métier que vous visez, puis choisissez-le dans la liste proposée.'])

		const unknown = await open(someone, { de: '99999999', vers: webDeveloper })
		expect(unknown.result).toBeNull()
		expect(unknown.queryResult?.error?.de?.[0]).toMatch(/ne figure pas dans le répertoire ROME/)

		const sameOccupation = romeData.lexicon.jobTitles.find((title) => title.occupationCode === 'J1506' && title.code !== nurse)
		const same = await open(someone, { de: nurse, vers: sameOccupation?.code ?? nurse })
		expect(same.result).toBeNull()
		expect(same.queryResult?.error?.vers?.[0]).toMatch(/identiques/)
	})

	test('an official passerelle is shown with its rank; another route can be followed with ?via=, a made-up one falls back', async () => {
		const someone = await person('premium')
		const coordinator = jobTitleOf('J1510')
		const page = await open(someone, { de: nurse, vers: coordinator })
		const result = page.result
		if (!result) throw new Error('no result')
		const rank = romeData.lexicon.mobilities.find((edge) => edge.fromCode === 'J1506' && edge.toCode === 'J1510')?.rank
		expect(result.official).toBe(true)
		expect(result.hops).toEqual([expect.objectContaining({ kind: 'mobility', rank })])

		const expected = alternatives(romeData.graph, 'J1506', 'J1510', 3)
		const shown = result.details?.alternatives ?? []
		expect(shown.map((route) => route.path.map((occupation) => occupation.code))).toEqual(
			expected.map((route) => route.path.map((occupation) => occupation.code)),
		)
		const other = shown[0]
		if (!other) return
		const followed = await open(someone, Object.fromEntries(new URL(other.href, 'http://localhost:3000').searchParams))
		expect(followed.result?.path.map((occupation) => occupation.code)).toEqual(other.path.map((occupation) => occupation.code))
		expect(followed.viaError).toBeNull()
		// The cheapest route is now among the others, to go back to.
		expect(followed.result?.details?.alternatives.some((route) => route.path.length === 2)).toBe(true)

		const madeUp = await open(someone, { de: nurse, vers: coordinator, via: 'M1855' })
		expect(madeUp.viaError).toMatch(/ne prévoit pas de passerelle/)
		expect(madeUp.result?.path.map((occupation) => occupation.code)).toEqual(result.path.map((occupation) => occupation.code))
	})

	test('gratuit sees the path, the coverage, the schemes, the first skills and steps; the rest never reaches the browser', async () => {
		const free = await person('gratuit', { cv: true })
		const paid = await person('premium', { cv: true })
		const freePage = await open(free, { de: nurse, vers: webDeveloper })
		const paidPage = await open(paid, { de: nurse, vers: webDeveloper })
		const freeResult = freePage.result
		const paidResult = paidPage.result
		if (!freeResult || !paidResult) throw new Error('no result')
		expect(freePage.premium).toBe(false)
		expect(paidPage.premium).toBe(true)

		// Same path, coverage and schemes on both plans.
		expect(freeResult.path).toEqual(paidResult.path)
		expect(freeResult.coverage).toBe(paidResult.coverage)
		expect(freeResult.schemes).toEqual(paidResult.schemes)
		expect(freeResult.summary).toBe(paidResult.summary)

		// Premium: everything.
		expect(paidResult.toAcquire).toHaveLength(paidResult.toAcquireCount)
		expect(paidResult.plan).toHaveLength(paidResult.planCount)
		expect(paidResult.details).not.toBeNull()
		expect(paidResult.hidden).toEqual({ skills: 0, steps: 0, alternatives: 0, hopDetails: false })

		// Gratuit: the first ones, and the counts of what Premium adds.
		expect(paidResult.toAcquireCount).toBeGreaterThan(freeSkillsToAcquire)
		expect(freeResult.toAcquire).toEqual(paidResult.toAcquire.slice(0, freeSkillsToAcquire))
		expect(freeResult.plan).toEqual(paidResult.plan.slice(0, freePlanSteps))
		expect(freeResult.details).toBeNull()
		expect(freeResult.hidden.skills).toBe(paidResult.toAcquireCount - freeSkillsToAcquire)
		expect(freeResult.hidden.steps).toBe(paidResult.planCount - freePlanSteps)

		// What is hidden is not in the page data at all.
		const sent = JSON.stringify(freePage)
		for (const skill of paidResult.toAcquire.slice(freeSkillsToAcquire)) expect(sent).not.toContain(`"${skill.code}"`)
		for (const step of paidResult.plan.slice(freePlanSteps)) expect(sent).not.toContain(step.title)
		if (paidResult.details?.access) expect(sent).not.toContain(paidResult.details.access)
	})
})

describe('Trajectory Builder: the saved plan', () => {
	test('« Enregistrer ce plan » saves the trajectory and its dated steps, replacing the previous plan; gratuit keeps the steps it sees', async () => {
		const paid = await person('premium')
		const response = await post(paid, { intent: 'enregistrer', de: nurse, vers: webDeveloper })
		expect(response.status).toBe(302)
		expect(response.headers.get('location')).toBe(`/letters/trajectoire?de=${nurse}&vers=${webDeveloper}&enregistre=1#mon-plan`)
		const trajectories = await fixtureSql()<{ id: string; from_code: string; to_code: string; path: { code: string }[] }[]>`
			select id, from_code, to_code, path from public.trajectories where user_id = ${paid.id}`
		expect(trajectories).toHaveLength(1)
		expect(trajectories[0]).toMatchObject({ from_code: 'J1506', to_code: 'M1855' })
		expect(trajectories[0]?.path.map((occupation) => occupation.code)).toEqual(['J1506', 'M1855'])

		const page = await open(paid, { de: nurse, vers: webDeveloper, enregistre: '1' })
		const plan = page.result?.plan ?? []
		const steps = await stepsOf(paid.id)
		expect(steps.map((step) => step.title)).toEqual(plan.map((step) => step.title))
		expect(steps.map((step) => step.due_on)).toEqual(plan.map((step) => step.date))
		const today = parisToday(new Date())
		expect(steps.map((step) => step.due_on)).toEqual(plan.map((step) => addWeeks(today, step.weeksFromStart)))
		expect(page.justSaved).toBe(true)
		expect(page.saved?.id).toBe(trajectories[0]?.id)
		expect(page.saved?.steps.map((step) => step.title)).toEqual(plan.map((step) => step.title))

		// Saving again replaces the plan rather than adding a second one.
		await post(paid, { intent: 'enregistrer', de: nurse, vers: jobTitleOf('J1510') })
		const after = await fixtureSql()<{ to_code: string }[]>`select to_code from public.trajectories where user_id = ${paid.id}`
		expect(after).toEqual([{ to_code: 'J1510' }])

		const free = await person('gratuit')
		await post(free, { intent: 'enregistrer', de: nurse, vers: webDeveloper })
		expect(await stepsOf(free.id)).toHaveLength(freePlanSteps)

		// An incomplete question saves nothing.
		const nobody = await person('premium')
		const refused = await post(nobody, { intent: 'enregistrer', de: nurse })
		expect(refused.status).toBe(400)
		expect(await fixtureSql()`select 1 from public.trajectories where user_id = ${nobody.id}`).toHaveLength(0)
	})

	test('a step is ticked and unticked; the progress counts it', async () => {
		const someone = await person('premium')
		const [first] = await savePlanOf(someone)
		const ticked = await post(someone, { intent: 'cocher', stepId: first!.id, done: 'oui' })
		expect(ticked).toMatchObject({ status: 200, body: { ok: true, intent: 'cocher', stepId: first!.id } })
		expect((await stepsOf(someone.id))[0]?.done_at).not.toBeNull()
		const page = await open(someone)
		expect(page.saved?.steps.filter((step) => step.done).map((step) => step.id)).toEqual([first!.id])

		await post(someone, { intent: 'cocher', stepId: first!.id, done: 'non' })
		expect((await stepsOf(someone.id))[0]?.done_at).toBeNull()
	})

	test('editing: an invalid date or an empty title is refused in French and changes nothing; a valid edit keeps the tick', async () => {
		const someone = await person('premium')
		const [first] = await savePlanOf(someone)
		await post(someone, { intent: 'cocher', stepId: first!.id, done: 'oui' })
		const before = (await stepsOf(someone.id))[0]

		const badDate = await post(someone, { intent: 'modifier', stepId: first!.id, title: 'Nouveau titre', dueOn: '2027-02-30' })
		expect(badDate.status).toBe(400)
		expect((badDate.body as { message: string }).message).toMatch(/^Cette date n’existe pas/)
		expect((badDate.body as { result: { error: Record<string, string[]> } }).result.error.dueOn?.[0]).toMatch(/jj\/mm\/aaaa/)
		const emptyTitle = await post(someone, { intent: 'modifier', stepId: first!.id, title: '   ', dueOn: '2027-03-01' })
		expect(emptyTitle.status).toBe(400)
		expect((emptyTitle.body as { message: string }).message).toBe('Donnez un titre à cette étape.')
		const tooLong = await post(someone, { intent: 'modifier', stepId: first!.id, title: 'x'.repeat(161), dueOn: '2027-03-01' })
		expect(tooLong.status).toBe(400)
		expect((await stepsOf(someone.id))[0]).toEqual(before)

		const edited = await post(someone, {
			intent: 'modifier',
			stepId: first!.id,
			title: '  Rencontrer une conseillère CEP  ',
			dueOn: '15/03/2027',
		})
		expect(edited).toMatchObject({ status: 200, body: { ok: true } })
		const after = (await stepsOf(someone.id))[0]
		expect(after).toMatchObject({ title: 'Rencontrer une conseillère CEP', due_on: '2027-03-15', detail: before?.detail })
		expect(after?.done_at).toEqual(before?.done_at)

		// No date is allowed: the step simply has none.
		await post(someone, { intent: 'modifier', stepId: first!.id, title: 'Sans date', dueOn: '' })
		expect((await stepsOf(someone.id))[0]?.due_on).toBeNull()
	})

	test('a step is added at the end and deleted', async () => {
		const someone = await person('gratuit')
		const steps = await savePlanOf(someone)
		const page = await open(someone)
		const trajectoryId = page.saved!.id
		const added = await post(someone, { intent: 'ajouter', trajectoryId, title: 'Faire un stage d’observation', dueOn: '2027-06-01' })
		expect(added).toMatchObject({ status: 200, body: { ok: true, intent: 'ajouter' } })
		const after = await stepsOf(someone.id)
		expect(after).toHaveLength(steps.length + 1)
		expect(after.at(-1)).toMatchObject({ title: 'Faire un stage d’observation', due_on: '2027-06-01', position: steps.length })

		const refused = await post(someone, { intent: 'ajouter', trajectoryId, title: '', dueOn: '' })
		expect(refused.status).toBe(400)
		expect(await stepsOf(someone.id)).toHaveLength(steps.length + 1)

		const removed = await post(someone, { intent: 'supprimer', stepId: after.at(-1)!.id })
		expect(removed).toMatchObject({ status: 200, body: { ok: true } })
		expect((await stepsOf(someone.id)).map((step) => step.id)).toEqual(steps.map((step) => step.id))
	})

	test('another person’s step or plan gives 404 and nothing changes; a malformed id too', async () => {
		const owner = await person('premium')
		const intruder = await person('premium')
		const steps = await savePlanOf(owner)
		await savePlanOf(intruder)
		const target = steps[0]!
		const ownerPlan = (await open(owner)).saved!.id

		const attempts: Record<string, string>[] = [
			{ intent: 'cocher', stepId: target.id, done: 'oui' },
			{ intent: 'modifier', stepId: target.id, title: 'Intrus', dueOn: '2027-01-01' },
			{ intent: 'supprimer', stepId: target.id },
			{ intent: 'ajouter', trajectoryId: ownerPlan, title: 'Intrus', dueOn: '' },
			{ intent: 'cocher', stepId: 'pas-un-identifiant', done: 'oui' },
			{ intent: 'ajouter', trajectoryId: crypto.randomUUID(), title: 'Plan disparu', dueOn: '' },
		]
		for (const fields of attempts) {
			const answer = await post(intruder, fields)
			expect(answer.status, JSON.stringify(fields)).toBe(404)
			expect((answer.body as { message: string }).message).toMatch(/introuvable/)
		}
		expect(await stepsOf(owner.id)).toEqual(steps)
		expect((await open(intruder)).saved?.steps.some((step) => step.title === 'Intrus' || step.title === 'Plan disparu')).toBe(false)
	})

	test('overdue steps are those past their day and not done', async () => {
		const someone = await person('premium')
		const [first, second] = await savePlanOf(someone)
		await fixtureSql()`update public.trajectory_steps set due_on = current_date - 3 where id in (${first!.id}, ${second!.id})`
		await post(someone, { intent: 'cocher', stepId: second!.id, done: 'oui' })
		const { isOverdue } = await import('#app/components/letters/trajectory-plan.tsx')
		const page = await open(someone)
		const overdue = page.saved!.steps.filter((step) => isOverdue(step, page.today)).map((step) => step.id)
		expect(overdue).toEqual([first!.id])
	})
})

describe('Trajectory Builder: the page', () => {
	/** The page as the server renders it, from the loader's data. */
	function render(page: Page, path: string) {
		const Stub = createRoutesStub([
			{ id: 'trajectory', path: '/letters/trajectoire', Component: route.default as never, HydrateFallback: () => null },
		])
		return renderToString(createElement(Stub, { initialEntries: [path], hydrationData: { loaderData: { trajectory: page } } }))
	}

	test('gratuit: the honest reconversion message, the coverage, the preview of Premium, safe external links and the ROME attribution', async () => {
		const free = await person('gratuit', { cv: true })
		await savePlanOf(free)
		const [first] = await stepsOf(free.id)
		await fixtureSql()`update public.trajectory_steps set due_on = current_date - 3 where id = ${first!.id}`
		const path = `/letters/trajectoire?de=${nurse}&vers=${webDeveloper}`
		const page = await open(free, { de: nurse, vers: webDeveloper })
		const html = render(page, path)
		const text = html.replace(/<[^>]+>/g, '').replace(/&#x27;/g, "'")

		expect(text).toContain('Pas de passerelle officielle courte dans le ROME\u00a0: c’est une vraie reconversion')
		expect(text).toContain(`Vous avez déjà ${Math.round(page.result!.coverage * 100)}\u00a0% des compétences clés`)
		expect(text).toContain(romeAttribution(romeData.lexicon.version))
		expect(html).toContain('data-testid="premium-preview"')
		expect(text).toContain(`${page.result!.hidden.skills}\u00a0autres compétences à acquérir`)
		for (const skill of page.result!.toAcquire) expect(text).toContain(skill.label)
		expect(text).toContain('Enregistrer ce plan')

		const external = html.match(/<a[^>]+target="_blank"[^>]*>.*?<\/a>/g) ?? []
		expect(external.length).toBe(page.result!.schemes.length)
		for (const link of external) {
			expect(link).toContain('rel="noopener noreferrer"')
			expect(link).toContain('(nouvel onglet)')
		}

		// The saved plan above the builder: progress in words, the overdue step said in words too.
		expect(text).toContain(`0 étape sur ${freePlanSteps} faite`)
		expect(text).toContain('en retard')
		expect(html.indexOf('id="mon-plan"')).toBeLessThan(html.indexOf('id="trajectoire-question"'))
	})
})
