import { useEffect, useId, useRef, useState } from 'react'
import { Link, useFetcher, useFetchers } from 'react-router'
import { applicationStatuses, statusLabels, type ApplicationStatus } from '#app/domain/application/tracker.ts'
import { Button } from '#app/components/ui/button.tsx'
import { cx } from '#app/components/ui/cx.ts'
import { formatShortDay } from '#app/components/ui/format.ts'
import type { TrackerActionResult, TrackerItem } from '#app/routes/letters/index.server.ts'
import { applicationUrl } from './tracker-list.tsx'
import { FollowUpDate, isApplicationStatus, trackerActionMessage, versionsLabel } from './tracker-status.tsx'

const moveKeyPrefix = 'tracker-move-'
const moveKey = (id: string) => `${moveKeyPrefix}${id}`

// A keyed fetcher keeps its data when its card changes column (and remounts): settle each answer once.
const settled = new WeakSet<object>()

const columnAccents: Record<ApplicationStatus, string> = {
	brouillon: 'border-t-stone-400',
	envoyee: 'border-t-sky-500',
	entretien: 'border-t-ember-600',
	offre: 'border-t-emerald-600',
	refus: 'border-t-stone-300',
	sans_reponse: 'border-t-stone-300',
}

/** The status a move usually goes to next, offered first in the list. */
function nextStatus(status: ApplicationStatus): ApplicationStatus {
	const others = applicationStatuses.filter((candidate) => candidate !== status)
	return others.find((candidate) => applicationStatuses.indexOf(candidate) > applicationStatuses.indexOf(status)) ?? others[0]!
}

/**
 * One column per status. A card moves with a list and a button (keyboard and
 * phone friendly, and it works without JavaScript); it changes column at once
 * and goes back if the server refuses.
 */
export function TrackerBoard({ items, view }: { items: TrackerItem[]; view: string }) {
	const pendingMoves = new Map<string, ApplicationStatus>()
	for (const fetcher of useFetchers()) {
		const status = fetcher.formData?.get('status')
		if (fetcher.key.startsWith(moveKeyPrefix) && isApplicationStatus(status)) pendingMoves.set(fetcher.key.slice(moveKeyPrefix.length), status)
	}
	const [announcement, setAnnouncement] = useState('')

	return (
		<div className="flex flex-col gap-3">
			<p className="text-sm text-stone-600 lg:hidden">Faites défiler horizontalement pour voir toutes les colonnes.</p>
			<div
				role="region"
				aria-label="Tableau des candidatures par statut"
				tabIndex={0}
				className="-mx-4 snap-x snap-mandatory scroll-px-4 overflow-x-auto px-4 pb-4 [scrollbar-width:thin] sm:snap-none focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-ember-600 sm:mx-0 sm:px-0"
			>
				<div className="grid auto-cols-[minmax(16rem,1fr)] grid-flow-col gap-4">
					{applicationStatuses.map((status) => {
						const column = items.filter((item) => (pendingMoves.get(item.id) ?? item.status) === status)
						return <BoardColumn key={status} status={status} items={column} view={view} onSettled={setAnnouncement} />
					})}
				</div>
			</div>
			<p aria-live="polite" className="sr-only">
				{announcement}
			</p>
		</div>
	)
}

function BoardColumn({
	status,
	items,
	view,
	onSettled,
}: {
	status: ApplicationStatus
	items: TrackerItem[]
	view: string
	onSettled: (message: string) => void
}) {
	const titleId = useId()
	return (
		<section
			aria-labelledby={titleId}
			className={cx('flex snap-start flex-col gap-3 rounded-2xl border border-t-4 border-stone-200 bg-stone-50 p-3', columnAccents[status])}
		>
			<h3 id={titleId} className="flex items-center justify-between gap-2 px-1 text-sm font-semibold text-stone-900">
				{statusLabels[status]}
				<span className="rounded-full bg-white px-2 py-0.5 text-xs font-semibold text-stone-700 tabular-nums ring-1 ring-stone-200">
					{items.length}
					<span className="sr-only"> candidature{items.length > 1 ? 's' : ''}</span>
				</span>
			</h3>
			{items.length ? (
				<ul className="flex flex-col gap-3">
					{items.map((item) => (
						<BoardCard key={item.id} item={item} view={view} onSettled={onSettled} />
					))}
				</ul>
			) : (
				<p className="rounded-xl border border-dashed border-stone-300 px-3 py-6 text-center text-sm text-stone-500">Aucune candidature</p>
			)}
		</section>
	)
}

function BoardCard({ item, view, onSettled }: { item: TrackerItem; view: string; onSettled: (message: string) => void }) {
	const fetcher = useFetcher<TrackerActionResult>({ key: moveKey(item.id) })
	const selectId = useId()
	const cardRef = useRef<HTMLLIElement>(null)
	const linkRef = useRef<HTMLAnchorElement>(null)
	const moving = fetcher.state !== 'idle'
	const shownStatus = isApplicationStatus(fetcher.formData?.get('status')) ? (fetcher.formData!.get('status') as ApplicationStatus) : item.status
	const refused = fetcher.state === 'idle' && fetcher.data && !fetcher.data.ok ? fetcher.data.message : null

	// The card remounts in its new column: bring focus back to it rather than leaving it on the page's body.
	useEffect(() => {
		const active = document.activeElement
		if (moving && (!active || active === document.body)) linkRef.current?.focus()
	}, [moving])

	useEffect(() => {
		const result = fetcher.data
		if (fetcher.state !== 'idle' || !result || settled.has(result)) return
		settled.add(result)
		onSettled(trackerActionMessage(result))
		const active = document.activeElement
		if (!active || active === document.body || cardRef.current?.contains(active)) linkRef.current?.focus()
	}, [fetcher.state, fetcher.data, onSettled])

	return (
		<li ref={cardRef} className={cx('rounded-xl border border-stone-200 bg-white p-3 shadow-sm', moving && 'opacity-70')}>
			<h4 className="text-sm leading-5">
				<Link
					ref={linkRef}
					to={applicationUrl(item.id)}
					className="rounded-sm font-semibold break-words text-stone-900 underline-offset-4 hover:text-ember-800 hover:underline focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-ember-600"
				>
					{item.jobTitle}
				</Link>
			</h4>
			<p className="mt-0.5 text-sm break-words text-stone-600">{item.company ?? 'Entreprise non précisée'}</p>
			<dl className="mt-2 grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1 text-xs">
				{item.sentOn ? (
					<>
						<dt className="text-stone-600">Envoyée le</dt>
						<dd className="text-stone-900">{formatShortDay(item.sentOn)}</dd>
					</>
				) : null}
				{item.nextFollowUpOn ? (
					<>
						<dt className="text-stone-600">Relance</dt>
						<dd className="text-stone-900">
							<FollowUpDate day={item.nextFollowUpOn} due={item.followUpDue} />
						</dd>
					</>
				) : null}
				<dt className="text-stone-600">Lettre</dt>
				<dd className="text-stone-900">{versionsLabel(item.letterVersions)}</dd>
			</dl>
			<fetcher.Form method="post" action={`/letters?vue=${view}`} className="mt-3 flex items-end gap-2 border-t border-stone-100 pt-3">
				<input type="hidden" name="intent" value="move" />
				<input type="hidden" name="applicationId" value={item.id} />
				<div className="flex min-w-0 flex-1 flex-col gap-1">
					<label htmlFor={selectId} className="text-xs font-medium text-stone-700">
						Déplacer vers…<span className="sr-only"> («&nbsp;{item.jobTitle}&nbsp;»)</span>
					</label>
					<select
						key={shownStatus}
						id={selectId}
						name="status"
						defaultValue={nextStatus(shownStatus)}
						disabled={moving}
						className="block min-h-9 w-full rounded-lg border border-stone-300 bg-white px-2 py-1.5 text-sm text-stone-900 focus-visible:outline-3 focus-visible:outline-offset-0 focus-visible:outline-ember-600"
					>
						{applicationStatuses
							.filter((status) => status !== shownStatus)
							.map((status) => (
								<option key={status} value={status}>
									{statusLabels[status]}
								</option>
							))}
					</select>
				</div>
				<Button type="submit" variant="secondary" size="sm" disabled={moving}>
					{moving ? 'Déplacement…' : 'Déplacer'}
				</Button>
			</fetcher.Form>
			{refused ? (
				<p className="mt-2 text-xs font-medium text-red-700">
					{refused}
				</p>
			) : null}
		</li>
	)
}
