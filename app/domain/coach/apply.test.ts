import { describe, expect, test } from 'vitest'
import { applyFix, applyFixes, locateFix, StaleFixError } from './apply.ts'
import { coachLetter } from './coach.ts'
import type { CoachFinding } from './types.ts'

const letter = "Madame, Monsieur,\n\nJe me permets de vous adresser ma candidature. Qu'en pensez-vous?\n"

function fixOf(text: string, rule: string): NonNullable<CoachFinding['fix']> {
	const fix = coachLetter(text, { careerChange: false }).findings.find((finding) => finding.rule === rule)?.fix
	if (!fix) throw new Error(`no fix for ${rule}`)
	return fix
}

describe('applyFix', () => {
	test('replaces the range with the replacement', () => {
		expect(applyFix(letter, fixOf(letter, 'cliche.permission'))).toBe(
			"Madame, Monsieur,\n\nJe vous adresse ma candidature. Qu'en pensez-vous?\n",
		)
	})

	test('still applies after an edit earlier in the letter moved the text', () => {
		const fix = fixOf(letter, 'cliche.permission')
		const edited = letter.replace('Madame, Monsieur,', 'Madame la directrice des ressources humaines,')
		expect(applyFix(edited, fix)).toContain('\n\nJe vous adresse ma candidature.')
	})

	test('an insertion follows its place too: the no-break space lands before « ? », not at the old offset', () => {
		const fix = fixOf(letter, 'typography.espace-manquante')
		expect(fix.start).toBe(fix.end)
		const edited = `Claire Martin\n${letter}`
		expect(applyFix(edited, fix)).toContain('pensez-vous\u00A0?')
	})

	test('refuses a fix whose text has been rewritten since the coach ran', () => {
		const fix = fixOf(letter, 'cliche.permission')
		const rewritten = letter.replace('Je me permets de vous adresser', 'Je vous envoie')
		expect(locateFix(rewritten, fix)).toBeNull()
		expect(() => applyFix(rewritten, fix)).toThrow(StaleFixError)
	})

	test('refuses an insertion whose surroundings have changed', () => {
		const fix = fixOf(letter, 'typography.espace-manquante')
		const rewritten = letter.replace("Qu'en pensez-vous?", 'Merci?')
		expect(() => applyFix(rewritten, fix)).toThrow(StaleFixError)
	})

	test('a fix applied once is stale the second time, instead of being applied twice', () => {
		const fix = fixOf(letter, 'typography.apostrophe')
		const once = applyFix(letter, fix)
		expect(once).toContain('Qu’en')
		expect(() => applyFix(once, fix)).toThrow(StaleFixError)
	})

	test('a fix without « expected » is applied at its offsets when they fit the letter', () => {
		expect(applyFix('abc', { start: 1, end: 2, replacement: 'B', label: 'B' })).toBe('aBc')
		expect(() => applyFix('abc', { start: 2, end: 9, replacement: 'B', label: 'B' })).toThrow(StaleFixError)
	})
})

describe('applyFixes', () => {
	test('applies every typography fix at once and leaves nothing for the typography check', () => {
		const text = 'Objet: candidature\n\nMadame, Monsieur,\n\nJ\'ai lu votre offre  "Développeur" ... Merci!'
		const fixes = coachLetter(text, { careerChange: false })
			.findings.filter((finding) => finding.check === 'typography')
			.flatMap((finding) => (finding.fix ? [finding.fix] : []))
		const fixed = applyFixes(text, fixes)
		expect(fixed).toBe('Objet\u00A0: candidature\n\nMadame, Monsieur,\n\nJ’ai lu votre offre «\u00A0Développeur\u00A0» … Merci\u00A0!')
		expect(coachLetter(fixed, { careerChange: false }).findings.filter((finding) => finding.check === 'typography')).toEqual([])
	})

	test('skips a fix overlapping one already taken', () => {
		const text = 'abcdef'
		const fixed = applyFixes(text, [
			{ start: 1, end: 4, replacement: 'X', label: 'X', expected: 'bcd' },
			{ start: 2, end: 5, replacement: 'Y', label: 'Y', expected: 'cde' },
			{ start: 5, end: 6, replacement: 'Z', label: 'Z', expected: 'f' },
		])
		expect(fixed).toBe('aXeZ')
	})
})
