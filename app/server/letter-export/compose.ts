// Places every line of the letter on its page. Pure: the font metrics come
// from outside, so the Word export can count pages exactly as the PDF has them.
import { contentWidth, letterGeometry, letterParts, recipientIndent, subjectLabel } from '#app/server/letter-export/layout.ts'
import type { LetterDocument } from '#app/server/letter-export/types.ts'
import { toWinAnsi } from '#app/server/letter-export/win-ansi.ts'
import { wrapText } from '#app/server/letter-export/wrap.ts'

export type FontStyle = 'regular' | 'bold'

export type FontMetrics = {
	/** Width of a text at the given size, in points, glyph advances only (the PDF is written without kerning). */
	widthOf: (text: string, size: number) => number
	/** Height above the baseline, as a fraction of the font size. */
	ascent: number
	/** Depth below the baseline, as a positive fraction of the font size. */
	descent: number
}

export type LetterMetrics = Record<FontStyle, FontMetrics>

export type PlacedSegment = { text: string; style: FontStyle; x: number }

export type PlacedLine = {
	segments: PlacedSegment[]
	/** Distance from the top of the page to the baseline, in points. */
	baseline: number
	/** Extra width given to each ordinary space (PDF word spacing) to justify the line. */
	wordSpacing: number
}

export type ComposedLetter = { pages: PlacedLine[][] }

type Line = { segments: PlacedSegment[]; wordSpacing: number }

export const keptClosingLines = 3

/** The letter laid out on A4 pages; texts are already in WinAnsi. */
export function composeLetter(letter: LetterDocument, metrics: LetterMetrics): ComposedLetter {
	const { margin, pageHeight, fontSize, lineHeight, paragraphGap } = letterGeometry
	const parts = letterParts(letter)
	const measure = (style: FontStyle) => (text: string) => metrics[style].widthOf(text, fontSize)
	const { ascent, descent } = metrics.regular
	const baselineOffset = (lineHeight - (ascent + descent) * fontSize) / 2 + ascent * fontSize
	const top = margin
	const bottom = pageHeight - margin
	const pages: PlacedLine[][] = [[]]
	let cursor = top

	const newPage = () => {
		pages.push([])
		cursor = top
	}
	const linesLeft = () => Math.floor((bottom - cursor + 0.01) / lineHeight)
	const place = (line: Line) => {
		if (linesLeft() < 1 && cursor > top) newPage()
		pages.at(-1)?.push({ ...line, baseline: cursor + baselineOffset })
		cursor += lineHeight
	}
	const skip = (space: number) => {
		if (cursor > top) cursor += space
	}
	const plainLines = (text: string, style: FontStyle, x: number, width: number): Line[] =>
		wrapText(toWinAnsi(text), width, measure(style), { justify: false }).map((line) => ({
			segments: [{ text: line.text, style, x }],
			wordSpacing: 0,
		}))

	// A paragraph split across pages leaves at least two lines on each side.
	const placeKeepingPairs = (lines: Line[]) => {
		let rest = lines
		while (rest.length > 0) {
			const fit = linesLeft()
			if (rest.length <= fit) break
			const take = Math.min(fit, rest.length - 2)
			if (take < 2 && cursor > top) {
				newPage()
				continue
			}
			for (const line of rest.slice(0, Math.max(take, 1))) place(line)
			rest = rest.slice(Math.max(take, 1))
			newPage()
		}
		for (const line of rest) place(line)
	}

	const left = margin
	for (const line of plainLines(parts.senderName, 'bold', left, contentWidth)) place(line)
	for (const text of parts.senderLines) for (const line of plainLines(text, 'regular', left, contentWidth)) place(line)

	if (parts.recipientLines.length > 0) skip(lineHeight)
	for (const text of parts.recipientLines) {
		for (const line of plainLines(text, 'regular', left + recipientIndent, contentWidth - recipientIndent)) place(line)
	}

	skip(lineHeight)
	const dateLine = toWinAnsi(parts.dateLine)
	place({ segments: [{ text: dateLine, style: 'regular', x: left + contentWidth - measure('regular')(dateLine) }], wordSpacing: 0 })

	skip(lineHeight)
	const label = `${subjectLabel} `
	const subjectIndent = measure('bold')(label)
	plainLines(parts.subject, 'regular', left + subjectIndent, contentWidth - subjectIndent).forEach((line, index) => {
		place(index === 0 ? { ...line, segments: [{ text: label, style: 'bold', x: left }, ...line.segments] } : line)
	})

	skip(lineHeight)
	const paragraphs = parts.paragraphs.map((paragraph) =>
		paragraph.flatMap((text) =>
			wrapText(toWinAnsi(text), contentWidth, measure('regular'), { justify: true }).map((line): Line => {
				const spaces = line.text.split(' ').length - 1
				return {
					segments: [{ text: line.text, style: 'regular', x: left }],
					wordSpacing: line.justify && spaces > 0 ? (contentWidth - line.width) / spaces : 0,
				}
			}),
		),
	)
	paragraphs.forEach((lines, index) => {
		if (index > 0) skip(paragraphGap)
		// The signature never sits alone on the last page: a short closing formula goes with it.
		const signature = index === paragraphs.length - 2 && index > 0 ? paragraphs[index + 1] : undefined
		if (signature && lines.length <= keptClosingLines && signature.length <= keptClosingLines) {
			const together = (lines.length + signature.length) * lineHeight + paragraphGap
			if (cursor + together > bottom + 0.01 && cursor > top) newPage()
		}
		placeKeepingPairs(lines)
	})

	return { pages }
}

/** « 1/2 », only on a letter of several pages. */
export function pageNumberLabels(pageCount: number): string[] {
	if (pageCount < 2) return []
	return Array.from({ length: pageCount }, (_, index) => `${index + 1}/${pageCount}`)
}
