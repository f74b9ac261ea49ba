import { createGateway, gatewayConfigFromEnv, type AiGateway, type GatewayEvent } from '#shared/ai/gateway.ts'
import type { LetterBrief, LetterTone } from '#shared/ai/types.ts'
import type { CurrentUser } from './auth/auth.server.ts'
import { asServiceRole, asUser, sql } from './db.server.ts'

export type LetterOrigin = 'generated' | 'edited' | 'paragraph' | 'coach'

export type LetterVersion = {
	id: string
	body: string
	origin: LetterOrigin
	tone: LetterTone | null
	provider: 'gemini' | 'offline' | null
	createdAt: string
}

type VersionRow = { id: string; body: string; origin: LetterOrigin; tone: LetterTone | null; provider: LetterVersion['provider']; created_at: Date }

const toVersion = (row: VersionRow): LetterVersion => ({
	id: row.id,
	body: row.body,
	origin: row.origin,
	tone: row.tone,
	provider: row.provider,
	createdAt: row.created_at.toISOString(),
})

/** The letter's history, newest first (the first one is the current letter). */
export async function listLetterVersions(user: CurrentUser, applicationId: string, limit = 30): Promise<LetterVersion[]> {
	return asUser(user.claims, async (tx) => {
		const rows = await tx<VersionRow[]>`
			select id, body, origin, tone, provider, created_at from public.letter_versions
			where application_id = ${applicationId} order by created_at desc limit ${limit}`
		return rows.map(toVersion)
	})
}

export async function getLetterVersion(user: CurrentUser, applicationId: string, versionId: string): Promise<LetterVersion | null> {
	return asUser(user.claims, async (tx) => {
		const [row] = await tx<VersionRow[]>`
			select id, body, origin, tone, provider, created_at from public.letter_versions
			where application_id = ${applicationId} and id = ${versionId}`
		return row ? toVersion(row) : null
	})
}

export async function saveLetterVersion(
	user: CurrentUser,
	applicationId: string,
	version: { body: string; origin: LetterOrigin; tone?: LetterTone | null; provider?: LetterVersion['provider'] },
): Promise<LetterVersion> {
	return asUser(user.claims, async (tx) => {
		const [row] = await tx<VersionRow[]>`
			insert into public.letter_versions (application_id, body, origin, tone, provider)
			values (${applicationId}, ${version.body}, ${version.origin}, ${version.tone ?? null}, ${version.provider ?? null})
			returning id, body, origin, tone, provider, created_at`
		if (!row) throw new Error('letter version insert returned no row')
		return toVersion(row)
	})
}

/** Letters generated for one application so far (each « Nouvelle version » asks for another wording). */
export async function countGeneratedVersions(user: CurrentUser, applicationId: string): Promise<number> {
	return asUser(user.claims, async (tx) => {
		const [row] = await tx<{ count: string }[]>`
			select count(*) from public.letter_versions where application_id = ${applicationId} and origin = 'generated'`
		return Number(row?.count ?? 0)
	})
}

export async function lettersGeneratedThisMonth(user: CurrentUser): Promise<{ used: number; limit: number | null }> {
	return asUser(user.claims, async (tx) => {
		const [row] = await tx<{ used: string; limit_value: number | null }[]>`
			select used, limit_value from public.my_quota_usage() where capability = 'letters_generated'`
		return { used: Number(row?.used ?? 0), limit: row?.limit_value ?? null }
	})
}

declare global {
	var __phoenixGateway: AiGateway | undefined
}

/** The AI gateway for the app's own AI features (Gemini with a key, the offline engine without). */
export function gateway(): AiGateway {
	globalThis.__phoenixGateway ??= createGateway(gatewayConfigFromEnv(sql(), (name) => process.env[name]))
	return globalThis.__phoenixGateway
}

export type LetterRequest = {
	applicationId: string
	brief: LetterBrief
	/** The person's own extra instruction (screened like an Iris question). */
	instruction: string
	/** The pasted offer, screened as a document. */
	offerText: string
	rewrite?: { letter: string; paragraphIndex: number; hint?: string }
	/** How many letters were generated for this application before: asks the offline writer for another wording. */
	variant?: number
	signal?: AbortSignal
}

/**
 * Writes a letter (or rewrites one paragraph) through the AI gateway, as it
 * streams. A whole letter counts toward `letters_generated` (a row in
 * letter_generations, refused by the database past the plan's limit, given
 * back by the server only when the generation failed); a paragraph does not.
 */
export function writeLetter(user: CurrentUser, request: LetterRequest): AsyncGenerator<GatewayEvent, void, undefined> {
	let generationId: string | null = null
	const quota = request.rewrite
		? undefined
		: {
				async reserve() {
					generationId = await asUser(user.claims, async (tx) => {
						const [row] = await tx<{ id: string }[]>`
							insert into public.letter_generations (application_id) values (${request.applicationId}) returning id`
						return row?.id ?? null
					})
				},
				async release() {
					if (!generationId) return
					const id = generationId
					await asServiceRole('letter-generation-failed', (tx) => tx`delete from public.letter_generations where id = ${id}`)
				},
			}
	return gateway().run({
		claims: user.claims,
		feature: request.rewrite?.hint ? 'letter_coach' : 'letter',
		task: {
			kind: 'letter',
			area: 'letters',
			page: { path: `/letters/candidatures/${request.applicationId}/lettre`, title: 'Lettre de motivation' },
			question: request.instruction,
			history: [],
			brief: request.brief,
			rewrite: request.rewrite,
			variant: request.variant,
		},
		documents: [{ label: 'offre', text: request.offerText }],
		quota,
		rateLimit: { perMinute: request.rewrite ? 12 : 6 },
		signal: request.signal,
	})
}
