import { randomUUID } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import postgres from 'postgres'
import { describe, expect, inject, test } from 'vitest'
import { asAnon, asServiceRole, asUser, type Tx } from '#app/server/db.server.ts'
import { loadRome, romeDataFormat } from '#scripts/rome/load.ts'
import { pushMigrations } from '#scripts/platform/migrate.ts'
import { createRomeKnowledge } from '#shared/rome-knowledge.ts'
import { createUser, fixtureSql } from '#tests/support/users.ts'

const rome = () => createRomeKnowledge(fixtureSql())
const codes = (matches: { code: string }[]) => matches.map((match) => match.code)

describe('ROME skills and occupation texts', () => {
	test('v460 is loaded with its skills, core flags, definitions and access texts', async () => {
		const [counts] = await fixtureSql()`
			select
				(select count(*)::int from public.rome_skills) as skills,
				(select count(*)::int from public.rome_skills where kind = 'savoir_faire') as savoir_faire,
				(select count(*)::int from public.rome_skills where kind = 'savoir_etre') as savoir_etre,
				(select count(*)::int from public.rome_skills where kind = 'savoir') as savoirs,
				(select count(*)::int from public.rome_skills where macro_skill_code is not null) as with_macro_skill,
				(select count(*)::int from public.rome_occupation_skills) as links,
				(select count(*)::int from public.rome_occupation_skills where is_core) as core,
				(select count(*)::int from public.rome_occupation_skills where is_emerging) as emerging,
				(select count(distinct occupation_code)::int from public.rome_occupation_skills) as occupations_with_skills,
				(select count(*)::int from public.rome_occupation_texts where definition is not null and access is not null) as texts,
				(select count(*)::int from public.rome_occupation_texts where definition like '%''''%' or access like '%''''%') as doubled_quotes,
				(select array_agg(version || ':' || data_format) from public.rome_releases) as releases
		`
		expect(counts).toEqual({
			skills: 33671,
			savoir_faire: 18301,
			savoir_etre: 16,
			savoirs: 15354,
			with_macro_skill: 17810,
			links: 90556,
			core: 18900,
			emerging: 1731,
			occupations_with_skills: 1584,
			texts: 1584,
			doubled_quotes: 0,
			releases: [`v460:${romeDataFormat}`],
		})

		const [nurse] = await fixtureSql()`
			select x.definition, x.access,
				(select array_agg(s.label order by s.label) from public.rome_occupation_skills os
				 join public.rome_skills s on s.code = os.skill_code
				 where os.occupation_code = x.occupation_code and os.is_core and s.kind = 'savoir_faire') as core_skills
			from public.rome_occupation_texts x where x.occupation_code = 'J1506'
		`
		expect(nurse?.definition).toMatch(/^L'infirmier en soins généraux \(IDE\) dispense des soins/)
		expect(nurse?.definition.split('\n')).toHaveLength(9)
		expect(nurse?.access).toBe(
			"Cet emploi est accessible avec un Diplôme d'Etat d'Infirmier, obligatoire pour exercer.\n" +
				"Celui-ci peut être complété par le Certificat de capacité de prélèvements sanguins et l'AFGSU niveau 2.",
		)
		expect(nurse?.core_skills).toContain('Réaliser des soins infirmiers')
	})

	test('a database whose release predates the skill tables gets them on the next start, once', async () => {
		await withScratchDatabase(async (sql) => {
			expect(await loadRome(sql)).toMatch(/^v460: .* 33671 skills, 90556 occupation skills, 1584 occupation texts in /)

			// What a developer database looks like after this migration: the
			// release recorded by the previous loader (format 1), the new tables empty.
			await sql`truncate public.rome_occupation_skills, public.rome_occupation_texts, public.rome_skills`
			await sql`update public.rome_releases set data_format = 1`
			const rowVersions = () => sql`
				select
					(select md5(string_agg(xmin::text, ',' order by code)) from public.rome_job_titles) as job_titles,
					(select md5(string_agg(xmin::text, ',' order by code)) from public.rome_occupations) as occupations,
					(select md5(string_agg(xmin::text, ',' order by from_code, to_code)) from public.rome_mobilities) as mobilities
			`
			const before = await rowVersions()

			expect(await loadRome(sql)).toMatch(/33671 skills, 90556 occupation skills, 1584 occupation texts/)
			const [filled] = await sql`
				select
					(select count(*)::int from public.rome_skills) as skills,
					(select count(*)::int from public.rome_occupation_skills) as links,
					(select count(*)::int from public.rome_occupation_texts) as texts,
					(select array_agg(version || ':' || data_format) from public.rome_releases) as releases
			`
			expect(filled).toEqual({ skills: 33671, links: 90556, texts: 1584, releases: [`v460:${romeDataFormat}`] })
			expect(await rowVersions()).toEqual(before)

			const snapshot = () => sql`
				select
					(select md5(string_agg(concat_ws('|', code, label, kind, category, subcategory, macro_skill_code, xmin), ',' order by code)) from public.rome_skills) as skills,
					(select md5(string_agg(concat_ws('|', occupation_code, skill_code, is_core, is_emerging, xmin), ',' order by occupation_code, skill_code)) from public.rome_occupation_skills) as links,
					(select md5(string_agg(concat_ws('|', occupation_code, definition, access, xmin), ',' order by occupation_code)) from public.rome_occupation_texts) as texts,
					(select string_agg(concat_ws('|', version, data_format, loaded_at), ',') from public.rome_releases) as releases
			`
			const loaded = await snapshot()
			expect(await loadRome(sql)).toBeNull()
			expect(await snapshot()).toEqual(loaded)
		})
	}, 120_000)
})

describe('RomeKnowledge', () => {
	test('finds the general nurse first from « infirmière », whatever the form', async () => {
		for (const text of ['infirmière', 'Infirmier / Infirmière', 'INFIRMIERE', 'infirmier·ère', 'infirmières', 'infirmeire']) {
			const [first] = await rome().findOccupations(text)
			expect(first, text).toMatchObject({ code: 'J1506', label: 'Infirmier / Infirmière en soins généraux (IDE)' })
		}
		const matches = await rome().findOccupations('infirmière')
		expect(matches[0]).toEqual({
			code: 'J1506',
			label: 'Infirmier / Infirmière en soins généraux (IDE)',
			matchedTitle: 'Infirmier / Infirmière en soins généraux (IDE)',
			score: expect.any(Number),
		})
		expect(matches).toHaveLength(5)
		expect(matches.every((match) => /infirmi/i.test(match.matchedTitle))).toBe(true)
	})

	test('finds the web developer from the feminine form and from « dev web »', async () => {
		const [first] = await rome().findOccupations('développeuse web')
		expect(first).toEqual({ code: 'M1855', label: 'Développeur / Développeuse web', matchedTitle: 'Développeur / Développeuse web', score: 1 })
		expect((await rome().findOccupations('dev web'))[0]?.code).toBe('M1855')
		expect((await rome().findOccupations('développeur·euse web mobile'))[0]).toMatchObject({
			code: 'M1855',
			matchedTitle: 'Développeur / Développeuse web mobile',
		})
	})

	test('finds other occupations by their usual names', async () => {
		expect((await rome().findOccupations('boulanger'))[0]).toMatchObject({ code: 'D1102', matchedTitle: 'Boulanger / Boulangère', score: 1 })
		expect((await rome().findOccupations('conseiller bancaire'))[0]).toMatchObject({ code: 'C1206' })
		expect((await rome().findOccupations('infirmière scolaire'))[0]).toMatchObject({ code: 'J1511', score: 1 })
		expect((await rome().findOccupations('Je suis infirmière en réanimation'))[0]?.code).toBe('J1506')
	})

	test('returns one entry per occupation, best first, scores within 0..1, at most the limit', async () => {
		for (const text of ['agent', 'chef de projet', 'développeuse web', 'rh']) {
			const matches = await rome().findOccupations(text, 8)
			expect(matches.length, text).toBeGreaterThan(0)
			expect(matches.length, text).toBeLessThanOrEqual(8)
			expect(new Set(codes(matches)).size, text).toBe(matches.length)
			const scores = matches.map((match) => match.score)
			expect(scores, text).toEqual([...scores].sort((a, b) => b - a))
			expect(scores.every((score) => score > 0 && score <= 1), text).toBe(true)
		}
		expect(await rome().findOccupations('infirmière', 2)).toHaveLength(2)
		expect(await rome().findOccupations('infirmière', 500)).not.toHaveLength(0)
	})

	test('finds nothing in noise, and takes no text as SQL', async () => {
		for (const text of ['', '   ', 'a', 'de la', '%%', '_', 'xqzwvk']) {
			expect(await rome().findOccupations(text), text).toEqual([])
		}
		await rome().findOccupations("'; drop table public.rome_skills; --")
		const [row] = await fixtureSql()`select count(*)::int as count from public.rome_skills`
		expect(row?.count).toBe(33671)
	})

	test('describes an occupation: texts, then skills with savoir-faire first and core ones first', async () => {
		const profile = await rome().describeOccupation('M1855')
		expect(profile).toMatchObject({
			code: 'M1855',
			label: 'Développeur / Développeuse web',
			definition: expect.stringMatching(/^Le Développeur \/ La Développeuse web/),
			access: expect.stringContaining('Informatique'),
		})
		const skills = profile!.skills
		expect(skills.map((skill) => skill.kind)).toEqual([
			...skills.filter((skill) => skill.kind === 'savoir_faire').map(() => 'savoir_faire'),
			...skills.filter((skill) => skill.kind === 'savoir_etre').map(() => 'savoir_etre'),
			...skills.filter((skill) => skill.kind === 'savoir').map(() => 'savoir'),
		])
		expect(skills.filter((skill) => skill.kind === 'savoir_faire').length).toBeGreaterThan(10)
		expect(skills.filter((skill) => skill.kind === 'savoir').length).toBeGreaterThan(10)
		expect(skills).toContainEqual(expect.objectContaining({ code: '109846', label: 'Concevoir une application web', kind: 'savoir_faire', category: 'Technique' }))
		expect(skills).toContainEqual(expect.objectContaining({ code: '300460', label: "Faire preuve d'autonomie", kind: 'savoir_etre', category: 'Transverse' }))

		const core = await fixtureSql()<{ skill_code: string }[]>`
			select os.skill_code from public.rome_occupation_skills os join public.rome_skills s on s.code = os.skill_code
			where os.occupation_code = 'M1855' and os.is_core and s.kind = 'savoir_faire'
		`
		expect(core.length).toBeGreaterThan(0)
		expect(new Set(skills.slice(0, core.length).map((skill) => skill.code))).toEqual(new Set(core.map((row) => row.skill_code)))
		expect(skills.filter((skill) => skill.isCore).length).toBeGreaterThanOrEqual(core.length)
		expect(skills.slice(0, core.length).every((skill) => skill.isCore)).toBe(true)

		expect(await rome().describeOccupation('Z9999')).toBeNull()
		expect(await rome().describeOccupation("M1855' or '1'='1")).toBeNull()
	})

	test('lists the mobility edges out of an occupation, best rank first', async () => {
		const edges = await rome().mobilitiesFrom('J1506')
		expect(edges).toHaveLength(10)
		expect(edges[0]).toEqual({ code: 'J1510', label: 'Infirmier coordinateur / Infirmière coordinatrice (IDEC)', rank: 1 })
		expect(edges.map((edge) => edge.rank)).toEqual([...edges.map((edge) => edge.rank)].sort((a, b) => a - b))
		expect(await rome().mobilitiesFrom('J1506', 3)).toEqual(edges.slice(0, 3))
		expect(codes(await rome().mobilitiesFrom('M1855', 50))).toContain('M1861')
		expect(await rome().mobilitiesFrom('Z9999')).toEqual([])
	})

	test('works for a signed-in person, under RLS', async () => {
		const person = await createUser()
		const [match, profile, edges] = await asUser(person.claims, async (tx) => {
			const [role] = await tx`select current_user as name`
			expect(role?.name).toBe('authenticated')
			const knowledge = createRomeKnowledge(tx)
			return [await knowledge.findOccupations('développeuse web', 1), await knowledge.describeOccupation('J1506'), await knowledge.mobilitiesFrom('J1506', 2)]
		})
		expect(match).toEqual([expect.objectContaining({ code: 'M1855' })])
		expect(profile?.skills.length).toBeGreaterThan(20)
		expect(profile?.access).toMatch(/Diplôme d'Etat d'Infirmier/)
		expect(edges).toHaveLength(2)
	})
})

describe('ROME skill tables row level security', () => {
	const tables = ['rome_skills', 'rome_occupation_skills', 'rome_occupation_texts'] as const

	const writes: [string, (tx: Tx) => Promise<unknown>][] = [
		['insert a skill', (tx) => tx`insert into public.rome_skills (code, label, kind, category) values ('999999', 'Intrus', 'savoir', 'Intrus')`],
		['rename a skill', (tx) => tx`update public.rome_skills set label = 'Intrus'`],
		['delete skills', (tx) => tx`delete from public.rome_skills`],
		['link a skill', (tx) => tx`insert into public.rome_occupation_skills (occupation_code, skill_code) values ('M1855', '100023')`],
		['make a skill core', (tx) => tx`update public.rome_occupation_skills set is_core = true`],
		['unlink skills', (tx) => tx`delete from public.rome_occupation_skills`],
		['write a definition', (tx) => tx`insert into public.rome_occupation_texts (occupation_code, definition) values ('M1855', 'Intrus') on conflict do nothing`],
		['change an access text', (tx) => tx`update public.rome_occupation_texts set access = 'Intrus'`],
		['delete texts', (tx) => tx`delete from public.rome_occupation_texts`],
		['truncate skills', (tx) => tx`truncate public.rome_occupation_skills`],
		['change the data format', (tx) => tx`update public.rome_releases set data_format = 1`],
	]

	const attemptWrites = async (run: (work: (tx: Tx) => Promise<unknown>) => Promise<unknown>) => {
		for (const [what, write] of writes) {
			await expect(run(write), what).rejects.toThrow(/permission denied/)
		}
	}

	test('anonymous visitors and signed-in people read every table but write nothing', async () => {
		const person = await createUser()
		for (const table of tables) {
			const [anon] = await asAnon((tx) => tx`select count(*)::int as count from ${tx('public.' + table)}`)
			const [user] = await asUser(person.claims, (tx) => tx`select count(*)::int as count from ${tx('public.' + table)}`)
			expect(anon?.count, table).toBeGreaterThan(0)
			expect(user?.count, table).toBe(anon?.count)
		}
		await attemptWrites(asAnon)
		await attemptWrites((work) => asUser(person.claims, work))
	})

	test('the service role cannot write either: only the loader, as owner, does', async () => {
		await attemptWrites((work) => asServiceRole('rome skills rls test', work))
	})
})

/**
 * A database of its own in the test cluster, prepared as `npm run dev`
 * prepares one (bootstrap, migrations): the loader tests there empty tables
 * that the other test files, running in parallel, read.
 */
async function withScratchDatabase(work: (sql: postgres.Sql) => Promise<void>) {
	const name = `rome_${randomUUID().replaceAll('-', '').slice(0, 12)}`
	await fixtureSql().unsafe(`create database ${name}`)
	const url = new URL(inject('databaseUrl'))
	url.pathname = `/${name}`
	const sql = postgres(url.toString(), { max: 1, onnotice: () => {} })
	try {
		await sql.unsafe(await readFile(new URL('../../scripts/platform/bootstrap.sql', import.meta.url), 'utf8'))
		await pushMigrations(url.toString(), { includeSeed: false })
		await work(sql)
	} finally {
		await sql.end()
		await fixtureSql().unsafe(`drop database ${name} with (force)`)
	}
}
