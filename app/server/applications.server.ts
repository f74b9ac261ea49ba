import type { ApplicationStatus } from '#app/domain/application/tracker.ts'
import type { CurrentUser } from './auth/auth.server.ts'
import { asUser, type Tx } from './db.server.ts'

export type Application = {
	id: string
	company: string | null
	jobTitle: string
	offerText: string
	offerUrl: string | null
	status: ApplicationStatus
	/** ISO dates (yyyy-mm-dd). */
	sentOn: string | null
	nextFollowUpOn: string | null
	notes: string | null
	createdAt: string
	updatedAt: string
	/** Versions of its letter saved so far. */
	letterVersions: number
}

// postgres.js returns `date` columns as Dates at midnight UTC and timestamps as Dates.
type ApplicationRow = {
	id: string
	company: string | null
	job_title: string
	offer_text: string
	offer_url: string | null
	status: ApplicationStatus
	sent_on: Date | null
	next_follow_up_on: Date | null
	notes: string | null
	created_at: Date
	updated_at: Date
	letter_versions: string
}

const isoDate = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null)

function toApplication(row: ApplicationRow): Application {
	return {
		id: row.id,
		company: row.company,
		jobTitle: row.job_title,
		offerText: row.offer_text,
		offerUrl: row.offer_url,
		status: row.status,
		sentOn: isoDate(row.sent_on),
		nextFollowUpOn: isoDate(row.next_follow_up_on),
		notes: row.notes,
		createdAt: row.created_at.toISOString(),
		updatedAt: row.updated_at.toISOString(),
		letterVersions: Number(row.letter_versions),
	}
}

const selectApplications = (tx: Tx) => tx`
	select a.*, (select count(*) from public.letter_versions v where v.application_id = a.id) as letter_versions
	from public.applications a`

export async function listApplications(user: CurrentUser): Promise<Application[]> {
	return asUser(user.claims, async (tx) => {
		const rows = await tx<ApplicationRow[]>`${selectApplications(tx)} order by a.updated_at desc limit 200`
		return rows.map(toApplication)
	})
}

export async function getApplication(user: CurrentUser, id: string): Promise<Application | null> {
	if (!isUuid(id)) return null
	return asUser(user.claims, async (tx) => {
		const [row] = await tx<ApplicationRow[]>`${selectApplications(tx)} where a.id = ${id}`
		return row ? toApplication(row) : null
	})
}

export type NewApplication = { jobTitle: string; company: string | null; offerText: string; offerUrl: string | null }

export async function createApplication(user: CurrentUser, input: NewApplication): Promise<string> {
	return asUser(user.claims, async (tx) => {
		const [row] = await tx<{ id: string }[]>`
			insert into public.applications (job_title, company, offer_text, offer_url)
			values (${input.jobTitle}, ${input.company}, ${input.offerText}, ${input.offerUrl})
			returning id`
		if (!row) throw new Error('application insert returned no row')
		return row.id
	})
}

export type ApplicationTracking = {
	status: ApplicationStatus
	sentOn: string | null
	nextFollowUpOn: string | null
	notes: string | null
	company: string | null
	jobTitle: string
}

/** Returns false when the application does not exist for this person. */
export async function updateTracking(user: CurrentUser, id: string, tracking: ApplicationTracking): Promise<boolean> {
	if (!isUuid(id)) return false
	return asUser(user.claims, async (tx) => {
		const rows = await tx`
			update public.applications set
				status = ${tracking.status}, sent_on = ${tracking.sentOn}, next_follow_up_on = ${tracking.nextFollowUpOn},
				notes = ${tracking.notes}, company = ${tracking.company}, job_title = ${tracking.jobTitle}
			where id = ${id}
			returning id`
		return rows.length === 1
	})
}

export async function updateStatus(user: CurrentUser, id: string, status: ApplicationStatus, sentOn: string | null, nextFollowUpOn: string | null) {
	if (!isUuid(id)) return false
	return asUser(user.claims, async (tx) => {
		const rows = await tx`
			update public.applications set status = ${status},
				sent_on = coalesce(sent_on, ${sentOn}::date),
				next_follow_up_on = ${nextFollowUpOn}
			where id = ${id} returning id`
		return rows.length === 1
	})
}

export async function deleteApplication(user: CurrentUser, id: string): Promise<boolean> {
	if (!isUuid(id)) return false
	return asUser(user.claims, async (tx) => {
		const rows = await tx`delete from public.applications where id = ${id} returning id`
		return rows.length === 1
	})
}

/** Open applications whose follow-up date has come (Paris date `today`), soonest first. */
export async function followUpsDue(user: CurrentUser, today: string): Promise<Application[]> {
	return asUser(user.claims, async (tx) => {
		const rows = await tx<ApplicationRow[]>`${selectApplications(tx)}
			where a.status in ('envoyee', 'entretien') and a.next_follow_up_on <= ${today}::date
			order by a.next_follow_up_on limit 20`
		return rows.map(toApplication)
	})
}

export function isUuid(value: string) {
	return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)
}
