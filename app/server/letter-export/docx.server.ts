import {
	AlignmentType,
	Document,
	Footer,
	LineRuleType,
	Packer,
	PageNumber,
	PageOrientation,
	Paragraph,
	TextRun,
	type IParagraphStyleOptions,
} from 'docx'
import { composeLetter, keptClosingLines } from '#app/server/letter-export/compose.ts'
import { letterGeometry, letterParts, recipientIndent, subjectLabel } from '#app/server/letter-export/layout.ts'
import { helveticaMetrics } from '#app/server/letter-export/metrics.server.ts'
import type { LetterDocument } from '#app/server/letter-export/types.ts'

const twips = (points: number) => Math.round(points * 20)

/** A4 in twips, as Word writes it. */
export const a4Twips = { width: 11906, height: 16838 } as const

const styleIds = {
	sender: 'LetterSender',
	recipient: 'LetterRecipient',
	date: 'LetterDate',
	subject: 'LetterSubject',
	body: 'LetterBody',
} as const

function paragraphStyles(subjectIndent: number): IParagraphStyleOptions[] {
	const common = { basedOn: 'Normal', next: 'Normal', quickFormat: true } as const
	return [
		{ id: styleIds.sender, name: 'Expéditeur', ...common },
		{ id: styleIds.recipient, name: 'Destinataire', ...common, paragraph: { indent: { left: twips(recipientIndent) } } },
		{ id: styleIds.date, name: 'Lieu et date', ...common, paragraph: { alignment: AlignmentType.RIGHT } },
		{ id: styleIds.subject, name: 'Objet', ...common, paragraph: { indent: { left: subjectIndent, hanging: subjectIndent }, keepNext: true } },
		{
			id: styleIds.body,
			name: 'Corps de la lettre',
			...common,
			next: styleIds.body,
			paragraph: { alignment: AlignmentType.JUSTIFIED, spacing: { after: twips(letterGeometry.paragraphGap) } },
		},
	]
}

/** The letter as a Word document: real paragraphs in named styles, so it can still be edited comfortably. */
export async function letterToDocx(letter: LetterDocument): Promise<Uint8Array> {
	const parts = letterParts(letter)
	const metrics = await helveticaMetrics()
	// Arial has Helvetica's widths, so the PDF layout tells whether Word will need a second page.
	const pageCount = composeLetter(letter, metrics).pages.length
	const subjectIndent = twips(metrics.bold.widthOf(`${subjectLabel} `, letterGeometry.fontSize))
	const blankLine = { before: twips(letterGeometry.lineHeight) }

	const children: Paragraph[] = [
		new Paragraph({ style: styleIds.sender, children: [new TextRun({ text: parts.senderName, bold: true })] }),
		...parts.senderLines.map((text) => new Paragraph({ style: styleIds.sender, text })),
		...parts.recipientLines.map(
			(text, index) => new Paragraph({ style: styleIds.recipient, text, spacing: index === 0 ? blankLine : undefined }),
		),
		new Paragraph({ style: styleIds.date, text: parts.dateLine, alignment: AlignmentType.RIGHT, spacing: blankLine }),
		new Paragraph({
			style: styleIds.subject,
			spacing: blankLine,
			children: [new TextRun({ text: `${subjectLabel} `, bold: true }), new TextRun(parts.subject)],
		}),
		...parts.paragraphs.map((lines, index) => {
			const next = parts.paragraphs[index + 1]
			const isClosing = index > 0 && index === parts.paragraphs.length - 2 && next !== undefined
			return new Paragraph({
				style: styleIds.body,
				alignment: AlignmentType.JUSTIFIED,
				widowControl: true,
				spacing: index === 0 ? blankLine : undefined,
				// The closing formula moves with the signature rather than leave it alone on a page, as in the PDF.
				...(isClosing && next.length <= keptClosingLines ? { keepNext: true, keepLines: true } : {}),
				children: lines.map((text, lineIndex) => new TextRun({ text, break: lineIndex > 0 ? 1 : undefined })),
			})
		}),
	]

	const footer =
		pageCount > 1
			? new Footer({
					children: [
						new Paragraph({
							alignment: AlignmentType.CENTER,
							children: [
								new TextRun({ children: [PageNumber.CURRENT, '/', PageNumber.TOTAL_PAGES], size: letterGeometry.pageNumberSize * 2, color: '595959' }),
							],
						}),
					],
				})
			: undefined

	const margin = twips(letterGeometry.margin)
	const document = new Document({
		title: parts.subject.replace(/\s+/g, ' '),
		subject: 'Lettre de motivation',
		creator: parts.senderName,
		lastModifiedBy: parts.senderName,
		// Word would otherwise stretch the spaces of a line the author ended by hand in a justified paragraph.
		compatibility: { doNotExpandShiftReturn: true },
		styles: {
			default: {
				document: {
					run: { font: 'Arial', size: letterGeometry.fontSize * 2, language: { value: 'fr-FR' } },
					paragraph: { spacing: { before: 0, after: 0, line: twips(letterGeometry.lineHeight), lineRule: LineRuleType.AT_LEAST } },
				},
			},
			paragraphStyles: paragraphStyles(subjectIndent),
		},
		sections: [
			{
				properties: {
					page: {
						size: { ...a4Twips, orientation: PageOrientation.PORTRAIT },
						margin: { top: margin, right: margin, bottom: margin, left: margin, footer: Math.round(margin / 2), header: Math.round(margin / 2) },
					},
				},
				footers: footer ? { default: footer } : undefined,
				children,
			},
		],
	})
	return new Uint8Array(await Packer.toBuffer(document))
}

