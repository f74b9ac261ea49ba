// From what a person types (« M1855 », « infirmière », « Développeur·se web H/F »)
// to a ROME occupation, over the official job titles (appellations).
import type { RomeLexicon } from '#app/domain/rome/lexicon.ts'
import { plain, stem } from '#shared/ai/offline/text.ts'
import type { TrajectoryOccupation } from './types.ts'
import { contentWords, genderedForms } from './wording.ts'

export type ResolvedOccupation = TrajectoryOccupation & {
	/** The job title that matched, when the input was a title. */
	title?: string
}

type Form = {
	/** Content words of the form, parenthesised aliases included (« IDE »). */
	words: Set<string>
	/** Stemmed words, computed when a query first needs them. */
	stems?: Set<string>
	/** Content words outside parentheses: what the form says beyond the query counts against it. */
	body: string[]
}

type Entry = { occupationCode: string; label: string; forms: Form[] }

type TitleIndex = { entries: Entry[]; occupations: Map<string, string> }

const indexes = new WeakMap<RomeLexicon, TitleIndex>()

const romeCode = /^\s*([A-Za-z])\s*(\d{4})\s*$/

// « développeur·se », « conseiller(ère) », « chargé(e) »: one form is enough to search.
const inclusiveSuffix = /(\p{L})(?:[·•‧.]|\()(?:e|se|euse|ice|rice|trice|ne|ère|ere|le|fe)\)?s?(?=[\s,;/-]|$)/giu
const genderMark = /\(?\b[HhFf]\s*\/\s*[FfHh]\b\)?|\(\s*[HhFf]\s*\/\s*[FfHh]\s*\)/g

/**
 * The occupation a ROME code or a job title designates, or null. A title is
 * matched folded (accents, case, elisions): the job titles holding all its
 * words win, the one adding the fewest other words first, then the
 * occupation with the most such titles, then the shortest title.
 */
export function resolveOccupation(lexicon: RomeLexicon, input: string): ResolvedOccupation | null {
	const index = indexOf(lexicon)
	const code = romeCode.exec(input)
	if (code) {
		const normalized = `${code[1]?.toUpperCase()}${code[2]}`
		const label = index.occupations.get(normalized)
		return label ? { code: normalized, label } : null
	}

	const words = contentWords(input.replace(genderMark, ' ').replace(inclusiveSuffix, '$1'))
	if (words.length === 0) return null
	const exact = bestMatch(
		index,
		words,
		(form) => words.every((word) => form.words.has(word)),
		(word) => word,
	)
	if (exact) return exact
	const stems = words.map(stem)
	return bestMatch(index, stems, (form) => stems.every((word) => stemsOf(form).has(word)), stem)
}

function bestMatch(
	index: TitleIndex,
	query: string[],
	contains: (form: Form) => boolean,
	normalize: (word: string) => string,
): ResolvedOccupation | null {
	const wanted = new Set(query)
	let best: { entry: Entry; extra: number } | null = null
	const titleCount = new Map<string, number>()
	const candidates: { entry: Entry; extra: number }[] = []
	for (const entry of index.entries) {
		let extra = Number.POSITIVE_INFINITY
		for (const form of entry.forms) {
			if (!contains(form)) continue
			extra = Math.min(extra, form.body.filter((word) => !wanted.has(normalize(word))).length)
		}
		if (extra === Number.POSITIVE_INFINITY) continue
		candidates.push({ entry, extra })
		titleCount.set(entry.occupationCode, (titleCount.get(entry.occupationCode) ?? 0) + 1)
	}
	for (const candidate of candidates) {
		if (!best) {
			best = candidate
			continue
		}
		const byExtra = candidate.extra - best.extra
		const byCount = (titleCount.get(best.entry.occupationCode) ?? 0) - (titleCount.get(candidate.entry.occupationCode) ?? 0)
		const byLength = candidate.entry.label.length - best.entry.label.length
		if (byExtra < 0 || (byExtra === 0 && (byCount < 0 || (byCount === 0 && byLength < 0)))) best = candidate
	}
	if (!best) return null
	const label = index.occupations.get(best.entry.occupationCode)
	return label ? { code: best.entry.occupationCode, label, title: best.entry.label } : null
}

function indexOf(lexicon: RomeLexicon): TitleIndex {
	let index = indexes.get(lexicon)
	if (index) return index
	const occupations = new Map(lexicon.occupations.map((occupation) => [occupation.code, plain(occupation.label)]))
	const entries: Entry[] = []
	const add = (occupationCode: string, rawLabel: string) => {
		const label = plain(rawLabel)
		const forms = genderedForms(label).map((form): Form => {
			if (!form.includes('(')) {
				const body = contentWords(form)
				return { words: new Set(body), body }
			}
			const body = contentWords(form.replace(/\([^)]*\)/g, ' '))
			const aliases = contentWords((form.match(/\([^)]*\)/g) ?? []).join(' '))
			return { words: new Set([...body, ...aliases]), body }
		})
		entries.push({ occupationCode, label, forms })
	}
	const titled = new Set<string>()
	for (const title of lexicon.jobTitles) {
		if (!occupations.has(title.occupationCode)) continue
		add(title.occupationCode, title.label)
		titled.add(`${title.occupationCode}|${title.label}`)
	}
	// The fiche's own label is normally one of its job titles too; a release where it is not still finds it.
	for (const occupation of lexicon.occupations)
		if (!titled.has(`${occupation.code}|${occupation.label}`)) add(occupation.code, occupation.label)
	index = { entries, occupations }
	indexes.set(lexicon, index)
	return index
}

function stemsOf(form: Form): Set<string> {
	form.stems ??= new Set([...form.words].map(stem))
	return form.stems
}
