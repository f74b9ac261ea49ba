// The parts of a French business letter, shared by the PDF and the Word
// export so both show the same text in the same places.
import { formatLongDate } from '#app/components/ui/format.ts'
import type { LetterDocument } from '#app/server/letter-export/types.ts'

const centimetre = 72 / 2.54

/** A4 page, 2.5 cm margins, 11 pt type: the usual setting of a French letter. Lengths in PDF points. */
export const letterGeometry = {
	pageWidth: 595.28,
	pageHeight: 841.89,
	margin: 2.5 * centimetre,
	fontSize: 11,
	lineHeight: 11 * 1.35,
	/** Between body paragraphs: a little over half a line, so a usual letter keeps to one page. */
	paragraphGap: 8,
	pageNumberSize: 8,
} as const

export const contentWidth = letterGeometry.pageWidth - 2 * letterGeometry.margin

/** The recipient block starts halfway across the text area, as in a window envelope. */
export const recipientIndent = contentWidth / 2

export const subjectLabel = 'Objet\u00A0:'

/**
 * Binds « : », « ; », « ! », « ? » and « » » to the word before them, and « « » to the word after,
 * so a line never starts with one of them even when they were typed after an ordinary space.
 */
export function bindFrenchPunctuation(text: string): string {
	return text
		.replace(/[ \t]*([\u00A0\u202F])[ \t]*/g, '$1')
		.replace(/[ \t]+(?=[:;!?»])/g, '\u00A0')
		.replace(/«[ \t]+/g, '«\u00A0')
}

function cleanLine(line: string): string {
	return bindFrenchPunctuation(line.replace(/[ \t]+/g, ' ').trim())
}

/** The body cut into paragraphs, each a list of lines the author broke by hand (usually just one). */
export function bodyParagraphs(body: string): string[][] {
	return body
		.replace(/\r\n?/g, '\n')
		.split(/\n[ \t\u00A0\u202F]*\n/)
		.map((paragraph) => paragraph.split('\n').map(cleanLine).filter(Boolean))
		.filter((lines) => lines.length > 0)
}

/** « Lyon, le 22 novembre 2026 », « Le 1er mars 2027 » without a place; the day is the one in Paris. */
export function frenchDateLine(date: Date, place?: string): string {
	const town = place?.replace(/\s+/g, ' ').trim()
	return town ? `${town}, le ${formatLongDate(date)}` : `Le ${formatLongDate(date)}`
}

export type LetterParts = {
	senderName: string
	senderLines: string[]
	recipientLines: string[]
	dateLine: string
	subject: string
	paragraphs: string[][]
}

/** What the letter prints, in reading order, blank entries removed. */
export function letterParts(letter: LetterDocument): LetterParts {
	const clean = (lines: Array<string | undefined>) => lines.map((line) => cleanLine(line ?? '')).filter(Boolean)
	return {
		senderName: cleanLine(letter.sender.name),
		senderLines: clean([...letter.sender.lines, letter.sender.phone, letter.sender.email]),
		recipientLines: clean([letter.recipient.company, ...letter.recipient.lines]),
		dateLine: frenchDateLine(letter.date, letter.place),
		subject: cleanLine(letter.subject.replace(/\s+/g, ' ')),
		paragraphs: bodyParagraphs(letter.body),
	}
}
