import { describe, expect, test } from 'vitest'
import { parseSalary, SMIC_HOURLY_GROSS, salaryInLine } from './salary.ts'

describe('salaryInLine', () => {
	test.each([
		['Salaire : 34 000 € à 38 000 € brut annuel selon profil.', 34_000, 38_000, 'year'],
		['Rémunération : 32 à 36 K€ brut/an + 13e mois + intéressement.', 32_000, 36_000, 'year'],
		['Nantes (44) · CDI · 35-40 k€', 35_000, 40_000, 'year'],
		['Salary €55k–€65k gross per year, stock options.', 55_000, 65_000, 'year'],
		['Rémunération : 11,88 €/h brut + commission sur ventes', 11.88, 11.88, 'hour'],
		['Salaire : 1 900 € brut mensuel', 1_900, 1_900, 'month'],
		['à partir de 2 150 € brut mensuel, primes en sus', 2_150, 2_150, 'month'],
		['Taux horaire : 14 à 16 €/h selon expérience', 14, 16, 'hour'],
		['Rémunération : 12,50 € brut de l’heure + indemnités kilométriques.', 12.5, 12.5, 'hour'],
		['Gratification : 1 200 € brut par mois, télétravail 2 jours par semaine', 1_200, 1_200, 'month'],
		['Conditions : 38 000 – 42 000 € brut annuel selon expérience', 38_000, 42_000, 'year'],
		['Salaire : 40 à 48 k€ brut annuel selon expérience', 40_000, 48_000, 'year'],
		['CDI temps plein, 13,20 € brut/heure + heures supplémentaires', 13.2, 13.2, 'hour'],
		['Salaire entre 2 000 et 2 300 euros par mois', 2_000, 2_300, 'month'],
		['Salaire : 28 000 €', 28_000, 28_000, 'year'],
	] as const)('%s', (line, min, max, period) => {
		const salary = salaryInLine(line)
		expect(salary).toMatchObject({ min, max, period, currency: 'EUR' })
	})

	test('net is read as net, gross otherwise', () => {
		expect(salaryInLine('Rémunération : 2 400 à 2 800 € net par mois selon profil')).toMatchObject({ basis: 'net', min: 2_400, max: 2_800 })
		expect(salaryInLine('Salaire : 2 050 € brut mensuel + prime de nuit')).toMatchObject({ basis: 'brut' })
	})

	test('the text keeps the offer’s own wording', () => {
		expect(salaryInLine('Salaire : 34 000 € à 38 000 € brut annuel selon profil.')?.text).toBe('34 000 € à 38 000 € brut annuel')
	})

	test('the minimum wage is the current gross hourly SMIC', () => {
		expect(salaryInLine('Conditions : 35 h, rémunération au SMIC + prime de fin de contrat.')).toMatchObject({
			min: SMIC_HOURLY_GROSS,
			period: 'hour',
		})
	})

	test('amounts that are not pay are left alone', () => {
		expect(salaryInLine('Supermarché de 2 500 m², 60 collaborateurs')).toBeNull()
		expect(salaryInLine('Tickets restaurant, mutuelle prise en charge à 70 %.')).toBeNull()
		expect(salaryInLine('Horaires en 2x8 (5 h – 12 h 30 / 12 h 30 – 20 h).')).toBeNull()
		expect(salaryInLine('Remise de 40 % sur la collection')).toBeNull()
	})

	test('a bonus stated after the pay does not hide it', () => {
		expect(salaryInLine('Taux horaire : 12,40 € + prime d’équipe + paniers.')).toMatchObject({ min: 12.4, period: 'hour' })
	})
})

describe('parseSalary', () => {
	test('a line about pay is read before others', () => {
		expect(parseSalary(['Budget formation de 2 000 € par an', 'Salaire : 30 000 € brut annuel'])).toMatchObject({ min: 30_000 })
	})

	test('no amount, no salary', () => {
		expect(parseSalary(['Salaire selon convention collective de la boulangerie-pâtisserie artisanale + primes de nuit.'])).toBeNull()
	})
})
