import { cvFromJsonResume } from '#app/domain/cv/json-resume.ts'
import { cvFromText } from '#app/domain/cv/text.ts'
import type { Cv } from '#app/domain/cv/types.ts'
import type { CurrentUser } from './auth/auth.server.ts'
import { asUser } from './db.server.ts'

export type StoredCv = {
	id: string
	title: string
	cv: Cv
	source: 'json_resume' | 'text' | 'editor'
	originalText: string | null
	updatedAt: string
}

type CvRow = { id: string; title: string; content: Cv; source: StoredCv['source']; original_text: string | null; updated_at: Date }

const toStoredCv = (row: CvRow): StoredCv => ({
	id: row.id,
	title: row.title,
	cv: row.content,
	source: row.source,
	originalText: row.original_text,
	updatedAt: row.updated_at.toISOString(),
})

/** The person's main CV (the one Mirror Match, letters and trajectories read), or null. */
export async function getPrimaryCv(user: CurrentUser): Promise<StoredCv | null> {
	return asUser(user.claims, async (tx) => {
		const [row] = await tx<CvRow[]>`
			select id, title, content, source, original_text, updated_at from public.cvs
			where is_primary order by updated_at desc limit 1`
		return row ? toStoredCv(row) : null
	})
}

/**
 * Parses what the person pasted (a JSON Resume or a CV as text) and makes it
 * their main CV, replacing the previous one. Throws CvImportError (French
 * message) when a JSON Resume does not hold together; nothing is written then.
 */
export async function savePrimaryCv(user: CurrentUser, input: { format: 'text' | 'json_resume'; text: string }): Promise<StoredCv> {
	const cv = input.format === 'json_resume' ? cvFromJsonResume(JSON.parse(input.text)) : cvFromText(input.text)
	return asUser(user.claims, async (tx) => {
		const [existing] = await tx<{ id: string }[]>`select id from public.cvs where is_primary limit 1`
		const json = tx.json(cv as unknown as Parameters<typeof tx.json>[0])
		const [row] = existing
			? await tx<CvRow[]>`
				update public.cvs set content = ${json}, source = ${input.format}, original_text = ${input.text}
				where id = ${existing.id}
				returning id, title, content, source, original_text, updated_at`
			: await tx<CvRow[]>`
				insert into public.cvs (content, source, original_text, is_primary)
				values (${json}, ${input.format}, ${input.text}, true)
				returning id, title, content, source, original_text, updated_at`
		if (!row) throw new Error('cv write returned no row')
		return toStoredCv(row)
	})
}
