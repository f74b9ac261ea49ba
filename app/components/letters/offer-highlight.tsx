import { useEffect, useRef } from 'react'
import type { OfferSkill } from '#app/domain/offer/types.ts'
import { cx } from '#app/components/ui/cx.ts'
import { ChevronDownIcon } from '#app/components/ui/icons.tsx'

export type HighlightKind = 'required' | 'optional' | 'soft'

export type Highlight = { start: number; end: number; kind: HighlightKind; label: string }

export type Segment = { text: string; highlight?: Highlight }

/** Every place the analysis read a skill, as highlights (hard skills before soft skills when they overlap). */
export function skillHighlights(hardSkills: readonly OfferSkill[], softSkills: readonly OfferSkill[]): Highlight[] {
	const of = (skill: OfferSkill, kind: HighlightKind) => skill.spans.map((span) => ({ ...span, kind, label: skill.label }))
	return [
		...hardSkills.flatMap((skill) => of(skill, skill.mustHave ? 'required' : 'optional')),
		...softSkills.flatMap((skill) => of(skill, 'soft')),
	]
}

/**
 * The text cut into plain and highlighted pieces. Overlapping highlights keep
 * the one listed first; spans outside the text are ignored.
 */
export function highlightSegments(text: string, highlights: readonly Highlight[]): Segment[] {
	const taken: Highlight[] = []
	for (const highlight of highlights) {
		if (highlight.start < 0 || highlight.end > text.length || highlight.end <= highlight.start) continue
		if (taken.some((other) => highlight.start < other.end && other.start < highlight.end)) continue
		taken.push(highlight)
	}
	taken.sort((a, b) => a.start - b.start)
	const segments: Segment[] = []
	let at = 0
	for (const highlight of taken) {
		if (highlight.start > at) segments.push({ text: text.slice(at, highlight.start) })
		segments.push({ text: text.slice(highlight.start, highlight.end), highlight })
		at = highlight.end
	}
	if (at < text.length) segments.push({ text: text.slice(at) })
	return segments
}

const markStyles: Record<HighlightKind, string> = {
	required: 'bg-ember-100 text-ember-950 underline decoration-ember-600 decoration-2 underline-offset-2',
	optional: 'bg-amber-50 text-stone-900 underline decoration-amber-500 decoration-dashed underline-offset-2',
	soft: 'bg-sky-100 text-sky-950',
}

const kindNames: Record<HighlightKind, string> = {
	required: 'compétence indispensable',
	optional: 'compétence appréciée',
	soft: 'qualité humaine',
}

/**
 * The offer as the person pasted it, each recognised skill in a <mark>. Folded
 * on phones (the text is long), open from tablet width up; without JavaScript
 * it stays a working disclosure.
 */
export function OfferHighlight({ text, highlights, headingId }: { text: string; highlights: readonly Highlight[]; headingId: string }) {
	const details = useRef<HTMLDetailsElement>(null)
	useEffect(() => {
		if (details.current && window.matchMedia('(min-width: 768px)').matches) details.current.open = true
	}, [])
	const segments = highlightSegments(text, highlights)
	return (
		<details ref={details} className="group rounded-2xl border border-stone-200 bg-white shadow-sm">
			<summary className="flex cursor-pointer list-none items-center justify-between gap-3 rounded-2xl p-5 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-ember-600 sm:p-6 [&::-webkit-details-marker]:hidden">
				<span>
					<span id={headingId} className="block text-lg font-semibold text-stone-900">
						Le texte de l’offre
					</span>
					<span className="mt-1 block text-sm text-stone-600">Les compétences repérées par Phoenix y sont surlignées.</span>
				</span>
				<ChevronDownIcon className="size-5 shrink-0 text-stone-500 transition-transform group-open:rotate-180" />
			</summary>
			<div className="border-t border-stone-200 p-5 sm:p-6">
				<ul aria-label="Légende" className="flex flex-wrap gap-x-4 gap-y-2 text-sm text-stone-700">
					{(Object.keys(kindNames) as HighlightKind[]).map((kind) => (
						<li key={kind} className="flex items-center gap-2">
							<mark className={cx('rounded px-1', markStyles[kind])}>exemple</mark>
							<span>{kindNames[kind]}</span>
						</li>
					))}
				</ul>
				<p className="mt-4 max-w-prose text-base leading-7 break-words whitespace-pre-wrap text-stone-800">
					{segments.map((segment, index) =>
						segment.highlight ? (
							<mark
								key={index}
								title={`${segment.highlight.label} (${kindNames[segment.highlight.kind]})`}
								className={cx('rounded px-0.5', markStyles[segment.highlight.kind])}
							>
								{segment.text}
							</mark>
						) : (
							<span key={index}>{segment.text}</span>
						),
					)}
				</p>
			</div>
		</details>
	)
}
