import type { HTMLAttributes } from 'react'
import { cx } from './cx.ts'

type CardElement = 'div' | 'section' | 'article' | 'li' | 'aside'

export type CardProps = HTMLAttributes<HTMLElement> & {
	as?: CardElement
	/** `flat` drops the shadow, `tinted` uses the warm accent background. */
	tone?: 'default' | 'flat' | 'tinted'
	/** Inner spacing; `none` when the content sets its own (a list with dividers, an image). */
	padding?: 'none' | 'sm' | 'md' | 'lg'
}

const tones = {
	default: 'border border-stone-200 bg-white shadow-sm',
	flat: 'border border-stone-200 bg-white',
	tinted: 'border border-ember-100 bg-ember-50',
} as const

const paddings = { none: '', sm: 'p-4', md: 'p-6', lg: 'p-6 sm:p-8' } as const

export function Card({ as: Element = 'div', tone = 'default', padding = 'md', className, ...props }: CardProps) {
	return <Element className={cx('rounded-2xl', tones[tone], paddings[padding], className)} {...props} />
}
