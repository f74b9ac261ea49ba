import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { cvFromText, leadingDate, trailingDate } from './text.ts'

const root = path.join(import.meta.dirname, '../../..')
const thomas = readFileSync(path.join(root, 'samples/cvs/thomas-banque-vers-boulanger.txt'), 'utf8')
const twoPages = readFileSync(path.join(root, 'tests/corpora/cv-two-pages.txt'), 'utf8')

describe('dates as French CVs write them', () => {
	test.each([
		['2004 – 2025   Conseiller clientèle', { start: '2004', end: '2025' }, 'Conseiller clientèle'],
		['mars – avril 2026   Stagiaire boulanger', { start: '2026-03', end: '2026-04' }, 'Stagiaire boulanger'],
		['Depuis 2019 : Infirmière', { start: '2019', ongoing: true }, 'Infirmière'],
		['09/2015 - 08/2024 | Infirmière | CHU', { start: '2015-09', end: '2024-08' }, 'Infirmière | CHU'],
		['sept. 2019 à aujourd’hui — Vendeuse', { start: '2019-09', ongoing: true }, 'Vendeuse'],
		['De janvier 2010 à mars 2012 : aide-soignante', { start: '2010-01', end: '2012-03' }, 'aide-soignante'],
		['1998          DUT Gestion', { start: '1998', end: '1998', single: true }, 'DUT Gestion'],
	])('« %s »', (line, expected, rest) => {
		const found = leadingDate(line)
		expect(found?.range).toMatchObject(expected)
		expect(found?.rest).toBe(rest)
	})

	test('a range closing a line, in parentheses or after a separator', () => {
		expect(trailingDate('Infirmière — CHU de Lyon (2015 – 2024)')).toMatchObject({
			range: { start: '2015', end: '2024' },
			rest: 'Infirmière — CHU de Lyon',
		})
		expect(trailingDate('CAP Boulanger, 2026')).toMatchObject({ range: { end: '2026' }, rest: 'CAP Boulanger' })
	})

	test('numbers that are not dates stay text', () => {
		expect(trailingDate('Anglais : B2 (TOEIC 815 en 2025)')).toBeUndefined()
		expect(leadingDate('3 h – 11 h, travail de nuit')).toBeUndefined()
		expect(leadingDate('650 clients')).toBeUndefined()
		expect(trailingDate('Portefeuille de 2000 clients')).toBeUndefined()
	})
})

describe('cvFromText on Thomas’s CV (capital headings, dates in a column)', () => {
	const cv = cvFromText(thomas)

	test('name, contact details and city from the header', () => {
		expect(cv.source).toBe('text')
		expect(cv.name).toBe('Thomas Girard')
		expect(cv.email).toBe('thomas.girard@example.org')
		expect(cv.phone).toBe('07 11 22 33 44')
		expect(cv.city).toBe('Bordeaux')
	})

	test('the professional project becomes the summary, wrapped lines joined', () => {
		expect(cv.summary).toContain('je deviens boulanger')
		expect(cv.summary).toContain('(session juin 2026), stage de 8 semaines')
	})

	test('experiences with their dates, position and employer', () => {
		expect(cv.experiences).toHaveLength(2)
		expect(cv.experiences[0]).toMatchObject({
			position: 'Conseiller clientèle particuliers',
			organization: "Caisse d'Épargne Aquitaine Poitou-Charentes, Bordeaux",
			startDate: '2004',
			endDate: '2025',
		})
		expect(cv.experiences[0]?.summary).toBe(
			'Portefeuille de 650 clients ; rigueur, respect des procédures, ponctualité ; accueil et conseil, gestion des réclamations',
		)
		expect(cv.experiences[1]).toMatchObject({ position: 'Stagiaire boulanger', startDate: '2026-03', endDate: '2026-04' })
		expect(cv.experiences[1]?.summary).toContain('travail de nuit (3 h – 11 h)')
	})

	test('diplomas, the one in progress with its remark apart', () => {
		expect(cv.education).toEqual([
			{ title: 'CAP Boulanger', area: 'préparation CPF, Greta de Bordeaux', startDate: '2025', endDate: '2026' },
			{ title: 'DUT Gestion des entreprises et des administrations', institution: 'IUT Bordeaux', endDate: '1998' },
		])
	})

	test('skills one group a line, a labelled line keeps its label', () => {
		expect(cv.skills[0]?.keywords).toEqual(['Pétrissage', 'façonnage', 'fermentation sur levain', 'viennoiserie', 'HACCP'])
		expect(cv.skills[1]?.keywords).toEqual(['Relation client', 'gestion de caisse'])
		expect(cv.skills[2]).toEqual({ name: 'Qualités', keywords: ['ponctualité', 'endurance', 'patience', 'goût du travail bien fait'] })
	})

	test('interests split into items', () => {
		expect(cv.interests).toEqual(['Pain au levain fait maison depuis 10 ans', 'randonnée', 'bénévolat aux Restos du Cœur'])
	})
})

describe('cvFromText on a two-page CV', () => {
	const cv = cvFromText(twoPages)

	test('jobs, then projects marked as such', () => {
		expect(cv.experiences.map((experience) => experience.position)).toEqual([
			'Infirmière coordinatrice',
			'Infirmière en soins intensifs de cardiologie',
			'Infirmière en EHPAD',
			'Infirmière en médecine polyvalente',
			'Application de suivi des transmissions infirmières (projet de formation)',
			"Site vitrine pour l'association Les Amis de la Croix-Rousse",
			'Tableau de bord des gardes pour une équipe de soins (projet personnel)',
		])
		expect(cv.experiences.slice(4).every((experience) => experience.organization === 'Projet')).toBe(true)
		expect(cv.experiences[0]?.highlights[0]).toMatch(
			/^Projet : refonte des fiches de transmission .* \(recueil des besoins, tests utilisateurs/,
		)
		expect(cv.experiences[4]?.summary).toContain('API REST en Node.js et Express, base PostgreSQL')
	})

	test('education, with the level noted on the next line', () => {
		expect(cv.education.map((education) => education.title)).toEqual([
			'Titre professionnel Développeur web et web mobile',
			"MOOC « Les bases de l'accessibilité numérique »",
			"Diplôme d'État d'infirmier",
			'Baccalauréat scientifique',
		])
		expect(cv.education[0]?.area).toContain('Bac+2')
		expect(cv.education[2]).toMatchObject({ institution: 'IFSI Esquirol, Lyon', startDate: '2001', endDate: '2004' })
	})

	test('skill lists keep parentheses whole and join wrapped lines', () => {
		const tools = cv.skills.find((group) => group.name === 'Langages et outils')
		expect(tools?.keywords).toContain('PostgreSQL')
		expect(tools?.keywords).toContain('Figma (lecture de maquettes)')
		expect(cv.skills.find((group) => group.name === 'Méthodes')?.keywords).toContain('accessibilité (RGAA, WCAG 2.1)')
		expect(cv.skills.flatMap((group) => group.keywords)).toContain("gestion des priorités et sang-froid en situation d'urgence")
	})

	test('languages with their level, the driving licence as a certification', () => {
		expect(cv.languages).toEqual([
			{ language: 'Français', fluency: 'langue maternelle' },
			{ language: 'Anglais', fluency: 'B2 (TOEIC 815 en 2025)' },
			{ language: 'Espagnol', fluency: 'A2' },
		])
		expect(cv.certifications).toEqual(['Permis B'])
	})

	test('the person’s own details, not the referees’, and nothing from the references or bank details', () => {
		expect(cv.email).toBe('nathalie.rousseau.bertin@exemple.fr')
		expect(cv.phone).toBe('06 48 22 91 37')
		const everything = JSON.stringify(cv)
		expect(everything).not.toContain('Lefebvre')
		expect(everything).not.toContain('FR76')
	})
})

describe('cvFromText on other layouts', () => {
	test('headings in lower case, title then dates, bullets, inline lists', () => {
		const cv = cvFromText(
			[
				'Julie Moreau',
				'Assistante de direction',
				'Nantes — julie.moreau@example.org — 06 01 02 03 04',
				'',
				'Expériences',
				'Assistante de direction — Cabinet Léa Avocats',
				'Janvier 2018 - aujourd’hui',
				'• Gestion des agendas et des déplacements',
				'• Rédaction des comptes rendus',
				'',
				'Secrétaire, Mairie de Rezé',
				'2012 - 2017',
				'- Accueil du public',
				'',
				'Formation :',
				'BTS Support à l’action managériale, Lycée Livet (2012)',
				'',
				'Compétences : Excel, Word, organisation',
				'Langues : anglais courant, espagnol scolaire',
			].join('\n'),
		)
		expect(cv.name).toBe('Julie Moreau')
		expect(cv.headline).toBe('Assistante de direction')
		expect(cv.city).toBe('Nantes')
		expect(cv.experiences).toEqual([
			{
				position: 'Assistante de direction',
				organization: 'Cabinet Léa Avocats',
				startDate: '2018-01',
				highlights: ['Gestion des agendas et des déplacements', 'Rédaction des comptes rendus'],
			},
			{ position: 'Secrétaire', organization: 'Mairie de Rezé', startDate: '2012', endDate: '2017', highlights: ['Accueil du public'] },
		])
		expect(cv.education).toEqual([{ title: 'BTS Support à l’action managériale', institution: 'Lycée Livet', endDate: '2012' }])
		expect(cv.skills).toEqual([{ name: 'Compétences', keywords: ['Excel', 'Word', 'organisation'] }])
		expect(cv.languages).toEqual([
			{ language: 'Anglais', fluency: 'courant' },
			{ language: 'Espagnol', fluency: 'scolaire' },
		])
	})

	test('a profile, interests given inline, a certification section', () => {
		const cv = cvFromText(
			[
				'Sofia Haddad — Aide-soignante — Lille',
				'',
				'PROFIL',
				'Aide-soignante depuis 12 ans en gériatrie,',
				'je souhaite devenir secrétaire médicale.',
				'',
				'CERTIFICATIONS',
				'AFGSU niveau 2 ; SST',
				'',
				'Centres d’intérêt : chant choral, jardinage',
			].join('\n'),
		)
		expect(cv.name).toBe('Sofia Haddad')
		expect(cv.summary).toBe('Aide-soignante depuis 12 ans en gériatrie, je souhaite devenir secrétaire médicale.')
		expect(cv.certifications).toEqual(['AFGSU niveau 2', 'SST'])
		expect(cv.interests).toEqual(['chant choral', 'jardinage'])
	})

	test('a PDF text layer: no indentation, a word cut at the end of a line', () => {
		const cv = cvFromText(
			[
				'EXPÉRIENCE PROFESSIONNELLE',
				'2015 - 2024 Infirmière — CHU de Nantes',
				'Prise en charge des patients, transmissions, dévelop-',
				'pement d’un outil de suivi.',
				'FORMATION',
				'2015 Diplôme d’État d’infirmier',
			].join('\n'),
		)
		expect(cv.experiences[0]?.summary).toBe('Prise en charge des patients, transmissions, développement d’un outil de suivi.')
		expect(cv.education[0]?.title).toBe('Diplôme d’État d’infirmier')
	})

	test('text with no heading at all is kept as the summary, so its skills can still be found', () => {
		const cv = cvFromText('Marc Petit\nJe suis cariste depuis dix ans, CACES 1, 3 et 5, gestion des stocks sur SAP.')
		expect(cv.name).toBe('Marc Petit')
		expect(cv.summary).toContain('CACES 1, 3 et 5')
	})

	test('an empty text gives an empty CV rather than an error', () => {
		expect(cvFromText('')).toMatchObject({ experiences: [], education: [], skills: [], source: 'text' })
	})
})
