import { describe, expect, test } from 'vitest'
import { diplomasIn, genderedForms, inSentence, paragraph } from './wording.ts'

describe('ROME wording', () => {
	test('an access text of one sentence a line reads as one paragraph', () => {
		expect(paragraph('Accessible avec un CAP\nUn BP est un atout.')).toBe('Accessible avec un CAP. Un BP est un atout.')
		expect(paragraph('')).toBeNull()
	})

	test('names the diplomas an access text cites, with their article, not the prose around them', () => {
		const baker = diplomasIn(
			'Cet emploi est accessible avec un CAP Boulanger ou un Brevet Professionnel Boulanger. Des spécialisations comme la Mention Complémentaire Boulangerie spécialisée peuvent être des atouts.',
		)
		expect(baker.map((diploma) => diploma.name)).toEqual([
			'CAP Boulanger',
			'Brevet Professionnel Boulanger',
			'Mention Complémentaire Boulangerie spécialisée',
		])
		expect(baker[0]?.article).toBe('un')
		const developer = diplomasIn('Cet emploi est accessible avec une Licence Professionnelle en Informatique, un Master en Informatique.')
		expect(developer[0]).toEqual({ name: 'Licence Professionnelle en Informatique', article: 'une' })
		expect(diplomasIn("Cet emploi est accessible avec un Diplôme d'Etat d'Infirmier, obligatoire pour exercer.")[0]?.name).toBe(
			"Diplôme d'État d'Infirmier",
		)
		// « but » is a French word, « BUT » a diploma.
		expect(diplomasIn('Dans le but de progresser, une capacité d’adaptation est requise.')).toEqual([])
		expect(diplomasIn(undefined)).toEqual([])
	})

	test('gendered forms share the words after the feminine one', () => {
		expect(genderedForms('Conseiller / Conseillère de clientèle bancaire')).toEqual([
			'Conseiller de clientèle bancaire',
			'Conseillère de clientèle bancaire',
		])
		expect(genderedForms('Ergothérapeute')).toEqual(['Ergothérapeute'])
	})

	test('labels sit inside a sentence in lower case, acronyms kept', () => {
		expect(inSentence('Développeur / Développeuse web')).toBe('développeur / développeuse web')
		expect(inSentence('HTML')).toBe('HTML')
	})
})
