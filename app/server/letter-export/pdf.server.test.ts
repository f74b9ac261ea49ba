import { extractText, extractTextItems, getDocumentProxy } from 'unpdf'
import { describe, expect, it } from 'vitest'
import { bindFrenchPunctuation, bodyParagraphs, contentWidth, letterGeometry, recipientIndent } from '#app/server/letter-export/layout.ts'
import { claireLetter, claireParagraphs, longLetter } from '#app/server/letter-export/letters.test-support.ts'
import { helveticaMetrics } from '#app/server/letter-export/metrics.server.ts'
import { letterToPdf } from '#app/server/letter-export/pdf.server.ts'
import type { LetterDocument } from '#app/server/letter-export/types.ts'
import { toWinAnsi } from '#app/server/letter-export/win-ansi.ts'
import { wrapText } from '#app/server/letter-export/wrap.ts'

const flat = (text: string) => text.replace(/\s+/g, ' ').trim()
const left = letterGeometry.margin
const right = letterGeometry.pageWidth - letterGeometry.margin

type Line = { page: number; y: number; x: number; right: number; text: string; fontSize: number }

async function readPdf(bytes: Uint8Array) {
	// pdf.js takes the buffer over, so it reads a copy.
	const document = await getDocumentProxy(bytes.slice())
	const { totalPages, text } = await extractText(document)
	const { items } = await extractTextItems(document)
	const info = (await document.getMetadata()).info as Record<string, unknown>
	const lines: Line[] = []
	items.forEach((pageItems, page) => {
		const byBaseline = new Map<string, typeof pageItems>()
		for (const item of pageItems) {
			const key = item.y.toFixed(1)
			byBaseline.set(key, [...(byBaseline.get(key) ?? []), item])
		}
		for (const lineItems of byBaseline.values()) {
			// Justified lines come out word by word, with the stretched spaces as items of their own.
			const sorted = lineItems.toSorted((a, b) => a.x - b.x)
			const printed = sorted.filter((item) => item.str.trim())
			const first = printed[0]
			const last = printed.at(-1)
			if (!first || !last) continue
			lines.push({
				page,
				y: first.y,
				x: first.x,
				right: last.x + last.width,
				text: sorted.map((item) => item.str).join(''),
				fontSize: first.fontSize,
			})
		}
	})
	lines.sort((a, b) => a.page - b.page || b.y - a.y)
	return { totalPages, pages: text, lines, info }
}

/** Body lines in reading order: everything below the subject line, page numbers left out. */
function bodyLines(lines: Line[]): Line[] {
	const subject = lines.find((line) => line.text.startsWith('Objet'))
	if (!subject) throw new Error('no subject line')
	return lines.filter((line) => (line.page > 0 || line.y < subject.y) && line.fontSize === letterGeometry.fontSize)
}

/** Walks the body lines paragraph by paragraph: each is there, in order, justified but for its last line, flush left. */
function checkParagraphs(lines: Line[], paragraphs: string[]) {
	let index = 0
	let read = ''
	let pagesOfParagraph: number[] = []
	const splits: number[][] = []
	for (const line of lines) {
		const expected = flat(paragraphs[index] ?? '')
		read = read ? `${read} ${flat(line.text)}` : flat(line.text)
		expect(expected.startsWith(read), `« ${read} » should begin paragraph ${index + 1}`).toBe(true)
		expect(line.x).toBeCloseTo(left, 1)
		pagesOfParagraph.push(line.page)
		if (read === expected) {
			expect(line.right).toBeLessThanOrEqual(right + 0.01)
			if (new Set(pagesOfParagraph).size > 1) splits.push(pagesOfParagraph)
			index++
			read = ''
			pagesOfParagraph = []
		} else {
			expect(line.right).toBeCloseTo(right, 1)
		}
	}
	expect(index).toBe(paragraphs.length)
	return { splits }
}

/** Short clauses ending in « ? », « : », « ; », « ! » or between « », typed with ordinary spaces, in a seeded random order. */
function craftedParagraph(seed: number): string {
	const words = ['je', 'vous', 'écris', 'pour', 'le', 'poste', 'de', 'développeuse', 'à', 'Lyon', 'et', 'mon', 'parcours', 'compte', 'beaucoup', 'ici']
	const marks = ['?', ':', ';', '!', '»']
	let state = seed
	const next = () => {
		state = (state * 1103515245 + 12345) % 2147483648
		return state / 2147483648
	}
	const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)] as T
	return Array.from({ length: 40 }, () => {
		const phrase = Array.from({ length: 1 + Math.floor(next() * 6) }, () => pick(words)).join(' ')
		const mark = pick(marks)
		return mark === '»' ? `« ${phrase} »` : `${phrase} ${mark}`
	}).join(' ')
}

describe('letterToPdf', () => {
	it('prints the whole letter, in order, with its accents and guillemets', async () => {
		const letter = claireLetter()
		const { totalPages, pages, lines } = await readPdf(await letterToPdf(letter))
		expect(totalPages).toBe(1)
		const text = flat(pages.join('\n'))
		expect(text).toContain('Lyon, le 22 novembre 2026')
		expect(text).toContain('Objet : Candidature au poste de développeuse front-end React junior')
		expect(text).toContain('« sans clic superflu »')
		expect(text).toContain('Œuvrer à cet objectif, pour un salaire de 34 000 €, me motive pleinement…')
		expect(text).toContain('d’État')
		checkParagraphs(bodyLines(lines), claireParagraphs)
		expect(text).not.toMatch(/\d\/\d/)
	})

	it('sets the letter out as a French business letter', async () => {
		const letter = claireLetter()
		const { lines } = await readPdf(await letterToPdf(letter))
		const find = (start: string) => {
			const line = lines.find((candidate) => candidate.text.startsWith(start))
			if (!line) throw new Error(`no line « ${start} »`)
			return line
		}
		const name = find('Claire Martin')
		expect(name.x).toBeCloseTo(left, 1)
		expect(name.y).toBeGreaterThan(letterGeometry.pageHeight - letterGeometry.margin - letterGeometry.lineHeight)
		expect(find(letter.sender.email ?? '').x).toBeCloseTo(left, 1)
		expect(find(letter.sender.phone ?? '').x).toBeCloseTo(left, 1)

		const company = find('Santéo')
		expect(company.x).toBeCloseTo(left + recipientIndent, 1)
		expect(company.y).toBeLessThan(find(letter.sender.email ?? '').y)
		expect(find('À l’attention du service recrutement').x).toBeCloseTo(left + recipientIndent, 1)

		const date = find('Lyon, le 22 novembre 2026')
		expect(date.right).toBeCloseTo(right, 1)
		expect(date.y).toBeLessThan(find('69007 Lyon').y)

		const subject = find('Objet')
		expect(subject.x).toBeCloseTo(left, 1)
		expect(subject.y).toBeLessThan(date.y)
		expect(find('Madame, Monsieur,').y).toBeLessThan(subject.y - letterGeometry.lineHeight)
	})

	it('carries the metadata a reader or a screen reader shows', async () => {
		const { info } = await readPdf(await letterToPdf(claireLetter()))
		expect(info).toMatchObject({
			Title: 'Candidature au poste de développeuse front-end React junior',
			Author: 'Claire Martin',
			Language: 'fr-FR',
			Creator: 'Phoenix',
		})
	})

	it('continues a long letter on a second page, numbered « 1/2 » and « 2/2 »', async () => {
		const letter = longLetter()
		const { totalPages, pages, lines } = await readPdf(await letterToPdf(letter))
		expect(totalPages).toBe(2)
		expect(pages[0]?.trim()).toMatch(/1\/2$/)
		expect(pages[1]?.trim()).toMatch(/2\/2$/)
		const numbers = lines.filter((line) => /^\d\/\d$/.test(line.text))
		expect(numbers).toHaveLength(2)
		for (const number of numbers) {
			expect(number.fontSize).toBeLessThan(letterGeometry.fontSize)
			expect(number.y).toBeLessThan(letterGeometry.margin)
			expect((number.x + number.right) / 2).toBeCloseTo(letterGeometry.pageWidth / 2, 0)
		}
		// Nothing is repeated at the top of the second page: it goes on with the body.
		expect(pages[1]).not.toContain('Objet')
		expect(pages[1]).not.toContain('Santéo\n')

		const paragraphs = bodyParagraphs(letter.body).map((lines) => lines.join(' '))
		const { splits } = checkParagraphs(bodyLines(lines), paragraphs)
		for (const pagesOfParagraph of splits) {
			for (const page of new Set(pagesOfParagraph)) expect(pagesOfParagraph.filter((other) => other === page).length).toBeGreaterThanOrEqual(2)
		}
		const signature = bodyLines(lines).slice(-2)
		expect(signature[0]?.page).toBe(signature[1]?.page)
	})

	it('never begins a line with « : », « ; », « ! », « ? » or « » »', async () => {
		const crafted = [1, 2, 3, 4, 5, 6].map(craftedParagraph)
		const { regular } = await helveticaMetrics()
		const measure = (text: string) => regular.widthOf(text, letterGeometry.fontSize)
		const naive = crafted.flatMap((paragraph) => wrapText(toWinAnsi(paragraph), contentWidth, measure, { justify: true }))
		expect(naive.filter((line) => /^[:;!?»]/.test(line.text)).length).toBeGreaterThanOrEqual(3)

		const letter = claireLetter({ body: ['Madame, Monsieur,', ...crafted, 'Claire Martin'].join('\n\n') })
		const { lines } = await readPdf(await letterToPdf(letter))
		const body = bodyLines(lines)
		expect(body.length).toBeGreaterThan(50)
		for (const line of body) {
			expect(line.text.trim()).not.toMatch(/^[:;!?»]/)
			expect(line.text.trim()).not.toMatch(/«$/)
		}
		checkParagraphs(body, ['Madame, Monsieur,', ...crafted.map(bindFrenchPunctuation), 'Claire Martin'])
	})

	it('prints what WinAnsi cannot hold as its closest equivalent instead of failing', async () => {
		const letter: LetterDocument = claireLetter({
			subject: 'Candidature\u202F: développeuse front\u2011end 🚀',
			body: 'Madame, Monsieur,\n\nMerci pour votre réponse 🙏\u202F! Mon portfolio est prêt\u00A0: projets React, tests, accessibilité ✨.\n\nClaire Martin',
		})
		const { pages } = await readPdf(await letterToPdf(letter))
		const text = flat(pages.join('\n'))
		expect(text).toContain('Objet : Candidature : développeuse front-end')
		expect(text).toContain('Merci pour votre réponse ! Mon portfolio est prêt : projets React, tests, accessibilité .')
		expect(text).not.toMatch(/\p{Extended_Pictographic}/u)
	})

	it('keeps the author’s own line breaks, flush left', async () => {
		const letter = claireLetter({
			body: 'Madame, Monsieur,\n\nJe vous prie d’agréer, Madame, Monsieur, l’expression de mes salutations distinguées.\n\nClaire Martin\nDéveloppeuse front-end',
		})
		const { lines } = await readPdf(await letterToPdf(letter))
		const body = bodyLines(lines)
		expect(body.map((line) => flat(line.text)).slice(-2)).toEqual(['Claire Martin', 'Développeuse front-end'])
		expect(body.at(-2)?.right).toBeLessThan(right - 100)
	})
})
