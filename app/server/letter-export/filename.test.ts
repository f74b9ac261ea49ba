import { describe, expect, it } from 'vitest'
import { letterFileName } from '#app/server/letter-export/filename.ts'
import { claireLetter } from '#app/server/letter-export/letters.test-support.ts'

describe('letterFileName', () => {
	it('names the file after the company and the day of the letter', () => {
		expect(letterFileName(claireLetter(), 'pdf')).toBe('lettre-motivation-santeo-2026-11-22.pdf')
		expect(letterFileName(claireLetter(), 'docx')).toBe('lettre-motivation-santeo-2026-11-22.docx')
	})

	it('stays plain ASCII whatever the company is called', () => {
		const names = ['L’Oréal & Cie', 'Crédit Agricole Centre-Est', 'Œuvres sociales « Les Écureuils » 🐿️', '北京 Tech', '../../etc/passwd', '   ']
		for (const company of names) {
			const name = letterFileName(claireLetter({ recipient: { company, lines: [] } }), 'pdf')
			expect(name).toMatch(/^lettre-motivation-([a-z0-9]+-)*2026-11-22\.pdf$/)
		}
		expect(letterFileName(claireLetter({ recipient: { company: 'L’Oréal & Cie', lines: [] } }), 'pdf')).toBe(
			'lettre-motivation-loreal-cie-2026-11-22.pdf',
		)
		expect(letterFileName(claireLetter({ recipient: { company: 'Œuvres sociales « Les Écureuils » 🐿️', lines: [] } }), 'docx')).toBe(
			'lettre-motivation-oeuvres-sociales-les-ecureuils-2026-11-22.docx',
		)
	})

	it('leaves the company out when there is none, and keeps the name short', () => {
		expect(letterFileName(claireLetter({ recipient: { lines: ['Service recrutement'] } }), 'pdf')).toBe('lettre-motivation-2026-11-22.pdf')
		const long = letterFileName(claireLetter({ recipient: { company: 'Association '.repeat(20), lines: [] } }), 'pdf')
		expect(long.length).toBeLessThanOrEqual(80)
		expect(long).not.toContain('--')
	})

	it('uses the day in Paris', () => {
		expect(letterFileName(claireLetter({ date: new Date('2026-12-31T23:30:00Z') }), 'pdf')).toBe('lettre-motivation-santeo-2027-01-01.pdf')
	})
})
