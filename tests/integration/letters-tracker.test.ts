import { describe, expect, test } from 'vitest'
import { parisToday, suggestedFollowUp } from '#app/domain/application/tracker.ts'
import type { CurrentUser } from '#app/server/auth/auth.server.ts'
import { formPost, routeContext } from '#tests/support/routes.ts'
import { createSessionToken, createUser, fixtureSql } from '#tests/support/users.ts'

// The Letters home (tracker list and board, « À relancer ») and the « Suivi »
// tab, as the browser calls them: a real session cookie and the real database.
const home = await import('#app/routes/letters/index.tsx')
const { followUpReminder } = await import('#app/routes/letters/index.server.ts')
const tracking = await import('#app/routes/letters/application/tracking.tsx')

type Args = never
type Person = { id: string; cookie: string; user: CurrentUser }

async function person(): Promise<Person> {
	const created = await createUser()
	const { token } = await createSessionToken(created)
	const user: CurrentUser = { id: created.id, email: created.email, claims: created.claims, accessToken: token, displayName: null }
	return { id: created.id, user, cookie: `phoenix_session=${token}` }
}

const offerText = 'Nous recherchons une personne pour rejoindre notre équipe. Missions, profil recherché, conditions.'

type Fixture = { jobTitle?: string; company?: string | null; status?: string; sentOn?: string | null; nextFollowUpOn?: string | null; versions?: number }

async function applicationOf(owner: { id: string }, fixture: Fixture = {}) {
	const [row] = await fixtureSql()<{ id: string }[]>`
		insert into public.applications (user_id, job_title, company, offer_text, status, sent_on, next_follow_up_on)
		values (${owner.id}, ${fixture.jobTitle ?? 'Développeuse front-end'}, ${fixture.company === undefined ? 'Santéo' : fixture.company}, ${offerText},
			${fixture.status ?? 'brouillon'}, ${fixture.sentOn ?? null}, ${fixture.nextFollowUpOn ?? null})
		returning id`
	for (let version = 0; version < (fixture.versions ?? 0); version++) {
		await fixtureSql()`
			insert into public.letter_versions (application_id, user_id, body, origin)
			values (${row!.id}, ${owner.id}, ${`Madame, Monsieur, version ${version + 1}.`}, 'edited')`
	}
	return row!.id
}

type Row = { status: string; sent_on: string | null; next_follow_up_on: string | null; job_title: string; company: string | null; notes: string | null }

async function rowOf(id: string): Promise<Row | undefined> {
	const [row] = await fixtureSql()<Row[]>`
		select status, sent_on::text, next_follow_up_on::text, job_title, company, notes from public.applications where id = ${id}`
	return row
}

const versionsOf = async (id: string) => Number((await fixtureSql()`select count(*) from public.letter_versions where application_id = ${id}`)[0]!.count)

function addDays(day: string, days: number) {
	const date = new Date(`${day}T12:00:00Z`)
	date.setUTCDate(date.getUTCDate() + days)
	return date.toISOString().slice(0, 10)
}

const today = () => parisToday(new Date())

/** What a loader or action answered, returned or thrown: a Response (redirect), or `data()` with its status. */
async function settle(run: () => Promise<unknown>): Promise<{ status: number; location: string | null; body: unknown }> {
	const read = (value: unknown) => {
		if (value instanceof Response) return { status: value.status, location: value.headers.get('location'), body: null }
		if (value && typeof value === 'object' && (value as { type?: string }).type === 'DataWithResponseInit') {
			const { data, init } = value as { data: unknown; init?: ResponseInit }
			return { status: init?.status ?? 200, location: null, body: data }
		}
		return null
	}
	try {
		const result = await run()
		return read(result) ?? { status: 200, location: null, body: result }
	} catch (thrown) {
		const answer = read(thrown)
		if (answer) return answer
		throw thrown
	}
}

const openHome = (cookie: string, search = '') =>
	settle(() =>
		home.loader({ request: new Request(`http://localhost:3000/letters${search}`, { headers: { cookie } }), params: {}, context: routeContext() } as unknown as Args),
	)

const postHome = (cookie: string, fields: Record<string, string>) =>
	settle(() => home.action({ request: formPost('/letters?vue=tableau', fields, { cookie }), params: {}, context: routeContext() } as unknown as Args))

const openTracking = (applicationId: string, cookie: string) =>
	settle(() =>
		tracking.loader({
			request: new Request(`http://localhost:3000/letters/candidatures/${applicationId}/suivi`, { headers: { cookie } }),
			params: { applicationId },
			context: routeContext(),
		} as unknown as Args),
	)

const postTracking = (applicationId: string, fields: Record<string, string>, cookie: string) =>
	settle(() =>
		tracking.action({
			request: formPost(`/letters/candidatures/${applicationId}/suivi`, fields, { cookie }),
			params: { applicationId },
			context: routeContext(),
		} as unknown as Args),
	)

type HomeData = Awaited<ReturnType<typeof home.loader>>

describe('Letters home: the tracker', () => {
	test('list and board show the owner’s applications with their letters, and nothing of them to anyone else', async () => {
		const owner = await person()
		const other = await person()
		const sent = await applicationOf(owner, { jobTitle: 'Chargée RH', company: 'Atlantique Habitat', status: 'envoyee', sentOn: addDays(today(), -3), versions: 2 })
		const draft = await applicationOf(owner, { jobTitle: 'Boulanger', company: null })

		const list = await openHome(owner.cookie)
		const listData = list.body as HomeData
		expect(list.status).toBe(200)
		expect(listData.view).toBe('liste')
		expect(listData.applications.map((item) => item.id).sort()).toEqual([sent, draft].sort())
		expect(listData.applications.find((item) => item.id === sent)).toMatchObject({
			jobTitle: 'Chargée RH',
			company: 'Atlantique Habitat',
			status: 'envoyee',
			sentOn: addDays(today(), -3),
			letterVersions: 2,
		})
		expect(listData.applications.find((item) => item.id === draft)).toMatchObject({ status: 'brouillon', letterVersions: 0 })
		// The offer's text stays on the server: the tracker does not need it.
		expect(JSON.stringify(listData)).not.toContain(offerText)

		const board = (await openHome(owner.cookie, '?vue=tableau')).body as HomeData
		expect(board.view).toBe('tableau')
		expect(board.applications).toHaveLength(2)
		expect(((await openHome(owner.cookie, '?vue=nimporte')).body as HomeData).view).toBe('liste')

		for (const search of ['', '?vue=tableau']) {
			const theirs = (await openHome(other.cookie, search)).body as HomeData
			expect(theirs.applications).toEqual([])
			expect(theirs.reminder.count).toBe(0)
		}
	})

	test('« À relancer » lists the open applications whose day has come, most overdue first', async () => {
		const owner = await person()
		const overdue = await applicationOf(owner, { jobTitle: 'Développeur web', status: 'envoyee', sentOn: addDays(today(), -15), nextFollowUpOn: addDays(today(), -5) })
		const dueToday = await applicationOf(owner, { jobTitle: 'Conseiller', status: 'entretien', sentOn: addDays(today(), -10), nextFollowUpOn: today() })
		await applicationOf(owner, { jobTitle: 'Refusée', status: 'refus', sentOn: addDays(today(), -30), nextFollowUpOn: addDays(today(), -20) })
		const later = await applicationOf(owner, { jobTitle: 'Plus tard', status: 'envoyee', sentOn: today(), nextFollowUpOn: addDays(today(), 4) })

		const data = (await openHome(owner.cookie)).body as HomeData
		expect(data.reminder.due.map((item) => item.id)).toEqual([overdue, dueToday])
		expect(data.reminder.count).toBe(2)
		expect(data.reminder.first?.id).toBe(overdue)
		expect(data.upcoming?.id).toBe(later)
		expect(data.applications.find((item) => item.id === overdue)?.followUpDue).toBe(true)
		expect(data.applications.find((item) => item.id === later)?.followUpDue).toBe(false)

		const reminder = await followUpReminder(owner.user)
		expect(reminder).toMatchObject({ count: 2, first: { id: overdue, jobTitle: 'Développeur web' } })
	})

	test('moving a card: to « Envoyée » dates it today and plans a follow-up ten days later; a bad column is refused and changes nothing', async () => {
		const owner = await person()
		const id = await applicationOf(owner)

		const refused = await postHome(owner.cookie, { intent: 'move', applicationId: id, status: 'perdue' })
		expect(refused.status).toBe(400)
		expect(refused.body).toEqual({ ok: false, message: 'Choisissez une colonne dans la liste proposée.' })
		expect(await rowOf(id)).toMatchObject({ status: 'brouillon', sent_on: null, next_follow_up_on: null })

		const unknown = await postHome(owner.cookie, { intent: 'ranger', applicationId: id })
		expect(unknown.status).toBe(400)
		expect(await rowOf(id)).toMatchObject({ status: 'brouillon' })

		const moved = await postHome(owner.cookie, { intent: 'move', applicationId: id, status: 'envoyee' })
		expect(moved.status).toBe(200)
		expect(moved.body).toMatchObject({ ok: true, status: 'envoyee', sentOn: today(), nextFollowUpOn: suggestedFollowUp(today()) })
		expect(await rowOf(id)).toMatchObject({ status: 'envoyee', sent_on: today(), next_follow_up_on: addDays(today(), 10) })

		// Further moves keep the dates already known.
		expect((await postHome(owner.cookie, { intent: 'move', applicationId: id, status: 'entretien' })).status).toBe(200)
		expect(await rowOf(id)).toMatchObject({ status: 'entretien', sent_on: today(), next_follow_up_on: addDays(today(), 10) })
		const board = (await openHome(owner.cookie, '?vue=tableau')).body as HomeData
		expect(board.applications.find((item) => item.id === id)?.status).toBe('entretien')
	})

	test('an application already sent keeps its day when it goes back to « Envoyée »', async () => {
		const owner = await person()
		const sentOn = addDays(today(), -4)
		const id = await applicationOf(owner, { status: 'sans_reponse', sentOn })
		expect((await postHome(owner.cookie, { intent: 'move', applicationId: id, status: 'envoyee' })).status).toBe(200)
		expect(await rowOf(id)).toMatchObject({ status: 'envoyee', sent_on: sentOn, next_follow_up_on: suggestedFollowUp(sentOn) })
	})

	test('another person cannot move or mark someone else’s application', async () => {
		const owner = await person()
		const other = await person()
		const id = await applicationOf(owner, { status: 'envoyee', sentOn: addDays(today(), -12), nextFollowUpOn: addDays(today(), -2) })
		const before = await rowOf(id)
		expect((await postHome(other.cookie, { intent: 'move', applicationId: id, status: 'refus' })).status).toBe(404)
		expect((await postHome(other.cookie, { intent: 'relance-faite', applicationId: id })).status).toBe(404)
		expect(await rowOf(id)).toEqual(before)
	})

	test('« Relance faite » plans the next follow-up ten days from today and takes it off the list', async () => {
		const owner = await person()
		const id = await applicationOf(owner, { status: 'envoyee', sentOn: addDays(today(), -12), nextFollowUpOn: addDays(today(), -2) })
		const draft = await applicationOf(owner, { status: 'brouillon', nextFollowUpOn: addDays(today(), -1) })

		const done = await postHome(owner.cookie, { intent: 'relance-faite', applicationId: id })
		expect(done.status).toBe(200)
		expect(done.body).toMatchObject({ ok: true, intent: 'relance-faite', nextFollowUpOn: addDays(today(), 10) })
		expect(await rowOf(id)).toMatchObject({ status: 'envoyee', sent_on: addDays(today(), -12), next_follow_up_on: addDays(today(), 10) })
		expect(((await openHome(owner.cookie)).body as HomeData).reminder.due.map((item) => item.id)).not.toContain(id)

		const notOpen = await postHome(owner.cookie, { intent: 'relance-faite', applicationId: draft })
		expect(notOpen.status).toBe(400)
		expect(await rowOf(draft)).toMatchObject({ next_follow_up_on: addDays(today(), -1) })
	})
})

describe('« Suivi » tab', () => {
	const valid = (overrides: Record<string, string> = {}) => ({
		intent: 'save',
		jobTitle: 'Développeuse front-end React',
		company: 'Santéo',
		status: 'envoyee',
		sentOn: addDays(today(), -3),
		nextFollowUpOn: addDays(today(), 7),
		notes: 'Contact : Mme Durand, service RH.',
		...overrides,
	})

	test('a follow-up before the day it was sent is refused in French and nothing is saved', async () => {
		const owner = await person()
		const id = await applicationOf(owner)
		const before = await rowOf(id)

		const early = await postTracking(id, valid({ nextFollowUpOn: addDays(today(), -5) }), owner.cookie)
		expect(early.status).toBe(400)
		const errors = (early.body as { result: { error: Record<string, string[]> } }).result.error
		expect(errors.nextFollowUpOn?.[0]).toMatch(/^La relance vient après l’envoi/)
		expect(await rowOf(id)).toEqual(before)

		const future = await postTracking(id, valid({ sentOn: addDays(today(), 2), nextFollowUpOn: '' }), owner.cookie)
		expect(future.status).toBe(400)
		expect((future.body as { result: { error: Record<string, string[]> } }).result.error.sentOn?.[0]).toMatch(/ne peut pas être dans le futur/)

		const long = await postTracking(id, valid({ notes: 'a'.repeat(4001) }), owner.cookie)
		expect(long.status).toBe(400)
		expect((long.body as { result: { error: Record<string, string[]> } }).result.error.notes?.[0]).toMatch(/4\u00a0000/)

		const noTitle = await postTracking(id, valid({ jobTitle: '   ', status: 'offre' }), owner.cookie)
		expect(noTitle.status).toBe(400)
		expect(await rowOf(id)).toEqual(before)
	})

	test('a valid form is saved; « Envoyée » without a day means today, with a follow-up suggested', async () => {
		const owner = await person()
		const id = await applicationOf(owner)
		expect((await openTracking(id, owner.cookie)).body).toEqual({ today: today() })

		const saved = await postTracking(id, valid(), owner.cookie)
		expect(saved.status).toBe(200)
		expect(await rowOf(id)).toEqual({
			status: 'envoyee',
			sent_on: addDays(today(), -3),
			next_follow_up_on: addDays(today(), 7),
			job_title: 'Développeuse front-end React',
			company: 'Santéo',
			notes: 'Contact : Mme Durand, service RH.',
		})

		const other = await applicationOf(owner)
		const filled = await postTracking(other, valid({ sentOn: '', nextFollowUpOn: '', company: '', notes: '' }), owner.cookie)
		expect(filled.status).toBe(200)
		expect((filled.body as { saved: unknown }).saved).toEqual({ filledSentOn: true, suggestedFollowUp: addDays(today(), 10) })
		expect(await rowOf(other)).toMatchObject({ status: 'envoyee', sent_on: today(), next_follow_up_on: addDays(today(), 10), company: null, notes: null })
	})

	test('a day typed the French way is understood, and an impossible one is refused', async () => {
		const owner = await person()
		const id = await applicationOf(owner)
		const [y, m, d] = addDays(today(), -1).split('-')
		expect((await postTracking(id, valid({ sentOn: `${d}/${m}/${y}`, nextFollowUpOn: '' }), owner.cookie)).status).toBe(200)
		expect(await rowOf(id)).toMatchObject({ sent_on: addDays(today(), -1) })

		const impossible = await postTracking(id, valid({ sentOn: '2025-02-30' }), owner.cookie)
		expect(impossible.status).toBe(400)
		expect(await rowOf(id)).toMatchObject({ sent_on: addDays(today(), -1) })
	})

	test('deleting asks for confirmation first, then removes the application and its letter versions', async () => {
		const owner = await person()
		const id = await applicationOf(owner, { versions: 3 })
		expect(await versionsOf(id)).toBe(3)

		const asked = await postTracking(id, { intent: 'delete' }, owner.cookie)
		expect(asked.status).toBe(200)
		expect(asked.body).toEqual({ intent: 'delete', confirm: true })
		expect(await rowOf(id)).toBeDefined()
		expect(await versionsOf(id)).toBe(3)

		const done = await postTracking(id, { intent: 'delete', confirm: 'oui' }, owner.cookie)
		expect(done.status).toBe(302)
		expect(done.location).toBe('/letters?supprimee=1')
		expect(await rowOf(id)).toBeUndefined()
		expect(await versionsOf(id)).toBe(0)
		expect(((await openHome(owner.cookie, '?supprimee=1')).body as HomeData).deleted).toBe(true)
		expect((await openTracking(id, owner.cookie)).status).toBe(404)
	})

	test('another person’s application: 404 on the tab and on every submission, and nothing changes', async () => {
		const owner = await person()
		const other = await person()
		const id = await applicationOf(owner, { versions: 1 })
		const before = await rowOf(id)

		expect((await openTracking(id, other.cookie)).status).toBe(404)
		expect((await postTracking(id, valid(), other.cookie)).status).toBe(404)
		expect((await postTracking(id, { intent: 'delete', confirm: 'oui' }, other.cookie)).status).toBe(404)
		expect((await postTracking('pas-un-identifiant', valid(), owner.cookie)).status).toBe(404)
		expect(await rowOf(id)).toEqual(before)
		expect(await versionsOf(id)).toBe(1)
	})
})
