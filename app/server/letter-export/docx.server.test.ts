import { inflateRawSync } from 'node:zlib'
import mammoth from 'mammoth'
import { describe, expect, it } from 'vitest'
import { a4Twips, letterToDocx } from '#app/server/letter-export/docx.server.ts'
import { bindFrenchPunctuation, bodyParagraphs, letterGeometry, recipientIndent } from '#app/server/letter-export/layout.ts'
import { claireLetter, claireParagraphs, longLetter } from '#app/server/letter-export/letters.test-support.ts'

const flat = (text: string) => text.replace(/\s+/g, ' ').trim()

/** The text files of a .docx (a zip), read with the central directory so no zip library is needed. */
function unzip(bytes: Uint8Array): Map<string, string> {
	const buffer = Buffer.from(bytes)
	const end = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
	const count = buffer.readUInt16LE(end + 10)
	let offset = buffer.readUInt32LE(end + 16)
	const files = new Map<string, string>()
	for (let index = 0; index < count; index++) {
		const method = buffer.readUInt16LE(offset + 10)
		const size = buffer.readUInt32LE(offset + 20)
		const nameLength = buffer.readUInt16LE(offset + 28)
		const entryLength = 46 + nameLength + buffer.readUInt16LE(offset + 30) + buffer.readUInt16LE(offset + 32)
		const local = buffer.readUInt32LE(offset + 42)
		const name = buffer.toString('utf8', offset + 46, offset + 46 + nameLength)
		const start = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28)
		const data = buffer.subarray(start, start + size)
		files.set(name, (method === 8 ? inflateRawSync(data) : data).toString('utf8'))
		offset += entryLength
	}
	return files
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

function xmlParagraphs(documentXml: string) {
	return [...documentXml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([xml]) => ({
		xml,
		style: /<w:pStyle w:val="([^"]+)"/.exec(xml)?.[1],
		text: [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
			.map((match) => match[1] ?? '')
			.join('')
			.replace(/&(\w+);/g, (all, name: string) => entities[name] ?? all),
	}))
}

async function readDocx(bytes: Uint8Array) {
	const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) })
	const files = unzip(bytes)
	const documentXml = files.get('word/document.xml') ?? ''
	return { text: value, files, documentXml, paragraphs: xmlParagraphs(documentXml) }
}

describe('letterToDocx', () => {
	it('holds the same text as the letter, no-break spaces included', async () => {
		const letter = claireLetter()
		const { text } = await readDocx(await letterToDocx(letter))
		const paragraphs = text.split('\n').filter((line) => line.trim())
		const expected = [
			'Claire Martin',
			...letter.sender.lines,
			letter.sender.phone,
			letter.sender.email,
			'Santéo',
			...letter.recipient.lines,
			'Lyon, le 22 novembre 2026',
			'Objet\u00A0: Candidature au poste de développeuse front-end React junior',
			...claireParagraphs.map(bindFrenchPunctuation),
		]
		expect(paragraphs).toEqual(expected)
		expect(text).toContain('mon attention\u00A0: Santéo')
		expect(text).toContain('code\u202F; c’est')
		// Typed with ordinary spaces, the guillemets are tied to their words so Word cannot leave one alone at a line's end.
		expect(text).toContain('«\u00A0sans clic superflu\u00A0»')
		expect(text).toContain('34\u00A0000\u00A0€')
	})

	it('justifies the body and sets the date flush right, in real paragraphs', async () => {
		const { documentXml, paragraphs } = await readDocx(await letterToDocx(claireLetter()))
		expect(documentXml).not.toContain('<w:tbl')
		const body = paragraphs.filter((paragraph) => paragraph.style === 'LetterBody')
		expect(body.map((paragraph) => paragraph.text)).toEqual(claireParagraphs.map(bindFrenchPunctuation))
		for (const paragraph of body) expect(paragraph.xml).toContain('<w:jc w:val="both"/>')

		const date = paragraphs.find((paragraph) => paragraph.text === 'Lyon, le 22 novembre 2026')
		expect(date?.xml).toContain('<w:jc w:val="right"/>')
		const name = paragraphs.find((paragraph) => paragraph.text === 'Claire Martin' && paragraph.style === 'LetterSender')
		expect(name?.xml).toContain('<w:b/>')
		const subject = paragraphs.find((paragraph) => paragraph.text.startsWith('Objet'))
		expect(subject?.xml).toMatch(/<w:b\/>[\s\S]*Objet\u00A0: <\/w:t>/)
		expect(paragraphs.filter((paragraph) => paragraph.style === 'LetterRecipient').map((paragraph) => paragraph.text)[0]).toBe('Santéo')
	})

	it('is an A4 page with 2.5 cm margins, in French, with named styles', async () => {
		const { documentXml, files } = await readDocx(await letterToDocx(claireLetter()))
		expect(documentXml).toContain(`<w:pgSz w:w="${a4Twips.width}" w:h="${a4Twips.height}" w:orient="portrait"/>`)
		const margin = /<w:pgMar ([^>]*)\/>/.exec(documentXml)?.[1] ?? ''
		for (const side of ['top', 'right', 'bottom', 'left']) expect(margin).toContain(`w:${side}="1417"`)

		const styles = files.get('word/styles.xml') ?? ''
		expect(styles).toContain('<w:lang w:val="fr-FR"/>')
		expect(styles).toContain('w:ascii="Arial"')
		expect(styles).toContain('<w:name w:val="Corps de la lettre"/>')
		expect(styles).toContain(`<w:ind w:left="${Math.round(recipientIndent * 20)}"/>`)
		expect(styles).toContain(`w:line="${Math.round(letterGeometry.lineHeight * 20)}"`)

		const core = files.get('docProps/core.xml') ?? ''
		expect(core).toContain('<dc:title>Candidature au poste de développeuse front-end React junior</dc:title>')
		expect(core).toContain('<dc:creator>Claire Martin</dc:creator>')
	})

	it('numbers the pages of a long letter only', async () => {
		const short = await readDocx(await letterToDocx(claireLetter()))
		expect([...short.files.keys()].some((name) => name.startsWith('word/footer'))).toBe(false)

		const letter = longLetter()
		const long = await readDocx(await letterToDocx(letter))
		const footer = [...long.files].find(([name]) => name.startsWith('word/footer'))?.[1] ?? ''
		expect(footer).toMatch(/PAGE[\s\S]*\/[\s\S]*NUMPAGES/)
		const body = long.paragraphs.filter((paragraph) => paragraph.style === 'LetterBody').map((paragraph) => paragraph.text)
		expect(body).toEqual(bodyParagraphs(letter.body).map((lines) => lines.join('')))
		expect(flat(long.text)).toContain(flat(body.join(' ')))
	})

	it('keeps the author’s own line breaks as line breaks', async () => {
		const letter = claireLetter({ body: 'Madame, Monsieur,\n\nBien cordialement,\nClaire Martin' })
		const { text, paragraphs, files } = await readDocx(await letterToDocx(letter))
		expect(text).toContain('Bien cordialement,')
		const closing = paragraphs.find((paragraph) => paragraph.text.startsWith('Bien'))?.xml ?? ''
		expect(closing).toMatch(/Bien cordialement,<\/w:t>[\s\S]*<w:br\/>[\s\S]*Claire Martin<\/w:t>/)
		expect(files.get('word/settings.xml')).toContain('<w:doNotExpandShiftReturn/>')
	})
})
