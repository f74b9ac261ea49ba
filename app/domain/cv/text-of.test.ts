import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { cvFromJsonResume } from './json-resume.ts'
import { cvDiplomas, cvEducationLevel, cvPlainText, cvYearsOfExperience, educationLevelOf, isProjectExperience } from './text-of.ts'
import { cvFromText } from './text.ts'
import type { Cv, CvExperience } from './types.ts'

const root = path.join(import.meta.dirname, '../../..')
const read = (file: string) => readFileSync(path.join(root, file), 'utf8')
const claire = cvFromJsonResume(read('samples/cvs/claire-infirmiere-vers-dev.json'))
const karim = cvFromJsonResume(read('samples/cvs/karim-manager-vers-rh.json'))
const thomas = cvFromText(read('samples/cvs/thomas-banque-vers-boulanger.txt'))

function cvWith(experiences: CvExperience[]): Cv {
	return { experiences, education: [], skills: [], languages: [], certifications: [], interests: [], source: 'text' }
}

describe('cvPlainText', () => {
	test('holds every part of the CV a skill may hide in, one item a line', () => {
		const text = cvPlainText(claire)
		for (const part of [
			'Développeuse web front-end en reconversion',
			'Coordination des transmissions écrites et orales entre équipes de jour et de nuit',
			'Tests avec Jest et Testing Library',
			"Diplôme d'État d'infirmier",
			'TypeScript',
			'Titre professionnel Développeur Web et Web Mobile',
		]) {
			expect(text).toContain(part)
		}
		expect(text.split('\n')).toContain('Travail en équipe')
	})

	test('leaves contact details out', () => {
		const text = cvPlainText(claire)
		expect(text).not.toContain('claire.martin@example.org')
		expect(text).not.toContain('+33 6 12 34 56 78')
	})
})

describe('cvYearsOfExperience', () => {
	const now = new Date('2026-05-15T00:00:00Z')

	test('a range of years covers both ends (« 2004 – 2025 » is 22 years) and an internship adds its months', () => {
		const years = cvYearsOfExperience(thomas, now)
		expect(years.total).toBe(22.2)
		expect(years.byOccupation[0]).toEqual({ key: 'conseiller clientele particuliers', years: 22 })
		expect(years.byOccupation[1]).toEqual({ key: 'stagiaire boulanger', years: 0.2 })
	})

	test('overlapping periods count once, per occupation as well as overall', () => {
		const cv = cvWith([
			{ position: 'Infirmière de nuit', startDate: '2010-01', endDate: '2015-12', highlights: [] },
			{ position: 'Infirmière libérale', startDate: '2014-01', endDate: '2019-12', highlights: [] },
			{ position: 'Formatrice IFSI', startDate: '2018-01', endDate: '2019-12', highlights: [] },
		])
		const nurse = (experience: CvExperience) => (/infirmi/i.test(experience.position) ? 'J1506' : 'K2111')
		const years = cvYearsOfExperience(cv, now, nurse)
		expect(years.total).toBe(10)
		expect(years.byOccupation).toEqual([
			{ key: 'J1506', years: 10 },
			{ key: 'K2111', years: 2 },
		])
	})

	test('an ongoing job runs until now; projects and undated lines do not count', () => {
		const cv = cvWith([
			{ position: 'Manager de rayon', startDate: '2016-03', highlights: [] },
			{ position: 'Développeuse', organization: 'Projet personnel', startDate: '2010-01', highlights: [] },
			{ position: 'Bénévole', highlights: [] },
		])
		expect(cvYearsOfExperience(cv, new Date('2026-03-01T00:00:00Z')).total).toBe(10)
		expect(isProjectExperience(claire.experiences[1] as CvExperience)).toBe(true)
		expect(isProjectExperience(claire.experiences[0] as CvExperience)).toBe(false)
	})

	test('Claire: 9 years as a nurse, her project left out', () => {
		expect(cvYearsOfExperience(claire, now).total).toBe(9)
	})
})

describe('education levels', () => {
	test.each([
		['CAP Boulanger', 'CAP'],
		['BEP Carrières sanitaires et sociales', 'CAP'],
		['Baccalauréat scientifique', 'Bac'],
		['Bac pro Commerce', 'Bac'],
		['BTS Management des unités commerciales', 'Bac+2'],
		['DUT Gestion des entreprises et des administrations', 'Bac+2'],
		['BUT Informatique', 'Bac+3'],
		['Licence professionnelle Métiers du commerce', 'Bac+3'],
		['Master 1 Droit social', 'Bac+4'],
		['Master Informatique', 'Bac+5'],
		["Diplôme d'ingénieur (INSA Lyon)", 'Bac+5'],
		["Diplôme d'État d'infirmier", 'Bac+3'],
		['DE infirmier', 'Bac+3'],
		['Titre RNCP niveau 5', 'Bac+2'],
		['Titre professionnel Développeur web et web mobile (RNCP niveau 6)', 'Bac+3'],
		['Titre RNCP de niveau 7 Manager', 'Bac+5'],
		['Titre professionnel niveau 4', 'Bac'],
		['Titre professionnel Agent de propreté, niveau 3', 'CAP'],
		['Titre homologué niveau III', 'Bac+2'],
		['Doctorat en chimie', 'Bac+8'],
	] as const)('« %s » → %s', (name, level) => {
		expect(educationLevelOf(name)).toBe(level)
	})

	test('names that say nothing of a level', () => {
		expect(educationLevelOf("MOOC Les bases de l'accessibilité numérique")).toBeNull()
		expect(educationLevelOf('Formation courte dans le but de me reconvertir')).toBeNull()
	})

	test('the highest level obtained: Claire’s nursing diploma over her bootcamp', () => {
		expect(cvEducationLevel(claire)).toBe('Bac+3')
	})

	test('a title still in progress does not count yet', () => {
		expect(cvEducationLevel(karim)).toBe('Bac+2')
		expect(cvDiplomas(karim)[0]).toMatchObject({ level: 'Bac+3', inProgress: true })
		const now = new Date('2026-05-15T00:00:00Z')
		expect(cvDiplomas(thomas, now)[0]).toMatchObject({ title: 'CAP Boulanger', level: 'CAP', inProgress: true })
		expect(cvDiplomas(thomas, new Date('2027-02-01T00:00:00Z'))[0]?.inProgress).toBe(false)
		expect(cvEducationLevel(thomas, now)).toBe('Bac+2')
	})
})
