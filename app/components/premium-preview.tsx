import type { ReactNode } from 'react'
import { ButtonLink } from './ui/button.tsx'
import { Card } from './ui/card.tsx'
import { SparklesIcon } from './ui/icons.tsx'

/**
 * What a gratuit person sees after the useful part of a premium tool: what
 * more Premium shows (said concretely, with the count), and how to get it.
 * The hidden content is not sent to the browser at all.
 */
export function PremiumPreview({ title, children, hiddenCount }: { title: string; children: ReactNode; hiddenCount?: number }) {
	return (
		<Card tone="tinted" padding="md" className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between" data-testid="premium-preview">
			<div className="flex gap-3">
				<span aria-hidden="true" className="mt-0.5 text-ember-700">
					<SparklesIcon />
				</span>
				<div>
					<p className="font-semibold text-stone-900">
						{title}
						{hiddenCount ? ` (${hiddenCount} de plus)` : ''}
					</p>
					<div className="text-sm text-stone-700">{children}</div>
				</div>
			</div>
			<ButtonLink to="/tarifs" size="sm" className="self-start sm:self-center">
				Voir l’offre Premium
			</ButtonLink>
		</Card>
	)
}
