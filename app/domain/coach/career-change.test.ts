import { describe, expect, test } from 'vitest'
import { applyFix } from './apply.ts'
import { coachLetter } from './coach.ts'

const body =
	'Je souhaite rejoindre votre équipe comme développeuse front-end. J’ai construit une application de planning en React et TypeScript, testée avec Jest, et je connais bien les contraintes des soignants qui l’utiliseront chaque jour. Je serai heureuse de vous la présenter lors d’un entretien.'

const silent = (text: string, careerChange?: boolean) =>
	coachLetter(text, careerChange === undefined ? {} : { careerChange }).findings.find(
		(finding) => finding.rule === 'career_change.reconversion-tue',
	)

describe('stating the change of career', () => {
	test('a letter that never says it is a career change gets an important whole-letter finding the model can rewrite', () => {
		const finding = silent(body)
		expect(finding?.severity).toBe('important')
		expect(finding?.start).toBeUndefined()
		expect(finding?.rewritable).toBe(true)
	})

	test.each([
		'Après neuf ans comme infirmière, je me tourne vers le développement web.',
		'Ma reconversion a commencé il y a deux ans.',
		'Je me suis formée au développement pendant six mois.',
		'Le développement web est mon nouveau métier.',
		'J’ai suivi un bootcamp au Wagon.',
		'Ancienne infirmière, je connais le terrain.',
	])('« %s » states it', (sentence) => {
		expect(silent(`${sentence} ${body}`)).toBeUndefined()
	})

	test('a letter that is not a career change is not asked to state one', () => {
		expect(silent(body, false)).toBeUndefined()
	})
})

describe('apologetic wording', () => {
	test.each([
		['Malgré mon manque d’expérience dans le développement, je progresse vite.', 'Avec un regard neuf, je progresse vite.'],
		['Je sais que je n’ai pas le profil type, mais je suis prête.', 'Mon parcours est atypique, mais je suis prête.'],
		['Même si je débute, j’ai déjà livré une application.', 'Avec une formation toute récente, j’ai déjà livré une application.'],
	])('« %s » → « %s »', (text, expected) => {
		const finding = coachLetter(text, { careerChange: false }).findings.find((candidate) => candidate.check === 'career_change')
		expect(finding?.severity).toBe('important')
		expect(finding?.start).toBe(0)
		expect(finding?.fix && applyFix(text, finding.fix)).toBe(expected)
	})

	test.each(['Je n’ai pas encore d’expérience en entreprise.', 'Je ne suis qu’une débutante.', 'Je m’excuse pour ce parcours sinueux.'])(
		'« %s » is flagged, for the person or the model to rewrite',
		(text) => {
			const finding = coachLetter(text, { careerChange: false }).findings.find((candidate) => candidate.check === 'career_change')
			expect(finding?.severity).toBe('important')
			expect(finding?.fix).toBeUndefined()
			expect(finding?.rewritable).toBe(true)
		},
	)
})
