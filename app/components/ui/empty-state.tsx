import type { ReactNode } from 'react'
import { SoonBadge } from './badge.tsx'
import { cx } from './cx.ts'

export type EmptyStateItem = {
	icon?: ReactNode
	title: string
	description?: ReactNode
	/** Announced but not usable yet: shows « Bientôt disponible ». */
	soon?: boolean
}

type HeadingLevel = 2 | 3

/**
 * What a screen shows before the person has anything in it: what it is for,
 * what they will be able to do, and the one thing to do first.
 */
export function EmptyState({
	icon,
	title,
	description,
	action,
	secondaryAction,
	itemsTitle = 'Ce que vous pourrez faire ici',
	items,
	headingLevel = 2,
	className,
}: {
	/** An icon or a small illustration, decorative. */
	icon?: ReactNode
	title: string
	description?: ReactNode
	/** The primary call to action, usually a <ButtonLink>. */
	action?: ReactNode
	secondaryAction?: ReactNode
	itemsTitle?: string
	items?: EmptyStateItem[]
	headingLevel?: HeadingLevel
	className?: string
}) {
	const Heading = `h${headingLevel}` as const
	const SubHeading = `h${headingLevel + 1}` as 'h3' | 'h4'
	const ItemHeading = `h${headingLevel + 2}` as 'h4' | 'h5'
	return (
		<section className={cx('overflow-hidden rounded-2xl border border-stone-200 bg-white shadow-sm', className)}>
			<div className="flex flex-col items-start gap-5 bg-linear-to-br from-ember-50 via-white to-white p-6 sm:flex-row sm:gap-6 sm:p-8">
				{icon ? (
					<div className="flex size-14 shrink-0 items-center justify-center rounded-2xl bg-ember-100 text-ember-800 ring-1 ring-ember-200 ring-inset">
						{icon}
					</div>
				) : null}
				<div className="flex min-w-0 flex-col gap-3">
					<Heading className="text-xl font-semibold tracking-tight text-stone-900 sm:text-2xl">{title}</Heading>
					{description ? <div className="max-w-prose text-base leading-7 text-stone-700">{description}</div> : null}
					{action || secondaryAction ? (
						<div className="mt-2 flex flex-wrap items-center gap-3">
							{action}
							{secondaryAction}
						</div>
					) : null}
				</div>
			</div>
			{items?.length ? (
				<div className="border-t border-stone-200 p-6 sm:p-8">
					<SubHeading className="text-sm font-semibold tracking-wide text-stone-600 uppercase">{itemsTitle}</SubHeading>
					<ul className="mt-5 grid gap-x-8 gap-y-6 sm:grid-cols-2">
						{items.map((item) => (
							<li key={item.title} className="flex gap-4">
								{item.icon ? (
									<div className="flex size-10 shrink-0 items-center justify-center rounded-xl bg-stone-100 text-stone-700">
										{item.icon}
									</div>
								) : null}
								<div className="flex min-w-0 flex-col gap-1">
									<div className="flex flex-wrap items-center gap-x-2 gap-y-1">
										<ItemHeading className="font-semibold text-stone-900">{item.title}</ItemHeading>
										{item.soon ? <SoonBadge /> : null}
									</div>
									{item.description ? (
										<p className="text-sm leading-6 text-stone-600">{item.description}</p>
									) : null}
								</div>
							</li>
						))}
					</ul>
				</div>
			) : null}
		</section>
	)
}
