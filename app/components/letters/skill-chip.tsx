import { cx } from '#app/components/ui/cx.ts'
import { CheckIcon } from '#app/components/ui/icons.tsx'

export type SkillChipTone = 'required' | 'optional' | 'soft' | 'found' | 'missing'

const tones: Record<SkillChipTone, string> = {
	required: 'border-ember-300 bg-ember-50 text-ember-900',
	optional: 'border-dashed border-stone-400 bg-white text-stone-800',
	soft: 'border-sky-200 bg-sky-50 text-sky-900',
	found: 'border-emerald-200 bg-emerald-50 text-emerald-900',
	missing: 'border-stone-300 bg-white text-stone-800',
}

/**
 * One skill as a chip. Whatever the colour says is also written: « outil »
 * for a tool, and the `note` (« Indispensable », « synonyme »…) beside the label.
 */
export function SkillChip({
	label,
	tone = 'optional',
	tool,
	note,
	className,
}: {
	label: string
	tone?: SkillChipTone
	tool?: boolean
	/** A short word shown after the label, e.g. how it was found. */
	note?: string
	className?: string
}) {
	return (
		<span
			className={cx(
				'inline-flex max-w-full items-center gap-1.5 rounded-full border px-3 py-1 text-sm font-medium',
				tones[tone],
				className,
			)}
		>
			{tone === 'found' ? <CheckIcon className="size-4 shrink-0 text-emerald-700" /> : null}
			<span className="min-w-0 break-words">{label}</span>
			{tool ? <span className="rounded-full bg-stone-900/5 px-1.5 text-xs font-normal text-stone-600">outil</span> : null}
			{note ? <span className="text-xs font-normal text-stone-600">· {note}</span> : null}
		</span>
	)
}
