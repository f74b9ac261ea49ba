import { useId, type InputHTMLAttributes, type Key, type ReactNode, type TextareaHTMLAttributes } from 'react'
import { cx } from './cx.ts'
import { ErrorList, type ListOfErrors } from './error-list.tsx'

/** Conform's `getInputProps()` also returns a `key` (to reset the input): we apply it, never spread it. */
type WithKey<T> = T & { key?: Key | null }

type FieldShellProps = {
	label: ReactNode
	/** A hint shown under the label, linked to the input by `aria-describedby`. */
	help?: ReactNode
	errors?: ListOfErrors
	/** The id of the error list; pass Conform's `field.errorId` so its `aria-describedby` matches. */
	errorId?: string
	className?: string
}

const controlClassName =
	'block w-full rounded-lg border bg-white px-3.5 py-2.5 text-base text-stone-900 shadow-sm placeholder:text-stone-500 focus-visible:outline-3 focus-visible:outline-offset-0 focus-visible:outline-ember-600 disabled:cursor-not-allowed disabled:bg-stone-100'

function describedBy(...ids: Array<string | undefined | null | false>) {
	const unique = [...new Set(ids.flatMap((id) => (id ? id.split(/\s+/) : [])).filter(Boolean))]
	return unique.length ? unique.join(' ') : undefined
}

function useFieldIds(explicitId: string | undefined, errorId: string | undefined, hasHelp: boolean) {
	const fallbackId = useId()
	const id = explicitId ?? fallbackId
	return { id, helpId: hasHelp ? `${id}-help` : undefined, errorId: errorId ?? `${id}-error` }
}

type ControlWiring = {
	id: string
	'aria-invalid': true | undefined
	'aria-describedby': string | undefined
	invalid: boolean
}

/** Label, hint and errors around one control, with the ids that tie them together. */
function FieldShell({
	label,
	help,
	errors,
	errorId: errorIdProp,
	className,
	controlId,
	controlDescribedBy,
	controlInvalid,
	children,
}: FieldShellProps & {
	controlId: string | undefined
	controlDescribedBy: string | undefined
	controlInvalid: unknown
	children: (wiring: ControlWiring) => ReactNode
}) {
	const { id, helpId, errorId } = useFieldIds(controlId, errorIdProp, Boolean(help))
	const invalid = Boolean(errors?.some(Boolean))
	return (
		<div className={cx('flex flex-col gap-1.5', className)}>
			<label htmlFor={id} className="text-sm font-semibold text-stone-900">
				{label}
			</label>
			{help ? (
				<p id={helpId} className="text-sm text-stone-600">
					{help}
				</p>
			) : null}
			{children({
				id,
				invalid,
				'aria-invalid': invalid || controlInvalid ? true : undefined,
				'aria-describedby': describedBy(helpId, controlDescribedBy, invalid && errorId),
			})}
			<ErrorList id={errorId} errors={errors} />
		</div>
	)
}

/** Label, input, hint and errors, wired for assistive technologies. */
export function Field({ inputProps, ...shell }: FieldShellProps & { inputProps: WithKey<InputHTMLAttributes<HTMLInputElement>> }) {
	const { key, ...input } = inputProps
	return (
		<FieldShell {...shell} controlId={input.id} controlDescribedBy={input['aria-describedby']} controlInvalid={input['aria-invalid']}>
			{({ invalid, ...wiring }) => (
				<input
					key={key}
					{...input}
					{...wiring}
					className={cx(controlClassName, invalid ? 'border-red-600' : 'border-stone-300', input.className)}
				/>
			)}
		</FieldShell>
	)
}

/** Same as Field, for several lines of text. */
export function TextareaField({
	textareaProps,
	...shell
}: FieldShellProps & { textareaProps: WithKey<TextareaHTMLAttributes<HTMLTextAreaElement>> }) {
	const { key, ...textarea } = textareaProps
	return (
		<FieldShell
			{...shell}
			controlId={textarea.id}
			controlDescribedBy={textarea['aria-describedby']}
			controlInvalid={textarea['aria-invalid']}
		>
			{({ invalid, ...wiring }) => (
				<textarea
					key={key}
					rows={6}
					{...textarea}
					{...wiring}
					className={cx(controlClassName, 'leading-7', invalid ? 'border-red-600' : 'border-stone-300', textarea.className)}
				/>
			)}
		</FieldShell>
	)
}
