import { describe, expect, test } from 'vitest'
import { normalizeForSearch } from './normalize.ts'

describe('normalizeForSearch', () => {
	test('lower-cases and strips accents', () => {
		expect(normalizeForSearch('Développeur / Développeuse web')).toBe('developpeur developpeuse web')
		expect(normalizeForSearch('INFIRMIÈRE')).toBe('infirmiere')
		expect(normalizeForSearch('Maraîcher / Maraîchère')).toBe('maraicher maraichere')
		expect(normalizeForSearch('Garçon de café')).toBe('garcon de cafe')
	})

	test('spells ligatures out', () => {
		expect(normalizeForSearch('Manœuvre bâtiment')).toBe('manoeuvre batiment')
		expect(normalizeForSearch('ŒNOLOGUE')).toBe('oenologue')
		expect(normalizeForSearch('Cæsium, Straße')).toBe('caesium strasse')
	})

	test('turns elisions and punctuation into single spaces', () => {
		expect(normalizeForSearch("Conducteur / Conductrice d'engins agricoles")).toBe(
			'conducteur conductrice d engins agricoles',
		)
		expect(normalizeForSearch('Boulanger-pâtissier (H/F) « chef »')).toBe('boulanger patissier h f chef')
		expect(normalizeForSearch('Ingénieur d’affaires - IA & data')).toBe('ingenieur d affaires ia data')
		expect(normalizeForSearch('  Chef   de\tpartie  ')).toBe('chef de partie')
	})

	test('keeps digits', () => {
		expect(normalizeForSearch('Agent de sécurité SSIAP 1')).toBe('agent de securite ssiap 1')
	})

	test('gives an empty string for text without letters or digits', () => {
		expect(normalizeForSearch(" ' - / ")).toBe('')
		expect(normalizeForSearch('')).toBe('')
	})
})
