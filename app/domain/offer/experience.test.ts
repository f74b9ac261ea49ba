import { describe, expect, test } from 'vitest'
import { parseExperience } from './experience.ts'
import { foldText } from '#app/domain/rome/tokens.ts'

const experienceOf = (text: string, profile = true) =>
	parseExperience(text.split('\n').map((line) => ({ text: line, folded: foldText(line), profile })))

describe('parseExperience', () => {
	test.each([
		['3 ans d’expérience exigés sur un poste similaire', 3],
		['Vous justifiez d’au moins 2 ans d’expérience en pâtisserie', 2],
		['Expérience de 1 an minimum en cariste.', 1],
		['5 ans d’expérience minimum en plomberie', 5],
		['5+ years of experience in backend development', 5],
		['3 ans minimum en gestion de la paie, idéalement en cabinet.', 3],
		['Une expérience de trois ans dans la vente', 3],
		['3 à 5 ans d’expérience en comptabilité', 3],
	] as const)('%s → %i', (text, years) => {
		expect(experienceOf(text)?.minYears).toBe(years)
	})

	test('a range keeps its upper bound', () => {
		expect(experienceOf('3 à 5 ans d’expérience en comptabilité')).toMatchObject({ minYears: 3, maxYears: 5 })
	})

	test.each([
		'Débutant(e) accepté(e) : une formation interne est prévue',
		'Débutant(e)s accepté(e)s, tutorat assuré',
		'Les jeunes diplômé(e)s sont les bienvenu(e)s.',
		'Aucune expérience n’est requise.',
		'Développeur React Junior',
		'Les profils juniors motivés sont les bienvenus',
		'Débutant(e) en reconversion bienvenu(e)',
	])('beginners welcome: %s', (text) => {
		expect(experienceOf(text)).toMatchObject({ minYears: 0, beginnerAccepted: true })
	})

	test('« première expérience » asks for little: no years', () => {
		expect(experienceOf('Une première expérience en restauration est exigée.')?.minYears).toBe(0)
	})

	test('years that are not experience', () => {
		expect(experienceOf('Permis B depuis plus de 2 ans exigé.')).toBeNull()
		expect(experienceOf('Vous devez avoir entre 16 et 29 ans.')).toBeNull()
		expect(experienceOf('Contrat d’apprentissage de 2 ans.')).toBeNull()
		expect(experienceOf('Entreprise créée il y a 20 ans, au service des particuliers depuis 20 ans.')).toBeNull()
	})

	test('years named outside the requirements need the word « expérience »', () => {
		expect(experienceOf('Mission de 2 ans minimum', false)).toBeNull()
		expect(experienceOf('2 ans d’expérience en atelier', false)?.minYears).toBe(2)
	})

	test('required or not', () => {
		expect(experienceOf('3 ans d’expérience exigés')?.mustHave).toBe(true)
		expect(experienceOf('2 ans d’expérience en vente appréciés')?.mustHave).toBe(false)
	})
})
