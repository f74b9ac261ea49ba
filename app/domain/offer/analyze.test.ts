import { readFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, test } from 'vitest'
import { createRomeIndex, type RomeIndex } from '#app/domain/rome/rome-index.ts'
import { loadRomeLexiconFromFiles } from '#scripts/rome/lexicon.ts'
import { analyzeOffer } from './analyze.ts'
import type { OfferAnalysis, OfferSkill } from './types.ts'

const repository = path.resolve(import.meta.dirname, '../../..')
const read = (file: string) => readFileSync(path.join(repository, file), 'utf8')

let index: RomeIndex

beforeAll(async () => {
	index = createRomeIndex(await loadRomeLexiconFromFiles())
})

const byLabel = (skills: OfferSkill[]) => new Map(skills.map((skill) => [skill.label, skill]))

describe('the dev-front junior sample', () => {
	let text: string
	let analysis: OfferAnalysis
	beforeAll(() => {
		text = read('samples/offers/dev-front-junior.txt')
		analysis = analyzeOffer(text, index)
	})

	test('title, company and occupation', () => {
		expect(analysis.title).toBe('Développeur Front-End React Junior')
		expect(analysis.company).toBe('Santéo')
		expect(analysis.rome[0]).toMatchObject({ code: 'M1855', matchedTitle: 'Développeur / Développeuse front-end' })
	})

	test('the required tools and the welcome ones', () => {
		const hard = byLabel(analysis.hardSkills)
		for (const label of ['React', 'TypeScript', 'JavaScript', 'HTML', 'CSS', 'Git']) expect(hard.get(label)?.mustHave, label).toBe(true)
		for (const label of ['Jest', 'Testing Library', 'Figma', 'Scrum', 'Accessibilité numérique (RGAA)', 'Tests unitaires']) {
			expect(hard.get(label)?.mustHave, label).toBe(false)
		}
		expect(analysis.hardSkills.slice(0, 6).every((skill) => skill.mustHave)).toBe(true)
	})

	test('soft skills', () => {
		expect(analysis.softSkills.map((skill) => skill.label)).toEqual(['Rigueur', 'Écoute', 'Sens du service', 'Travail en équipe'])
	})

	test('spans point at the words of the offer', () => {
		const react = byLabel(analysis.hardSkills).get('React')
		expect(react?.spans.map((span) => text.slice(span.start, span.end))).toEqual(['React', 'React', 'React'])
		const html = byLabel(analysis.hardSkills).get('HTML')?.spans[0]
		expect(html && text.slice(html.start, html.end)).toBe('HTML5')
	})

	test('the company presentation and the benefits are not read for skills', () => {
		const labels = [...analysis.hardSkills, ...analysis.softSkills].map((skill) => skill.label)
		expect(labels).not.toContain('Transmissions')
		expect(labels).not.toContain('Dossier de soins informatisé')
		const presentationEnd = text.indexOf('Vos missions')
		for (const skill of [...analysis.hardSkills, ...analysis.softSkills]) {
			for (const span of skill.spans) expect(span.start < text.indexOf('Qui sommes-nous') || span.start > presentationEnd).toBe(true)
		}
	})

	test('diploma, experience, contract, place, remote work and pay', () => {
		expect(analysis.education).toMatchObject({ level: 'Bac+2', maxLevel: 'Bac+5', equivalentAccepted: true })
		expect(analysis.education?.diplomas).toContain('Développeur Web et Web Mobile')
		expect(analysis.experience).toMatchObject({ minYears: 0, beginnerAccepted: true })
		expect(analysis.experienceYears).toBe(0)
		expect(analysis.contract).toEqual(['CDI'])
		expect(analysis.location).toBe('Lyon 7e')
		expect(analysis.remote).toBe('hybride')
		expect(analysis.salary).toMatchObject({
			min: 34_000,
			max: 38_000,
			period: 'year',
			basis: 'brut',
			text: '34 000 € à 38 000 € brut annuel',
		})
		expect(analysis.language).toBe('fr')
	})

	test('keywords: skills first, required ones weighing most, then the words of the job', () => {
		const keys = analysis.keywords.map((keyword) => keyword.key)
		expect(new Set(keys).size).toBe(keys.length)
		expect(analysis.keywords[0]?.weight).toBe(1)
		expect(analysis.keywords.slice(0, 6).map((keyword) => keyword.label)).toEqual([
			'React',
			'TypeScript',
			'JavaScript',
			'HTML',
			'CSS',
			'Git',
		])
		expect(analysis.keywords.map((keyword) => keyword.label)).toContain('développeur')
		const weights = analysis.keywords.map((keyword) => keyword.weight)
		expect(weights).toEqual([...weights].sort((a, b) => b - a))
	})
})

describe('the chargé(e) de recrutement sample', () => {
	let analysis: OfferAnalysis
	beforeAll(() => {
		analysis = analyzeOffer(read('samples/offers/charge-rh.txt'), index)
	})

	test('heading', () => {
		expect(analysis).toMatchObject({
			title: 'Chargé de recrutement et ressources humaines',
			company: null,
			contract: ['CDI'],
			location: 'Nantes',
		})
		expect(analysis.rome[0]?.code).toBe('M1502')
	})

	test('required and welcome skills', () => {
		const hard = byLabel(analysis.hardSkills)
		for (const label of ['Droit du travail', 'Pack Office', 'Permis B', 'Recrutement']) expect(hard.get(label)?.mustHave, label).toBe(true)
		for (const label of ['SIRH', 'Cegid', 'DPAE', 'Rédaction d’annonces']) expect(hard.get(label)?.mustHave, label).toBe(false)
		expect(analysis.softSkills.map((skill) => skill.label).sort()).toEqual([
			'Adaptabilité',
			'Aisance relationnelle',
			'Discrétion',
			'Organisation',
		])
	})

	test('diploma with an equivalent route, no years of experience, yearly pay in k€', () => {
		expect(analysis.education).toMatchObject({ level: 'Bac+3', equivalentAccepted: true, mustHave: true })
		expect(analysis.experienceYears).toBeNull()
		expect(analysis.salary).toMatchObject({ min: 32_000, max: 36_000, period: 'year' })
	})
})

describe('the boulanger sample', () => {
	let analysis: OfferAnalysis
	beforeAll(() => {
		analysis = analyzeOffer(read('samples/offers/boulanger.txt'), index)
	})

	test('the missions are required when the profile asks for no other know-how', () => {
		const hard = byLabel(analysis.hardSkills)
		for (const label of ['Pétrissage', 'Façonnage', 'Cuisson', 'Fermentation', 'Hygiène et sécurité alimentaire (HACCP)']) {
			expect(hard.get(label)?.mustHave, label).toBe(true)
		}
		expect(analysis.softSkills.map((skill) => skill.label)).toEqual(
			expect.arrayContaining(['Résistance physique', 'Ponctualité', 'Travail en équipe', 'Envie d’apprendre']),
		)
	})

	test('heading and requirements', () => {
		expect(analysis).toMatchObject({ title: 'Boulanger', contract: ['CDI'], location: 'Bordeaux Chartrons', salary: null, remote: null })
		expect(analysis.rome[0]?.code).toBe('D1102')
		expect(analysis.education).toMatchObject({ level: 'CAP', mustHave: true })
		expect(analysis.education?.diplomas).toContain('CAP Boulanger')
		expect(analysis.experience).toMatchObject({ minYears: 0, beginnerAccepted: true })
	})
})

describe('an offer written in English', () => {
	test('language, contract, pay and tools are still read', () => {
		const analysis = analyzeOffer(read('tests/corpora/offers/backend-developer-en.txt'), index)
		expect(analysis).toMatchObject({
			language: 'en',
			contract: ['CDI'],
			remote: 'télétravail complet',
			company: 'Fleetwise',
			experienceYears: 5,
		})
		expect(analysis.salary).toMatchObject({ min: 55_000, max: 65_000, period: 'year' })
		const hard = byLabel(analysis.hardSkills)
		for (const label of ['Node.js', 'TypeScript', 'PostgreSQL', 'Docker', 'AWS', 'Anglais'])
			expect(hard.get(label)?.mustHave, label).toBe(true)
		for (const label of ['Kafka', 'Français', 'Kubernetes']) expect(hard.get(label)?.mustHave, label).toBe(false)
		expect(analysis.rome[0]?.code).toBe('M1855')
	})
})

describe('edge cases', () => {
	test('an empty text gives an empty analysis', () => {
		const analysis = analyzeOffer('', index)
		expect(analysis).toMatchObject({ title: null, rome: [], hardSkills: [], softSkills: [], contract: [], salary: null, location: null })
	})
})
