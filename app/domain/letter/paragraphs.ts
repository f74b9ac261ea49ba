// A letter's paragraphs as the rewrite and the export read them: blocks of
// text separated by at least one blank line; a single line break stays inside
// its paragraph (« Madame, Monsieur, » then a new line is still one block).

/** The longest letter a version may hold (the database refuses more). */
export const LETTER_MAX_LENGTH = 20_000

export type LetterParagraph = {
	index: number
	/** The paragraph without the blank space around it. */
	text: string
	/** UTF-16 offsets of `text` in the letter (String.prototype.slice). */
	start: number
	end: number
}

// Two line breaks or more with nothing but spaces or tabs between them (a CRLF is one break, never two).
const separator = /(?:[^\S\r\n]*(?:\r\n|\r(?!\n)|\n)){2,}/g

export function splitParagraphs(letter: string): LetterParagraph[] {
	const paragraphs: LetterParagraph[] = []
	const push = (from: number, to: number) => {
		const raw = letter.slice(from, to)
		const leading = raw.length - raw.trimStart().length
		const text = raw.trim()
		if (!text) return
		const start = from + leading
		paragraphs.push({ index: paragraphs.length, text, start, end: start + text.length })
	}
	let from = 0
	for (const match of letter.matchAll(separator)) {
		push(from, match.index)
		from = match.index + match[0].length
	}
	push(from, letter.length)
	return paragraphs
}

/**
 * Line breaks as the letter keeps them: a browser posts a textarea with CRLF,
 * a model may answer with either, and offsets must mean the same thing everywhere.
 */
export function normalizeLineBreaks(text: string): string {
	return text.replace(/\r\n?/g, '\n')
}

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
