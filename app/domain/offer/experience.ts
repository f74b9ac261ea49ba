// Years of experience asked for: « 3 ans d’expérience exigés », « au moins
// 2 ans », « 5+ years of experience », « Expérience de 1 an minimum »; and
// openness to beginners: « débutant(e) accepté(e) », « jeunes diplômés
// bienvenus », « junior », « première expérience », « aucune expérience requise ».
import type { OfferExperience } from './types.ts'
import { requirementInLine } from './requirements.ts'

const number = String.raw`(\d{1,2}|un|une|deux|trois|quatre|cinq|six|sept|huit|dix)`
const wordNumbers: Record<string, number> = { un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, dix: 10 }

// « 3 à 5 ans d'expérience », « 2 ans minimum », « au moins 2 ans », « 5+ years »
const yearPatterns: RegExp[] = [new RegExp(String.raw`\b${number}(?:\s*(?:a|-|–)\s*${number})?\s*\+?\s*(?:ans?|annees?|years?|yrs)\b`, 'g')]
const experienceWord =
	/\bexperiences?\b|\bexperience\b|\bexperimente|\bpratique\b|\banciennete\b|\bexperience\b|\byears? of\b|\bexperience in\b/
const notExperience =
	/\b(?:permis|depuis|age|ages|agee?s?|avoir entre|entre \d+ et|cree|creee|fondee?|existe|contrat|cdd|cdi|mission|duree|formation|bts|bac|diplome|apprentissage|alternance|rythme|garantie|anciennete de l'entreprise)\b/
const beginner =
	/\bdebutant\S*(?:\s+\S+){0,3}?\s+(?:accepte|bienvenu|admis|possible)|\bjeunes? diplome|\bsans experience\b|\baucune experience\b|\bpas d'experience\b|\bjuniors?\b|\bpremiere experience\b|\b1ere experience\b|\bsortie? d'ecole\b|\bno experience\b|\bentry[- ]level\b|\bgraduates?\b/

export type ExperienceSource = { text: string; folded: string; /** The line belongs to the requirements. */ profile: boolean }

export function parseExperience(sources: ExperienceSource[]): OfferExperience | null {
	let minYears: number | null = null
	let maxYears: number | undefined
	let must: boolean | null = null
	let beginnerAccepted = false
	let firstExperience = false

	for (const source of sources) {
		for (const clause of clauses(source.folded)) {
			const { text, start } = clause
			if (beginner.test(text)) {
				if (/premiere experience|1ere experience/.test(text) && !/debutant|junior|jeune|aucune|sans experience/.test(text))
					firstExperience = true
				else beginnerAccepted = true
			}
			const mentionsExperience = experienceWord.test(text)
			for (const pattern of yearPatterns) {
				pattern.lastIndex = 0
				for (const match of text.matchAll(pattern)) {
					const at = match.index ?? 0
					const around = text.slice(Math.max(0, at - 40), at + match[0].length + 40)
					if (notExperience.test(text.slice(Math.max(0, at - 25), at + match[0].length + 3))) continue
					// « 3 ans minimum en gestion de la paie » in the requirements says experience without the word.
					const minimumStated = /\b(?:minimum|au moins)\b/.test(around)
					if (!mentionsExperience && !(source.profile && minimumStated) && !/years?/.test(match[0])) continue
					const values = [match[1], match[2]].filter((value): value is string => Boolean(value)).map(toNumber)
					const low = Math.min(...values)
					const high = Math.max(...values)
					if (!Number.isFinite(low) || low > 30) continue
					if (minYears === null || low > minYears) {
						minYears = low
						maxYears = high > low ? high : undefined
						const requirement = requirementInLine(source.text, start + at)
						must = requirement === 'must' || (requirement === null && source.profile)
					}
				}
			}
		}
	}

	if (minYears !== null) return { minYears, ...(maxYears !== undefined ? { maxYears } : {}), beginnerAccepted, mustHave: must ?? false }
	if (beginnerAccepted || firstExperience) return { minYears: 0, beginnerAccepted: true, mustHave: false }
	return null
}

function toNumber(value: string): number {
	return wordNumbers[value] ?? Number.parseInt(value, 10)
}

function clauses(text: string): { text: string; start: number }[] {
	const result: { text: string; start: number }[] = []
	let start = 0
	for (const match of text.matchAll(/[;!?]|\.(?=\s|$)/g)) {
		const end = match.index ?? text.length
		result.push({ text: text.slice(start, end), start })
		start = end + 1
	}
	if (start < text.length) result.push({ text: text.slice(start), start })
	return result
}
