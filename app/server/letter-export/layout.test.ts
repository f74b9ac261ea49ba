import { describe, expect, it } from 'vitest'
import { bindFrenchPunctuation, bodyParagraphs, frenchDateLine } from '#app/server/letter-export/layout.ts'
import { wrapText } from '#app/server/letter-export/wrap.ts'

describe('frenchDateLine', () => {
	it('writes the place and the day in full', () => {
		expect(frenchDateLine(new Date('2026-11-22T10:00:00Z'), 'Lyon')).toBe('Lyon, le 22 novembre 2026')
		expect(frenchDateLine(new Date('2027-03-05T10:00:00Z'))).toBe('Le 5 mars 2027')
	})

	it('writes « 1er » for the first day of the month', () => {
		expect(frenchDateLine(new Date('2026-12-01T10:00:00Z'), 'Paris')).toBe('Paris, le 1er décembre 2026')
	})

	it('takes the day in Paris, not on the server', () => {
		expect(frenchDateLine(new Date('2026-11-21T23:30:00Z'), 'Lyon')).toBe('Lyon, le 22 novembre 2026')
		expect(frenchDateLine(new Date('2026-06-30T22:30:00Z'), 'Lyon')).toBe('Lyon, le 1er juillet 2026')
	})
})

describe('bodyParagraphs', () => {
	it('splits on blank lines and keeps single line breaks', () => {
		const body = 'Madame, Monsieur,\r\n\r\nPremier  paragraphe\tici.\n  \n\n\nCordialement,\nClaire Martin\n'
		expect(bodyParagraphs(body)).toEqual([['Madame, Monsieur,'], ['Premier paragraphe ici.'], ['Cordialement,', 'Claire Martin']])
	})
})

describe('bindFrenchPunctuation', () => {
	it('ties high punctuation and guillemets to their word', () => {
		expect(bindFrenchPunctuation('Pourquoi ? Parce que : « oui » ; voilà !')).toBe(
			'Pourquoi\u00A0? Parce que\u00A0: «\u00A0oui\u00A0»\u00A0; voilà\u00A0!',
		)
	})

	it('leaves existing no-break spaces as they are', () => {
		expect(bindFrenchPunctuation('oui\u202F: non \u00A0?')).toBe('oui\u202F: non\u00A0?')
	})
})

describe('wrapText', () => {
	const measure = (text: string) => text.length
	const crafted = bindFrenchPunctuation(
		Array.from({ length: 40 }, (_, index) => `${'mot'.repeat((index % 5) + 1)} ${index % 2 ? ':' : '?'} « ${'x'.repeat(index % 7)} »`).join(' '),
	)

	it('never starts a line with high punctuation or a closing guillemet', () => {
		for (const width of [20, 23, 29, 31, 37, 41]) {
			const naive = wrapText(crafted.replace(/\u00A0/g, ' '), width, measure, { justify: true })
			expect(naive.some((line) => /^[:?»]/.test(line.text))).toBe(true)
			const lines = wrapText(crafted, width, measure, { justify: true })
			for (const line of lines) {
				expect(line.text).not.toMatch(/^[\u00A0:;!?»]/)
				expect(line.text).not.toMatch(/«$/)
				expect(line.width).toBeLessThanOrEqual(width)
			}
			expect(lines.map((line) => line.text).join(' ')).toBe(crafted)
		}
	})

	it('stretches every line but the last, and never a single word', () => {
		const lines = wrapText('un deux trois quatre cinq six sept huit', 12, measure, { justify: true })
		expect(lines.map((line) => line.justify)).toEqual([...lines.slice(1).map(() => true), false])
		expect(wrapText('anticonstitutionnellement', 10, measure, { justify: true }).every((line) => !line.justify)).toBe(true)
	})

	it('cuts a word longer than the line so nothing runs into the margin', () => {
		const lines = wrapText('voir https://exemple.fr/un/tres/long/chemin/de/portfolio ici', 16, measure, { justify: false })
		expect(lines.every((line) => line.width <= 16)).toBe(true)
		expect(lines.length).toBeGreaterThan(3)
		expect(lines.map((line) => line.text.replace(/ /g, '')).join('')).toBe('voirhttps://exemple.fr/un/tres/long/chemin/de/portfolioici')
	})
})
