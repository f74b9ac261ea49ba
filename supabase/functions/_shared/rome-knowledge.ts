// What the offline engine (and later the Trajectory Builder) knows of ROME 4.0:
// occupations found from the words a person uses, their definition, access
// routes and skills, and the official mobility edges. Read-only queries on
// public tables, so they run as the owner or inside a transaction switched to
// `authenticated`/`anon` alike. Runtime-neutral: the app and the Edge
// Functions import this file.
import type postgres from 'postgres'
import type {
	RomeKnowledge,
	RomeMobility,
	RomeOccupationMatch,
	RomeOccupationProfile,
	RomeSkill,
	RomeSkillKind,
} from './ai/types.ts'

type Queryable = postgres.Sql | postgres.TransactionSql

// Words that say nothing about the occupation, and the bits inclusive writing
// leaves once punctuation is gone (« infirmier·ère » → "infirmier ere").
const ignoredWords = [
	'a', 'au', 'aux', 'avec', 'chez', 'comme', 'd', 'dans', 'de', 'des', 'du', 'en', 'et', 'j', 'je', 'l', 'la', 'le',
	'les', 'ou', 'par', 'pour', 'sur', 'suis', 'un', 'une',
	'e', 'es', 'ee', 'ees', 'ere', 'eres', 'euse', 'euses', 'se', 'ses', 'rice', 'rices', 'trice', 'trices',
	'ne', 'nne', 'nnes', 'lle', 'lles', 'ive', 'ives', 'fe', 'ffe', 'esse', 'esses',
]

// Feminine, masculine and plural endings, removed so that « infirmière »,
// « infirmiers » and « Infirmier » meet on "infirmi", « développeuse » and
// « développeur » on "developp", « cheffe » and « chef » on "chef". The longest
// matching ending goes; PostgreSQL's regexp_replace and JavaScript agree on
// that for an alternation anchored at the end, so the same pattern serves the
// query (in SQL, to find candidates) and the titles (here, to rank them).
const genderEndings = [
	'iennes', 'ienne', 'iens', 'ien',
	'euses', 'euse', 'eurs', 'eur', 'rices', 'rice',
	'eres', 'ere', 'ers', 'er',
	'elles', 'elle', 'els', 'el',
	'ales', 'ale', 'aux', 'al',
	'ives', 'ive', 'ifs', 'if',
	'onnes', 'onne', 'ons', 'on',
	'esses', 'esse', 'ees', 'ee', 'fes', 'fe',
	'es', 'e', 's',
]
const genderEndingPattern = `(?:${genderEndings.join('|')})$`
const genderEnding = new RegExp(genderEndingPattern)
const shortestStem = 3

const ignored = new Set(ignoredWords)
const frenchOrder = new Intl.Collator('fr').compare
const maxQueryLength = 200
const maxCandidates = 400
const maxLimit = 50

function stem(word: string) {
	const stripped = word.replace(genderEnding, '')
	return stripped.length >= shortestStem ? stripped : word
}

function clampLimit(limit: number | undefined, fallback: number) {
	const value = Math.trunc(Number(limit ?? fallback))
	return Number.isFinite(value) ? Math.min(Math.max(value, 1), maxLimit) : fallback
}

type Word = { word: string; stem: string }

function toWords(searchForm: string[]): Word[] {
	const words = new Map<string, Word>()
	for (const word of searchForm) {
		if (word.length < 2 || ignored.has(word)) continue
		const wordStem = stem(word)
		if (!words.has(wordStem)) words.set(wordStem, { word, stem: wordStem })
	}
	return [...words.values()]
}

/** Optimal string alignment distance: edits, a swap of two neighbours counting as one. */
function editDistance(a: string, b: string) {
	let before: number[] = []
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
	for (let i = 1; i <= a.length; i++) {
		const current = [i]
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1
			let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, before[j - 2]! + 1)
			current.push(best)
		}
		before = previous
		previous = current
	}
	return previous[b.length]!
}

/**
 * How much a query word tells about a title word, 0..1: the same word up to
 * gender and number is 1; the start of it (« dev » for « développeur ») counts
 * for the share it covers, so « rh » weighs little against « rhumatologue »
 * and fully against « RH »; a near miss (« infirmeire ») counts less.
 */
function wordCredit(query: Word, title: Word) {
	if (query.stem === title.stem) return 1
	if (title.stem.startsWith(query.stem)) return 0.5 + (0.5 * query.stem.length) / title.stem.length
	const longest = Math.max(query.word.length, title.word.length)
	// Below 0.75 either way: spare the distance.
	if (query.word.length < 5 || title.word.length < 5 || query.word[0] !== title.word[0]) return 0
	if (Math.abs(query.word.length - title.word.length) > longest / 4) return 0
	const similarity = 1 - editDistance(query.word, title.word) / longest
	return similarity >= 0.75 ? 0.8 * similarity : 0
}

type Candidate = {
	occupationCode: string
	occupationLabel: string
	title: string
	searchText: string
	isMain: boolean
	rarelyUsed: boolean
}

type RankedTitle = Candidate & { score: number; coverage: number }

/**
 * How well one job title answers the query, 0..1: the share of the query's
 * words found in the title (see wordCredit), weighted by the share of the
 * title's words the query accounts for, so « infirmière scolaire » prefers
 * « Infirmier / Infirmière scolaire » to « … en soins généraux (IDE) », and a
 * title the query names exactly, in either gender, scores 1.
 */
function scoreTitle(queryWords: Word[], searchText: string, rarelyUsed: boolean) {
	const titleWords = toWords(searchText.split(' '))
	if (queryWords.length === 0 || titleWords.length === 0) return { score: 0, coverage: 0 }
	const best = (among: Word[], credit: (other: Word) => number) => among.reduce((max, other) => Math.max(max, credit(other)), 0)
	const found = queryWords.reduce((sum, query) => sum + best(titleWords, (title) => wordCredit(query, title)), 0)
	const accounted = titleWords.reduce((sum, title) => sum + best(queryWords, (query) => wordCredit(query, title)), 0)
	const coverage = found / queryWords.length
	const precision = accounted / titleWords.length
	return { score: coverage * (0.6 + 0.4 * precision) * (rarelyUsed ? 0.9 : 1), coverage }
}

/**
 * One entry per occupation, scored by its best title plus a bonus for how
 * many of its titles match as well as that one. « infirmière » matches
 * fifteen titles of « Infirmier / Infirmière en soins généraux » and two of the
 * school nurse's: the general occupation is what the person most likely means.
 * The bonus shrinks with the share of the query those titles hold, so many
 * titles half matching weigh little.
 */
function rankOccupations(titles: RankedTitle[], limit: number): RomeOccupationMatch[] {
	const byOccupation = new Map<string, RankedTitle[]>()
	for (const title of titles) {
		if (title.score <= 0) continue
		const list = byOccupation.get(title.occupationCode) ?? []
		list.push(title)
		byOccupation.set(title.occupationCode, list)
	}
	const ranked = [...byOccupation.values()].map((list) => {
		list.sort(
			(a, b) =>
				b.score - a.score ||
				Number(b.isMain) - Number(a.isMain) ||
				a.title.length - b.title.length ||
				frenchOrder(a.title, b.title),
		)
		const best = list[0]!
		const support = list.filter((title) => title.coverage >= best.coverage).length
		const score = best.score + (1 - best.score) * best.coverage * (Math.min(support - 1, 10) / 20)
		// The occupation's own title when it holds every word the best one holds:
		// « infirmière » → « … en soins généraux (IDE) » rather than « … militaire ».
		const shown = list.find((title) => title.isMain && title.coverage >= best.coverage) ?? best
		return { best, shown, score }
	})
	ranked.sort(
		(a, b) =>
			b.score - a.score ||
			Number(b.best.isMain) - Number(a.best.isMain) ||
			frenchOrder(a.best.occupationLabel, b.best.occupationLabel),
	)
	return ranked.slice(0, limit).map(({ best, shown, score }) => ({
		code: best.occupationCode,
		label: best.occupationLabel,
		matchedTitle: shown.title,
		score: Math.round(Math.min(score, 1) * 1000) / 1000,
	}))
}

const skillKindOrder: Record<RomeSkillKind, number> = { savoir_faire: 0, savoir_etre: 1, savoir: 2 }

export function createRomeKnowledge(sql: Queryable): RomeKnowledge {
	/**
	 * Job titles with a word starting with one of the query's stems (`loose`:
	 * with the first four letters of one of its longer words, for misspellings),
	 * through the trigram index on search_text, one bitmap scan per word. When
	 * there are too many, those matching the most words are kept, then (loose)
	 * the closest by trigram word similarity, then main and shorter titles,
	 * which score best.
	 */
	async function findCandidates(text: string, loose: boolean) {
		return sql<(Candidate & { queryWords: string[] })[]>`
			with query as (
				select public.normalize_for_search(${text}) as needle
			),
			query_words as (
				select distinct w as word
				from query, unnest(string_to_array(query.needle, ' ')) as w
				where length(w) > 1 and w <> all(${ignoredWords}::text[])
			),
			prefixes as (
				select distinct
					case
						when ${loose} then left(word, 4)
						when length(regexp_replace(word, ${genderEndingPattern}, '')) >= ${shortestStem}
							then regexp_replace(word, ${genderEndingPattern}, '')
						else word
					end as prefix
				from query_words
				where not ${loose} or length(word) >= 5
			),
			matched as (
				select t.code, t.occupation_code, t.label, t.search_text, t.is_main, t.rarely_used, count(*) as words
				from prefixes p
				join public.rome_job_titles t
					on t.search_text like p.prefix || '%' or t.search_text like '% ' || p.prefix || '%'
				group by t.code
			)
			select
				m.occupation_code as "occupationCode",
				o.label as "occupationLabel",
				m.label as title,
				m.search_text as "searchText",
				m.is_main as "isMain",
				m.rarely_used as "rarelyUsed",
				(select array_agg(word order by word) from query_words) as "queryWords"
			from matched m
			cross join query
			join public.rome_occupations o on o.code = m.occupation_code
			order by
				m.words desc,
				case when ${loose} then extensions.word_similarity(query.needle, m.search_text) end desc nulls last,
				m.is_main desc,
				length(m.search_text),
				m.code
			limit ${maxCandidates}
		`
	}

	return {
		async findOccupations(text, limit) {
			const max = clampLimit(limit, 5)
			const query = String(text ?? '').slice(0, maxQueryLength)
			if (!query.trim()) return []

			let candidates = await findCandidates(query, false)
			if (candidates.length === 0) candidates = await findCandidates(query, true)
			if (candidates.length === 0) return []
			const queryWords = toWords(candidates[0]!.queryWords)
			const titles = candidates.map((candidate) => ({
				...candidate,
				...scoreTitle(queryWords, candidate.searchText, candidate.rarelyUsed),
			}))
			return rankOccupations(titles, max)
		},

		async describeOccupation(code) {
			const [occupation] = await sql<{ code: string; label: string; definition: string | null; access: string | null }[]>`
				select o.code, o.label, x.definition, x.access
				from public.rome_occupations o
				left join public.rome_occupation_texts x on x.occupation_code = o.code
				where o.code = ${code}
			`
			if (!occupation) return null
			const skillRows = await sql<{ code: string; label: string; kind: RomeSkillKind; category: string | null; is_core: boolean }[]>`
				select s.code, s.label, s.kind, s.category, os.is_core
				from public.rome_occupation_skills os
				join public.rome_skills s on s.code = os.skill_code
				where os.occupation_code = ${code}
				order by os.is_core desc, public.normalize_for_search(s.label), s.code
			`
			const skills: RomeSkill[] = skillRows
				.map((row) => ({ code: row.code, label: row.label, kind: row.kind, isCore: row.is_core, ...(row.category ? { category: row.category } : {}) }))
				// A stable sort keeps the core-first order inside each kind.
				.sort((a, b) => skillKindOrder[a.kind] - skillKindOrder[b.kind])
			const profile: RomeOccupationProfile = { code: occupation.code, label: occupation.label, skills }
			if (occupation.definition) profile.definition = occupation.definition
			if (occupation.access) profile.access = occupation.access
			return profile
		},

		async mobilitiesFrom(code, limit) {
			const rows = await sql<RomeMobility[]>`
				select m.to_code as code, o.label, m.rank::int as rank
				from public.rome_mobilities m
				join public.rome_occupations o on o.code = m.to_code
				where m.from_code = ${code}
				order by m.rank, m.to_code
				limit ${clampLimit(limit, 10)}
			`
			return [...rows]
		},
	}
}
