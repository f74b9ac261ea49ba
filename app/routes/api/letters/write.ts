import { writeLetterSchema, type LetterStreamEvent } from '#app/components/letters/letter-schema.ts'
import { getCurrentUser } from '#app/server/auth/auth.server.ts'
import { planLetterWriting } from '#app/routes/letters/application/letter.server.ts'
import { loadWorkspace, type Workspace } from '#app/routes/letters/application/workspace.server.ts'
import type { Route } from './+types/write.ts'

const noStore = { 'Cache-Control': 'no-store' }

function failure(status: number, message: string, extra: { upgradeUrl?: string } = {}) {
	return Response.json({ code: status, message, ...extra }, { status, headers: noStore })
}

/** A `data({ message }, { status })` thrown by the workspace loader, as JSON for a resource route. */
function asFailure(thrown: unknown): Response | null {
	if (thrown instanceof Response) return thrown
	if (thrown && typeof thrown === 'object' && (thrown as { type?: unknown }).type === 'DataWithResponseInit') {
		const { data, init } = thrown as { data: { message?: string } | null; init: ResponseInit | null }
		return failure(init?.status ?? 500, data?.message ?? 'Cette candidature est introuvable.')
	}
	return null
}

/**
 * POST /api/candidatures/:applicationId/lettre — writes the letter of an
 * application (or rewrites one paragraph of its current version) through the
 * AI gateway, in this process, as server-sent events (`meta`, `delta`, then
 * `done` with the saved version or `error`). Refusals known before the first
 * byte are JSON (401, 400, 403, 404); the gateway's (consent, quota,
 * screening, rate, provider) arrive as an `error` event.
 */
export async function action({ request, params }: Route.ActionArgs) {
	const user = await getCurrentUser(request)
	if (!user) return failure(401, 'Votre session a expiré. Reconnectez-vous pour écrire votre lettre.')

	const parsed = writeLetterSchema.safeParse(await request.json().catch(() => null))
	if (!parsed.success) return failure(400, parsed.error.issues[0]?.message ?? 'Demande invalide.')

	let workspace: Workspace
	try {
		workspace = await loadWorkspace(request, params.applicationId)
	} catch (thrown) {
		const response = asFailure(thrown)
		if (response) return response
		throw thrown
	}

	const plan = await planLetterWriting(workspace, parsed.data)
	if (plan.refusal) return failure(plan.refusal.status, plan.refusal.message, { upgradeUrl: plan.refusal.upgradeUrl })

	// The person closing the tab (or pressing « Arrêter ») stops the model; nothing is saved then.
	const controller = new AbortController()
	const stop = () => controller.abort(request.signal.reason)
	if (request.signal.aborted) stop()
	else request.signal.addEventListener('abort', stop, { once: true })

	const encoder = new TextEncoder()
	const stream = new ReadableStream<Uint8Array>({
		async start(sink) {
			const send = ({ type, ...payload }: LetterStreamEvent) => {
				sink.enqueue(encoder.encode(`event: ${type}\ndata: ${JSON.stringify(payload)}\n\n`))
			}
			try {
				for await (const event of plan.run(controller.signal)) {
					if (controller.signal.aborted) break
					send(event)
				}
			} catch (error) {
				if (!controller.signal.aborted) console.error('letter stream failed', error)
			} finally {
				request.signal.removeEventListener('abort', stop)
				try {
					sink.close()
				} catch {
					// Already cancelled by the client.
				}
			}
		},
		cancel(reason) {
			controller.abort(reason)
		},
	})

	return new Response(stream, {
		headers: {
			'Content-Type': 'text/event-stream; charset=utf-8',
			'Cache-Control': 'no-store, no-transform',
			'X-Accel-Buffering': 'no',
		},
	})
}
