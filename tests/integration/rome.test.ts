import { describe, expect, test } from 'vitest'
import { asAnon, asServiceRole, asUser, type Tx } from '#app/server/db.server.ts'
import { getJobTitle, searchJobTitles } from '#app/server/rome.server.ts'
import { loadRome } from '#scripts/rome/load.ts'
import { normalizeForSearch } from '#scripts/rome/normalize.ts'
import { createUser, fixtureSql } from '#tests/support/users.ts'

const labels = (results: { label: string }[]) => results.map((result) => result.label)

describe('ROME reference data', () => {
	test('the v460 release is loaded: 1,584 occupations, 13,120 job titles, 14,912 mobilities', async () => {
		const [counts] = await fixtureSql()`
			select
				(select count(*)::int from public.rome_occupations) as occupations,
				(select count(*)::int from public.rome_job_titles) as job_titles,
				(select count(*)::int from public.rome_job_titles where is_main) as main_titles,
				(select count(*)::int from public.rome_job_titles where rarely_used) as rarely_used,
				(select count(*)::int from public.rome_mobilities) as mobilities,
				(select array_agg(version) from public.rome_releases) as versions
		`
		expect(counts).toEqual({
			occupations: 1584,
			job_titles: 13120,
			main_titles: 1584,
			rarely_used: 199,
			mobilities: 14912,
			versions: ['v460'],
		})
		const [webDeveloper] = await fixtureSql()`
			select code, label, short_label, occupation_code, is_main, rarely_used, search_text
			from public.rome_job_titles where code = '14156'
		`
		expect(webDeveloper).toEqual({
			code: '14156',
			label: 'Développeur / Développeuse web',
			short_label: 'Développeur / Développeuse web',
			occupation_code: 'M1855',
			is_main: true,
			rarely_used: false,
			search_text: 'developpeur developpeuse web',
		})
	})

	test('the TypeScript and SQL normalisations agree on every job title and occupation label', async () => {
		const rows = await fixtureSql()<{ label: string; search_text: string | null; sql_form: string }[]>`
			select label, search_text, public.normalize_for_search(label) as sql_form from public.rome_job_titles
			union all
			select label, null, public.normalize_for_search(label) from public.rome_occupations
		`
		expect(rows).toHaveLength(13120 + 1584)
		const mismatches = rows.filter(
			(row) => normalizeForSearch(row.label) !== row.sql_form || (row.search_text !== null && row.search_text !== row.sql_form),
		)
		expect(mismatches).toEqual([])
	})

	test('the normalisations also agree on typed queries with odd characters', async () => {
		const samples = [
			'  Dév-WEB  ',
			"D'ŒUVRE",
			'Straße æther',
			'Ingénieur d’affaires',
			'«\u00a0chef\u00a0»',
			'Agent SSIAP 2',
			'Ärztin Øre Łódź',
			'ÉÈÊËÀÂÄÎÏÔÖÙÛÜÇ',
			'',
		]
		const [row] = await fixtureSql()<{ forms: string[] }[]>`
			select array_agg(public.normalize_for_search(sample) order by position) as forms
			from unnest(${samples}::text[]) with ordinality as s (sample, position)
		`
		expect(row?.forms).toEqual(samples.map(normalizeForSearch))
	})

	test('loading the same release again does nothing and returns null', async () => {
		const snapshot = () => fixtureSql()`
			select
				(select md5(string_agg(concat_ws('|', code, label, xmin), ',' order by code)) from public.rome_occupations) as occupations,
				(select md5(string_agg(concat_ws('|', code, label, short_label, occupation_code, is_main, rarely_used, search_text, xmin), ',' order by code)) from public.rome_job_titles) as job_titles,
				(select md5(string_agg(concat_ws('|', from_code, to_code, rank, xmin), ',' order by from_code, to_code)) from public.rome_mobilities) as mobilities,
				(select string_agg(concat_ws('|', version, loaded_at), ',') from public.rome_releases) as releases
		`
		const before = await snapshot()
		const started = performance.now()
		expect(await loadRome(fixtureSql())).toBeNull()
		expect(performance.now() - started).toBeLessThan(500)
		expect(await snapshot()).toEqual(before)
	})

	test('reloading a release over identical rows rewrites none of them', async () => {
		const rowVersions = () => fixtureSql()`
			select
				(select md5(string_agg(xmin::text, ',' order by code)) from public.rome_job_titles) as job_titles,
				(select md5(string_agg(xmin::text, ',' order by code)) from public.rome_occupations) as occupations,
				(select md5(string_agg(xmin::text, ',' order by from_code, to_code)) from public.rome_mobilities) as mobilities
		`
		const before = await rowVersions()
		await fixtureSql()`delete from public.rome_releases where version = 'v460'`
		expect(await loadRome(fixtureSql())).toMatch(/^v460: 1584 occupations, 13120 job titles, 14912 mobilities/)
		expect(await rowVersions()).toEqual(before)
	})
})

describe('job title search', () => {
	test('is accent- and case-insensitive', async () => {
		expect(labels(await searchJobTitles('developpeur', 10))).toContain('Développeur / Développeuse web')
		for (const query of ['INFIRMIER', 'infirmière']) {
			const found = labels(await searchJobTitles(query, 10))
			expect(found.length).toBeGreaterThan(0)
			for (const label of found) expect(label).toMatch(/^Infirmier .*\/ Infirmière/)
		}
	})

	test('matches word starts, in any order', async () => {
		const bakers = labels(await searchJobTitles('boulang', 10))
		expect(bakers[0]).toBe('Boulanger / Boulangère')
		expect(bakers).toContain('Boulanger-pâtissier / Boulangère-pâtissière')
		expect(bakers.every((label) => /boulang/i.test(label))).toBe(true)

		expect(labels(await searchJobTitles('dev web', 10))[0]).toBe('Développeur / Développeuse web')
		expect(labels(await searchJobTitles('web dev', 10))).toContain('Développeur / Développeuse web')
		// « eloppeur » is inside a word, not at its start.
		expect(await searchJobTitles('eloppeur', 10)).toEqual([])
	})

	test('ranks the exact title first, then whole words, main titles and shorter titles', async () => {
		expect(labels(await searchJobTitles('boulanger / boulangère', 10))[0]).toBe('Boulanger / Boulangère')
		expect(labels(await searchJobTitles('Développeur / Développeuse web', 3))).toEqual([
			'Développeur / Développeuse web',
			'Développeur / Développeuse web mobile',
			'Webmaster développeur / Webmaster développeuse',
		])
		// « RH » the acronym before « Rhumatologue ».
		expect(labels(await searchJobTitles('rh', 10))[0]).toMatch(/\bRH\b/)
	})

	test('returns each title with its occupation', async () => {
		const [first] = await searchJobTitles('développeur web', 1)
		expect(first).toEqual({
			code: '14156',
			label: 'Développeur / Développeuse web',
			occupationCode: 'M1855',
			occupationLabel: 'Développeur / Développeuse web',
		})
		expect(await getJobTitle('14156')).toEqual(first)
		expect(await getJobTitle('nope')).toBeNull()
	})

	test('finds nothing under 2 characters, and caps the number of results', async () => {
		expect(await searchJobTitles('a', 10)).toEqual([])
		expect(await searchJobTitles(" ' ", 10)).toEqual([])
		expect(await searchJobTitles('', 10)).toEqual([])
		expect(await searchJobTitles('ma', 3)).toHaveLength(3)
		expect(await searchJobTitles('ma', 500)).toHaveLength(50)
	})

	test('ignores LIKE wildcards and SQL in the query', async () => {
		expect(await searchJobTitles('%%', 10)).toEqual([])
		expect(await searchJobTitles('dév_web', 10)).toEqual(await searchJobTitles('dev web', 10))
		expect(await searchJobTitles("'; drop table public.rome_job_titles; --", 10)).toEqual([])
	})
})

describe('ROME tables row level security', () => {
	const tables = ['rome_occupations', 'rome_job_titles', 'rome_mobilities', 'rome_releases'] as const

	const writes: [string, (tx: Tx) => Promise<unknown>][] = [
		['insert an occupation', (tx) => tx`insert into public.rome_occupations (code, label) values ('N9999', 'Intrus')`],
		['rename an occupation', (tx) => tx`update public.rome_occupations set label = 'Intrus'`],
		['delete occupations', (tx) => tx`delete from public.rome_occupations`],
		['insert a job title', (tx) => tx`
			insert into public.rome_job_titles (code, label, short_label, occupation_code, search_text)
			values ('999999', 'Intrus', 'Intrus', 'M1855', 'intrus')`],
		['rename a job title', (tx) => tx`update public.rome_job_titles set label = 'Intrus' where code = '14156'`],
		['delete job titles', (tx) => tx`delete from public.rome_job_titles`],
		['insert a mobility', (tx) => tx`insert into public.rome_mobilities (from_code, to_code, rank) values ('M1855', 'A1101', 99)`],
		['change a mobility', (tx) => tx`update public.rome_mobilities set rank = 1`],
		['delete mobilities', (tx) => tx`delete from public.rome_mobilities`],
		['record a release', (tx) => tx`insert into public.rome_releases (version) values ('v999')`],
		['change a release', (tx) => tx`update public.rome_releases set version = 'v999'`],
		['delete releases', (tx) => tx`delete from public.rome_releases`],
		['truncate job titles', (tx) => tx`truncate public.rome_job_titles cascade`],
	]

	const attemptWrites = async (run: (work: (tx: Tx) => Promise<unknown>) => Promise<unknown>) => {
		for (const [what, write] of writes) {
			await expect(run(write), what).rejects.toThrow(/permission denied/)
		}
	}

	test('anonymous visitors can read every ROME table and the search, but write nothing', async () => {
		for (const table of tables) {
			const [row] = await asAnon((tx) => tx`select count(*)::int as count from ${tx('public.' + table)}`)
			expect(row?.count).toBeGreaterThan(0)
		}
		await attemptWrites(asAnon)
	})

	test('signed-in people can read but write nothing', async () => {
		const person = await createUser()
		const [row] = await asUser(person.claims, (tx) => tx`select count(*)::int as count from public.rome_job_titles`)
		expect(row?.count).toBe(13120)
		expect(await asUser(person.claims, (tx) => tx`select code from public.search_job_titles('boulanger', 1)`)).toHaveLength(1)
		await attemptWrites((work) => asUser(person.claims, work))
	})

	test('the service role cannot write either: only the loader, as owner, does', async () => {
		await attemptWrites((work) => asServiceRole('rome rls test', work))
	})
})
