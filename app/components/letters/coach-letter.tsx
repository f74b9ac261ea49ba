import type { CoachSeverity } from '#app/domain/coach/types.ts'
import { cx } from '#app/components/ui/cx.ts'

export type HighlightRange = { id: string; number: number; start: number; end: number; severity: CoachSeverity }

export type LetterSegment = {
	text: string
	/** The findings whose excerpt covers this piece of text. */
	covered: HighlightRange[]
	/** Findings ending right after this piece: their number is written there. */
	ending: HighlightRange[]
}

/**
 * The letter cut at every finding boundary, so overlapping excerpts each keep
 * their highlight; an empty range (a missing space) is marked where it sits.
 */
export function letterSegments(text: string, ranges: HighlightRange[]): LetterSegment[] {
	const valid = ranges.filter((range) => range.start >= 0 && range.end <= text.length && range.start <= range.end)
	const cuts = [...new Set([0, text.length, ...valid.flatMap((range) => [range.start, range.end])])].sort((a, b) => a - b)
	const segments: LetterSegment[] = []
	for (let index = 0; index < cuts.length - 1; index++) {
		const from = cuts[index]!
		const to = cuts[index + 1]!
		segments.push({
			text: text.slice(from, to),
			covered: valid.filter((range) => range.start <= from && to <= range.end && range.start < range.end),
			ending: valid.filter((range) => range.end === to),
		})
	}
	// An empty range at the very start has no segment before it to carry its number.
	const atStart = valid.filter((range) => range.end === 0)
	if (atStart.length > 0) segments.unshift({ text: '', covered: [], ending: atStart })
	return segments
}

const markTone: Record<CoachSeverity, string> = {
	important: 'bg-ember-100 decoration-ember-600',
	conseil: 'bg-amber-100 decoration-amber-600',
	detail: 'bg-sky-100 decoration-sky-600',
}

const order: Record<CoachSeverity, number> = { important: 3, conseil: 2, detail: 1 }

/** The letter as the coach read it, each excerpt highlighted and numbered like its remark in the list. */
export function CoachLetter({ body, ranges }: { body: string; ranges: HighlightRange[] }) {
	const segments = letterSegments(body, ranges)
	return (
		<div className="font-serif text-base leading-8 whitespace-pre-wrap text-stone-900">
			{segments.map((segment, index) => {
				const strongest = [...segment.covered].sort((a, b) => order[b.severity] - order[a.severity])[0]
				return (
					<span key={index}>
						{strongest ? (
							<mark className={cx('rounded-sm px-0.5 text-stone-950 underline decoration-2 underline-offset-4', markTone[strongest.severity])}>
								{segment.text}
							</mark>
						) : (
							segment.text
						)}
						{segment.ending.map((range) => (
							<a
								key={range.id}
								href={`#finding-${range.number}`}
								className="mx-0.5 inline-flex min-w-5 items-center justify-center rounded-full bg-stone-800 px-1 align-super font-sans text-[0.65rem] leading-4 font-semibold text-white no-underline hover:bg-ember-800 focus-visible:outline-3 focus-visible:outline-offset-1 focus-visible:outline-ember-600"
								aria-label={`Remarque ${range.number}`}
							>
								{range.number}
							</a>
						))}
					</span>
				)
			})}
		</div>
	)
}
