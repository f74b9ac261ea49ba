// BM25 over the help articles. The corpus is small and fixed, so the index is
// built once per process, on first use, and every search is a few map lookups.
import { helpArticles, type HelpArea, type HelpArticle } from './help-content.ts'
import { analyze } from './text.ts'

export type HelpHit = {
	article: HelpArticle
	score: number
	/** Stemmed query terms the article contains: how much of the question it answers. */
	matchedTerms: string[]
	/** matchedTerms over the question's distinct terms, 0 to 1. */
	coverage: number
}

export type SearchHelpOptions = {
	/** Only articles of this area (or these areas). */
	area?: HelpArea | readonly HelpArea[]
	/** Articles of these areas rank higher without excluding the others: the person's product first. */
	preferAreas?: readonly HelpArea[]
	/** 3 unless told. */
	limit?: number
}

export type HelpIndex = { search(query: string, options?: SearchHelpOptions): HelpHit[] }

// A title or keyword word says more about an article than a word of its body.
const fieldWeights = { title: 3, keywords: 2, body: 1 } as const
const k1 = 1.2
const b = 0.75
const preferredAreaBoost = 1.3

type IndexedArticle = { article: HelpArticle; termFrequencies: Map<string, number>; length: number }

export function createHelpIndex(articles: readonly HelpArticle[]): HelpIndex {
	const indexed: IndexedArticle[] = articles.map((article) => {
		const termFrequencies = new Map<string, number>()
		let length = 0
		const add = (text: string, weight: number) => {
			for (const term of analyze(text)) {
				termFrequencies.set(term, (termFrequencies.get(term) ?? 0) + weight)
				length += weight
			}
		}
		add(article.title, fieldWeights.title)
		for (const keyword of article.keywords) add(keyword, fieldWeights.keywords)
		// Link targets are addresses, not words the person would type.
		add(article.body.replace(/\]\([^)]*\)/g, ']'), fieldWeights.body)
		return { article, termFrequencies, length }
	})
	const averageLength = indexed.reduce((sum, entry) => sum + entry.length, 0) / Math.max(indexed.length, 1)
	const documentFrequency = new Map<string, number>()
	for (const entry of indexed) {
		for (const term of entry.termFrequencies.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1)
	}
	const inverseDocumentFrequency = (term: string) => {
		const frequency = documentFrequency.get(term) ?? 0
		return Math.log(1 + (indexed.length - frequency + 0.5) / (frequency + 0.5))
	}

	return {
		search(query, options = {}) {
			const terms = [...new Set(analyze(query))]
			if (terms.length === 0) return []
			const allowedAreas = options.area === undefined ? null : new Set<HelpArea>(typeof options.area === 'string' ? [options.area] : options.area)
			const preferredAreas = new Set(options.preferAreas ?? [])
			const hits: HelpHit[] = []
			for (const entry of indexed) {
				if (allowedAreas && !allowedAreas.has(entry.article.area)) continue
				let score = 0
				const matchedTerms: string[] = []
				for (const term of terms) {
					const frequency = entry.termFrequencies.get(term)
					if (!frequency) continue
					matchedTerms.push(term)
					const saturation = (frequency * (k1 + 1)) / (frequency + k1 * (1 - b + (b * entry.length) / averageLength))
					score += inverseDocumentFrequency(term) * saturation
				}
				if (score === 0) continue
				if (preferredAreas.has(entry.article.area)) score *= preferredAreaBoost
				hits.push({ article: entry.article, score, matchedTerms, coverage: matchedTerms.length / terms.length })
			}
			hits.sort((left, right) => right.score - left.score || left.article.id.localeCompare(right.article.id))
			return hits.slice(0, options.limit ?? 3)
		},
	}
}

let defaultIndex: HelpIndex | undefined

/** The help articles that best answer a question, best first. */
export function searchHelp(query: string, options?: SearchHelpOptions): HelpHit[] {
	defaultIndex ??= createHelpIndex(helpArticles)
	return defaultIndex.search(query, options)
}
