import type { ComponentProps } from 'react'
import { Link } from 'react-router'
import { cx } from './cx.ts'

export type ButtonVariant = 'primary' | 'secondary' | 'ghost' | 'danger'
export type ButtonSize = 'sm' | 'md' | 'lg'

type ButtonStyleProps = {
	variant?: ButtonVariant
	size?: ButtonSize
}

const base =
	'inline-flex items-center justify-center gap-2 rounded-lg font-semibold whitespace-nowrap transition-colors focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-ember-600 disabled:cursor-not-allowed disabled:opacity-60 aria-disabled:cursor-not-allowed aria-disabled:opacity-60'

const variants: Record<ButtonVariant, string> = {
	primary: 'bg-ember-700 text-white shadow-sm hover:bg-ember-800 active:bg-ember-900',
	secondary: 'border border-stone-300 bg-white text-stone-900 shadow-sm hover:border-stone-400 hover:bg-stone-50',
	ghost: 'text-stone-800 hover:bg-stone-100 hover:text-stone-950',
	danger: 'bg-red-700 text-white shadow-sm hover:bg-red-800',
}

const sizes: Record<ButtonSize, string> = {
	sm: 'min-h-9 px-3 py-1.5 text-sm',
	md: 'min-h-11 px-4 py-2 text-base',
	lg: 'min-h-12 px-6 py-3 text-lg',
}

/** The classes of a button, for the rare element that is neither <button> nor a link. */
export function buttonClassName({ variant = 'primary', size = 'md' }: ButtonStyleProps = {}, className?: string) {
	return cx(base, variants[variant], sizes[size], className)
}

export type ButtonProps = ComponentProps<'button'> & ButtonStyleProps

export function Button({ variant, size, className, type = 'button', ...props }: ButtonProps) {
	return <button type={type} className={buttonClassName({ variant, size }, className)} {...props} />
}

export type ButtonLinkProps = ComponentProps<typeof Link> & ButtonStyleProps

/** A link that looks like a button: use it when the action navigates. */
export function ButtonLink({ variant, size, className, ...props }: ButtonLinkProps) {
	return <Link className={buttonClassName({ variant, size }, className)} {...props} />
}
