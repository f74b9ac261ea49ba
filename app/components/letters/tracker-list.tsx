import { Link } from 'react-router'
import { Card } from '#app/components/ui/card.tsx'
import { formatShortDay } from '#app/components/ui/format.ts'
import type { TrackerItem } from '#app/routes/letters/index.server.ts'
import { FollowUpDate, StatusBadge, versionsLabel } from './tracker-status.tsx'

const linkClassName =
	'rounded-sm font-semibold text-stone-900 underline-offset-4 hover:text-ember-800 hover:underline focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-ember-600'

export const applicationUrl = (id: string) => `/letters/candidatures/${id}`

/** The applications as a table on wide screens and as cards on phones, most recently changed first. */
export function TrackerList({ items }: { items: TrackerItem[] }) {
	return (
		<>
			<div className="hidden overflow-x-auto rounded-2xl border border-stone-200 bg-white shadow-sm md:block">
				<table className="w-full text-left text-sm">
					<caption className="sr-only">Vos candidatures, de la dernière modifiée à la plus ancienne</caption>
					<thead className="border-b border-stone-200 bg-stone-50 text-xs font-semibold tracking-wide text-stone-600 uppercase">
						<tr>
							<th scope="col" className="px-4 py-3">
								Poste
							</th>
							<th scope="col" className="px-4 py-3">
								Entreprise
							</th>
							<th scope="col" className="px-4 py-3">
								Statut
							</th>
							<th scope="col" className="px-4 py-3 whitespace-nowrap">
								Envoyée le
							</th>
							<th scope="col" className="px-4 py-3">
								Relance
							</th>
							<th scope="col" className="px-4 py-3">
								Lettre
							</th>
						</tr>
					</thead>
					<tbody className="divide-y divide-stone-100">
						{items.map((item) => (
							<tr key={item.id} className="align-top hover:bg-stone-50/60">
								<th scope="row" className="max-w-72 px-4 py-3 font-normal">
									<Link to={applicationUrl(item.id)} className={`${linkClassName} break-words`}>
										{item.jobTitle}
									</Link>
								</th>
								<td className="max-w-48 px-4 py-3 break-words text-stone-700">{item.company ?? <span className="text-stone-500">—</span>}</td>
								<td className="px-4 py-3">
									<StatusBadge status={item.status} />
								</td>
								<td className="px-4 py-3 whitespace-nowrap text-stone-700">
									{item.sentOn ? formatShortDay(item.sentOn) : <span className="text-stone-500">—</span>}
								</td>
								<td className="px-4 py-3 whitespace-nowrap text-stone-700">
									<FollowUpDate day={item.nextFollowUpOn} due={item.followUpDue} />
								</td>
								<td className="px-4 py-3 whitespace-nowrap">
									<Link to={`${applicationUrl(item.id)}/lettre`} className="text-stone-700 underline underline-offset-4 hover:text-stone-950">
										{versionsLabel(item.letterVersions)}
										<span className="sr-only"> — lettre pour «&nbsp;{item.jobTitle}&nbsp;»</span>
									</Link>
								</td>
							</tr>
						))}
					</tbody>
				</table>
			</div>

			<ul className="flex flex-col gap-3 md:hidden">
				{items.map((item) => (
					<Card as="li" key={item.id} padding="sm" className="flex flex-col gap-3">
						<div className="flex flex-col gap-1">
							<h3 className="text-base leading-6">
								<Link to={applicationUrl(item.id)} className={`${linkClassName} break-words`}>
									{item.jobTitle}
								</Link>
							</h3>
							<p className="text-sm break-words text-stone-700">{item.company ?? 'Entreprise non précisée'}</p>
						</div>
						<div>
							<StatusBadge status={item.status} />
						</div>
						<dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1.5 text-sm">
							<dt className="text-stone-600">Envoyée le</dt>
							<dd className="text-stone-900">{item.sentOn ? formatShortDay(item.sentOn) : <span className="text-stone-500">—</span>}</dd>
							<dt className="text-stone-600">Relance</dt>
							<dd className="text-stone-900">
								<FollowUpDate day={item.nextFollowUpOn} due={item.followUpDue} />
							</dd>
							<dt className="text-stone-600">Lettre</dt>
							<dd>
								<Link to={`${applicationUrl(item.id)}/lettre`} className="text-stone-900 underline underline-offset-4">
									{versionsLabel(item.letterVersions)}
									<span className="sr-only"> — lettre pour «&nbsp;{item.jobTitle}&nbsp;»</span>
								</Link>
							</dd>
						</dl>
					</Card>
				))}
			</ul>
		</>
	)
}
