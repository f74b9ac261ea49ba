// Job title → ROME occupations, through the 13,120 job titles (appellations)
// and the occupation labels. Titles and queries are compared on stems, so
// « Développeuse web », « développeur·se web » and « Développeur / Développeuse
// web » meet; rare words weigh more than common ones (TF-IDF cosine), and an
// occupation many of whose titles fit beats one with a single lucky title.
import { cleanJobTitle } from '#app/domain/offer/title.ts'
import type { RomeCandidate } from '#app/domain/offer/types.ts'
import { stem } from '#shared/ai/offline/text.ts'
import type { RomeLexicon } from './lexicon.ts'
import { foldText, tokenizeWithOffsets } from './tokens.ts'

type IndexedTitle = { label: string; occupationCode: string; stems: string[]; norm: number; head: Set<string> }

// Words of a heading that say who is sought, not what the job is.
const ignoredQueryWords = new Set(
	(
		'junior senior confirme confirmee experimente experimentee debutant debutante stagiaire apprenti apprentie alternant alternante ' +
		'alternance stage cdi cdd interim freelance independant independante n1 n2 n3 h f x lead principal tournant tournante diplome vl ' +
		'diplomee etat detat nuit jour saisonnier saisonniere'
	).split(' '),
)

// The commonest English job words, so that an offer written in English still finds its occupation.
const englishWords: Record<string, string> = {
	engineer: 'ingenieur',
	nurse: 'infirmier',
	baker: 'boulanger',
	cashier: 'caissier',
	driver: 'chauffeur',
	waiter: 'serveur',
	waitress: 'serveur',
	receptionist: 'receptionniste',
	accountant: 'comptable',
	technician: 'technicien',
	software: 'logiciel',
	sales: 'vente',
	salesperson: 'vendeur',
	recruiter: 'recrutement',
	teacher: 'enseignant',
	trainer: 'formateur',
	cook: 'cuisinier',
	chef: 'cuisinier',
	warehouse: 'magasinier',
	designer: 'designer',
	manager: 'responsable',
}

// Abbreviations of job headings (« Conducteur PL / SPL », « Livreur VL »).
const abbreviations: Record<string, string> = {
	pl: 'poids lourd',
	spl: 'poids lourd',
	ide: 'infirmier',
	as: 'aide soignant',
	ash: 'agent de service hospitalier',
	rh: 'ressources humaines',
	adv: 'administration des ventes',
}

/** Stems of a title, with hyphenated compounds also read as one word (« front-end » and « frontend »). */
function titleStems(title: string): string[] {
	return analyseTitle(title).stems
}

/**
 * Stems of a title and the head noun of each of its forms (« Développeur /
 * Développeuse web » → develop): a title is first about its head noun.
 */
function analyseTitle(title: string): { stems: string[]; head: string[] } {
	const tokens = tokenizeWithOffsets(title)
	const stems: string[] = []
	const head: string[] = []
	let expectHead = true
	let previousEnd = 0
	for (let index = 0; index < tokens.length; index++) {
		const token = tokens[index]
		if (!token) continue
		if (title.slice(previousEnd, token.start).includes('/')) expectHead = true
		previousEnd = token.end
		if (token.stop) continue
		const stemmed = stem(masculine(englishWords[token.word] ?? token.word))
		stems.push(stemmed)
		if (expectHead) {
			head.push(stemmed)
			expectHead = false
		}
		const next = tokens[index + 1]
		if (next && !next.stop && title.slice(token.end, next.start) === '-') stems.push(stem(masculine(token.word + next.word)))
	}
	return { stems: [...new Set(stems)], head }
}

export type TitleMatcher = { matchTitle(title: string, limit?: number): RomeCandidate[] }

export function createTitleMatcher(lexicon: RomeLexicon): TitleMatcher {
	const occupationLabels = new Map(lexicon.occupations.map((occupation) => [occupation.code, occupation.label]))
	const rawTitles = [
		...lexicon.jobTitles.map((title) => ({ label: title.label, occupationCode: title.occupationCode })),
		...lexicon.occupations.map((occupation) => ({ label: occupation.label, occupationCode: occupation.code })),
	]
	const documentFrequency = new Map<string, number>()
	const prepared = rawTitles.map((title) => {
		// Feminine words are read as their masculine (see masculine()), so both forms of a title give one set of stems.
		const { stems, head } = analyseTitle(title.label)
		for (const stem of stems) documentFrequency.set(stem, (documentFrequency.get(stem) ?? 0) + 1)
		return { ...title, stems, head: new Set(head) }
	})
	const total = prepared.length
	const weight = (stem: string) => Math.log(1 + total / (documentFrequency.get(stem) ?? total))
	const titles: IndexedTitle[] = prepared.map((title) => ({
		...title,
		norm: Math.sqrt(title.stems.reduce((sum, stem) => sum + weight(stem) ** 2, 0)),
	}))
	// Each occupation as the bag of its titles: a stem found in most of its titles weighs close to 1.
	const occupationVectors = new Map<string, { weights: Map<string, number>; norm: number }>()
	{
		const counts = new Map<string, { titles: number; stems: Map<string, number> }>()
		for (const title of titles) {
			let entry = counts.get(title.occupationCode)
			if (!entry) counts.set(title.occupationCode, (entry = { titles: 0, stems: new Map() }))
			entry.titles++
			for (const stem of title.stems) entry.stems.set(stem, (entry.stems.get(stem) ?? 0) + 1)
		}
		for (const [code, { titles: count, stems }] of counts) {
			const weights = new Map<string, number>()
			let norm = 0
			for (const [stem, n] of stems) {
				const value = (n / count) * weight(stem)
				weights.set(stem, value)
				norm += value * value
			}
			occupationVectors.set(code, { weights, norm: Math.sqrt(norm) })
		}
	}
	const postings = new Map<string, number[]>()
	titles.forEach((title, index) => {
		for (const stem of title.stems) {
			let list = postings.get(stem)
			if (!list) postings.set(stem, (list = []))
			list.push(index)
		}
	})

	function matchTitle(title: string, limit = 5): RomeCandidate[] {
		const cleaned = cleanJobTitle(title)
		const withoutParentheses = cleaned.replace(/\([^)]*\)/g, ' ').trim()
		const query = (withoutParentheses || cleaned)
			.split(/\s+/)
			.filter((word) => !ignoredQueryWords.has(bareWord(word)))
			.map((word) => abbreviations[bareWord(word)] ?? word)
			.join(' ')
		const stems = titleStems(query).filter((stem) => postings.has(stem))
		if (stems.length === 0) return []
		const head = stems[0]
		const queryNorm = Math.sqrt(stems.reduce((sum, stem) => sum + weight(stem) ** 2, 0))

		const dots = new Map<number, number>()
		for (const stem of stems) {
			const contribution = weight(stem) ** 2
			for (const index of postings.get(stem) ?? []) dots.set(index, (dots.get(index) ?? 0) + contribution)
		}

		const best = new Map<string, { similarity: number; title: string; exact: boolean }>()
		for (const [index, dot] of dots) {
			const candidate = titles[index]
			if (!candidate) continue
			let similarity = dot / (queryNorm * candidate.norm)
			if (head && !candidate.head.has(head)) similarity *= 0.9
			const exact = similarity > 0.999
			const current = best.get(candidate.occupationCode)
			if (!current || similarity > current.similarity) best.set(candidate.occupationCode, { similarity, title: candidate.label, exact })
		}

		return [...best.entries()]
			.map(([code, { similarity, title: matchedTitle, exact }]) => {
				const vector = occupationVectors.get(code)
				let overall = 0
				if (vector && vector.norm > 0) {
					for (const stem of stems) overall += (vector.weights.get(stem) ?? 0) * weight(stem)
					overall /= vector.norm * queryNorm
				}
				// An exact appellation is the answer; otherwise the best title and the occupation as a whole weigh alike.
				const score = exact ? 0.9 + 0.1 * overall : 0.5 * similarity + 0.5 * overall
				return { code, label: occupationLabels.get(code) ?? code, score: round(score), matchedTitle }
			})
			.sort((a, b) => b.score - a.score || a.code.localeCompare(b.code))
			.slice(0, limit)
	}

	return { matchTitle }
}

// Feminine endings the stemmer does not fold onto the masculine (« assistante », « formatrice », « cheffe »).
const feminineEndings: ReadonlyArray<readonly [RegExp, string]> = [
	[/ante$/, 'ant'],
	[/ente$/, 'ent'],
	[/trice$/, 'teur'],
	[/eresse$/, 'eur'],
	[/tesse$/, 'te'],
	[/effe$/, 'ef'],
	[/ise$/, 'is'],
]

function masculine(word: string): string {
	if (word.length < 5) return word
	for (const [ending, replacement] of feminineEndings) if (ending.test(word)) return word.replace(ending, replacement)
	return word
}

function bareWord(word: string): string {
	return foldText(word).replace(/[^a-z0-9]/g, '')
}

function round(value: number): number {
	return Math.round(value * 1000) / 1000
}
