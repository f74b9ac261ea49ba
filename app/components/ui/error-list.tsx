import { cx } from './cx.ts'

export type ListOfErrors = Array<string | null | undefined> | null | undefined

/**
 * The messages of a field or a whole form. Its `id` is what the input's
 * `aria-describedby` points to (Conform's `field.errorId` / `form.errorId`).
 */
export function ErrorList({ id, errors, className }: { id?: string; errors?: ListOfErrors; className?: string }) {
	const messages = errors?.filter((message): message is string => Boolean(message))
	if (!messages?.length) return null
	return (
		<ul id={id} className={cx('flex flex-col gap-1', className)}>
			{messages.map((message) => (
				<li key={message} className="flex items-start gap-1.5 text-sm font-medium text-red-700">
					<svg viewBox="0 0 20 20" aria-hidden="true" className="mt-0.5 size-4 shrink-0 fill-current">
						<path d="M10 2a8 8 0 1 0 0 16 8 8 0 0 0 0-16Zm0 4a1 1 0 0 1 1 1v3.5a1 1 0 1 1-2 0V7a1 1 0 0 1 1-1Zm0 9a1.1 1.1 0 1 1 0-2.2 1.1 1.1 0 0 1 0 2.2Z" />
					</svg>
					<span>{message}</span>
				</li>
			))}
		</ul>
	)
}
