import { data } from 'react-router'
import { followUpDue, isOpen, parisToday, sentDates, suggestedFollowUp, type ApplicationStatus } from '#app/domain/application/tracker.ts'
import { followUpsDue, getApplication, listApplications, updateStatus, type Application } from '#app/server/applications.server.ts'
import type { CurrentUser } from '#app/server/auth/auth.server.ts'
import { getPrimaryCv } from '#app/server/cv.server.ts'
import { lettersGeneratedThisMonth } from '#app/server/letters.server.ts'

export type TrackerView = 'liste' | 'tableau'

/** An application as the tracker shows it: without the offer's text, which can weigh 20 000 characters. */
export type TrackerItem = {
	id: string
	jobTitle: string
	company: string | null
	status: ApplicationStatus
	/** ISO days (yyyy-mm-dd). */
	sentOn: string | null
	nextFollowUpOn: string | null
	letterVersions: number
	updatedAt: string
	/** Open, and its follow-up day has come (Paris date). */
	followUpDue: boolean
}

export function toTrackerItem(application: Application, today: string): TrackerItem {
	return {
		id: application.id,
		jobTitle: application.jobTitle,
		company: application.company,
		status: application.status,
		sentOn: application.sentOn,
		nextFollowUpOn: application.nextFollowUpOn,
		letterVersions: application.letterVersions,
		updatedAt: application.updatedAt,
		followUpDue: followUpDue(application, today),
	}
}

export type FollowUpReminder = {
	/** How many follow-ups are due (the 20 soonest at most). */
	count: number
	/** The most overdue one. */
	first: TrackerItem | null
	/** All of them, most overdue first. */
	due: TrackerItem[]
}

/** The follow-ups a person should send today, for any dashboard that wants to remind them. */
export async function followUpReminder(user: CurrentUser, now = new Date()): Promise<FollowUpReminder> {
	const today = parisToday(now)
	const due = (await followUpsDue(user, today)).map((application) => toTrackerItem(application, today))
	return { count: due.length, first: due[0] ?? null, due }
}

export function trackerView(url: URL): TrackerView {
	return url.searchParams.get('vue') === 'tableau' ? 'tableau' : 'liste'
}

/** Everything the Letters home shows: the applications, what to follow up, this month's letters and the CV. */
export async function loadLettersHome(user: CurrentUser, url: URL, now = new Date()) {
	const today = parisToday(now)
	const [applications, reminder, usage, cv] = await Promise.all([
		listApplications(user),
		followUpReminder(user, now),
		lettersGeneratedThisMonth(user),
		getPrimaryCv(user),
	])
	const items = applications.map((application) => toTrackerItem(application, today))
	const upcoming =
		items
			.filter((item) => isOpen(item.status) && item.nextFollowUpOn !== null && item.nextFollowUpOn > today)
			.sort((a, b) => (a.nextFollowUpOn! < b.nextFollowUpOn! ? -1 : 1))[0] ?? null
	return {
		view: trackerView(url),
		today,
		applications: items,
		reminder,
		upcoming,
		hasOpenApplications: items.some((item) => isOpen(item.status)),
		usage,
		cv: cv ? { title: cv.title, updatedAt: cv.updatedAt } : null,
		deleted: url.searchParams.get('supprimee') === '1',
	}
}

export type TrackerActionResult =
	| {
			ok: true
			intent: 'move' | 'relance-faite'
			applicationId: string
			jobTitle: string
			status: ApplicationStatus
			sentOn: string | null
			nextFollowUpOn: string | null
	  }
	| { ok: false; message: string }

const notFound = () =>
	data<TrackerActionResult>(
		{ ok: false, message: 'Cette candidature est introuvable\u00a0: elle a peut-être été supprimée. Rechargez la page.' },
		{ status: 404 },
	)

/** Moves an application to another column of the tracker: to « Envoyée », it is dated by `sentDates`; other moves keep both dates. */
export async function moveApplication(user: CurrentUser, id: string, status: ApplicationStatus, now = new Date()) {
	const application = await getApplication(user, id)
	if (!application) return notFound()
	const { sentOn, nextFollowUpOn } = status === 'envoyee' ? sentDates(application, parisToday(now)) : application
	if (!(await updateStatus(user, id, status, sentOn, nextFollowUpOn))) return notFound()
	return data<TrackerActionResult>({ ok: true, intent: 'move', applicationId: id, jobTitle: application.jobTitle, status, sentOn, nextFollowUpOn })
}

/** « Relance faite »: the next reminder comes ten days from today. */
export async function markFollowedUp(user: CurrentUser, id: string, now = new Date()) {
	const application = await getApplication(user, id)
	if (!application) return notFound()
	if (!isOpen(application.status)) {
		return data<TrackerActionResult>(
			{ ok: false, message: 'Cette candidature n’attend plus de réponse\u00a0: il n’y a rien à relancer.' },
			{ status: 400 },
		)
	}
	const nextFollowUpOn = suggestedFollowUp(parisToday(now))
	if (!(await updateStatus(user, id, application.status, null, nextFollowUpOn))) return notFound()
	return data<TrackerActionResult>({
		ok: true,
		intent: 'relance-faite',
		applicationId: id,
		jobTitle: application.jobTitle,
		status: application.status,
		sentOn: application.sentOn,
		nextFollowUpOn,
	})
}
