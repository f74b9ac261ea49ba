import { applicationStatuses, statusLabels, type ApplicationStatus } from '#app/domain/application/tracker.ts'
import { Badge, type BadgeTone } from '#app/components/ui/badge.tsx'
import { cx } from '#app/components/ui/cx.ts'
import { formatShortDay } from '#app/components/ui/format.ts'
import { ClockIcon } from '#app/components/ui/icons.tsx'
import type { TrackerActionResult } from '#app/routes/letters/index.server.ts'

export function isApplicationStatus(value: unknown): value is ApplicationStatus {
	return typeof value === 'string' && (applicationStatuses as readonly string[]).includes(value)
}

export const statusTones: Record<ApplicationStatus, BadgeTone> = {
	brouillon: 'neutral',
	envoyee: 'soon',
	entretien: 'accent',
	offre: 'success',
	refus: 'neutral',
	sans_reponse: 'neutral',
}

export function StatusBadge({ status, className }: { status: ApplicationStatus; className?: string }) {
	return (
		<Badge tone={statusTones[status]} className={className}>
			<span className="sr-only">Statut&nbsp;: </span>
			{statusLabels[status]}
		</Badge>
	)
}

/** The planned follow-up, flagged in words (not only in colour) once its day has come. */
export function FollowUpDate({ day, due, className }: { day: string | null; due: boolean; className?: string }) {
	if (!day) return <span className={cx('text-stone-500', className)}>—</span>
	return (
		<span className={cx('inline-flex flex-wrap items-center gap-x-2 gap-y-1', className)}>
			<span className={due ? 'font-semibold text-ember-800' : undefined}>{formatShortDay(day)}</span>
			{due ? (
				<Badge tone="accent">
					<ClockIcon className="size-3.5" />À relancer
				</Badge>
			) : null}
		</span>
	)
}

export function versionsLabel(count: number) {
	if (count === 0) return 'À écrire'
	return count === 1 ? '1\u00a0version' : `${count}\u00a0versions`
}

/** What a move or a « Relance faite » did, in a sentence read aloud and shown without JavaScript. */
export function trackerActionMessage(result: TrackerActionResult) {
	if (!result.ok) return result.message
	if (result.intent === 'relance-faite') {
		const next = result.nextFollowUpOn
			? ` Phoenix vous rappellera de relancer le ${formatShortDay(result.nextFollowUpOn)} si vous n’avez pas de nouvelles.`
			: ''
		return `Relance notée pour «\u00a0${result.jobTitle}\u00a0».${next}`
	}
	const followUp =
		result.status === 'envoyee' && result.nextFollowUpOn ? ` Relance prévue le ${formatShortDay(result.nextFollowUpOn)}.` : ''
	return `«\u00a0${result.jobTitle}\u00a0» est maintenant dans la colonne «\u00a0${statusLabels[result.status]}\u00a0».${followUp}`
}
