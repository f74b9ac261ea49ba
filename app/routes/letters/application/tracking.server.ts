import { data } from 'react-router'
import type { TrackingInput } from '#app/components/letters/tracker-form.tsx'
import { parisToday, sentDates } from '#app/domain/application/tracker.ts'
import { deleteApplication, updateTracking, type Application, type ApplicationTracking } from '#app/server/applications.server.ts'
import type { CurrentUser } from '#app/server/auth/auth.server.ts'
import { requireOwnApplication } from './workspace.server.ts'

const notFound = () => data({ message: 'Cette candidature n’existe pas ou a été supprimée.' }, { status: 404 })

/** The tab reads the application from the layout; it only needs « today » (Paris), the latest day a candidacy can have been sent. */
export async function loadTrackingTab(request: Request, applicationId: string | undefined) {
	await requireOwnApplication(request, applicationId)
	return { today: parisToday(new Date()) }
}

/**
 * What gets saved from a valid form. « Envoyée » without a sending day is
 * dated as moving the card on the board dates it (`sentDates`): sent today,
 * with a follow-up suggested when none is planned. A day the person typed
 * is kept as is, and so is an empty follow-up next to it.
 */
export function trackingToSave(input: TrackingInput, today: string): ApplicationTracking & { filledSentOn: boolean; suggested: boolean } {
	const typed = { sentOn: input.sentOn ?? null, nextFollowUpOn: input.nextFollowUpOn ?? null }
	const filledSentOn = input.status === 'envoyee' && typed.sentOn === null
	return {
		jobTitle: input.jobTitle,
		company: input.company ?? null,
		status: input.status,
		...(filledSentOn ? sentDates(typed, today) : typed),
		notes: input.notes ?? null,
		filledSentOn,
		suggested: filledSentOn && typed.nextFollowUpOn === null,
	}
}

export async function saveTracking(user: CurrentUser, application: Application, input: TrackingInput, today: string) {
	const { filledSentOn, suggested, ...tracking } = trackingToSave(input, today)
	if (!(await updateTracking(user, application.id, tracking))) throw notFound()
	return { filledSentOn, suggestedFollowUp: suggested ? tracking.nextFollowUpOn : null }
}

/** Deletes the application; its letter versions go with it (the database cascades). */
export async function removeApplication(user: CurrentUser, application: Application) {
	if (!(await deleteApplication(user, application.id))) throw notFound()
}
