import { beforeAll, describe, expect, test } from 'vitest'
import { loadRomeLexiconFromFiles } from '#scripts/rome/lexicon.ts'
import { createRomeIndex, type RomeIndex } from './rome-index.ts'

let index: RomeIndex

beforeAll(async () => {
	index = createRomeIndex(await loadRomeLexiconFromFiles())
})

const labels = (text: string) => index.findSkills(text).map((skill) => skill.label)

describe('matchTitle', () => {
	test.each([
		['Infirmière', 'J1506'],
		['Infirmier diplômé d’État', 'J1506'],
		['Développeuse web', 'M1855'],
		['Développeur·se web', 'M1855'],
		['Développeur.euse web (H/F)', 'M1855'],
		['Développeur·se Front-End React Junior (H/F)', 'M1855'],
		['Senior Backend Developer (Node.js)', 'M1855'],
		['Boulanger', 'D1102'],
		['Boulangère', 'D1102'],
		['Conseiller bancaire', 'C1206'],
		['Conseillère bancaire', 'C1206'],
		['Chargé de recrutement', 'M1502'],
		['Chargé(e) de recrutement H/F', 'M1502'],
		['Aide-soignant(e) de nuit', 'J1501'],
		['Assistante administrative', 'M1607'],
		['Conducteur PL / SPL', 'N4101'],
		['Hôtesse de caisse', 'D1505'],
		['Data Analyst', 'M1419'],
	])('%s → %s', (title, code) => {
		expect(index.matchTitle(title, 3)[0]?.code).toBe(code)
	})

	test('candidates are ranked with a 0–1 score and name the job title that matched', () => {
		const candidates = index.matchTitle('Développeuse web', 5)
		expect(candidates).toHaveLength(5)
		expect(candidates[0]).toMatchObject({ code: 'M1855', matchedTitle: 'Développeur / Développeuse web' })
		expect(candidates[0]?.label).toBe(index.occupation('M1855')?.label)
		for (const [position, candidate] of candidates.entries()) {
			expect(candidate.score).toBeGreaterThan(0)
			expect(candidate.score).toBeLessThanOrEqual(1)
			if (position > 0) expect(candidate.score).toBeLessThanOrEqual(candidates[position - 1]?.score ?? 1)
		}
	})

	test('an exact job title scores higher than a loose one', () => {
		const exact = index.matchTitle('Boulanger', 1)[0]?.score ?? 0
		const loose = index.matchTitle('Boulanger de quartier polyvalent', 1)[0]?.score ?? 1
		expect(exact).toBeGreaterThan(0.9)
		expect(loose).toBeLessThan(exact)
	})

	test('nothing for words no job title uses', () => {
		expect(index.matchTitle('Xyzzy plugh', 3)).toEqual([])
	})
})

describe('findSkills', () => {
	test('tools and know-how with their spans in the text', () => {
		const text = 'Maîtrise de React, TypeScript et Git ; pétrissage et façonnage des pains.'
		const skills = index.findSkills(text)
		expect(skills.map((skill) => skill.label)).toEqual(['React', 'TypeScript', 'Git', 'Pétrissage', 'Façonnage'])
		for (const skill of skills) for (const span of skill.spans) expect(text.slice(span.start, span.end).length).toBeGreaterThan(1)
		expect(skills.find((skill) => skill.label === 'React')).toMatchObject({ tool: true, kind: 'hard', source: 'lexicon' })
		const react = skills[0]?.spans[0]
		expect(react && text.slice(react.start, react.end)).toBe('React')
	})

	test('one key per skill, every mention kept', () => {
		const skills = index.findSkills('JavaScript ES6+ au quotidien, et du JavaScript côté serveur.')
		expect(skills).toHaveLength(1)
		expect(skills[0]?.spans).toHaveLength(2)
	})

	test('soft skills in their French forms', () => {
		expect(labels('Vous êtes rigoureux(se), organisé(e) et ponctuel(le).')).toEqual(['Rigueur', 'Organisation', 'Ponctualité'])
		expect(labels('Qualités : sens de l’organisation, esprit d’équipe, capacité d’adaptation.')).toEqual([
			'Organisation',
			'Travail en équipe',
			'Adaptabilité',
		])
		expect(index.findSkills('Vous êtes bienveillant(e) et patient(e).').every((skill) => skill.kind === 'soft')).toBe(true)
	})

	test('a curated skill carries the ROME code of the same savoir', () => {
		const react = index.findSkills('Développement en React').find((skill) => skill.label === 'React')
		expect(react?.romeCode && index.skill(react.romeCode)?.label).toBe('React.js')
	})

	test('ROME savoirs the lexicon does not know are read when all their words stand together', () => {
		const skills = index.findSkills('Vous assurez le respect de la chaîne du froid et la surveillance des effets secondaires.')
		expect(skills.map((skill) => skill.label)).toEqual(expect.arrayContaining(['Chaîne du froid']))
		expect(skills.filter((skill) => skill.source === 'rome').every((skill) => skill.romeCode !== undefined)).toBe(true)
	})

	test.each([
		'Vous contribuerez au maintien de leur autonomie.',
		'Ponctuellement, vous participez à la fabrication en atelier.',
		'Rejoignez une équipe dynamique et bienveillante.',
		'Vous prenez en charge les patients ; chargé(e) de l’accueil.',
		'Rattaché(e) au chef d’atelier.',
		'Nos patients sont accueillis dans un service de 32 lits.',
		'Vous analyserez les données de ventes.',
		'Contribuer à l’amélioration continue de nos process.',
		'Garder le cap et aller de l’avant.',
	])('no skill read into an ordinary sentence: %s', (sentence) => {
		expect(labels(sentence)).toEqual([])
	})

	test('names of software the lexicon does not know, after « logiciel »', () => {
		expect(labels('La connaissance du logiciel NetSoins serait un plus.')).toEqual(['NetSoins'])
	})

	test('works on a CV as well', () => {
		const cv =
			'Compétences : React, TypeScript, tests unitaires (Jest), Git et GitHub Actions. Soins infirmiers, transmissions écrites et orales.'
		expect(labels(cv)).toEqual(
			expect.arrayContaining(['React', 'TypeScript', 'Tests unitaires', 'Jest', 'Git', 'CI/CD', 'Soins infirmiers', 'Transmissions']),
		)
	})
})

describe('skillKey', () => {
	test.each([
		['rigoureux', 'rigueur'],
		['Rigoureuse', 'Faire preuve de rigueur'],
		['organisé', 'sens de l’organisation'],
		['JS', 'JavaScript'],
		['JavaScript ES6+', 'JavaScript'],
		['Programmation en JavaScript', 'JavaScript'],
		['React.js', 'React'],
		['Microsoft Excel', 'Excel'],
		['Maîtrise du pack Office (Word, Excel, Outlook, PowerPoint)', 'Pack Office'],
		['esprit d’équipe', 'Travail en équipe'],
		['Accessibilité (RGAA)', 'RGAA'],
		['Habilitation électrique B1V BR', 'habilitations électriques'],
		['CACES R489', 'CACES'],
		['Réaliser des soins infirmiers', 'Soins infirmiers'],
		['Respecter les règles d’hygiène', 'Règles d’hygiène'],
	])('%s ~ %s', (a, b) => {
		expect(index.skillKey(a)).toBe(index.skillKey(b))
	})

	test.each([
		['Java', 'JavaScript'],
		['Git', 'GitHub'],
		['Permis B', 'Permis C'],
		['Comptabilité générale', 'Comptabilité fournisseurs'],
	])('%s and %s stay apart', (a, b) => {
		expect(index.skillKey(a)).not.toBe(index.skillKey(b))
	})
})

describe('occupations, skills and mobilities', () => {
	test('occupation and skill by code', () => {
		expect(index.occupation('D1102')?.label).toBe('Boulanger / Boulangère')
		expect(index.occupation('Z9999')).toBeUndefined()
		const code = index.skillsOf('D1102')[0]?.skill.code ?? ''
		expect(index.skill(code)?.code).toBe(code)
	})

	test('skillsOf lists the skills of an occupation with their core flag', () => {
		const skills = index.skillsOf('J1506')
		expect(skills.length).toBeGreaterThan(20)
		expect(skills.find((item) => item.skill.label === 'Réaliser des soins infirmiers')?.isCore).toBe(true)
		expect(index.skillsOf('Z9999')).toEqual([])
	})

	test('mobilitiesFrom is sorted by rank', () => {
		const mobilities = index.mobilitiesFrom('J1506')
		expect(mobilities.length).toBeGreaterThan(0)
		for (const [position, mobility] of mobilities.entries()) {
			expect(mobility.fromCode).toBe('J1506')
			if (position > 0) expect(mobility.rank).toBeGreaterThanOrEqual(mobilities[position - 1]?.rank ?? 0)
		}
	})
})
