import postgres from 'postgres'

type BenchResult = { name: string; p50: number; p95: number; unit: 'ms'; samples: number }

const queryCount = 1_000
const warmUpCount = 50

/**
 * Job title autocomplete latency: 1,000 queries like people type them
 * (prefixes of real titles and of their inner words, 2 to 12 characters,
 * lower-case without accents, sometimes two words), each through
 * public.search_job_titles under the `anon` role, as /api/metiers runs it.
 * Wall time per query, measured from this client, in milliseconds.
 */
export async function benchJobTitleSearch(databaseUrl: string): Promise<BenchResult[]> {
	const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} })
	try {
		const titles = await sql<{ label: string }[]>`select label from public.rome_job_titles order by code`
		if (titles.length === 0) throw new Error('rome_job_titles is empty: load ROME first (npm run rome:load)')
		const queries = realisticQueries(
			titles.map((title) => title.label),
			queryCount + warmUpCount,
		)

		return await sql.begin(async (tx) => {
			await tx`set local role anon`
			const timings: { query: string; ms: number }[] = []
			for (const [index, query] of queries.entries()) {
				const started = performance.now()
				await tx`select * from public.search_job_titles(${query}, 10)`
				if (index >= warmUpCount) timings.push({ query, ms: performance.now() - started })
			}
			const short = timings.filter((timing) => timing.query.length <= 4)
			const long = timings.filter((timing) => timing.query.length > 4)
			return [
				summarize('job title search (2–12 chars)', timings),
				summarize('job title search, short queries (2–4 chars)', short),
				summarize('job title search, longer queries (5–12 chars)', long),
			]
		})
	} finally {
		await sql.end()
	}
}

/** Deterministic (seeded) so two runs measure the same queries. */
function realisticQueries(labels: string[], count: number) {
	const random = seededRandom(0x5eed)
	const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)]!
	const typed = (text: string) =>
		text
			.normalize('NFD')
			.replace(/\p{M}/gu, '')
			.toLowerCase()
			.replace(/[^a-z0-9' -]+/g, ' ')
			.replace(/\s+/g, ' ')
			.trim()

	const queries: string[] = []
	while (queries.length < count) {
		const label = typed(pick(labels))
		const words = label.split(/[ '-]+/).filter((word) => word.length >= 2)
		const length = 2 + Math.floor(random() * 11)
		const shape = random()
		let query: string
		if (shape < 0.5) {
			// The title's beginning, as typed from the left.
			query = label.slice(0, length)
		} else if (shape < 0.8 && words.length > 0) {
			// A word from inside the title (« comptable », « web »).
			query = pick(words).slice(0, length)
		} else if (words.length > 1) {
			// Two words, the second one cut short (« agent entre »).
			const first = pick(words)
			const second = pick(words.filter((word) => word !== first)) ?? first
			query = `${first} ${second}`.slice(0, Math.max(length, first.length + 3))
		} else {
			query = label.slice(0, length)
		}
		query = query.trim()
		if (query.length >= 2 && query.length <= 12) queries.push(query)
	}
	return queries
}

function summarize(name: string, timings: { ms: number }[]): BenchResult {
	const sorted = timings.map((timing) => timing.ms).sort((a, b) => a - b)
	const at = (quantile: number) => {
		const value = sorted[Math.min(sorted.length - 1, Math.floor(quantile * sorted.length))] ?? Number.NaN
		return Math.round(value * 1000) / 1000
	}
	return { name, p50: at(0.5), p95: at(0.95), unit: 'ms', samples: sorted.length }
}

function seededRandom(seed: number) {
	let state = seed >>> 0
	return () => {
		// mulberry32
		state = (state + 0x6d2b79f5) >>> 0
		let t = state
		t = Math.imul(t ^ (t >>> 15), t | 1)
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296
	}
}
