import { parseWithZod } from '@conform-to/zod/v4'
import { data, Link, redirect, useNavigation } from 'react-router'
import { TrackerDelete } from '#app/components/letters/tracker-delete.tsx'
import { TrackingForm, trackingSchema } from '#app/components/letters/tracker-form.tsx'
import { FollowUpDate, statusTones, versionsLabel } from '#app/components/letters/tracker-status.tsx'
import { followUpDue, parisToday, statusLabels } from '#app/domain/application/tracker.ts'
import { Badge } from '#app/components/ui/badge.tsx'
import { Card } from '#app/components/ui/card.tsx'
import { formatLongDate, formatShortDay } from '#app/components/ui/format.ts'
import { StatusMessage } from '#app/components/ui/status-message.tsx'
import type { Route } from './+types/tracking'
import { useWorkspace } from './layout.tsx'
import { loadTrackingTab, removeApplication, saveTracking } from './tracking.server.ts'
import { requireOwnApplication } from './workspace.server.ts'

export const meta: Route.MetaFunction = ({ matches }) => {
	const layout = matches.find((match) => match?.id === 'routes/letters/application/layout')?.data as
		| { application: { jobTitle: string } }
		| undefined
	return [{ title: layout ? `Suivi — ${layout.application.jobTitle} — Phoenix Letters` : 'Suivi — Phoenix Letters' }]
}

export async function loader({ request, params }: Route.LoaderArgs) {
	return loadTrackingTab(request, params.applicationId)
}

export async function action({ request, params }: Route.ActionArgs) {
	const { user, application } = await requireOwnApplication(request, params.applicationId)
	const formData = await request.formData()
	if (formData.get('intent') === 'delete') {
		if (formData.get('confirm') !== 'oui') return data({ intent: 'delete' as const, confirm: true }, { status: 200 })
		await removeApplication(user, application)
		return redirect('/letters?supprimee=1')
	}
	const today = parisToday(new Date())
	const submission = parseWithZod(formData, { schema: trackingSchema(today) })
	if (submission.status !== 'success') {
		return data({ intent: 'save' as const, result: submission.reply(), saved: null }, { status: 400 })
	}
	const saved = await saveTracking(user, application, submission.value, today)
	return data({ intent: 'save' as const, result: submission.reply({ resetForm: true }), saved }, { status: 200 })
}

export default function TrackingTab({ loaderData, actionData }: Route.ComponentProps) {
	const { application } = useWorkspace()
	const { today } = loaderData
	const navigation = useNavigation()
	const saveResult = actionData?.intent === 'save' ? actionData : null
	const saved = navigation.state === 'idle' && saveResult?.saved ? saveResult.saved : null
	const due = followUpDue(application, today)

	return (
		<div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem] lg:gap-8">
			<Card as="section" aria-labelledby="suivi-titre" padding="lg" className="flex flex-col gap-6">
				<div>
					<h2 id="suivi-titre" className="text-xl font-semibold text-stone-900">
						Suivi de la candidature
					</h2>
					<p className="mt-1 text-sm leading-6 text-stone-600">
						Notez où vous en êtes. Phoenix vous rappellera de relancer le moment venu, sur votre page Phoenix Letters.
					</p>
				</div>
				{saved ? (
					<StatusMessage tone="success" title="Suivi enregistré">
						{saved.filledSentOn ? `Date d’envoi\u00a0: aujourd’hui, ${formatShortDay(today)}.` : null}
						{saved.suggestedFollowUp ? ` Relance proposée le ${formatShortDay(saved.suggestedFollowUp)}, modifiable ci-dessous.` : null}
					</StatusMessage>
				) : null}
				{saveResult && !saveResult.saved && navigation.state === 'idle' ? (
					<StatusMessage tone="error">Certaines informations sont à corriger&nbsp;: rien n’a été enregistré.</StatusMessage>
				) : null}
				<TrackingForm key={application.updatedAt} application={application} today={today} lastResult={saveResult?.result} />
			</Card>

			<aside className="flex flex-col gap-6" aria-label="Historique et suppression">
				<Card as="section" aria-labelledby="historique-titre" tone="flat" padding="md">
					<h2 id="historique-titre" className="text-base font-semibold text-stone-900">
						Historique
					</h2>
					<dl className="mt-4 grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-2.5 text-sm">
						<dt className="text-stone-600">Statut</dt>
						<dd>
							<Badge tone={statusTones[application.status]}>{statusLabels[application.status]}</Badge>
						</dd>
						<dt className="text-stone-600">Créée le</dt>
						<dd className="text-stone-900">{formatLongDate(application.createdAt)}</dd>
						<dt className="text-stone-600">Modifiée le</dt>
						<dd className="text-stone-900">{formatLongDate(application.updatedAt)}</dd>
						<dt className="text-stone-600">Envoyée le</dt>
						<dd className="text-stone-900">{application.sentOn ? formatShortDay(application.sentOn) : 'Pas encore envoyée'}</dd>
						<dt className="text-stone-600">Relance</dt>
						<dd className="text-stone-900">
							{application.nextFollowUpOn ? <FollowUpDate day={application.nextFollowUpOn} due={due} /> : 'Aucune prévue'}
						</dd>
						<dt className="text-stone-600">Lettre</dt>
						<dd>
							<Link to="../lettre" relative="path" className="text-stone-900 underline underline-offset-4 hover:text-stone-950">
								{versionsLabel(application.letterVersions)}
							</Link>
						</dd>
					</dl>
				</Card>
				<TrackerDelete
					jobTitle={application.jobTitle}
					letterVersions={application.letterVersions}
					askedByServer={actionData?.intent === 'delete'}
				/>
			</aside>
		</div>
	)
}
