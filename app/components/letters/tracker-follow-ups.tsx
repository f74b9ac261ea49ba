import { useCallback, useEffect, useRef, useState } from 'react'
import { Link, useFetcher } from 'react-router'
import { Button } from '#app/components/ui/button.tsx'
import { Card } from '#app/components/ui/card.tsx'
import { formatShortDay } from '#app/components/ui/format.ts'
import { ClockIcon } from '#app/components/ui/icons.tsx'
import type { FollowUpReminder, TrackerActionResult, TrackerItem } from '#app/routes/letters/index.server.ts'
import { applicationUrl } from './tracker-list.tsx'
import { StatusBadge, trackerActionMessage } from './tracker-status.tsx'

const settled = new WeakSet<object>()

function plannedLabel(planned: string, today: string) {
	const late = Math.round((Date.parse(`${today}T12:00:00Z`) - Date.parse(`${planned}T12:00:00Z`)) / 86_400_000)
	if (late <= 0) return 'Relance prévue aujourd’hui'
	return `Relance prévue le ${formatShortDay(planned)} (${late === 1 ? 'hier' : `il y a ${late}\u00a0jours`})`
}

/**
 * « À relancer »: the open applications whose follow-up day has come, each
 * with « Relance faite », which plans the next reminder ten days later.
 */
export function TrackerFollowUps({
	reminder,
	upcoming,
	hasOpenApplications,
	today,
	view,
}: {
	reminder: FollowUpReminder
	upcoming: TrackerItem | null
	hasOpenApplications: boolean
	today: string
	view: string
}) {
	const headingRef = useRef<HTMLHeadingElement>(null)
	const [announcement, setAnnouncement] = useState<{ text: string; ok: boolean } | null>(null)
	const onSettled = useCallback((message: string, ok: boolean, hadFocus: boolean) => {
		setAnnouncement({ text: message, ok })
		if (ok && hadFocus) headingRef.current?.focus()
	}, [])

	return (
		<Card as="section" aria-labelledby="a-relancer-titre" padding="lg" className="flex flex-col gap-4">
			<div className="flex items-start gap-3">
				<div className="flex size-10 shrink-0 items-center justify-center rounded-xl bg-ember-100 text-ember-800">
					<ClockIcon />
				</div>
				<div className="min-w-0">
					<h2 id="a-relancer-titre" ref={headingRef} tabIndex={-1} className="text-xl font-semibold text-stone-900 focus:outline-none">
						À relancer
						{reminder.count ? <span className="ml-2 text-base font-normal text-stone-600 tabular-nums">({reminder.count})</span> : null}
					</h2>
					<p className="mt-1 text-sm leading-6 text-stone-600">
						{reminder.count
							? 'Sans nouvelles après une dizaine de jours, un court e-mail poli suffit\u00a0: rappelez le poste, redites votre intérêt, proposez un échange. C’est courant et bien vu.'
							: 'Rien à relancer aujourd’hui.'}
					</p>
				</div>
			</div>

			{reminder.due.length ? (
				<ul className="flex flex-col divide-y divide-stone-100 rounded-xl border border-stone-200">
					{reminder.due.map((item) => (
						<FollowUpRow key={item.id} item={item} today={today} view={view} onSettled={onSettled} />
					))}
				</ul>
			) : (
				<p className="text-sm leading-6 text-stone-700">
					{upcoming ? (
						<>
							Prochaine relance le <strong className="font-semibold">{formatShortDay(upcoming.nextFollowUpOn!)}</strong>&nbsp;:{' '}
							<Link to={applicationUrl(upcoming.id)} className="font-medium underline underline-offset-4 hover:text-stone-950">
								{upcoming.jobTitle}
								{upcoming.company ? ` chez ${upcoming.company}` : ''}
							</Link>
							.
						</>
					) : hasOpenApplications ? (
						'Aucune relance n’est prévue. Indiquez une date dans l’onglet «\u00a0Suivi\u00a0» d’une candidature pour qu’on vous la rappelle.'
					) : (
						'Dès qu’une candidature passe à «\u00a0Envoyée\u00a0», Phoenix vous propose de la relancer dix jours plus tard.'
					)}
				</p>
			)}

			<div aria-live="polite" className="text-sm">
				{announcement ? <p className={announcement.ok ? 'text-emerald-800' : 'font-medium text-red-700'}>{announcement.text}</p> : null}
			</div>
		</Card>
	)
}

function FollowUpRow({
	item,
	today,
	view,
	onSettled,
}: {
	item: TrackerItem
	today: string
	view: string
	onSettled: (message: string, ok: boolean, hadFocus: boolean) => void
}) {
	const fetcher = useFetcher<TrackerActionResult>({ key: `tracker-follow-up-${item.id}` })
	const rowRef = useRef<HTMLLIElement>(null)
	const saving = fetcher.state === 'submitting'

	// The row disappears once the list reloads: the answer is handled as soon as it arrives.
	useEffect(() => {
		const result = fetcher.data
		if (!result || settled.has(result)) return
		settled.add(result)
		const active = document.activeElement
		onSettled(trackerActionMessage(result), result.ok, !active || active === document.body || Boolean(rowRef.current?.contains(active)))
	}, [fetcher.data, onSettled])

	const planned = item.nextFollowUpOn!
	return (
		<li ref={rowRef} className="flex flex-col gap-3 p-4 sm:flex-row sm:items-center sm:justify-between">
			<div className="min-w-0">
				<p className="font-semibold break-words text-stone-900">
					<Link to={`${applicationUrl(item.id)}/suivi`} className="underline-offset-4 hover:text-ember-800 hover:underline">
						{item.jobTitle}
					</Link>
				</p>
				<p className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-stone-600">
					{item.company ? <span className="break-words">{item.company}</span> : null}
					<StatusBadge status={item.status} />
					<span>{plannedLabel(planned, today)}</span>
				</p>
			</div>
			<fetcher.Form method="post" action={`/letters?vue=${view}`} className="shrink-0">
				<input type="hidden" name="intent" value="relance-faite" />
				<input type="hidden" name="applicationId" value={item.id} />
				<Button type="submit" variant="secondary" size="sm" aria-busy={saving || undefined} className="w-full sm:w-auto">
					{saving ? 'Enregistrement…' : 'Relance faite'}
					<span className="sr-only"> pour «&nbsp;{item.jobTitle}&nbsp;»</span>
				</Button>
			</fetcher.Form>
		</li>
	)
}
