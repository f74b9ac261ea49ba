// What a cover letter looks like as text, shared by the prompt for Gemini, the
// offline writer and the gateway: how it is cut into paragraphs (so a rewrite
// of « paragraph 3 » means the same block everywhere), how its words are
// counted, how long each length is, and the clean-up a finished letter gets.
import { frenchTypography } from './offline/text.ts'
import type { LetterLength, LetterTask } from './types.ts'

/** Words aimed at, salutation, closing formula and signature included. */
export const letterWordTargets: Record<LetterLength, number> = { courte: 180, standard: 260, developpee: 350 }

export type LetterParagraph = {
	index: number
	/** The paragraph without the blank space around it. */
	text: string
	/** UTF-16 offsets of `text` in the letter (String.prototype.slice). */
	start: number
	end: number
}

// Two line breaks or more with nothing but blanks between them (a CRLF is one break, never two): a
// single line break stays inside its paragraph (« Madame, Monsieur, » then a new line is still one block).
const paragraphSeparator = /(?:[^\S\r\n]*(?:\r\n|\r(?!\n)|\n)){2,}/g

/** The paragraphs of a letter with their place in it, so one of them can be replaced in the text as it stands. */
export function splitParagraphs(letter: string): LetterParagraph[] {
	const paragraphs: LetterParagraph[] = []
	const push = (from: number, to: number) => {
		const raw = letter.slice(from, to)
		const text = raw.trim()
		if (!text) return
		const start = from + raw.length - raw.trimStart().length
		paragraphs.push({ index: paragraphs.length, text, start, end: start + text.length })
	}
	let from = 0
	for (const match of letter.matchAll(paragraphSeparator)) {
		push(from, match.index)
		from = match.index + match[0].length
	}
	push(from, letter.length)
	return paragraphs
}

/**
 * Line breaks as a letter keeps them: a browser posts a textarea with CRLF,
 * a model may answer with either, and offsets must mean the same thing everywhere.
 */
export function normalizeLineBreaks(text: string): string {
	return text.replace(/\r\n?/g, '\n')
}

/** The blocks of a letter separated by a blank line (or more), trimmed, empty ones left out. */
export function letterParagraphs(letter: string): string[] {
	return splitParagraphs(normalizeLineBreaks(letter)).map((paragraph) => paragraph.text)
}

/** The paragraph a rewrite is about, in the (masked) letter; an index past either end means the nearest paragraph. */
export function paragraphToRewrite(rewrite: NonNullable<LetterTask['rewrite']>): { index: number; text: string; count: number } {
	const paragraphs = letterParagraphs(rewrite.letter)
	if (paragraphs.length === 0) return { index: 0, text: '', count: 0 }
	const index = Math.min(Math.max(0, Math.trunc(rewrite.paragraphIndex) || 0), paragraphs.length - 1)
	return { index, text: paragraphs[index] ?? '', count: paragraphs.length }
}

/** Words as a reader counts them: « d’infirmière » is one, a lone « : » or « » » none. */
export function countWords(text: string): number {
	return text.split(/[\s\u00A0\u202F]+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length
}

/**
 * A letter as it is shown and exported: plain text (a model's markdown
 * emphasis, headings, bullets and links reduced to their words), one blank
 * line between paragraphs, French typography. A rewritten paragraph stays one
 * paragraph, so putting it back never adds one to the letter.
 */
export function finishLetter(text: string, options: { paragraph?: boolean } = {}): string {
	const plain = normalizeLineBreaks(text)
		.replace(/!?\[([^\]\n]*)\]\([^)\n]*\)/g, '$1')
		.replace(/\*\*([^*\n]+)\*\*|__([^_\n]+)__/g, (_, bold?: string, underscored?: string) => bold ?? underscored ?? '')
		.replace(/(^|[\s(«])\*([^*\n]+)\*(?=[\s.,;:!?)»]|$)/g, '$1$2')
		.replace(/^[ \t]*#{1,6}[ \t]+/gm, '')
		.replace(/^[ \t]*[-*•][ \t]+/gm, '')
		.replace(/[ \t]+$/gm, '')
	return frenchTypography(letterParagraphs(plain).join(options.paragraph ? ' ' : '\n\n'))
}
