import { describe, expect, test } from 'vitest'
import { stem } from '#shared/ai/offline/text.ts'
import { goodLetter } from './letters.test-support.ts'
import { matchFolded, matchStem, phrase, prepareLetter } from './text.ts'

describe('the letter as the checks read it', () => {
	test('a phrase matches whatever the accents, capitals and apostrophes, and reports the original characters', () => {
		const text = "Bref. JE ME PERMETS de vous adresser… et j’espère, j'espère."
		const letter = prepareLetter(text)
		expect(matchFolded(letter, phrase('je me permets')).map((match) => text.slice(match.start, match.end))).toEqual(['JE ME PERMETS'])
		expect(matchFolded(letter, phrase("j'espere")).map((match) => text.slice(match.start, match.end))).toEqual(['j’espère', "j'espère"])
		expect(matchFolded(letter, phrase('permets de vous adresser et'))).toEqual([])
	})

	test('a phrase never runs across a line break', () => {
		expect(matchFolded(prepareLetter('je me\npermets'), phrase('je me permets'))).toEqual([])
	})

	test('matchStem brings « -ité » nouns to their adjective, and leaves other stems as stem() gives them', () => {
		expect(matchStem('accessibilite')).toBe(matchStem('accessibles'))
		expect(matchStem('disponibilite')).toBe(matchStem('disponible'))
		expect(matchStem('creativite')).toBe(matchStem('creatif'))
		expect(matchStem('rigoureuse')).toBe(stem('rigueur'))
		expect(matchStem('limite')).toBe(stem('limite'))
	})

	test('sentences and paragraphs are located in the letter', () => {
		const letter = prepareLetter(goodLetter)
		for (const sentence of letter.sentences)
			expect(goodLetter.slice(sentence.start, sentence.end).trim()).toBe(goodLetter.slice(sentence.start, sentence.end))
		expect(letter.paragraphs.filter((paragraph) => paragraph.words >= 20)).toHaveLength(4)
		expect(goodLetter.slice(letter.paragraphs[0]?.start, letter.paragraphs[0]?.end)).toBe('Claire Martin\nLyon 7e')
	})
})
