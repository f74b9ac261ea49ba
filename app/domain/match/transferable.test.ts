import { readFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, test } from 'vitest'
import { cvFromJsonResume } from '#app/domain/cv/json-resume.ts'
import { cvFromText } from '#app/domain/cv/text.ts'
import type { Cv } from '#app/domain/cv/types.ts'
import { analyzeOffer } from '#app/domain/offer/analyze.ts'
import type { OfferAnalysis } from '#app/domain/offer/types.ts'
import { createRomeIndex, type RomeIndex } from '#app/domain/rome/rome-index.ts'
import { loadRomeLexiconFromFiles } from '#scripts/rome/lexicon.ts'
import { themeWording, transferableSkills, transferableThemes } from './transferable.ts'

const samples = path.join(import.meta.dirname, '../../../samples')
const read = (file: string) => readFileSync(path.join(samples, file), 'utf8')

let index: RomeIndex
let claire: Cv
let thomas: Cv
let karim: Cv
let devFront: OfferAnalysis
let boulanger: OfferAnalysis
let chargeRh: OfferAnalysis

beforeAll(async () => {
	index = createRomeIndex(await loadRomeLexiconFromFiles())
	claire = cvFromJsonResume(read('cvs/claire-infirmiere-vers-dev.json'))
	karim = cvFromJsonResume(read('cvs/karim-manager-vers-rh.json'))
	thomas = cvFromText(read('cvs/thomas-banque-vers-boulanger.txt'))
	devFront = analyzeOffer(read('offers/dev-front-junior.txt'), index)
	boulanger = analyzeOffer(read('offers/boulanger.txt'), index)
	chargeRh = analyzeOffer(read('offers/charge-rh.txt'), index)
})

describe('transferableSkills', () => {
	test('Claire, nurse → React developer: her nursing habits in a developer’s words', () => {
		const skills = transferableSkills(claire, devFront, index)
		expect(skills).toContainEqual({
			from: 'Coordination des transmissions écrites et orales entre équipes de jour et de nuit',
			to: 'documentation claire et communication asynchrone (tickets, revues de code)',
			theme: 'Transmission et documentation',
		})
		const referent = skills.find((skill) => skill.from.startsWith('Référente du logiciel de dossier de soins informatisé'))
		expect(referent?.to).toBe('connaissance des utilisateurs métier du soin et accompagnement au changement')
		expect(skills.find((skill) => skill.from === 'Tutorat de 15 étudiants infirmiers')?.theme).toBe('Formation et tutorat')
	})

	test('only former trades transfer: nothing from Claire’s React project, nor from Thomas’s bakery internship', () => {
		const fromClaire = transferableSkills(claire, devFront, index).map((skill) => skill.from)
		expect(fromClaire.some((from) => /React|TypeScript|Jest|GitHub/.test(from))).toBe(false)
		const fromThomas = transferableSkills(thomas, boulanger, index).map((skill) => skill.from)
		expect(fromThomas.some((from) => /Pétrissage|fournil|travail de nuit/.test(from))).toBe(false)
	})

	test('Thomas, bank → baker: « respect des procédures » becomes the bakery’s technical sheets and HACCP', () => {
		const skills = transferableSkills(thomas, boulanger, index)
		expect(skills).toContainEqual({
			from: 'respect des procédures',
			to: 'respect des fiches techniques et des règles d’hygiène HACCP',
			theme: 'Rigueur et respect des procédures',
		})
		expect(skills.find((skill) => skill.theme === 'Gestion de caisse et des chiffres')).toMatchObject({
			from: 'gestion de caisse',
			to: 'tenue de la caisse et encaissements',
		})
	})

	test('the same wording reads differently for another trade', () => {
		const forDev = transferableSkills(thomas, devFront, index).find((skill) => skill.from === 'respect des procédures')
		expect(forDev?.to).toBe('rigueur dans le code\u00A0: tests, revues de code et respect des conventions')
		const forRh = transferableSkills(karim, chargeRh, index)
		expect(forRh.find((skill) => skill.theme === 'Recrutement et intégration')?.to).toBe(
			'pratique du recrutement\u00A0: annonces, entretiens, intégration des nouveaux',
		)
	})

	test('one wording per theme and one theme per wording', () => {
		for (const [cv, offer] of [
			[claire, devFront],
			[thomas, boulanger],
			[karim, chargeRh],
		] as const) {
			const skills = transferableSkills(cv, offer, index)
			expect(new Set(skills.map((skill) => skill.theme)).size).toBe(skills.length)
			expect(new Set(skills.map((skill) => skill.from)).size).toBe(skills.length)
		}
	})

	test('a theme that says nothing to the target trade is left out (night shifts for a developer)', () => {
		const skills = transferableSkills(
			cvFromText('EXPÉRIENCE\n2010 – 2020 Infirmière — CHU\nGardes de nuit, travail de nuit.'),
			devFront,
			index,
		)
		expect(skills.some((skill) => skill.theme === 'Horaires décalés et endurance')).toBe(false)
	})
})

describe('the themes table', () => {
	test('every theme says something by default or explicitly nothing, in French typography', () => {
		for (const theme of transferableThemes) {
			expect(theme.cues.length).toBeGreaterThan(0)
			expect(Object.keys(theme.say)).toContain('*')
			for (const code of ['M1855', 'M1502', 'D1102', 'D1502', 'J1506', 'K2111', 'G1602', 'A1414', undefined]) {
				const wording = themeWording(theme, code, 'J1506')
				if (wording !== null) {
					expect(wording).not.toMatch(/'|\{|\}| [:;!?]/)
					expect(wording.length).toBeGreaterThan(5)
				}
			}
		}
	})

	test('the longest ROME prefix wins, the generic wording fills in', () => {
		const rigueur = transferableThemes.find((theme) => theme.id === 'rigueur')
		if (!rigueur) throw new Error('rigueur theme missing')
		expect(themeWording(rigueur, 'D1102')).toBe('respect des fiches techniques et des règles d’hygiène HACCP')
		expect(themeWording(rigueur, 'D1502')).toBe('respect des procédures du magasin et des règles d’hygiène')
		expect(themeWording(rigueur, 'A1414')).toBe('rigueur et respect des procédures')
	})
})
