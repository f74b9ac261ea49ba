import { useEffect, useRef, useState } from 'react'
import { Form, Link, useNavigation } from 'react-router'
import { Button, buttonClassName } from '#app/components/ui/button.tsx'
import { Card } from '#app/components/ui/card.tsx'
import { AlertIcon } from '#app/components/ui/icons.tsx'

/**
 * « Supprimer la candidature », in two steps. With JavaScript the
 * confirmation opens in place; without, the first post asks the server,
 * which answers with the same confirmation. Only `confirm=oui` deletes.
 */
export function TrackerDelete({
	jobTitle,
	letterVersions,
	askedByServer,
}: {
	jobTitle: string
	letterVersions: number
	/** The server answered a first « Supprimer » with a request to confirm. */
	askedByServer: boolean
}) {
	const navigation = useNavigation()
	const deleting = navigation.state !== 'idle' && navigation.formData?.get('intent') === 'delete'
	const [confirming, setConfirming] = useState(askedByServer)
	const openerRef = useRef<HTMLButtonElement>(null)
	const panelRef = useRef<HTMLHeadingElement>(null)
	const opened = useRef(false)

	useEffect(() => {
		if (askedByServer) setConfirming(true)
	}, [askedByServer])

	useEffect(() => {
		if (confirming) panelRef.current?.focus()
		else if (opened.current) openerRef.current?.focus()
		opened.current = confirming
	}, [confirming])

	const whatGoes =
		letterVersions === 0
			? 'L’offre et vos notes seront effacées.'
			: `L’offre, vos notes et votre lettre (${letterVersions === 1 ? 'sa version' : `ses ${letterVersions}\u00a0versions`}) seront effacées.`

	return (
		<Card as="section" aria-labelledby="supprimer-titre" tone="flat" padding="md" className="flex flex-col gap-3">
			<h2 id="supprimer-titre" className="text-base font-semibold text-stone-900">
				Supprimer la candidature
			</h2>
			{confirming ? (
				<div className="flex flex-col gap-4 rounded-xl border border-red-200 bg-red-50 p-4">
					<div className="flex gap-3">
						<AlertIcon className="mt-0.5 size-5 shrink-0 text-red-700" />
						<div className="flex flex-col gap-2 text-sm leading-6 text-red-950">
							<h3 ref={panelRef} tabIndex={-1} className="font-semibold focus:outline-none">
								Supprimer «&nbsp;{jobTitle}&nbsp;» pour de bon&nbsp;?
							</h3>
							<p>
								{whatGoes} Vous ne pourrez pas les récupérer. Les lettres déjà écrites par Phoenix ce mois-ci restent comptées dans votre
								offre.
							</p>
						</div>
					</div>
					<Form method="post" className="flex flex-col gap-3 sm:flex-row sm:flex-wrap">
						<input type="hidden" name="intent" value="delete" />
						<Button type="submit" name="confirm" value="oui" variant="danger" disabled={deleting}>
							{deleting ? 'Suppression…' : 'Oui, supprimer'}
						</Button>
						<Link
							to="."
							replace
							preventScrollReset
							className={buttonClassName({ variant: 'secondary' })}
							onClick={(event) => {
								event.preventDefault()
								setConfirming(false)
							}}
						>
							Non, la garder
						</Link>
					</Form>
				</div>
			) : (
				<>
					<p className="text-sm leading-6 text-stone-600">
						{whatGoes} Vos autres candidatures ne changent pas. Phoenix vous demandera de confirmer.
					</p>
					<Form method="post">
						<input type="hidden" name="intent" value="delete" />
						<Button
							ref={openerRef}
							type="submit"
							variant="secondary"
							className="w-full sm:w-auto"
							onClick={(event) => {
								event.preventDefault()
								setConfirming(true)
							}}
						>
							Supprimer la candidature
						</Button>
					</Form>
				</>
			)}
		</Card>
	)
}
