import fs from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { gunzip } from 'node:zlib'
import type postgres from 'postgres'
import { parseCsvWithHeader } from './csv.ts'
import { normalizeForSearch } from './normalize.ts'

const gunzipAsync = promisify(gunzip)
const defaultDataDir = path.resolve(import.meta.dirname, '../../data/rome')

// Any key will do as long as nothing else uses it: two loaders never interleave.
const loaderLockKey = 0x524f4d45 // "ROME"

/**
 * Loads the newest ROME release found in data/rome/vNNN/ (occupations, job
 * titles with their search form, mobilities) in one transaction, and records
 * its version in public.rome_releases.
 *
 * Returns a short summary, or null when that version is already loaded (the
 * check reads one row, so calling this on every start costs nothing).
 * Needs the database owner's connection: the reference tables are read-only
 * for every API role.
 */
export async function loadRome(sql: postgres.Sql, options: { dataDir?: string } = {}): Promise<string | null> {
	const dataDir = options.dataDir ?? defaultDataDir
	const version = await newestVersion(dataDir)
	if (await isLoaded(sql, version)) return null

	const started = performance.now()
	const release = await readRelease(path.join(dataDir, version), version)

	const counts = await sql.begin(async (tx) => {
		await tx`select pg_advisory_xact_lock(${loaderLockKey})`
		// Another loader may have finished while this one waited for the lock.
		const [done] = await tx`select 1 from public.rome_releases where version = ${version}`
		if (done) return null
		return writeRelease(tx, version, release)
	})
	if (!counts) return null

	const seconds = ((performance.now() - started) / 1000).toFixed(1)
	return `${version}: ${counts.occupations} occupations, ${counts.jobTitles} job titles, ${counts.mobilities} mobilities in ${seconds} s`
}

type Release = Awaited<ReturnType<typeof readRelease>>

async function newestVersion(dataDir: string) {
	const entries = await fs.readdir(dataDir, { withFileTypes: true }).catch(() => [])
	const versions = entries
		.filter((entry) => entry.isDirectory() && /^v\d+$/.test(entry.name))
		.map((entry) => entry.name)
		.sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)))
	const newest = versions.at(-1)
	if (!newest) throw new Error(`No ROME release in ${dataDir} (expected a vNNN/ folder, see data/rome/README.md)`)
	return newest
}

async function isLoaded(sql: postgres.Sql, version: string) {
	const [row] = await sql`select 1 from public.rome_releases where version = ${version}`
	return Boolean(row)
}

async function readTable<Column extends string>(dir: string, version: string, table: string, columns: readonly Column[]) {
	const file = path.join(dir, `${table}_${version}_utf8.csv.gz`)
	const text = (await gunzipAsync(await fs.readFile(file))).toString('utf8')
	try {
		return parseCsvWithHeader(text, columns)
	} catch (error) {
		throw new Error(`${file}: ${(error as Error).message}`)
	}
}

async function readRelease(dir: string, version: string) {
	const [occupationRows, jobTitleRows, mobilityRows] = await Promise.all([
		readTable(dir, version, 'unix_referentiel_code_rome', ['code_rome', 'libelle_rome']),
		readTable(dir, version, 'unix_referentiel_appellation', [
			'code_ogr',
			'libelle_appellation_long',
			'libelle_appellation_court',
			'code_rome',
			'classification',
			'peu_usite',
		]),
		readTable(dir, version, 'unix_rubrique_mobilite', ['code_rome', 'code_rome_cible', 'numero_ordre']),
	])

	const occupations = {
		code: occupationRows.map((row) => row.code_rome),
		label: occupationRows.map((row) => row.libelle_rome.trim()),
	}
	const jobTitles = {
		code: jobTitleRows.map((row) => row.code_ogr),
		label: jobTitleRows.map((row) => row.libelle_appellation_long.trim()),
		shortLabel: jobTitleRows.map((row) => row.libelle_appellation_court.trim()),
		occupationCode: jobTitleRows.map((row) => row.code_rome),
		// Sent as text, cast in SQL: postgres.js infers a JS boolean array as a scalar boolean.
		isMain: jobTitleRows.map((row) => String(row.classification === 'PRINCIPALE')),
		rarelyUsed: jobTitleRows.map((row) => String(row.peu_usite === 'O')),
		searchText: jobTitleRows.map((row) => normalizeForSearch(row.libelle_appellation_long)),
	}
	const mobilities = {
		fromCode: mobilityRows.map((row) => row.code_rome),
		toCode: mobilityRows.map((row) => row.code_rome_cible),
		rank: mobilityRows.map((row) => {
			const rank = Number(row.numero_ordre)
			if (!Number.isInteger(rank)) throw new Error(`unix_rubrique_mobilite: bad numero_ordre "${row.numero_ordre}"`)
			return rank
		}),
	}
	return { occupations, jobTitles, mobilities }
}

/**
 * Upserts everything with one statement per table (arrays unnested server
 * side), then removes what the release no longer has. Rows that did not
 * change are not rewritten. Profiles pointing to a removed job title lose it
 * (`on delete set null` in the profiles migration).
 */
async function writeRelease(tx: postgres.TransactionSql, version: string, release: Release) {
	const { occupations, jobTitles, mobilities } = release

	await tx`
		insert into public.rome_occupations (code, label)
		select * from unnest(${occupations.code}::text[], ${occupations.label}::text[])
		on conflict (code) do update set label = excluded.label
		where public.rome_occupations.label is distinct from excluded.label
	`
	await tx`
		insert into public.rome_job_titles (code, label, short_label, occupation_code, is_main, rarely_used, search_text)
		select * from unnest(
			${jobTitles.code}::text[],
			${jobTitles.label}::text[],
			${jobTitles.shortLabel}::text[],
			${jobTitles.occupationCode}::text[],
			${jobTitles.isMain}::text[]::boolean[],
			${jobTitles.rarelyUsed}::text[]::boolean[],
			${jobTitles.searchText}::text[]
		)
		on conflict (code) do update set
			label = excluded.label,
			short_label = excluded.short_label,
			occupation_code = excluded.occupation_code,
			is_main = excluded.is_main,
			rarely_used = excluded.rarely_used,
			search_text = excluded.search_text
		where (public.rome_job_titles.label, public.rome_job_titles.short_label, public.rome_job_titles.occupation_code,
		       public.rome_job_titles.is_main, public.rome_job_titles.rarely_used, public.rome_job_titles.search_text)
		  is distinct from
		      (excluded.label, excluded.short_label, excluded.occupation_code,
		       excluded.is_main, excluded.rarely_used, excluded.search_text)
	`
	await tx`
		delete from public.rome_mobilities m
		where not exists (
			select 1 from unnest(${mobilities.fromCode}::text[], ${mobilities.toCode}::text[]) as n (from_code, to_code)
			where n.from_code = m.from_code and n.to_code = m.to_code
		)
	`
	await tx`
		insert into public.rome_mobilities (from_code, to_code, rank)
		select * from unnest(${mobilities.fromCode}::text[], ${mobilities.toCode}::text[], ${mobilities.rank}::smallint[])
		on conflict (from_code, to_code) do update set rank = excluded.rank
		where public.rome_mobilities.rank is distinct from excluded.rank
	`
	await tx`
		delete from public.rome_job_titles t
		where not exists (select 1 from unnest(${jobTitles.code}::text[]) as n (code) where n.code = t.code)
	`
	await tx`
		delete from public.rome_occupations o
		where not exists (select 1 from unnest(${occupations.code}::text[]) as n (code) where n.code = o.code)
	`
	await tx`insert into public.rome_releases (version) values (${version})`
	// New rows sit in the GIN index's pending list (an unsorted heap every
	// search would scan: 3 ms instead of 0.1 ms) until autovacuum merges them;
	// merge now. Fresh statistics too, so the planner picks the index at once.
	await tx`
		select pg_catalog.gin_clean_pending_list(i.indexrelid)
		from pg_catalog.pg_index i
		join pg_catalog.pg_class c on c.oid = i.indexrelid
		join pg_catalog.pg_am am on am.oid = c.relam
		where i.indrelid = 'public.rome_job_titles'::regclass and am.amname = 'gin'
	`
	await tx`analyze public.rome_occupations, public.rome_job_titles, public.rome_mobilities`

	return {
		occupations: occupations.code.length,
		jobTitles: jobTitles.code.length,
		mobilities: mobilities.fromCode.length,
	}
}
