import { useEffect, useRef } from 'react'
import { Button, ButtonLink } from '#app/components/ui/button.tsx'
import { Card } from '#app/components/ui/card.tsx'
import { cx } from '#app/components/ui/cx.ts'
import { StatusMessage } from '#app/components/ui/status-message.tsx'
import type { StreamNotice } from './letter-stream.ts'

/**
 * The letter appearing as it is written. `aria-busy` holds screen readers
 * back until it is complete, then the polite live region reads it once.
 */
export function LetterLive({ text, streaming, onStop }: { text: string; streaming: boolean; onStop: () => void }) {
	const headingRef = useRef<HTMLHeadingElement>(null)
	useEffect(() => {
		headingRef.current?.focus()
	}, [])
	return (
		<Card as="section" aria-labelledby="letter-live-title" padding="lg" className="scroll-mt-24">
			<div className="flex flex-wrap items-center justify-between gap-3">
				<h2 ref={headingRef} id="letter-live-title" tabIndex={-1} className="text-xl font-semibold text-stone-900 outline-none">
					{streaming ? 'Votre lettre s’écrit…' : 'Enregistrement de votre lettre…'}
				</h2>
				{streaming ? (
					<Button variant="secondary" size="sm" onClick={onStop}>
						<span aria-hidden="true" className="size-2.5 rounded-xs bg-current" />
						Arrêter
					</Button>
				) : null}
			</div>
			<div
				aria-live="polite"
				aria-busy={streaming}
				className={cx('mt-4 min-h-32 font-serif text-base leading-7 whitespace-pre-wrap text-stone-900', !text && 'text-stone-500')}
			>
				{text || 'Phoenix relit l’offre et votre parcours…'}
				{streaming ? <span aria-hidden="true" className="ml-0.5 inline-block h-5 w-1.5 animate-pulse bg-ember-600 align-text-bottom" /> : null}
			</div>
		</Card>
	)
}

/** The outcome of a writing request: saved, stopped, or refused with the way forward. */
export function LetterStreamNotice({ notice, onDismiss }: { notice: StreamNotice; onDismiss: () => void }) {
	const action = notice.upgradeUrl ? (
		<ButtonLink to={notice.upgradeUrl} size="sm">
			Voir l’offre Premium
		</ButtonLink>
	) : notice.consentUrl ? (
		<ButtonLink to={notice.consentUrl} size="sm" variant="secondary">
			Donner mon accord dans Mon compte
		</ButtonLink>
	) : notice.signIn ? (
		<ButtonLink to="/connexion" size="sm">
			Me reconnecter
		</ButtonLink>
	) : (
		<Button size="sm" variant="ghost" className="-ml-3" onClick={onDismiss}>
			Fermer ce message
		</Button>
	)
	return (
		<StatusMessage tone={notice.tone} action={action}>
			{notice.message}
		</StatusMessage>
	)
}
