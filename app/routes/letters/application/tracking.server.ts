import { data } from 'react-router'
import { effectiveSentOn, type TrackingInput } from '#app/components/letters/tracker-form.tsx'
import { parisToday, suggestedFollowUp } from '#app/domain/application/tracker.ts'
import { deleteApplication, getApplication, updateTracking, type Application, type ApplicationTracking } from '#app/server/applications.server.ts'
import { requireUser, type CurrentUser } from '#app/server/auth/auth.server.ts'

const notFound = () => data({ message: 'Cette candidature n’existe pas ou a été supprimée.' }, { status: 404 })

/** The person and their application; 404 when it is not theirs (or no longer exists). */
export async function requireOwnApplication(request: Request, applicationId: string | undefined) {
	const user = await requireUser(request)
	const application = await getApplication(user, applicationId ?? '')
	if (!application) throw notFound()
	return { user, application }
}

/** The tab reads the application from the layout; it only needs « today » (Paris), the latest day a candidacy can have been sent. */
export async function loadTrackingTab(request: Request, applicationId: string | undefined) {
	await requireOwnApplication(request, applicationId)
	return { today: parisToday(new Date()) }
}

/**
 * What gets saved from a valid form. When the sending day is filled in for
 * the person and no follow-up is planned, one is suggested ten days later,
 * as moving the card on the board does.
 */
export function trackingToSave(input: TrackingInput, today: string): ApplicationTracking & { filledSentOn: boolean; suggested: boolean } {
	const sentOn = effectiveSentOn(input, today)
	const filledSentOn = !input.sentOn && sentOn !== null
	const suggested = filledSentOn && !input.nextFollowUpOn
	return {
		jobTitle: input.jobTitle,
		company: input.company ?? null,
		status: input.status,
		sentOn,
		nextFollowUpOn: suggested ? suggestedFollowUp(sentOn!) : (input.nextFollowUpOn ?? null),
		notes: input.notes ?? null,
		filledSentOn,
		suggested,
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
