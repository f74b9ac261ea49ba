// The application tracker's vocabulary: statuses in the order a candidacy
// moves through them, and when to follow up.

export const applicationStatuses = ['brouillon', 'envoyee', 'entretien', 'offre', 'refus', 'sans_reponse'] as const

export type ApplicationStatus = (typeof applicationStatuses)[number]

export const statusLabels: Record<ApplicationStatus, string> = {
	brouillon: 'Brouillon',
	envoyee: 'Envoyée',
	entretien: 'Entretien',
	offre: 'Offre reçue',
	refus: 'Refus',
	sans_reponse: 'Sans réponse',
}

/** Still waiting on someone: a follow-up makes sense. */
export function isOpen(status: ApplicationStatus) {
	return status === 'envoyee' || status === 'entretien'
}

/** Recruiters usually answer within two weeks; a polite follow-up after ten days is common practice. */
export const followUpAfterDays = 10

/** The follow-up date to suggest when an application is sent on `sentOn` (ISO dates, yyyy-mm-dd). */
export function suggestedFollowUp(sentOn: string): string {
	const date = new Date(`${sentOn}T12:00:00Z`)
	date.setUTCDate(date.getUTCDate() + followUpAfterDays)
	return date.toISOString().slice(0, 10)
}

/**
 * The dates of an application marked sent: the day it was sent is today
 * unless already known, and a follow-up is suggested ten days later when
 * none is planned.
 */
export function sentDates(
	known: { sentOn: string | null; nextFollowUpOn: string | null },
	today: string,
): { sentOn: string; nextFollowUpOn: string } {
	const sentOn = known.sentOn ?? today
	return { sentOn, nextFollowUpOn: known.nextFollowUpOn ?? suggestedFollowUp(sentOn) }
}

/** Due today or overdue, for an application still open. `today` is the Paris date, yyyy-mm-dd. */
export function followUpDue(application: { status: ApplicationStatus; nextFollowUpOn: string | null }, today: string) {
	return isOpen(application.status) && application.nextFollowUpOn !== null && application.nextFollowUpOn <= today
}

/** Today's date in Paris, yyyy-mm-dd: follow-ups are days, not instants. */
export function parisToday(now: Date): string {
	return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now)
}
