import type { ReactNode } from 'react'
import { cx } from './cx.ts'

/** The top of a screen: the page's only <h1>, with an optional icon, eyebrow and lead text. */
export function PageHeader({
	title,
	eyebrow,
	description,
	icon,
	actions,
	className,
}: {
	title: ReactNode
	eyebrow?: ReactNode
	description?: ReactNode
	/** Decorative icon shown beside the title. */
	icon?: ReactNode
	/** Buttons or links aligned to the right on wide screens. */
	actions?: ReactNode
	className?: string
}) {
	return (
		<header className={cx('flex flex-col gap-6 sm:flex-row sm:items-end sm:justify-between', className)}>
			<div className="flex flex-col items-start gap-4 sm:flex-row">
				{icon ? (
					<div className="flex size-12 shrink-0 items-center justify-center rounded-2xl bg-ember-700 text-white shadow-sm sm:size-14">
						{icon}
					</div>
				) : null}
				<div className="min-w-0">
					{eyebrow ? <p className="text-sm font-semibold text-ember-800">{eyebrow}</p> : null}
					<h1 className="text-3xl font-bold tracking-tight text-balance text-stone-900 sm:text-4xl">{title}</h1>
					{description ? (
						<div className="mt-3 max-w-2xl text-lg leading-8 text-pretty text-stone-700">{description}</div>
					) : null}
				</div>
			</div>
			{actions ? <div className="flex shrink-0 flex-wrap gap-3">{actions}</div> : null}
		</header>
	)
}
