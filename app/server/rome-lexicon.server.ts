import type { RomeLexicon, RomeSkillKind } from '#app/domain/rome/lexicon.ts'
import { buildRome, type Rome } from '#app/domain/rome/rome.ts'
import { asAnon } from './db.server.ts'

declare global {
	// Read once per process (and kept across Vite's module reloads in development).
	var __phoenixRome: Promise<Rome> | undefined
}

/**
 * The ROME release loaded in Postgres, as the domain's in-memory lexicon,
 * index and mobility graph. Built on first use (about a second), then shared
 * by every request; a failed load is retried on the next call.
 */
export function rome() {
	globalThis.__phoenixRome ??= readLexicon().then(buildRome).catch((error: unknown) => {
		globalThis.__phoenixRome = undefined
		throw error
	})
	return globalThis.__phoenixRome
}

async function readLexicon(): Promise<RomeLexicon> {
	return asAnon(async (tx) => {
		const [release] = await tx<{ version: string }[]>`select version from public.rome_releases order by loaded_at desc limit 1`
		if (!release) throw new Error('No ROME release in the database: run `npm run rome:load`.')
		const occupations = await tx<{ code: string; label: string; definition: string | null; access: string | null }[]>`
			select o.code, o.label, t.definition, t.access
			from public.rome_occupations o left join public.rome_occupation_texts t on t.occupation_code = o.code
			order by o.code`
		const jobTitles = await tx<{ code: string; label: string; occupation_code: string }[]>`
			select code, label, occupation_code from public.rome_job_titles order by code`
		const skills = await tx<{ code: string; label: string; kind: RomeSkillKind; category: string }[]>`
			select code, label, kind, category from public.rome_skills order by code`
		const occupationSkills = await tx<{ occupation_code: string; skill_code: string; is_core: boolean }[]>`
			select occupation_code, skill_code, is_core from public.rome_occupation_skills`
		const mobilities = await tx<{ from_code: string; to_code: string; rank: number }[]>`
			select from_code, to_code, rank from public.rome_mobilities`
		return {
			version: release.version,
			occupations: occupations.map((row) => ({
				code: row.code,
				label: row.label,
				definition: row.definition ?? undefined,
				access: row.access ?? undefined,
			})),
			jobTitles: jobTitles.map((row) => ({ code: row.code, label: row.label, occupationCode: row.occupation_code })),
			skills: skills.map((row) => ({ code: row.code, label: row.label, kind: row.kind, category: row.category })),
			occupationSkills: occupationSkills.map((row) => ({ occupationCode: row.occupation_code, skillCode: row.skill_code, isCore: row.is_core })),
			mobilities: mobilities.map((row) => ({ fromCode: row.from_code, toCode: row.to_code, rank: row.rank })),
		}
	})
}
