import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { CvImportError, cvFromJsonResume, cvToJsonResume } from './json-resume.ts'

const samples = path.join(import.meta.dirname, '../../../samples/cvs')
const claireText = readFileSync(path.join(samples, 'claire-infirmiere-vers-dev.json'), 'utf8')
const karimText = readFileSync(path.join(samples, 'karim-manager-vers-rh.json'), 'utf8')

describe('cvFromJsonResume', () => {
	test('Claire’s JSON Resume, from its text or parsed', () => {
		const cv = cvFromJsonResume(claireText)
		expect(cvFromJsonResume(JSON.parse(claireText))).toEqual(cv)
		expect(cv).toMatchObject({
			source: 'json_resume',
			name: 'Claire Martin',
			headline: 'Développeuse web front-end en reconversion, ex-infirmière',
			email: 'claire.martin@example.org',
			phone: '+33 6 12 34 56 78',
			city: 'Lyon',
		})
		expect(cv.experiences[0]).toMatchObject({
			position: 'Infirmière en service de médecine interne',
			organization: 'Hospices Civils de Lyon — Hôpital Édouard-Herriot',
			startDate: '2015-09',
			endDate: '2024-08',
		})
		expect(cv.experiences[0]?.highlights).toContain('Tutorat de 15 étudiants infirmiers')
		expect(cv.experiences[1]?.endDate).toBeUndefined()
		expect(cv.skills[0]).toEqual({
			name: 'Développement front-end',
			keywords: ['React', 'TypeScript', 'JavaScript', 'HTML5', 'CSS3', 'Git', 'Figma'],
		})
		expect(cv.languages).toEqual([
			{ language: 'Français', fluency: 'Langue maternelle' },
			{ language: 'Anglais', fluency: 'B2' },
		])
		expect(cv.certifications).toEqual(['Titre professionnel Développeur Web et Web Mobile'])
	})

	test('the diploma is the title wherever the export put it (studyType or area)', () => {
		const claire = cvFromJsonResume(claireText)
		expect(claire.education[0]).toMatchObject({
			title: 'Développeur Web et Web Mobile (titre RNCP niveau 5)',
			institution: 'Le Wagon Lyon',
		})
		expect(claire.education[1]).toMatchObject({ title: "Diplôme d'État d'infirmier", area: 'Soins infirmiers' })
		const karim = cvFromJsonResume(karimText)
		expect(karim.education.map((education) => education.title)).toEqual([
			'Titre RNCP Responsable en gestion des ressources humaines (en cours)',
			'BTS Management des unités commerciales',
		])
		const bare = cvFromJsonResume({ education: [{ studyType: 'Master', area: 'Informatique', institution: 'Université Lyon 1' }] })
		expect(bare.education[0]?.title).toBe('Master Informatique')
	})

	test('lenient with partial exports: missing fields, numbers for years, skills without keywords, projects', () => {
		const cv = cvFromJsonResume({
			basics: { name: 'Sam', location: 'Lille' },
			work: [{ company: 'Leroy Merlin', position: 'Vendeur', startDate: 2019, endDate: 'Present', highlights: 'Conseil client' }],
			skills: [{ name: 'Excel' }, { name: 'Outils', keywords: ['SAP', 42, null] }],
			projects: [{ name: 'Site de covoiturage', description: 'En React', startDate: '2024-02-10', keywords: ['React', 'Node.js'] }],
			interests: [{ name: 'Vélo', keywords: ['route'] }, { name: 'Cuisine' }],
		})
		expect(cv.city).toBe('Lille')
		expect(cv.experiences[0]).toEqual({
			position: 'Vendeur',
			organization: 'Leroy Merlin',
			startDate: '2019',
			highlights: ['Conseil client'],
		})
		expect(cv.experiences[1]).toEqual({
			position: 'Site de covoiturage',
			organization: 'Projet',
			startDate: '2024-02',
			summary: 'En React',
			highlights: ['React, Node.js'],
		})
		expect(cv.skills).toEqual([{ keywords: ['Excel'] }, { name: 'Outils', keywords: ['SAP', '42'] }])
		expect(cv.interests).toEqual(['Vélo (route)', 'Cuisine'])
	})

	test.each([
		['text that is not JSON', 'Claire Martin, infirmière', /pas du JSON valide/],
		['a JSON list', [], /ne ressemble pas à un CV au format JSON Resume/],
		['another kind of JSON', { title: 'Offre', salary: 34000 }, /ne ressemble pas à un CV au format JSON Resume/],
		['null', null, /ne ressemble pas/],
		['a section that should be a list', { work: 'Infirmière' }, /rubrique « work » \(expériences\) devrait être une liste/],
		['basics that should be an object', { basics: ['Claire'] }, /rubrique « basics » \(identité\) devrait être un objet/],
		['an unreadable item', { education: [{ institution: 'IFSI' }, 'Bac'] }, /élément n°\u00A02 de la rubrique « education »/],
	])('refuses %s with a French message', (_, input, message) => {
		expect(() => cvFromJsonResume(input)).toThrow(CvImportError)
		expect(() => cvFromJsonResume(input)).toThrow(message)
	})
})

describe('cvToJsonResume', () => {
	test('a round trip keeps the CV as it was', () => {
		for (const text of [claireText, karimText]) {
			const cv = cvFromJsonResume(text)
			expect(cvFromJsonResume(cvToJsonResume(cv))).toEqual(cv)
		}
	})

	test('writes the JSON Resume field names', () => {
		const resume = cvToJsonResume(cvFromJsonResume(karimText))
		expect(resume.basics).toMatchObject({ name: 'Karim Benali', label: 'Manager de rayon en transition vers les ressources humaines' })
		expect(resume.basics.location).toEqual({ city: 'Nantes' })
		expect(resume.work[0]).toMatchObject({ name: 'Hyper U Nantes Est', position: 'Manager de rayon frais', startDate: '2016-03' })
		expect(resume.education[1]).toMatchObject({ studyType: 'BTS Management des unités commerciales', endDate: '2009-06' })
		expect(JSON.parse(JSON.stringify(resume))).toEqual(resume)
	})
})
