import { PDFDocument, StandardFonts, type PDFFont } from 'pdf-lib'
import type { FontMetrics, LetterMetrics } from '#app/server/letter-export/compose.ts'

export const letterFonts = { regular: StandardFonts.Helvetica, bold: StandardFonts.HelveticaBold } as const

function metricsOf(font: PDFFont): FontMetrics {
	// Advances are summed glyph by glyph: pdf-lib's own width adds kerning the drawn text does not have.
	const advances = new Map<string, number>()
	return {
		widthOf(text, size) {
			let total = 0
			for (const character of text) {
				let advance = advances.get(character)
				if (advance === undefined) {
					advance = font.widthOfTextAtSize(character, 1)
					advances.set(character, advance)
				}
				total += advance
			}
			return total * size
		},
		ascent: font.heightAtSize(1000, { descender: false }) / 1000,
		descent: (font.heightAtSize(1000) - font.heightAtSize(1000, { descender: false })) / 1000,
	}
}

let shared: Promise<LetterMetrics> | undefined

/** Helvetica's widths (Arial's too: they are drawn to the same widths), measured once per process. */
export function helveticaMetrics(): Promise<LetterMetrics> {
	shared ??= (async () => {
		const document = await PDFDocument.create()
		const [regular, bold] = await Promise.all([document.embedFont(letterFonts.regular), document.embedFont(letterFonts.bold)])
		return { regular: metricsOf(regular), bold: metricsOf(bold) }
	})()
	return shared
}
