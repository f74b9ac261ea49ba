// The Iris assistant's request handling, shared by the `iris` Edge Function
// (which only wires it to Deno.serve and the environment) and the tests.
// It verifies the person's JWT itself, keeps conversations and messages in
// Postgres under RLS, and streams the gateway's answer as server-sent events.
import { z } from 'zod'
import { GatewayRefusal, type AiGateway, type GatewayCall } from './ai/gateway.ts'
import type { ChatTurn, ProductArea, ProfileSummary } from './ai/types.ts'
import { corsHeaders } from './cors.ts'
import { runAsServiceRole, runAsUser, type Sql, type UserClaims } from './db.ts'
import { IRIS_MESSAGE_MAX_LENGTH } from './iris-limits.ts'
import { verifyJwt } from './jwt.ts'

/** Calls per person per minute, on top of the plan's daily conversation quota. */
export const IRIS_CALLS_PER_MINUTE = 10
const HISTORY_TURNS = 10

export const irisAskSchema = z.object({
	conversationId: z.uuid().optional(),
	message: z
		.string({ error: 'Écrivez votre question.' })
		.trim()
		.min(1, 'Écrivez votre question.')
		.max(IRIS_MESSAGE_MAX_LENGTH, `Votre message dépasse ${IRIS_MESSAGE_MAX_LENGTH.toLocaleString('fr-FR')} caractères : raccourcissez-le.`),
	area: z.enum(['portal', 'letters', 'cv', 'rise']),
	page: z.object({
		path: z.string().startsWith('/').max(300),
		title: z.string().max(160).optional(),
	}),
	retryOf: z.uuid().optional(),
})

export type IrisDeps = {
	sql: Sql
	gateway: AiGateway
	jwtSecret: string
	log?: (line: string) => void
}

type EventPayload = Record<string, unknown>

const sseHeaders = {
	...corsHeaders,
	'Content-Type': 'text/event-stream; charset=utf-8',
	'Cache-Control': 'no-store, no-transform',
	'X-Accel-Buffering': 'no',
}

function jsonError(status: number, message: string) {
	return Response.json({ code: status, message }, { status, headers: { ...corsHeaders, 'Cache-Control': 'no-store' } })
}

function titleFrom(message: string) {
	const line = message.replace(/\s+/g, ' ').trim()
	return line.length > 60 ? `${line.slice(0, 59).trimEnd()}…` : line
}

async function authenticate(request: Request, deps: IrisDeps): Promise<UserClaims | null> {
	const header = request.headers.get('authorization') ?? ''
	const token = header.match(/^Bearer\s+(.+)$/i)?.[1]
	if (!token) return null
	const claims = await verifyJwt(token, deps.jwtSecret)
	if (!claims || claims.role !== 'authenticated') return null
	// Signed is not enough: a session ended with « se déconnecter partout » must stop working here too.
	if (typeof claims.session_id === 'string') {
		const rows = await runAsServiceRole(
			deps.sql,
			'iris-session-check',
			(tx) => tx`select 1 from auth.sessions where id = ${claims.session_id as string} and user_id = ${claims.sub}
				and (not_after is null or not_after > now())`,
		)
		if (rows.length === 0) return null
	}
	return { ...claims, sub: claims.sub, role: 'authenticated' }
}

async function profileSummary(deps: IrisDeps, claims: UserClaims): Promise<ProfileSummary | undefined> {
	return runAsUser(deps.sql, claims, async (tx) => {
		const [consent] = await tx<{ granted: boolean }[]>`select granted from public.my_consents where purpose = 'ai_profile_context'`
		if (!consent?.granted) return undefined
		const [profile] = await tx<{ current_job: string | null; current_rome: string | null; target_job: string | null; target_rome: string | null }[]>`
			select cur.label as current_job, cur.occupation_code as current_rome, tgt.label as target_job, tgt.occupation_code as target_rome
			from public.profiles p
			left join public.rome_job_titles cur on cur.code = p.current_job_title_code
			left join public.rome_job_titles tgt on tgt.code = p.target_job_title_code
			where p.id = ${claims.sub}`
		if (!profile) return undefined
		return {
			currentJob: profile.current_job ?? undefined,
			currentRomeCode: profile.current_rome ?? undefined,
			targetJob: profile.target_job ?? undefined,
			targetRomeCode: profile.target_rome ?? undefined,
		}
	})
}

type StoredMessage = { id: string; role: 'user' | 'assistant'; content: string; status: string; reply_to: string | null }

export async function handleIrisRequest(request: Request, deps: IrisDeps): Promise<Response> {
	if (request.method === 'OPTIONS') return new Response(null, { headers: corsHeaders })
	if (request.method !== 'POST') return jsonError(405, 'Méthode non autorisée.')

	const claims = await authenticate(request, deps)
	if (!claims) return jsonError(401, 'Votre session a expiré. Reconnectez-vous pour parler à Iris.')

	const parsed = irisAskSchema.safeParse(await request.json().catch(() => null))
	if (!parsed.success) return jsonError(400, parsed.error.issues[0]?.message ?? 'Demande invalide.')
	const ask = parsed.data
	const area: ProductArea = ask.area

	// The conversation and the question being answered.
	let conversationId = ask.conversationId
	let question = ask.message
	let history: ChatTurn[] = []
	let userMessageId: string | undefined
	if (conversationId) {
		const known = await runAsUser(deps.sql, claims, async (tx) => {
			const [conversation] = await tx`select id from public.iris_conversations where id = ${conversationId!} and deleted_at is null`
			if (!conversation) return null
			return tx<StoredMessage[]>`
				select id, role, content, status, reply_to from public.iris_messages
				where conversation_id = ${conversationId!} order by created_at, id`
		})
		if (!known) return jsonError(404, 'Cette conversation n’existe plus.')
		let earlier: StoredMessage[] = [...known]
		if (ask.retryOf) {
			const index = known.findIndex((message) => message.id === ask.retryOf && message.role === 'user')
			if (index === -1) return jsonError(404, 'Ce message n’existe plus.')
			question = known[index]!.content
			userMessageId = ask.retryOf
			earlier = known.slice(0, index)
		}
		history = earlier
			.filter((message) => message.content && (message.role === 'user' || message.status === 'complete' || message.status === 'stopped'))
			.slice(-HISTORY_TURNS)
			.map((message) => ({ role: message.role === 'user' ? 'user' : 'model', text: message.content }))
	} else if (ask.retryOf) {
		return jsonError(400, 'Demande invalide.')
	}

	const isNew = !conversationId
	const newConversationId = crypto.randomUUID()
	const profile = await profileSummary(deps, claims)

	const abort = new AbortController()
	request.signal?.addEventListener('abort', () => abort.abort('client_gone'), { once: true })

	const call: GatewayCall = {
		claims,
		feature: 'iris',
		task: { kind: 'iris', area, page: ask.page, question, history, profile },
		rateLimit: { perMinute: IRIS_CALLS_PER_MINUTE },
		signal: abort.signal,
		quota: isNew
			? {
					reserve: () =>
						runAsUser(deps.sql, claims, (tx) => tx`
							insert into public.iris_conversations (id, area, title)
							values (${newConversationId}, ${area}, ${titleFrom(question)})`).then(() => undefined),
					release: () =>
						runAsServiceRole(deps.sql, 'iris-quota-refund', (tx) => tx`
							delete from public.iris_conversations where id = ${newConversationId} and user_id = ${claims.sub}`).then(() => undefined),
				}
			: undefined,
	}

	const encoder = new TextEncoder()
	const stream = new ReadableStream<Uint8Array>({
		async start(controller) {
			let open = true
			const send = (type: string, payload: EventPayload) => {
				if (!open) return
				try {
					controller.enqueue(encoder.encode(`event: ${type}\ndata: ${JSON.stringify(payload)}\n\n`))
				} catch {
					open = false
				}
			}
			let assistantId: string | undefined
			let text = ''
			let savedAt = 0
			const save = (status: string, extra: { actions?: unknown[]; content?: string } = {}) =>
				runAsUser(deps.sql, claims, (tx) => tx`
					update public.iris_messages
					set content = ${extra.content ?? text}, status = ${status}, actions = ${tx.json((extra.actions ?? []) as never)}
					where id = ${assistantId!}`)

			try {
				for await (const event of deps.gateway.run(call)) {
					if (event.type === 'start') {
						conversationId ??= newConversationId
						const ids = await runAsUser(deps.sql, claims, async (tx) => {
							let questionId = userMessageId
							if (questionId) {
								await tx`delete from public.iris_messages where reply_to = ${questionId}`
							} else {
								const [row] = await tx<{ id: string }[]>`
									insert into public.iris_messages (conversation_id, role, content, status)
									values (${conversationId!}, 'user', ${question}, 'complete') returning id`
								questionId = row!.id
							}
							const [answer] = await tx<{ id: string }[]>`
								insert into public.iris_messages (conversation_id, role, content, status, reply_to, provider)
								values (${conversationId!}, 'assistant', '', 'streaming', ${questionId}, ${event.provider}) returning id`
							await tx`update public.iris_conversations set updated_at = now() where id = ${conversationId!}`
							return { questionId: questionId!, answerId: answer!.id }
						})
						assistantId = ids.answerId
						send('meta', {
							conversationId,
							userMessageId: ids.questionId,
							messageId: ids.answerId,
							provider: event.provider,
							persona: area,
						})
					} else if (event.type === 'delta') {
						text += event.text
						send('delta', { text: event.text })
						// Saved as it goes, so a reload mid-answer finds what was already written.
						if (Date.now() - savedAt > 1000) {
							savedAt = Date.now()
							await save('streaming')
						}
					} else {
						text = event.text
						await save('complete', { actions: event.actions })
						send('done', { text: event.text, actions: event.actions })
					}
				}
			} catch (error) {
				if (!(error instanceof GatewayRefusal)) {
					deps.log?.(`iris: unexpected failure: ${error instanceof Error ? error.message : String(error)}`)
				}
				const refusal =
					error instanceof GatewayRefusal
						? error
						: new GatewayRefusal('provider_error', 'Iris n’a pas pu répondre. Réessayez dans un instant.')
				if (assistantId) {
					const partial = refusal.extra.partialText ?? text
					const status =
						refusal.code === 'aborted'
							? 'stopped'
							: refusal.code === 'output_blocked'
								? 'blocked'
								: partial
									? 'interrupted'
									: 'failed'
					await save(status, { content: refusal.code === 'output_blocked' ? '' : partial }).catch(() => {})
				}
				const resetConversation = isNew && refusal.code !== 'aborted'
				if (refusal.code === 'blocked' || refusal.code === 'output_blocked') {
					send('blocked', { message: refusal.userMessage, resetConversation })
				} else {
					send('error', { code: refusal.code, message: refusal.userMessage, upgradeUrl: refusal.extra.upgradeUrl, resetConversation })
				}
			} finally {
				if (open) {
					open = false
					try {
						controller.close()
					} catch {
						// The person has gone; nothing left to close.
					}
				}
			}
		},
		cancel() {
			abort.abort('client_gone')
		},
	})
	return new Response(stream, { headers: sseHeaders })
}
