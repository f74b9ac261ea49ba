import type { ReactNode } from 'react'
import { cx } from './cx.ts'

export type BadgeTone = 'neutral' | 'accent' | 'success' | 'soon'

const tones: Record<BadgeTone, string> = {
	neutral: 'bg-stone-100 text-stone-700 ring-stone-200',
	accent: 'bg-ember-50 text-ember-800 ring-ember-200',
	success: 'bg-emerald-50 text-emerald-800 ring-emerald-200',
	soon: 'bg-sky-50 text-sky-800 ring-sky-200',
}

export function Badge({ tone = 'neutral', children, className }: { tone?: BadgeTone; children: ReactNode; className?: string }) {
	return (
		<span
			className={cx(
				'inline-flex items-center gap-1 rounded-full px-2.5 py-0.5 text-xs font-semibold whitespace-nowrap ring-1 ring-inset',
				tones[tone],
				className,
			)}
		>
			{children}
		</span>
	)
}

/** The honest label of a feature that is announced but not usable yet. */
export function SoonBadge({ className }: { className?: string }) {
	return (
		<Badge tone="soon" className={className}>
			Bientôt disponible
		</Badge>
	)
}
