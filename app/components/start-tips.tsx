import type { ReactNode } from 'react'
import { Card } from './ui/card.tsx'

/** The side column of a product's empty state: first steps to take today, and what the free plan includes. */
export function StartTips({ id, tips, freePlan }: { id: string; tips: string[]; freePlan: ReactNode }) {
	return (
		<aside aria-labelledby={id} className="flex flex-col gap-6">
			<Card tone="tinted">
				<h2 id={id} className="font-semibold text-stone-900">
					En attendant, vous pouvez…
				</h2>
				<ol className="mt-4 flex flex-col gap-4">
					{tips.map((tip, index) => (
						<li key={tip} className="flex gap-3 text-sm leading-6 text-stone-800">
							<span
								aria-hidden="true"
								className="flex size-6 shrink-0 items-center justify-center rounded-full bg-white text-xs font-bold text-ember-800 ring-1 ring-ember-200"
							>
								{index + 1}
							</span>
							<span>{tip}</span>
						</li>
					))}
				</ol>
			</Card>
			<Card tone="flat">
				<h2 className="text-sm font-semibold text-stone-900">Avec l’offre Gratuite</h2>
				<p className="mt-2 text-sm leading-6 text-stone-700">{freePlan}</p>
			</Card>
		</aside>
	)
}
