// A job title can be ambiguous (« Conseiller clientèle particuliers » in a
// bank or in a kitchen showroom): the words of the offer settle it. The
// occupations the title suggests are re-ranked by how much of the offer their
// ROME description and skills share.
import type { RomeCandidate } from './types.ts'
import type { RomeIndex } from '#app/domain/rome/rome-index.ts'
import { contentTokens, tokenizeWithOffsets } from '#app/domain/rome/tokens.ts'

/** Weight of the offer's words against the title's own score. */
const contextWeight = 0.2

const profiles = new WeakMap<RomeIndex, Map<string, Set<string>>>()

/** Stems of an occupation's label, definition and skills, computed once per index. */
function profileOf(index: RomeIndex, code: string): Set<string> {
	let cache = profiles.get(index)
	if (!cache) profiles.set(index, (cache = new Map()))
	let profile = cache.get(code)
	if (!profile) {
		const occupation = index.occupation(code)
		const texts = [occupation?.label ?? '', occupation?.definition ?? '', ...index.skillsOf(code).map((item) => item.skill.label)]
		profile = new Set(texts.flatMap((text) => contentTokens(tokenizeWithOffsets(text)).map((token) => token.stem)))
		cache.set(code, profile)
	}
	return profile
}

/** Candidates re-ranked with the offer's content words (stem → count); the title still weighs most. */
export function rankOccupations(candidates: RomeCandidate[], offerStems: Map<string, number>, index: RomeIndex): RomeCandidate[] {
	if (candidates.length < 2 || offerStems.size === 0) return candidates
	const weights = [...offerStems.entries()].map(([stem, count]) => [stem, Math.log(1 + count)] as const)
	const offerNorm = Math.sqrt(weights.reduce((sum, [, weight]) => sum + weight * weight, 0))
	return candidates
		.map((candidate) => {
			const profile = profileOf(index, candidate.code)
			if (profile.size === 0) return candidate
			const shared = weights.reduce((sum, [stem, weight]) => sum + (profile.has(stem) ? weight : 0), 0)
			const context = shared / (offerNorm * Math.sqrt(profile.size) * 0.25)
			const score = (1 - contextWeight) * candidate.score + contextWeight * Math.min(1, context)
			return { ...candidate, score: Math.round(score * 1000) / 1000 }
		})
		.sort((a, b) => b.score - a.score || a.code.localeCompare(b.code))
}
