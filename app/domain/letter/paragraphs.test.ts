import { describe, expect, test } from 'vitest'
import { normalizeLineBreaks, paragraphIndexAt, replaceParagraph, splitParagraphs } from './paragraphs.ts'

const letter = [
	'Madame, Monsieur,',
	'',
	'Infirmière depuis huit ans, je me reconvertis dans le développement web.\nJ’ai suivi une formation de six mois.',
	'',
	'',
	'Votre équipe construit des outils pour les soignants\u00a0: j’en connais les besoins.',
	'   ',
	'Je vous prie d’agréer, Madame, Monsieur, mes salutations distinguées.',
	'',
	'Claire Martin',
].join('\n')

describe('splitParagraphs', () => {
	test('blank lines separate paragraphs, a single line break stays inside one, and offsets point at the text', () => {
		const paragraphs = splitParagraphs(letter)
		expect(paragraphs.map((paragraph) => paragraph.text)).toEqual([
			'Madame, Monsieur,',
			'Infirmière depuis huit ans, je me reconvertis dans le développement web.\nJ’ai suivi une formation de six mois.',
			'Votre équipe construit des outils pour les soignants\u00a0: j’en connais les besoins.',
			'Je vous prie d’agréer, Madame, Monsieur, mes salutations distinguées.',
			'Claire Martin',
		])
		for (const paragraph of paragraphs) expect(letter.slice(paragraph.start, paragraph.end)).toBe(paragraph.text)
		expect(paragraphs.map((paragraph) => paragraph.index)).toEqual([0, 1, 2, 3, 4])
	})

	test('a letter posted from a textarea (CRLF) splits the same way; surrounding blank space is not a paragraph', () => {
		const posted = `\r\n\r\n  ${letter.replace(/\n/g, '\r\n')}\r\n\r\n`
		expect(splitParagraphs(posted).map((paragraph) => paragraph.text.replace(/\r\n/g, '\n'))).toEqual(
			splitParagraphs(letter).map((paragraph) => paragraph.text),
		)
		expect(splitParagraphs('   \n\n  ')).toEqual([])
	})
})

describe('replaceParagraph', () => {
	test('only the chosen paragraph changes; the blank lines and the other paragraphs stay exactly as they were', () => {
		const rewritten = replaceParagraph(letter, 2, '\n  Vos outils servent les soignants, que je connais bien.\n\n')
		expect(rewritten).not.toBeNull()
		const before = splitParagraphs(letter)
		const after = splitParagraphs(rewritten!)
		expect(after).toHaveLength(before.length)
		expect(after[2]?.text).toBe('Vos outils servent les soignants, que je connais bien.')
		for (const index of [0, 1, 3, 4]) expect(after[index]?.text).toBe(before[index]?.text)
		expect(rewritten!.slice(0, before[2]!.start)).toBe(letter.slice(0, before[2]!.start))
		expect(rewritten!.slice(after[2]!.end)).toBe(letter.slice(before[2]!.end))
	})

	test('refuses a paragraph that does not exist and an empty rewrite rather than lose text', () => {
		expect(replaceParagraph(letter, 5, 'Texte')).toBeNull()
		expect(replaceParagraph(letter, -1, 'Texte')).toBeNull()
		expect(replaceParagraph(letter, 1, ' \n \n ')).toBeNull()
	})

	test('a rewrite given with CRLF or several blank lines keeps the letter’s own line breaks', () => {
		const rewritten = replaceParagraph(letter, 0, 'Madame,\r\n\r\n\r\n\r\nMonsieur,')!
		expect(rewritten).not.toContain('\r')
		expect(rewritten.startsWith('Madame,\n\nMonsieur,\n\nInfirmière')).toBe(true)
	})
})

describe('paragraphIndexAt', () => {
	test('finds the paragraph of a position, the next one from a blank line, none past the end', () => {
		const paragraphs = splitParagraphs(letter)
		const word = letter.indexOf('soignants')
		expect(paragraphIndexAt(letter, word)).toBe(2)
		expect(paragraphIndexAt(letter, 0)).toBe(0)
		expect(paragraphIndexAt(letter, paragraphs[0]!.end)).toBe(1)
		expect(paragraphIndexAt(letter, letter.length)).toBeNull()
	})
})

test('normalizeLineBreaks turns CRLF and lone CR into LF', () => {
	expect(normalizeLineBreaks('a\r\nb\rc\nd')).toBe('a\nb\nc\nd')
})
