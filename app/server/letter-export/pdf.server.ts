import {
	PDFDocument,
	PageSizes,
	beginText,
	endText,
	moveText,
	popGraphicsState,
	pushGraphicsState,
	setFillingGrayscaleColor,
	setFontAndSize,
	setWordSpacing,
	showText,
	type PDFFont,
	type PDFName,
	type PDFOperator,
	type PDFPage,
} from 'pdf-lib'
import { composeLetter, pageNumberLabels, type FontStyle, type PlacedLine } from '#app/server/letter-export/compose.ts'
import { letterGeometry } from '#app/server/letter-export/layout.ts'
import { helveticaMetrics, letterFonts } from '#app/server/letter-export/metrics.server.ts'
import type { LetterDocument } from '#app/server/letter-export/types.ts'

type PageFonts = Record<FontStyle, { font: PDFFont; key: PDFName }>

function textOperators(fonts: PageFonts, style: FontStyle, text: string, size: number, x: number, y: number, wordSpacing = 0): PDFOperator[] {
	const { font, key } = fonts[style]
	return [
		beginText(),
		setFontAndSize(key, size),
		// Word spacing stretches only the ordinary spaces, so no-break spaces keep their width and the text copies out intact.
		setWordSpacing(wordSpacing),
		moveText(x, y),
		showText(font.encodeText(text)),
		endText(),
	]
}

function drawLine(page: PDFPage, fonts: PageFonts, line: PlacedLine) {
	const y = page.getHeight() - line.baseline
	for (const segment of line.segments) {
		page.pushOperators(...textOperators(fonts, segment.style, segment.text, letterGeometry.fontSize, segment.x, y, line.wordSpacing))
	}
}

/** The letter as an A4 PDF: Helvetica 11 pt, justified body, page numbers when it runs over one page. */
export async function letterToPdf(letter: LetterDocument): Promise<Uint8Array> {
	const document = await PDFDocument.create()
	document.setTitle(letter.subject.replace(/\s+/g, ' ').trim() || 'Lettre de motivation', { showInWindowTitleBar: true })
	document.setAuthor(letter.sender.name.trim())
	document.setSubject('Lettre de motivation')
	document.setLanguage('fr-FR')
	document.setCreator('Phoenix')

	const [regular, bold] = await Promise.all([document.embedFont(letterFonts.regular), document.embedFont(letterFonts.bold)])
	const metrics = await helveticaMetrics()
	const { pages } = composeLetter(letter, metrics)
	const labels = pageNumberLabels(pages.length)

	pages.forEach((lines, index) => {
		const page = document.addPage(PageSizes.A4)
		const fonts: PageFonts = {
			regular: { font: regular, key: page.node.newFontDictionary(regular.name, regular.ref) },
			bold: { font: bold, key: page.node.newFontDictionary(bold.name, bold.ref) },
		}
		page.pushOperators(pushGraphicsState())
		for (const line of lines) drawLine(page, fonts, line)
		page.pushOperators(popGraphicsState())

		const label = labels[index]
		if (label) {
			const size = letterGeometry.pageNumberSize
			const x = (page.getWidth() - metrics.regular.widthOf(label, size)) / 2
			page.pushOperators(
				pushGraphicsState(),
				setFillingGrayscaleColor(0.35),
				...textOperators(fonts, 'regular', label, size, x, letterGeometry.margin / 2),
				popGraphicsState(),
			)
		}
	})

	return document.save()
}
