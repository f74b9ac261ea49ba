// An in-memory index over the ROME lexicon, built once per process (the
// server caches it; the command line and the tests build it from data/rome/).
// Everything the analyser, Mirror Match and the Trajectory Builder ask of ROME.
import type { OfferSkill, RomeCandidate, TextSpan } from '#app/domain/offer/types.ts'
import type { RomeLexicon, RomeLexiconMobility, RomeLexiconOccupation, RomeLexiconSkill } from './lexicon.ts'
import { createSkillFinder } from './skill-finder.ts'
import { createTitleMatcher } from './title-matching.ts'

/** A skill recognised in a text (offer, CV, letter). */
export type SkillMention = Omit<OfferSkill, 'mustHave'> & { kind: 'hard' | 'soft' }

export type RomeIndex = {
	readonly lexicon: RomeLexicon
	occupation(code: string): RomeLexiconOccupation | undefined
	skill(code: string): RomeLexiconSkill | undefined
	/** Occupations whose job titles best match a title (accents, elisions, « H/F », « développeur·se », « (e) »), best first. */
	matchTitle(title: string, limit?: number): RomeCandidate[]
	/** Skills and tools named in a text, against the ROME savoirs / savoir-faire and the curated lexicon. */
	findSkills(text: string): SkillMention[]
	/** The canonical key of a skill wording (« rigoureux » and « rigueur » give the same key). */
	skillKey(wording: string): string
	skillsOf(occupationCode: string): { skill: RomeLexiconSkill; isCore: boolean }[]
	mobilitiesFrom(occupationCode: string): RomeLexiconMobility[]
}

/**
 * Builds the index once (about a second for the whole of ROME): folded and
 * stemmed forms of every job title and skill label are computed here, so that
 * reading an offer only looks words up.
 */
export function createRomeIndex(lexicon: RomeLexicon): RomeIndex {
	const occupations = new Map(lexicon.occupations.map((occupation) => [occupation.code, occupation]))
	const skills = new Map(lexicon.skills.map((skill) => [skill.code, skill]))
	// Skills per occupation and mobilities are grouped on first use: offers never need them.
	let skillsByOccupation: Map<string, { skill: RomeLexiconSkill; isCore: boolean }[]> | null = null
	let mobilities: Map<string, RomeLexiconMobility[]> | null = null
	const groupSkills = () => {
		const grouped = new Map<string, { skill: RomeLexiconSkill; isCore: boolean }[]>()
		for (const link of lexicon.occupationSkills) {
			const skill = skills.get(link.skillCode)
			if (!skill) continue
			let list = grouped.get(link.occupationCode)
			if (!list) grouped.set(link.occupationCode, (list = []))
			list.push({ skill, isCore: link.isCore })
		}
		return grouped
	}
	const groupMobilities = () => {
		const grouped = new Map<string, RomeLexiconMobility[]>()
		for (const mobility of lexicon.mobilities) {
			let list = grouped.get(mobility.fromCode)
			if (!list) grouped.set(mobility.fromCode, (list = []))
			list.push(mobility)
		}
		for (const list of grouped.values()) list.sort((a, b) => a.rank - b.rank || a.toCode.localeCompare(b.toCode))
		return grouped
	}

	const titleMatcher = createTitleMatcher(lexicon)
	const skillFinder = createSkillFinder(lexicon.skills)

	return {
		lexicon,
		occupation: (code) => occupations.get(code),
		skill: (code) => skills.get(code),
		matchTitle: (title, limit) => titleMatcher.matchTitle(title, limit),
		findSkills: (text) => skillFinder.findSkills(text),
		skillKey: (wording) => skillFinder.skillKey(wording),
		skillsOf: (code) => (skillsByOccupation ??= groupSkills()).get(code) ?? [],
		mobilitiesFrom: (code) => (mobilities ??= groupMobilities()).get(code) ?? [],
	}
}
