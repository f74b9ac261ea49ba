import { describe, expect, test } from 'vitest'
import { blankInclusiveEndings, contentTokens, foldWithOffsets, tokenizeWithOffsets } from './tokens.ts'

describe('foldWithOffsets', () => {
	test('folds accents and apostrophes and keeps offsets into the original', () => {
		const text = 'Maîtrise d’Excel — Cœur de métier'
		const { folded, originalIndex } = foldWithOffsets(text)
		expect(folded).toBe("maitrise d'excel - coeur de metier")
		const start = folded.indexOf('metier')
		const toOriginal = (index: number) => (originalIndex ? (originalIndex[index] ?? 0) : index)
		expect(text.slice(toOriginal(start), toOriginal(start + 'metier'.length))).toBe('métier')
	})
})

describe('blankInclusiveEndings', () => {
	test.each([
		['developpeur·se web', 'developpeur    web'],
		['developpeur.euse web', 'developpeur      web'],
		['charge(e) de recrutement', 'charge    de recrutement'],
		['diplome(e)s acceptes', 'diplome     acceptes'],
		['discret(ete)', 'discret     '],
	])('%s', (folded, blanked) => {
		expect(blankInclusiveEndings(folded)).toBe(blanked)
	})

	test('names with a dot are not inclusive writing', () => {
		expect(blankInclusiveEndings('node.js et vue.js')).toBe('node.js et vue.js')
	})
})

describe('tokenizeWithOffsets', () => {
	test('words carry their original span', () => {
		const text = 'Pétrissage, façonnage et cuisson'
		const words = contentTokens(tokenizeWithOffsets(text)).map((token) => text.slice(token.start, token.end))
		expect(words).toEqual(['Pétrissage', 'façonnage', 'cuisson'])
	})

	test('a phrase boundary is kept: comma (1), line or sentence (2), none inside « node.js »', () => {
		const tokens = contentTokens(tokenizeWithOffsets('React, Node.js. Git\nDocker'))
		expect(tokens.map((token) => [token.word, token.gapBefore])).toEqual([
			['react', 2],
			['node', 1],
			['js', 0],
			['git', 2],
			['docker', 2],
		])
	})

	test('inclusive endings and elided articles are not words', () => {
		expect(contentTokens(tokenizeWithOffsets('Chargé·e d’accueil')).map((token) => token.word)).toEqual(['charge', 'accueil'])
	})
})
