import type { ReactNode } from 'react'
import { cx } from './cx.ts'
import { AlertIcon, CheckCircleIcon, InfoIcon } from './icons.tsx'

export type StatusTone = 'success' | 'error' | 'warning' | 'info'

const tones: Record<StatusTone, { box: string; icon: string; Icon: typeof InfoIcon }> = {
	success: { box: 'border-emerald-200 bg-emerald-50 text-emerald-950', icon: 'text-emerald-700', Icon: CheckCircleIcon },
	error: { box: 'border-red-200 bg-red-50 text-red-950', icon: 'text-red-700', Icon: AlertIcon },
	warning: { box: 'border-amber-200 bg-amber-50 text-amber-950', icon: 'text-amber-700', Icon: AlertIcon },
	info: { box: 'border-sky-200 bg-sky-50 text-sky-950', icon: 'text-sky-700', Icon: InfoIcon },
}

/**
 * A banner announced by screen readers: `role="alert"` for errors (interrupts),
 * `role="status"` otherwise (polite). Render it with its content already in place
 * on a new page, or keep it mounted and change its content for live updates.
 */
export function StatusMessage({
	tone = 'info',
	title,
	children,
	action,
	className,
	id,
}: {
	tone?: StatusTone
	title?: ReactNode
	children?: ReactNode
	/** A link or button shown at the end (e.g. « Passer à Premium »). */
	action?: ReactNode
	className?: string
	id?: string
}) {
	const { box, icon, Icon } = tones[tone]
	return (
		<div
			id={id}
			role={tone === 'error' ? 'alert' : 'status'}
			className={cx('flex gap-3 rounded-xl border p-4 text-sm leading-6', box, className)}
		>
			<Icon className={cx('mt-0.5 size-5 shrink-0', icon)} />
			<div className="flex min-w-0 flex-1 flex-col gap-1">
				{title ? <p className="font-semibold">{title}</p> : null}
				{children ? <div>{children}</div> : null}
				{action ? <div className="mt-2">{action}</div> : null}
			</div>
		</div>
	)
}
