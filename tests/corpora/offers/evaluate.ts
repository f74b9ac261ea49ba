// Scores analyzeOffer against the hand-labelled offers of labels.json: skill
// precision and recall (skills compared through index.skillKey, so « esprit
// d’équipe » and « Travail en équipe » are one skill) and the accuracy of each
// field. Used by the corpus test and by `npm run bench`.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { analyzeOffer } from '#app/domain/offer/analyze.ts'
import type { OfferAnalysis } from '#app/domain/offer/types.ts'
import type { RomeIndex } from '#app/domain/rome/rome-index.ts'
import { foldText } from '#app/domain/rome/tokens.ts'

export type LabelledOffer = {
	id: string
	/**
	 * A later batch, labelled and first scored before the lexicon knew its trades (the blind scores of
	 * that first run are in README.md); the lexicon has been extended since, so today's scores on these
	 * offers are no longer blind.
	 */
	holdout?: boolean
	/** Relative to the repository root. */
	file: string
	title: string
	/** Acceptable top ROME codes. */
	rome: string[]
	hardSkills: { label: string; mustHave: boolean }[]
	softSkills: string[]
	education: string | null
	experienceYears: number | null
	contract: string[]
	location: string | null
	remote?: OfferAnalysis['remote']
	/** Absent: not judged (the offer names an agency and a client, say). */
	company?: string | null
	language?: 'fr' | 'en'
	salary: { min: number; max: number; period: string } | null
}

export type OfferEvaluation = {
	id: string
	holdout: boolean
	truePositives: number
	predicted: number
	expected: number
	precision: number
	recall: number
	/** Expected skill labels found, as the analyser labels them. */
	found: string[]
	/** Skills the analyser reported that the labels do not list. */
	unexpected: string[]
	/** Labelled skills the analyser missed. */
	missed: string[]
	/** Must-have read as labelled, over the labelled hard skills found. */
	mustHaveAgreement: number
	fields: Record<string, { ok: boolean; expected: unknown; actual: unknown }>
}

export type Scores = {
	offers: number
	skillPrecision: number
	skillRecall: number
	fieldAccuracy: Record<string, number>
}

export type CorpusEvaluation = Scores & {
	perOffer: OfferEvaluation[]
	/** The same scores on the offers the lexicon was first tuned on and on the later batches. */
	splits: { tuning: Scores; holdout: Scores }
}

const repositoryRoot = path.resolve(import.meta.dirname, '../../..')

export function readLabelledOffers(): LabelledOffer[] {
	return JSON.parse(readFileSync(path.join(import.meta.dirname, 'labels.json'), 'utf8')) as LabelledOffer[]
}

export function readOfferText(offer: LabelledOffer): string {
	return readFileSync(path.join(repositoryRoot, offer.file), 'utf8')
}

export function evaluateOfferCorpus(index: RomeIndex): CorpusEvaluation {
	const perOffer = readLabelledOffers().map((offer) => evaluateOffer(offer, analyzeOffer(readOfferText(offer), index), index))
	return {
		...scores(perOffer),
		perOffer,
		splits: { tuning: scores(perOffer.filter((offer) => !offer.holdout)), holdout: scores(perOffer.filter((offer) => offer.holdout)) },
	}
}

function scores(evaluations: OfferEvaluation[]): Scores {
	const fieldTotals = new Map<string, { ok: number; total: number }>()
	for (const evaluation of evaluations) {
		for (const [field, result] of Object.entries(evaluation.fields)) {
			const totals = fieldTotals.get(field) ?? { ok: 0, total: 0 }
			totals.total++
			if (result.ok) totals.ok++
			fieldTotals.set(field, totals)
		}
	}
	const sum = (pick: (evaluation: OfferEvaluation) => number) => evaluations.reduce((total, evaluation) => total + pick(evaluation), 0)
	return {
		offers: evaluations.length,
		skillPrecision: ratio(
			sum((evaluation) => evaluation.truePositives),
			sum((evaluation) => evaluation.predicted),
		),
		skillRecall: ratio(
			sum((evaluation) => evaluation.truePositives),
			sum((evaluation) => evaluation.expected),
		),
		fieldAccuracy: Object.fromEntries([...fieldTotals.entries()].map(([field, totals]) => [field, ratio(totals.ok, totals.total)])),
	}
}

export function evaluateOffer(offer: LabelledOffer, analysis: OfferAnalysis, index: RomeIndex): OfferEvaluation {
	const predicted = [...analysis.hardSkills, ...analysis.softSkills]
	const expectedByKey = new Map<string, { label: string; mustHave?: boolean }>()
	for (const skill of offer.hardSkills) expectedByKey.set(index.skillKey(skill.label), skill)
	for (const label of offer.softSkills) expectedByKey.set(index.skillKey(label), { label })
	const predictedKeys = new Set(predicted.map((skill) => skill.key))
	const found = predicted.filter((skill) => expectedByKey.has(skill.key))
	const hardFound = analysis.hardSkills.filter((skill) => expectedByKey.get(skill.key)?.mustHave !== undefined)
	const mustAgreements = hardFound.filter((skill) => expectedByKey.get(skill.key)?.mustHave === skill.mustHave).length

	const fields: OfferEvaluation['fields'] = {}
	const judge = (name: string, expected: unknown, actual: unknown, ok: boolean) => {
		fields[name] = { ok, expected, actual }
	}
	judge('title', offer.title, analysis.title, sameText(offer.title, analysis.title))
	judge('rome', offer.rome, analysis.rome[0]?.code ?? null, offer.rome.includes(analysis.rome[0]?.code ?? ''))
	judge('education', offer.education, analysis.education?.level ?? null, offer.education === (analysis.education?.level ?? null))
	judge('experienceYears', offer.experienceYears, analysis.experienceYears, offer.experienceYears === analysis.experienceYears)
	judge('contract', offer.contract, analysis.contract, sameSet(offer.contract, analysis.contract))
	judge('location', offer.location, analysis.location, sameText(offer.location, analysis.location))
	judge('salary', offer.salary, analysis.salary && pick(analysis.salary), sameSalary(offer.salary, analysis.salary))
	if ('remote' in offer) judge('remote', offer.remote ?? null, analysis.remote, (offer.remote ?? null) === analysis.remote)
	if ('company' in offer) judge('company', offer.company ?? null, analysis.company, sameCompany(offer.company ?? null, analysis.company))
	judge('language', offer.language ?? 'fr', analysis.language, (offer.language ?? 'fr') === analysis.language)

	return {
		id: offer.id,
		holdout: offer.holdout === true,
		truePositives: found.length,
		predicted: predictedKeys.size,
		expected: expectedByKey.size,
		precision: ratio(found.length, predictedKeys.size),
		recall: ratio(found.length, expectedByKey.size),
		found: found.map((skill) => skill.label),
		unexpected: predicted.filter((skill) => !expectedByKey.has(skill.key)).map((skill) => skill.label),
		missed: [...expectedByKey.entries()].filter(([key]) => !predictedKeys.has(key)).map(([, skill]) => skill.label),
		mustHaveAgreement: ratio(mustAgreements, hardFound.length),
		fields,
	}
}

function ratio(part: number, whole: number): number {
	return whole === 0 ? 1 : Math.round((part / whole) * 1000) / 1000
}

function comparable(text: string): string {
	return foldText(text)
		.replace(/[^a-z0-9]+/g, ' ')
		.trim()
}

function sameText(expected: string | null, actual: string | null): boolean {
	if (expected === null || actual === null) return expected === actual
	return comparable(expected) === comparable(actual)
}

function sameCompany(expected: string | null, actual: string | null): boolean {
	if (expected === null || actual === null) return expected === actual
	const a = comparable(expected)
	const b = comparable(actual)
	return a.includes(b) || b.includes(a)
}

function sameSet(expected: string[], actual: string[]): boolean {
	return expected.length === actual.length && expected.every((item) => actual.includes(item))
}

function pick(salary: NonNullable<OfferAnalysis['salary']>) {
	return { min: salary.min, max: salary.max, period: salary.period }
}

function sameSalary(expected: LabelledOffer['salary'], actual: OfferAnalysis['salary']): boolean {
	if (expected === null || actual === null) return expected === actual
	return Math.abs(expected.min - actual.min) < 0.01 && Math.abs(expected.max - actual.max) < 0.01 && expected.period === actual.period
}
