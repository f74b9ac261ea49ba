// Which of an occupation's skills a person already holds (from their CV, or
// from the occupation they come from) and in which order to learn the rest.
import { informativeStems, sharedCount } from '#shared/ai/offline/text.ts'
import type { GraphSkill, MobilityGraph } from './graph.ts'
import type { TrajectorySkill } from './types.ts'
import { contentWords } from './wording.ts'

export type HeldEvidence = {
	/** ROME skill codes the caller found in the CV. */
	heldSkillCodes?: readonly string[]
	/** Canonical skill keys found in the CV, compared with `skillKey` of each ROME label. */
	heldSkillKeys?: readonly string[]
	/** The function that made `heldSkillKeys` (the ROME index's `skillKey`); a stem-based key by default. */
	skillKey?: (wording: string) => string
	/** Skills as the CV words them (« Recrutement », « Viennoiserie »), matched on their meaningful words. */
	heldSkillLabels?: readonly string[]
	/**
	 * Count the skills of the current occupation (same skill, or worded alike) as held.
	 * By default only when the caller gives no CV evidence at all.
	 */
	countOccupationSkills?: boolean
}

/** A wording's key when the caller gives none: its meaningful stems, sorted. */
function defaultSkillKey(wording: string): string {
	return [...informativeStems(wording)].sort().join(' ')
}

/** How the person's side words a skill they hold (their CV's wording, their occupation's skill), or null when they do not hold it. */
export type SkillTest = (skill: GraphSkill) => string | null

// Per label, not per skill object: the same skill appears once for every occupation that lists it.
const labelForms = new Map<string, { normalized: string; stems: Set<string> }>()

function formsOf(label: string): { normalized: string; stems: Set<string> } {
	let forms = labelForms.get(label)
	if (!forms) labelForms.set(label, (forms = { normalized: contentWords(label).join(' '), stems: informativeStems(label) }))
	return forms
}

function stemsOf(skill: GraphSkill): Set<string> {
	return formsOf(skill.label).stems
}

const occupationTests = new WeakMap<MobilityGraph, Map<string, SkillTest>>()

/**
 * The skills of an occupation a person holds by having worked in it: the same
 * ROME skill, the same wording, or a skill worded alike: most of the target's
 * meaningful words and half of the source's, so « collaborer avec les équipes
 * multidisciplinaires » pairs across trades while « évaluer les fournisseurs
 * et négocier les contrats » does not make « négocier des contrats de travail ».
 */
export function occupationTest(graph: MobilityGraph, occupationCode: string): SkillTest {
	let tests = occupationTests.get(graph)
	if (!tests) occupationTests.set(graph, (tests = new Map()))
	let test = tests.get(occupationCode)
	if (!test) tests.set(occupationCode, (test = memoized(buildOccupationTest(graph, occupationCode))))
	return test
}

function buildOccupationTest(graph: MobilityGraph, occupationCode: string): SkillTest {
	const skills = graph.skillsOf(occupationCode).filter((skill) => !skill.certification)
	const codes = new Set(skills.map((skill) => skill.code))
	const labels = new Set(skills.map((skill) => formsOf(skill.label).normalized))
	const worded = skills.filter((skill) => skill.kind !== 'savoir_etre').map((skill) => ({ label: skill.label, stems: stemsOf(skill) }))
	// Which source skills use each stem: a target skill is compared only with the sources it shares words with.
	const byStem = new Map<string, number[]>()
	worded.forEach((source, index) => {
		for (const stem of source.stems) {
			const list = byStem.get(stem)
			if (list) list.push(index)
			else byStem.set(stem, [index])
		}
	})
	return (skill) => {
		if (codes.has(skill.code) || labels.has(formsOf(skill.label).normalized)) return skill.label
		if (skill.kind === 'savoir_etre') return null
		const stems = stemsOf(skill)
		if (stems.size < 2) return null
		const shared = new Map<number, number>()
		for (const stem of stems) for (const index of byStem.get(stem) ?? []) shared.set(index, (shared.get(index) ?? 0) + 1)
		for (const [index, count] of shared) {
			const source = worded[index]
			if (source && count >= 2 && count / stems.size >= 0.6 && count / source.stems.size >= 0.5) return source.label
		}
		return null
	}
}

/** The same answer for the same skill, computed once: a trajectory asks about each skill several times. */
function memoized(test: SkillTest): SkillTest {
	const answers = new Map<string, string | null>()
	return (skill) => {
		const key = `${skill.code}\u0000${skill.label}`
		let answer = answers.get(key)
		if (answer === undefined) answers.set(key, (answer = test(skill)))
		return answer
	}
}

/** What the person holds according to the evidence given, and their current occupation when it counts. */
export function personTest(graph: MobilityGraph, fromCode: string, evidence: HeldEvidence): SkillTest {
	const codes = new Set(evidence.heldSkillCodes ?? [])
	const keys = new Set(evidence.heldSkillKeys ?? [])
	const keyOf = evidence.skillKey ?? defaultSkillKey
	const cvLabels = (evidence.heldSkillLabels ?? [])
		.map((wording) => ({ wording, stems: informativeStems(wording) }))
		.filter((cv) => cv.stems.size > 0)
	const hasEvidence = codes.size > 0 || keys.size > 0 || cvLabels.length > 0
	const fromOccupation = (evidence.countOccupationSkills ?? !hasEvidence) ? occupationTest(graph, fromCode) : null
	return memoized((skill) => {
		if (codes.has(skill.code)) return skill.label
		if (keys.size > 0 && keys.has(keyOf(skill.label))) return skill.label
		if (cvLabels.length > 0) {
			const stems = stemsOf(skill)
			const alike = cvLabels.find((cv) => {
				const shared = sharedCount(cv.stems, stems)
				if (shared === 0) return false
				// The skill said entirely by the CV (« Droit du travail (bases) » holds « Droit du travail »)…
				if (shared === stems.size) return true
				// …or the CV's words all in a skill that says little more: « Recrutement » holds « Organiser un recrutement »,
				// not every skill that mentions recruiting in passing.
				return shared === cv.stems.size && (cv.stems.size >= 2 || stems.size <= 2)
			})
			if (alike) return alike.wording
		}
		return fromOccupation ? fromOccupation(skill) : null
	})
}

const centralCache = new WeakMap<MobilityGraph, Map<string, Set<string>>>()

/** The meaningful words of an occupation's label and definition. */
function centralStems(graph: MobilityGraph, occupationCode: string): Set<string> {
	let cache = centralCache.get(graph)
	if (!cache) centralCache.set(graph, (cache = new Map()))
	let stems = cache.get(occupationCode)
	if (!stems) {
		stems = informativeStems(`${graph.occupation(occupationCode)?.label ?? ''} ${graph.definition(occupationCode) ?? ''}`)
		cache.set(occupationCode, stems)
	}
	return stems
}

const kindOrder = { savoir_faire: 0, savoir: 1, savoir_etre: 2 } as const

/**
 * Core skills first, savoir-faire before savoirs, then the skills that echo the
 * occupation's own label and definition (the ROME order is otherwise arbitrary),
 * transverse ones last.
 */
export function prioritized(graph: MobilityGraph, occupationCode: string, skills: readonly GraphSkill[]): GraphSkill[] {
	const central = centralStems(graph, occupationCode)
	return skills
		.map((skill, index) => ({
			skill,
			index,
			core: skill.isCore ? 0 : 1,
			kind: kindOrder[skill.kind],
			central: sharedCount(stemsOf(skill), central) > 0 ? 0 : 1,
			transverse: /transverse/i.test(skill.category) ? 1 : 0,
		}))
		.sort(
			(left, right) =>
				left.core - right.core ||
				left.kind - right.kind ||
				left.central - right.central ||
				left.transverse - right.transverse ||
				left.index - right.index,
		)
		.map((entry) => entry.skill)
}

/** The public shape, without the graph's bookkeeping; `heldAs` when the person's side words it otherwise. */
export function publicSkill(skill: GraphSkill, heldAs?: string | null): TrajectorySkill {
	const shape: TrajectorySkill = { code: skill.code, label: skill.label, kind: skill.kind, isCore: skill.isCore }
	if (heldAs && heldAs !== skill.label) shape.heldAs = heldAs
	return shape
}
