// A letter's paragraphs as the rewrite and the export read them. What a
// paragraph is (blocks separated by a blank line) is defined once, beside the
// letter writer, in #shared/ai/letter-text.ts; here is what the screens do with it.
import { normalizeLineBreaks, splitParagraphs } from '#shared/ai/letter-text.ts'

export { normalizeLineBreaks, splitParagraphs, type LetterParagraph } from '#shared/ai/letter-text.ts'

/** The longest letter a version may hold (the database refuses more). */
export const LETTER_MAX_LENGTH = 20_000

/**
 * The letter with paragraph `index` replaced, everything else kept byte for
 * byte (blank lines, the other paragraphs). null when there is no such
 * paragraph or the replacement is empty: a rewrite must never lose text.
 */
export function replaceParagraph(letter: string, index: number, replacement: string): string | null {
	const paragraph = splitParagraphs(letter)[index]
	const text = normalizeLineBreaks(replacement)
		.trim()
		.replace(/\n{3,}/g, '\n\n')
	if (!paragraph || !text) return null
	return letter.slice(0, paragraph.start) + text + letter.slice(paragraph.end)
}

/**
 * The paragraph a position falls in (a Smart Coach finding's start), or the
 * next one when it falls in the blank space between two; null past the end.
 */
export function paragraphIndexAt(letter: string, offset: number): number | null {
	const paragraph = splitParagraphs(letter).find((candidate) => offset < candidate.end)
	return paragraph ? paragraph.index : null
}
