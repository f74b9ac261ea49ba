import { PDFDocument, StandardFonts } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { toWinAnsi } from '#app/server/letter-export/win-ansi.ts'

describe('toWinAnsi', () => {
	it('keeps French letters and the typography a French letter uses', () => {
		const french = 'Œuvre, cœur, « guillemets », l’été, déjà, ÇA, naïve, où, 34\u00A0000\u00A0€… — “oui” – ‘non’ • ™'
		expect(toWinAnsi(french)).toBe(french)
	})

	it('keeps no-break spaces non-breaking, narrow ones included', () => {
		expect(toWinAnsi('attention\u202F: « oui\u202F» ; 12\u2007000')).toBe('attention\u00A0: « oui\u00A0» ; 12\u00A0000')
	})

	it('turns dashes and spaces outside WinAnsi into plain ones', () => {
		expect(toWinAnsi('front\u2011end, 5\u22123, a\u2009b, c\u2003d, e\u2010f')).toBe('front-end, 5-3, a b, c d, e-f')
		expect(toWinAnsi('un\ttab')).toBe('un tab')
	})

	it('drops emoji and invisible characters, and keeps line breaks', () => {
		expect(toWinAnsi('Merci 🙏🏽 !\nÀ bientôt 👩‍💻')).toBe('Merci  !\nÀ bientôt ')
		expect(toWinAnsi('dé\u00ADve\u200Blop\uFEFFpeuse')).toBe('développeuse')
	})

	it('strips accents WinAnsi does not know and composes decomposed letters', () => {
		expect(toWinAnsi('Dvořák, Łódź? Ștefan, ﬁche')).toBe('Dvorák, Lódz? Stefan, fiche')
		expect(toWinAnsi('e\u0301te\u0301')).toBe('été')
	})

	it('always returns text Helvetica can encode', async () => {
		const document = await PDFDocument.create()
		const helvetica = await document.embedFont(StandardFonts.Helvetica)
		const everything = Array.from({ length: 0x3000 }, (_, index) => String.fromCodePoint(index)).join('') + '😀🇫🇷👍🏻✨𝐀'
		const converted = toWinAnsi(everything)
		expect(() => helvetica.encodeText(converted.replace(/\n/g, ''))).not.toThrow()
		for (const kept of 'éèêëàâäîïôöùûüÿçœŒ«»’€…') expect(converted).toContain(kept)
	})
})
