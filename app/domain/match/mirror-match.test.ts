import { readFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, test } from 'vitest'
import { cvFromJsonResume } from '#app/domain/cv/json-resume.ts'
import { cvFromText } from '#app/domain/cv/text.ts'
import type { Cv } from '#app/domain/cv/types.ts'
import { analyzeOffer } from '#app/domain/offer/analyze.ts'
import type { OfferAnalysis, OfferSkill } from '#app/domain/offer/types.ts'
import { createRomeIndex, type RomeIndex } from '#app/domain/rome/rome-index.ts'
import { normalizeText } from '#shared/ai/offline/text.ts'
import { loadRomeLexiconFromFiles } from '#scripts/rome/lexicon.ts'
import { categoryWeights, matchCvToOffer } from './mirror-match.ts'
import type { MatchCategory, MatchCategoryId, MatchReport } from './types.ts'

const root = path.join(import.meta.dirname, '../../..')
const read = (file: string) => readFileSync(path.join(root, file), 'utf8')
// Thomas’s CAP session is in June 2026, his internship in March–April 2026.
const now = new Date('2026-05-15T00:00:00Z')

let index: RomeIndex
let claire: Cv
let karim: Cv
let thomas: Cv
let twoPages: Cv
let devFront: OfferAnalysis
let boulanger: OfferAnalysis
let chargeRh: OfferAnalysis

beforeAll(async () => {
	index = createRomeIndex(await loadRomeLexiconFromFiles())
	claire = cvFromJsonResume(read('samples/cvs/claire-infirmiere-vers-dev.json'))
	karim = cvFromJsonResume(read('samples/cvs/karim-manager-vers-rh.json'))
	thomas = cvFromText(read('samples/cvs/thomas-banque-vers-boulanger.txt'))
	twoPages = cvFromText(read('tests/corpora/cv-two-pages.txt'))
	devFront = analyzeOffer(read('samples/offers/dev-front-junior.txt'), index)
	boulanger = analyzeOffer(read('samples/offers/boulanger.txt'), index)
	chargeRh = analyzeOffer(read('samples/offers/charge-rh.txt'), index)
})

function category(report: MatchReport, id: MatchCategoryId): MatchCategory {
	const found = report.categories.find((candidate) => candidate.id === id)
	if (!found) throw new Error(`no ${id} category`)
	return found
}

/** Found labels, folded, so « HTML5 » and « html5 » compare alike. */
function foundIn(report: MatchReport, id: MatchCategoryId): string[] {
	return category(report, id).found.map((term) => normalizeText(term.label))
}

function expectFound(report: MatchReport, id: MatchCategoryId, words: string[]) {
	const labels = foundIn(report, id)
	for (const word of words)
		expect(
			labels.some((label) => label.includes(normalizeText(word))),
			`${word} in ${labels.join(' | ')}`,
		).toBe(true)
}

describe('Mirror Match on the sample pairs', () => {
	test('Claire vs the junior React job: a good match, her stack and her qualities found', () => {
		const report = matchCvToOffer(claire, devFront, index, { now })
		expect(report.score).toBeGreaterThanOrEqual(65)
		expect(report.cap).toBeNull()
		expectFound(report, 'hardSkills', ['React', 'TypeScript', 'JavaScript', 'HTML', 'CSS', 'Git', 'Jest'])
		expectFound(report, 'softSkills', ['rigueur', 'écoute', 'travail en équipe'])
		expect(category(report, 'jobTitle').score).toBeGreaterThanOrEqual(70)
		expect(category(report, 'education').score).toBe(100)
		expect(report.missingMustHaves).toEqual([])
		expect(report.transferable.length).toBeGreaterThanOrEqual(3)
	})

	test('Thomas (text CV) vs the baker job: a reasonable match, the craft’s gestures found, his CAP in progress accepted', () => {
		const report = matchCvToOffer(thomas, boulanger, index, { now })
		expect(report.score).toBeGreaterThanOrEqual(50)
		expectFound(report, 'hardSkills', ['pétrissage', 'façonnage', 'HACCP'])
		const education = category(report, 'education')
		expect(education.score).toBeGreaterThanOrEqual(65)
		expect(education.missing.map((gap) => gap.advice).join(' ')).toMatch(/date prévue d’obtention/)
		expect(category(report, 'experience').found.map((term) => term.label)).toContain('Stage\u00A0: Stagiaire boulanger')
		expect(category(report, 'jobTitle').score).toBeGreaterThanOrEqual(70)
	})

	test('Karim vs the HR job: consistent — his recruiting found, every cap explained by a missing must-have', () => {
		const report = matchCvToOffer(karim, chargeRh, index, { now })
		expectFound(report, 'hardSkills', ['recrutement'])
		expect(report.score).toBeGreaterThanOrEqual(35)
		expect(report.score).toBeLessThanOrEqual(80)
		for (const skill of report.missingMustHaves) expect(report.cap?.reason).toContain(skill.label)
		if (report.cap) expect(report.score).toBeLessThanOrEqual(report.cap.value)
		// His HR title is in progress and the offer accepts a reconversion: no verdict on education.
		expect(category(report, 'education').missing.every((gap) => !gap.mustHave)).toBe(true)
		expect(report.transferable.map((skill) => skill.theme)).toContain('Recrutement et intégration')
	})

	test('a mismatched pair (Thomas vs the React job) scores low and the cap says why', () => {
		const report = matchCvToOffer(thomas, devFront, index, { now })
		expect(report.score).toBeLessThan(35)
		expect(report.cap).not.toBeNull()
		expect(report.score).toBeLessThanOrEqual(report.cap?.value ?? 0)
		expect(report.cap?.reason).toMatch(/React/)
		expect(report.missingMustHaves.map((skill) => skill.label)).toEqual(expect.arrayContaining(['React']))
		const react = category(report, 'hardSkills').missing.find((gap) => gap.label === 'React')
		expect(react?.advice).toMatch(/C’est exigé/)
		expect(react?.advice).toMatch(/tutoriel ou un module court sur React/)
		// Never frighten.
		expect(report.summary).toMatch(/pas un jugement sur vous/)
		expect(report.summary).not.toMatch(/échec|impossible|inadapt|rejet|éliminé/i)
	})

	test('a two-page text CV: projects showing the offer’s stack count as practice, even when their title does not say so', () => {
		const report = matchCvToOffer(twoPages, devFront, index, { now })
		expect(report.score).toBeGreaterThanOrEqual(65)
		const practice = category(report, 'experience').found.map((term) => term.label)
		expect(practice).toContain('Projet\u00A0: Application de suivi des transmissions infirmières (projet de formation)')
		expect(practice.some((label) => label.includes('Tableau de bord des gardes'))).toBe(false)
		expect(category(report, 'experience').score).toBe(100)
	})

	test('the better pair always scores higher than the mismatched one', () => {
		expect(matchCvToOffer(claire, devFront, index, { now }).score).toBeGreaterThan(matchCvToOffer(thomas, devFront, index, { now }).score)
		expect(matchCvToOffer(thomas, boulanger, index, { now }).score).toBeGreaterThan(matchCvToOffer(claire, boulanger, index, { now }).score)
	})
})

describe('the report’s shape and wording', () => {
	test('five categories in French, weights summing to 1, hard skills weighing most', () => {
		const report = matchCvToOffer(claire, devFront, index, { now })
		expect(report.categories.map((entry) => [entry.id, entry.title])).toEqual([
			['jobTitle', 'Intitulé du poste'],
			['hardSkills', 'Compétences techniques'],
			['softSkills', 'Savoir-être'],
			['education', 'Formation'],
			['experience', 'Expérience'],
		])
		const total = report.categories.reduce((sum, entry) => sum + entry.weight, 0)
		expect(total).toBeCloseTo(1, 2)
		const hard = category(report, 'hardSkills').weight
		for (const entry of report.categories) expect(hard).toBeGreaterThanOrEqual(entry.weight)
	})

	test('every gap has advice, every text is typeset in French', () => {
		for (const [cv, offer] of [
			[claire, devFront],
			[thomas, boulanger],
			[karim, chargeRh],
			[thomas, devFront],
		] as const) {
			const report = matchCvToOffer(cv, offer, index, { now })
			const texts = [
				report.summary,
				report.cap?.reason ?? '',
				...report.categories.flatMap((entry) => [entry.summary, ...entry.missing.map((gap) => gap.advice)]),
			]
			for (const gap of report.categories.flatMap((entry) => entry.missing)) expect(gap.advice.length).toBeGreaterThan(20)
			for (const text of texts) {
				expect(text).not.toMatch(/'/)
				expect(text).not.toMatch(/ [:;!?](?:\s|$)/)
				expect(text).not.toMatch(/«(?!\u00A0)|(?<!\u00A0)»/)
			}
			const sentences = report.summary.split(/(?<=[.!?])\s+/)
			expect(sentences.length).toBeGreaterThanOrEqual(2)
			expect(sentences.length).toBeLessThanOrEqual(3)
			expect(report.found).toEqual([...new Set(report.found)])
			expect(report.missing).toEqual([...new Set(report.missing)])
		}
	})

	test('a category the offer says nothing about weighs nothing, the others share its weight', () => {
		const report = matchCvToOffer(claire, { ...devFront, softSkills: [] }, index, { now })
		expect(category(report, 'softSkills').weight).toBe(0)
		expect(category(report, 'hardSkills').weight).toBeCloseTo(categoryWeights.hardSkills / 0.85, 2)
		expect(report.categories.reduce((sum, entry) => sum + entry.weight, 0)).toBeCloseTo(1, 2)
	})
})

describe('how skills are recognised', () => {
	test('a synonym counts in full and keeps the CV’s own wording', () => {
		const rewritten: Cv = {
			...claire,
			summary: 'Infirmière reconvertie dans le développement web.',
			skills: claire.skills.map((group) => ({
				...group,
				keywords: group.keywords.map((keyword) => (keyword === 'Rigueur' ? 'rigoureuse' : keyword)),
			})),
		}
		const report = matchCvToOffer(rewritten, devFront, index, { now })
		const rigueur = category(report, 'softSkills').found.find((term) => normalizeText(term.label).includes('rigueur'))
		expect(rigueur).toMatchObject({ via: 'synonym' })
		expect(normalizeText(rigueur?.cvWording ?? '')).toContain('rigoureuse')
	})

	test('each missing must-have lowers the cap: 60, then 50, then 40', () => {
		const mustHave = (label: string): OfferSkill => ({
			label,
			key: index.skillKey(label),
			mustHave: true,
			tool: true,
			source: 'lexicon',
			spans: [],
		})
		const extra = ['Kubernetes', 'COBOL', 'SAP ABAP']
		const caps = [1, 2, 3].map((count) => {
			const offer = { ...devFront, hardSkills: [...devFront.hardSkills, ...extra.slice(0, count).map(mustHave)] }
			return matchCvToOffer(claire, offer, index, { now })
		})
		expect(caps.map((report) => report.cap?.value)).toEqual([60, 50, 40])
		expect(caps[0]?.cap?.reason).toMatch(/Il manque une exigence de l’offre\u00A0: Kubernetes/)
		expect(caps[2]?.cap?.reason).toMatch(/Il manque 3 exigences de l’offre\u00A0: Kubernetes, COBOL et SAP ABAP/)
		for (const report of caps) expect(report.score).toBeLessThanOrEqual(report.cap?.value ?? 0)
		expect(caps[2]?.missingMustHaves.map((skill) => skill.label)).toEqual(extra)
	})

	test('a nice-to-have tool gets the short-module advice, without the word « exigé »', () => {
		const offer = {
			...devFront,
			hardSkills: [
				...devFront.hardSkills,
				{ label: 'Storybook', key: index.skillKey('Storybook'), mustHave: false, tool: true, source: 'lexicon' as const, spans: [] },
			],
		}
		const gap = category(matchCvToOffer(claire, offer, index, { now }), 'hardSkills').missing.find((entry) => entry.label === 'Storybook')
		expect(gap?.advice).toMatch(/^Suivez un tutoriel ou un module court sur Storybook et montrez-le dans un projet/)
		expect(gap?.advice).not.toMatch(/exigé/)
	})
})

describe('ROME proximity for the job title', () => {
	test('an official mobility from a former job gives partial credit, marked « rome »', () => {
		const target = index.matchTitle('Conseiller en gestion de patrimoine', 1)
		const banker = cvFromText('EXPÉRIENCE\n2010 – 2024 Conseiller clientèle bancaire — Crédit Agricole')
		const offer: OfferAnalysis = {
			...devFront,
			title: 'Conseiller en gestion de patrimoine',
			rome: target,
			hardSkills: [],
			softSkills: [],
			education: null,
			experience: null,
		}
		const from = index.matchTitle('Conseiller clientèle bancaire', 1)[0]?.code ?? ''
		expect(index.mobilitiesFrom(from).map((edge) => edge.toCode)).toContain(target[0]?.code)
		const title = category(matchCvToOffer(banker, offer, index, { now }), 'jobTitle')
		expect(title.score).toBeGreaterThan(0)
		expect(title.score).toBeLessThan(100)
		expect(title.found.some((term) => term.via === 'rome' && /Passerelle ROME/.test(term.label))).toBe(true)
	})

	test('a job in the target occupation is full credit; a career changer’s training and projects are partial', () => {
		const nurse = cvFromText('EXPÉRIENCE\n2015 – 2024 Infirmière — CHU de Lyon')
		const nurseOffer = { ...devFront, title: 'Infirmier', rome: index.matchTitle('Infirmier', 1), hardSkills: [], softSkills: [] }
		expect(category(matchCvToOffer(nurse, nurseOffer, index, { now }), 'jobTitle').score).toBe(100)
		const claireTitle = category(matchCvToOffer(claire, devFront, index, { now }), 'jobTitle')
		expect(claireTitle.score).toBeGreaterThanOrEqual(70)
		expect(claireTitle.score).toBeLessThan(100)
		expect(claireTitle.found[0]?.via).toBe('rome')
	})
})
