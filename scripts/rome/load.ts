import fs from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { gunzip } from 'node:zlib'
import type postgres from 'postgres'
import { parseCsvWithHeader } from './csv.ts'
import { normalizeForSearch } from './normalize.ts'

const gunzipAsync = promisify(gunzip)
export const defaultDataDir = path.resolve(import.meta.dirname, '../../data/rome')

// Any key will do as long as nothing else uses it: two loaders never interleave.
const loaderLockKey = 0x524f4d45 // "ROME"

// Raised whenever the loader starts filling more tables or columns: a release
// recorded with a lower number (rome_releases.data_format) is loaded again,
// which fills what is new and rewrites nothing that did not change.
// 1: occupations, job titles, mobilities. 2: skills and occupation texts.
export const romeDataFormat = 2

// unix_liens_rome_referentiels: bloc 5 is « Compétences », its rubriques 1 to 3
// the three kinds of skills (unix_composition_bloc, unix_descriptif_rubrique).
const skillsBloc = '5'
const rubriqueKinds: Record<string, SkillKind> = { '1': 'savoir_faire', '2': 'savoir_etre', '3': 'savoir' }
const competenceKinds: Record<string, SkillKind> = { 'Savoir-faire': 'savoir_faire', 'Savoir-être professionnel': 'savoir_etre' }

type SkillKind = 'savoir_faire' | 'savoir_etre' | 'savoir'

/**
 * Loads the newest ROME release found in data/rome/vNNN/ (occupations, job
 * titles with their search form, mobilities, skills, definitions and access
 * texts) in one transaction, and records its version and the loader's data
 * format in public.rome_releases.
 *
 * Returns a short summary, or null when that version is already loaded in the
 * current format (the check reads one row, so calling this on every start
 * costs nothing).
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
		if (await isLoaded(tx, version)) return null
		return writeRelease(tx, version, release)
	})
	if (!counts) return null

	const seconds = ((performance.now() - started) / 1000).toFixed(1)
	return (
		`${version}: ${counts.occupations} occupations, ${counts.jobTitles} job titles, ${counts.mobilities} mobilities, ` +
		`${counts.skills} skills, ${counts.occupationSkills} occupation skills, ${counts.texts} occupation texts in ${seconds} s`
	)
}

type Release = Awaited<ReturnType<typeof readRelease>>

export async function newestVersion(dataDir: string) {
	const entries = await fs.readdir(dataDir, { withFileTypes: true }).catch(() => [])
	const versions = entries
		.filter((entry) => entry.isDirectory() && /^v\d+$/.test(entry.name))
		.map((entry) => entry.name)
		.sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)))
	const newest = versions.at(-1)
	if (!newest) throw new Error(`No ROME release in ${dataDir} (expected a vNNN/ folder, see data/rome/README.md)`)
	return newest
}

async function isLoaded(sql: postgres.Sql | postgres.TransactionSql, version: string) {
	const [row] = await sql`select 1 from public.rome_releases where version = ${version} and data_format >= ${romeDataFormat}`
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

export async function readRelease(dir: string, version: string) {
	const [occupationRows, jobTitleRows, mobilityRows, competenceRows, knowledgeRows, linkRows, coherenceRows, textRows] = await Promise.all([
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
		readTable(dir, version, 'unix_referentiel_competence', [
			'code_ogr',
			'libelle_competence',
			'code_ogr_macro_comp',
			'cat_comp',
			'sous_cat_comp',
		]),
		readTable(dir, version, 'unix_referentiel_savoir', [
			'code_ogr_savoir',
			'libelle_savoir',
			'categorie_savoir',
			'sous_categorie_savoir',
		]),
		readTable(dir, version, 'unix_liens_rome_referentiels', ['code_rome', 'code_compo_bloc', 'code_rubrique', 'code_ogr']),
		readTable(dir, version, 'unix_coherence_item', ['code_rome', 'code_ogr', 'coeur_metier']),
		readTable(dir, version, 'unix_texte', ['code_rome', 'libelle_type_texte', 'position_phrase', 'libelle_texte']),
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
	const skills = readSkills(competenceRows, knowledgeRows)
	const occupationSkills = readOccupationSkills(linkRows, coherenceRows, skills)
	const texts = readOccupationTexts(textRows)
	return { occupations, jobTitles, mobilities, skills, occupationSkills, texts }
}

type Skill = { code: string; label: string; kind: SkillKind; category: string; subcategory: string | null; macroSkillCode: string | null }

function readSkills(
	competenceRows: Record<'code_ogr' | 'libelle_competence' | 'code_ogr_macro_comp' | 'cat_comp' | 'sous_cat_comp', string>[],
	knowledgeRows: Record<'code_ogr_savoir' | 'libelle_savoir' | 'categorie_savoir' | 'sous_categorie_savoir', string>[],
) {
	const skills = new Map<string, Skill>()
	const add = (skill: Skill) => {
		if (skills.has(skill.code)) throw new Error(`ROME skill ${skill.code} appears twice (competences and savoirs share one code space)`)
		skills.set(skill.code, skill)
	}
	for (const row of competenceRows) {
		const kind = competenceKinds[row.cat_comp.normalize('NFC').trim()]
		if (!kind) throw new Error(`unix_referentiel_competence: unknown cat_comp "${row.cat_comp}" for ${row.code_ogr}`)
		add({
			code: row.code_ogr,
			label: row.libelle_competence.trim(),
			kind,
			category: row.sous_cat_comp.trim(),
			subcategory: null,
			macroSkillCode: row.code_ogr_macro_comp.trim() || null,
		})
	}
	for (const row of knowledgeRows) {
		add({
			code: row.code_ogr_savoir,
			label: row.libelle_savoir.trim(),
			kind: 'savoir',
			category: row.categorie_savoir.trim(),
			subcategory: row.sous_categorie_savoir.trim() || null,
			macroSkillCode: null,
		})
	}
	for (const skill of skills.values()) {
		if (skill.macroSkillCode && !skills.has(skill.macroSkillCode)) {
			throw new Error(`unix_referentiel_competence: ${skill.code} points to an unknown macro-competence ${skill.macroSkillCode}`)
		}
	}
	const list = [...skills.values()]
	return {
		byCode: skills,
		code: list.map((skill) => skill.code),
		label: list.map((skill) => skill.label),
		kind: list.map((skill) => skill.kind),
		category: list.map((skill) => skill.category),
		subcategory: list.map((skill) => skill.subcategory),
		macroSkillCode: list.map((skill) => skill.macroSkillCode),
	}
}

function readOccupationSkills(
	linkRows: Record<'code_rome' | 'code_compo_bloc' | 'code_rubrique' | 'code_ogr', string>[],
	coherenceRows: Record<'code_rome' | 'code_ogr' | 'coeur_metier', string>[],
	skills: { byCode: Map<string, Skill> },
) {
	const relevance = new Map(coherenceRows.map((row) => [`${row.code_rome} ${row.code_ogr}`, row.coeur_metier.normalize('NFC').trim()]))
	const links = {
		occupationCode: [] as string[],
		skillCode: [] as string[],
		isCore: [] as string[],
		isEmerging: [] as string[],
	}
	for (const row of linkRows) {
		if (row.code_compo_bloc !== skillsBloc) continue
		const skill = skills.byCode.get(row.code_ogr)
		if (!skill) throw new Error(`unix_liens_rome_referentiels: ${row.code_rome} links to an unknown skill ${row.code_ogr}`)
		if (rubriqueKinds[row.code_rubrique] !== skill.kind) {
			throw new Error(`unix_liens_rome_referentiels: ${row.code_rome} lists ${skill.kind} ${row.code_ogr} under rubrique "${row.code_rubrique}"`)
		}
		const flag = relevance.get(`${row.code_rome} ${row.code_ogr}`) ?? ''
		if (flag !== '' && flag !== 'Principale' && flag !== 'Émergente') {
			throw new Error(`unix_coherence_item: unknown coeur_metier "${flag}" for ${row.code_rome} ${row.code_ogr}`)
		}
		links.occupationCode.push(row.code_rome)
		links.skillCode.push(row.code_ogr)
		// Sent as text, cast in SQL, like the job titles' flags.
		links.isCore.push(String(flag === 'Principale'))
		links.isEmerging.push(String(flag === 'Émergente'))
	}
	return links
}

function readOccupationTexts(textRows: Record<'code_rome' | 'libelle_type_texte' | 'position_phrase' | 'libelle_texte', string>[]) {
	const sentences = new Map<string, { definition: [number, string][]; access: [number, string][] }>()
	for (const row of textRows) {
		const field = row.libelle_type_texte === 'definition' ? 'definition' : row.libelle_type_texte === 'acces_metier' ? 'access' : null
		if (!field) continue
		const position = Number(row.position_phrase)
		if (!Number.isInteger(position)) throw new Error(`unix_texte: bad position_phrase "${row.position_phrase}" for ${row.code_rome}`)
		let texts = sentences.get(row.code_rome)
		if (!texts) sentences.set(row.code_rome, (texts = { definition: [], access: [] }))
		// The export doubles apostrophes, SQL-style (d''un diplôme).
		texts[field].push([position, row.libelle_texte.replaceAll("''", "'").trim()])
	}
	const join = (lines: [number, string][]) =>
		lines.length
			? lines
					.sort(([a], [b]) => a - b)
					.map(([, line]) => line)
					.join('\n')
			: null
	const entries = [...sentences.entries()]
	return {
		occupationCode: entries.map(([code]) => code),
		definition: entries.map(([, texts]) => join(texts.definition)),
		access: entries.map(([, texts]) => join(texts.access)),
	}
}

/**
 * Upserts everything with one statement per table (arrays unnested server
 * side), then removes what the release no longer has. Rows that did not
 * change are not rewritten. Profiles pointing to a removed job title lose it
 * (`on delete set null` in the profiles migration).
 */
async function writeRelease(tx: postgres.TransactionSql, version: string, release: Release) {
	const { occupations, jobTitles, mobilities, skills, occupationSkills, texts } = release

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
		insert into public.rome_skills (code, label, kind, category, subcategory, macro_skill_code)
		select * from unnest(
			${skills.code}::text[],
			${skills.label}::text[],
			${skills.kind}::text[],
			${skills.category}::text[],
			${skills.subcategory}::text[],
			${skills.macroSkillCode}::text[]
		)
		on conflict (code) do update set
			label = excluded.label,
			kind = excluded.kind,
			category = excluded.category,
			subcategory = excluded.subcategory,
			macro_skill_code = excluded.macro_skill_code
		where (public.rome_skills.label, public.rome_skills.kind, public.rome_skills.category,
		       public.rome_skills.subcategory, public.rome_skills.macro_skill_code)
		  is distinct from
		      (excluded.label, excluded.kind, excluded.category, excluded.subcategory, excluded.macro_skill_code)
	`
	await tx`
		delete from public.rome_occupation_skills s
		where not exists (
			select 1 from unnest(${occupationSkills.occupationCode}::text[], ${occupationSkills.skillCode}::text[]) as n (occupation_code, skill_code)
			where n.occupation_code = s.occupation_code and n.skill_code = s.skill_code
		)
	`
	await tx`
		insert into public.rome_occupation_skills (occupation_code, skill_code, is_core, is_emerging)
		select * from unnest(
			${occupationSkills.occupationCode}::text[],
			${occupationSkills.skillCode}::text[],
			${occupationSkills.isCore}::text[]::boolean[],
			${occupationSkills.isEmerging}::text[]::boolean[]
		)
		on conflict (occupation_code, skill_code) do update set is_core = excluded.is_core, is_emerging = excluded.is_emerging
		where (public.rome_occupation_skills.is_core, public.rome_occupation_skills.is_emerging)
		  is distinct from (excluded.is_core, excluded.is_emerging)
	`
	await tx`
		delete from public.rome_occupation_texts t
		where not exists (select 1 from unnest(${texts.occupationCode}::text[]) as n (code) where n.code = t.occupation_code)
	`
	await tx`
		insert into public.rome_occupation_texts (occupation_code, definition, access)
		select * from unnest(${texts.occupationCode}::text[], ${texts.definition}::text[], ${texts.access}::text[])
		on conflict (occupation_code) do update set definition = excluded.definition, access = excluded.access
		where (public.rome_occupation_texts.definition, public.rome_occupation_texts.access)
		  is distinct from (excluded.definition, excluded.access)
	`
	await tx`
		delete from public.rome_skills s
		where not exists (select 1 from unnest(${skills.code}::text[]) as n (code) where n.code = s.code)
	`
	await tx`
		delete from public.rome_job_titles t
		where not exists (select 1 from unnest(${jobTitles.code}::text[]) as n (code) where n.code = t.code)
	`
	await tx`
		delete from public.rome_occupations o
		where not exists (select 1 from unnest(${occupations.code}::text[]) as n (code) where n.code = o.code)
	`
	await tx`
		insert into public.rome_releases (version, data_format) values (${version}, ${romeDataFormat})
		on conflict (version) do update set data_format = excluded.data_format, loaded_at = now()
	`
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
	await tx`
		analyze public.rome_occupations, public.rome_job_titles, public.rome_mobilities,
			public.rome_skills, public.rome_occupation_skills, public.rome_occupation_texts
	`

	return {
		occupations: occupations.code.length,
		jobTitles: jobTitles.code.length,
		mobilities: mobilities.fromCode.length,
		skills: skills.code.length,
		occupationSkills: occupationSkills.skillCode.length,
		texts: texts.occupationCode.length,
	}
}
