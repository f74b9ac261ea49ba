// The offer's words the letter never uses. Recruiters, and the software that
// sorts applications before them, look for them; the letter meets them on
// stems, so « rigoureuse » covers « rigueur » and « développé » covers
// « développement ».

import { stopWords, tokenize } from '#shared/ai/offline/text.ts'
import type { OfferAnalysis } from '#app/domain/offer/types.ts'
import { draft, fr, matchStem, type Draft, type LetterText } from './text.ts'

/** How many of the offer's words the check weighs: past that, the list says more about the offer than about the letter. */
const maxCandidates = 15
const listedInMessage = 8
const minCoverage = 0.3

type Candidate = { label: string; stems: string[][]; mustHaveHardSkill: boolean }

function stemsOf(text: string): string[] {
	const words = tokenize(text.replace(/[_:/]+/g, ' '))
	const content = words.filter((word) => !stopWords.has(word) && (word.length > 1 || /\d/.test(word)))
	return (content.length > 0 ? content : words).map(matchStem)
}

function candidates(offer: OfferAnalysis): Candidate[] {
	const list: Candidate[] = []
	const seen = new Set<string>()
	const push = (label: string, key: string, mustHaveHardSkill: boolean) => {
		const labelStems = stemsOf(label)
		const signature = labelStems.join(' ')
		if (!signature || seen.has(signature) || seen.has(key)) return
		seen.add(signature)
		seen.add(key)
		const keyStems = stemsOf(key)
		list.push({
			label,
			stems: keyStems.length > 0 && keyStems.join(' ') !== signature ? [labelStems, keyStems] : [labelStems],
			mustHaveHardSkill,
		})
	}
	const byMustHave = <T extends { mustHave: boolean }>(skills: T[]) => [
		...skills.filter((skill) => skill.mustHave),
		...skills.filter((skill) => !skill.mustHave),
	]
	for (const skill of byMustHave(offer.hardSkills)) push(skill.label, skill.key, skill.mustHave)
	for (const skill of byMustHave(offer.softSkills)) push(skill.label, skill.key, false)
	for (const keyword of [...offer.keywords].sort((a, b) => b.weight - a.weight)) push(keyword.label, keyword.key, false)
	return list.slice(0, maxCandidates)
}

export function checkKeywords(letter: LetterText, offer: OfferAnalysis): Draft[] {
	const wanted = candidates(offer)
	if (wanted.length === 0) return []
	const present = letter.stems
	const covered = (candidate: Candidate) => candidate.stems.some((stems) => stems.every((word) => present.has(word)))
	const missing = wanted.filter((candidate) => !covered(candidate))
	if (missing.length === 0) return []

	const mustHave = wanted.filter((candidate) => candidate.mustHaveHardSkill)
	const missingMustHave = missing.filter((candidate) => candidate.mustHaveHardSkill)
	const coverage = (wanted.length - missing.length) / wanted.length
	// A letter need not list every tool (the CV does); it must show the core of the job.
	const important = (mustHave.length > 0 && missingMustHave.length === mustHave.length) || coverage < minCoverage
	const labels = missing.map((candidate) => candidate.label)
	const shown = labels.slice(0, listedInMessage).join(', ') + (labels.length > listedInMessage ? '…' : '')
	return [
		draft(
			'keywords',
			'absents',
			important ? 'important' : 'conseil',
			fr("Mots-clés de l'offre absents"),
			fr(
				labels.length === 1
					? `Ce mot de l'offre n'apparaît pas dans votre lettre : ${shown}. S'il vous correspond, reprenez-le avec un exemple : les recruteurs, et leurs logiciels de tri, le cherchent.`
					: `Ces mots de l'offre n'apparaissent pas dans votre lettre : ${shown}. Reprenez ceux qui vous correspondent vraiment, chacun avec un exemple : les recruteurs, et leurs logiciels de tri, les cherchent.`,
			),
			{ rewritable: true, missingKeywords: labels },
		),
	]
}
