import { describe, expect, test } from 'vitest'
import { applyFix } from './apply.ts'
import { coachLetter } from './coach.ts'

const vague = (text: string) => coachLetter(text, { careerChange: false }).findings.filter((finding) => finding.check === 'vague')

describe('vague wording', () => {
	test.each([
		['J’ai mené plusieurs projets.', 'plusieurs'],
		['J’ai occupé diverses fonctions.', 'diverses'],
		['J’ai beaucoup d’expérience.', 'beaucoup d’'],
		['J’ai acquis certaines compétences utiles.', 'certaines compétences'],
		['J’ai appris des choses.', 'des choses'],
		['J’ai travaillé dans différents services.', 'différents'],
		['J’ai de nombreuses qualités.', 'de nombreuses'],
	])('« %s » is vague about « %s »', (text, words) => {
		const [finding] = vague(text)
		expect(finding?.rule).toBe('vague.quantite')
		expect(finding?.excerpt).toBe(words)
		expect(finding?.start).toBe(text.indexOf(words))
		expect(finding?.rewritable).toBe(true)
	})

	test('a superlative without a figure is flagged; with a figure in the sentence, it stands', () => {
		expect(vague('J’ai une solide expérience du soin.').map((finding) => finding.excerpt)).toEqual(['une solide expérience'])
		expect(vague('Mes résultats sont excellents.').map((finding) => finding.rule)).toEqual(['vague.superlatif'])
		expect(vague('Mes résultats sont excellents : 98 % de satisfaction.')).toEqual([])
		expect(vague('J’ai une solide expérience de neuf ans.')).toEqual([])
	})

	test('« etc. » is removed, keeping the sentence whole', () => {
		const inside = 'Je maîtrise React, TypeScript, etc., et je teste.'
		const [first] = vague(inside)
		expect(first?.excerpt).toBe('etc.')
		expect(first?.fix && applyFix(inside, first.fix)).toBe('Je maîtrise React, TypeScript, et je teste.')
		const closing = 'Je maîtrise React, TypeScript, etc. Je teste.'
		const [second] = vague(closing)
		expect(second?.fix && applyFix(closing, second.fix)).toBe('Je maîtrise React, TypeScript. Je teste.')
	})

	test('precise sentences pass', () => {
		expect(vague('J’ai formé 20 collègues et accompagné 15 étudiants infirmiers en trois ans.')).toEqual([])
	})
})
