import { Link, useFetcher } from 'react-router'
import { Button } from '#app/components/ui/button.tsx'
import { Card } from '#app/components/ui/card.tsx'
import { ClockIcon, LockIcon, ShieldIcon } from '#app/components/ui/icons.tsx'
import { StatusMessage } from '#app/components/ui/status-message.tsx'

const points = [
	{
		Icon: ShieldIcon,
		text: 'L’offre, votre CV et vos consignes sont envoyés au service d’écriture après retrait de vos données personnelles (nom, téléphone, e-mail, adresse)\u00a0; elles sont remises dans la lettre une fois écrite.',
	},
	{ Icon: LockIcon, text: 'Rien de ce que vous écrivez ne sert à entraîner des modèles d’IA.' },
	{ Icon: ClockIcon, text: 'Vous pouvez retirer votre accord à tout moment. Vos lettres déjà écrites restent à vous.' },
]

/**
 * The AI consent asked where it is needed: before the first letter. The same
 * decision as on « Mon compte », recorded through the letter tab's action.
 */
export function LetterConsent({ decision, action }: { decision: boolean | null; action: string }) {
	const fetcher = useFetcher<{ ok: boolean; message?: string }>()
	const pending = fetcher.state !== 'idle' ? fetcher.formData?.get('aiProcessing') : null
	const failure = fetcher.state === 'idle' && fetcher.data && !fetcher.data.ok ? fetcher.data.message : null
	return (
		<Card as="section" tone="tinted" aria-labelledby="letter-consent-title" padding="md">
			<h3 id="letter-consent-title" className="text-lg font-semibold text-stone-900">
				{decision === false ? 'Vous avez choisi de ne pas utiliser l’IA' : 'Avant d’écrire votre lettre, votre accord'}
			</h3>
			<p className="mt-2 text-sm leading-6 text-stone-800">
				{decision === false
					? 'Phoenix n’écrit donc pas de lettre pour vous. Vous pouvez changer d’avis ici\u00a0; le reste de Phoenix Letters (analyse, Mirror Match, suivi) reste disponible dans tous les cas.'
					: 'Pour écrire votre lettre, Phoenix confie l’offre et votre parcours à un service d’écriture. Voici ce que cela veut dire\u00a0:'}
			</p>
			{decision === false ? null : (
				<ul className="mt-3 flex flex-col gap-2">
					{points.map(({ Icon, text }) => (
						<li key={text} className="flex gap-3 text-sm leading-6 text-stone-700">
							<Icon className="mt-0.5 size-5 shrink-0 text-ember-700" />
							<span>{text}</span>
						</li>
					))}
				</ul>
			)}
			<fetcher.Form method="post" action={action} className="mt-4 flex flex-col gap-3 sm:flex-row sm:flex-wrap sm:items-center">
				<input type="hidden" name="intent" value="consent" />
				<Button type="submit" name="aiProcessing" value="accept" disabled={pending != null}>
					{pending === 'accept' ? 'Enregistrement…' : 'J’accepte'}
				</Button>
				{decision === false ? null : (
					<Button type="submit" name="aiProcessing" value="refuse" variant="secondary" disabled={pending != null}>
						{pending === 'refuse' ? 'Enregistrement…' : 'Je refuse'}
					</Button>
				)}
				<Link to="/compte#ia" className="text-sm font-medium text-ember-800 underline underline-offset-4">
					Voir mes choix dans Mon compte
				</Link>
			</fetcher.Form>
			{failure ? (
				<StatusMessage tone="error" className="mt-3">
					{failure}
				</StatusMessage>
			) : null}
		</Card>
	)
}
