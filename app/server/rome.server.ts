import { asAnon, type FunctionResult } from './db.server.ts'

/** A ROME job title (appellation) as the product shows it. */
export type JobTitle = {
	code: string
	label: string
	occupationCode: string
	occupationLabel: string
}

type JobTitleRow = FunctionResult<'search_job_titles'>[number]

const toJobTitle = (row: JobTitleRow): JobTitle => ({
	code: row.code,
	label: row.label,
	occupationCode: row.occupation_code,
	occupationLabel: row.occupation_label,
})

/**
 * Job titles matching what a person is typing, best first: accent- and
 * case-insensitive, every word matching the start of a word of the title
 * (public.search_job_titles). Fewer than 2 characters find nothing.
 */
export async function searchJobTitles(query: string, limit = 10): Promise<JobTitle[]> {
	const rows = await asAnon(
		(tx) => tx<JobTitleRow[]>`
			select code, label, occupation_code, occupation_label
			from public.search_job_titles(${query}, ${limit})
		`,
	)
	return rows.map(toJobTitle)
}

/** One job title by its ROME code (code OGR of the appellation), or null. */
export async function getJobTitle(code: string): Promise<JobTitle | null> {
	const [row] = await asAnon(
		(tx) => tx<JobTitleRow[]>`
			select t.code, t.label, t.occupation_code, o.label as occupation_label
			from public.rome_job_titles t
			join public.rome_occupations o on o.code = t.occupation_code
			where t.code = ${code}
		`,
	)
	return row ? toJobTitle(row) : null
}
