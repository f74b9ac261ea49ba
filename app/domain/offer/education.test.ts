import { describe, expect, test } from 'vitest'
import { parseEducation } from './education.ts'
import { readSections } from './sections.ts'

const educationOf = (body: string, options: { apprenticeship?: boolean } = {}) =>
	parseEducation(
		readSections(`Poste\n\nProfil :\n${body}`)
			.filter((line) => line.kind !== 'company' && line.kind !== 'benefits')
			.map((line) => ({ text: line.text, folded: line.folded, prepared: options.apprenticeship === true && line.kind === 'header' })),
	)

describe('parseEducation', () => {
	test.each([
		['Formation Bac+2 à Bac+5 en développement web', 'Bac+2', 'Bac+5'],
		['Diplôme Bac+3 minimum en ressources humaines', 'Bac+3', undefined],
		['Bac +2/3 en paie', 'Bac+2', undefined],
		['CAP Boulanger exigé', 'CAP', undefined],
		['CAP ou BEP électricien (ou Bac pro MELEC).', 'CAP', 'Bac'],
		['Titulaire d’un BTS CG, DUT GEA ou DCG', 'Bac+2', 'Bac+3'],
		['BUT Réseaux et Télécoms', 'Bac+3', undefined],
		['Licence professionnelle en logistique', 'Bac+3', undefined],
		['Master ou école d’ingénieur', 'Bac+5', undefined],
		['Master’s degree in computer science or equivalent experience', 'Bac+5', undefined],
		['Titre RNCP de niveau 6 concepteur développeur d’applications', 'Bac+3', undefined],
		['Titre professionnel de niveau 5 exigé', 'Bac+2', undefined],
		['Diplôme d’État d’infirmier exigé.', 'Bac+3', undefined],
		['Diplôme d’État d’Aide-Soignant (DEAS) obligatoire.', 'Bac', undefined],
		['Titulaire du Bac (général, technologique ou professionnel).', 'Bac', undefined],
		['Doctorat en chimie', 'Bac+8', undefined],
		['Aucun diplôme n’est exigé.', 'aucun', undefined],
	] as const)('%s', (body, level, maxLevel) => {
		const education = educationOf(body)
		expect(education?.level).toBe(level)
		if (maxLevel) expect(education?.maxLevel).toBe(maxLevel)
	})

	test('an equivalent route is noticed', () => {
		expect(educationOf('Bac+2 en développement web, ou reconversion réussie (bootcamp)')?.equivalentAccepted).toBe(true)
		expect(educationOf('Bac+3 minimum, ou expérience significative du management')?.equivalentAccepted).toBe(true)
		expect(educationOf('Bac+3 en comptabilité')?.equivalentAccepted).toBe(false)
	})

	test('a welcome diploma is not required', () => {
		const education = educationOf('Un diplôme du secteur (DEAES, ADVF) est apprécié')
		expect(education).toMatchObject({ level: 'CAP', mustHave: false })
	})

	test('« Titulaire d’un CAP » is required even next to a welcome one', () => {
		expect(educationOf('Titulaire d’un CAP Pâtissier (le BP ou la MC sont un plus), vous avez 2 ans d’expérience.')).toMatchObject({
			level: 'CAP',
			mustHave: true,
		})
	})

	test('the named diplomas are kept as written', () => {
		expect(educationOf('CAP Boulanger exigé')?.diplomas).toEqual(['CAP Boulanger'])
	})

	test('a diploma the apprentice will prepare is not asked for', () => {
		expect(educationOf('Vous êtes inscrit(e) ou en cours d’inscription en BTS SAM.')).toBeNull()
		expect(
			parseEducation([
				{
					text: 'Apprenti(e) commis de cuisine – CAP Cuisine – Paris 9e',
					folded: 'apprenti(e) commis de cuisine – cap cuisine – paris 9e',
					prepared: true,
				},
			]),
		).toBeNull()
	})

	test('words that look like diplomas are not read as such', () => {
		expect(educationOf('Garder le cap, but de la mission : la scrum master organise.')).toBeNull()
		expect(educationOf('Valid driving licence required')).toBeNull()
	})
})
