import { getCurrentUser } from '#app/server/auth/auth.server.ts'
import { env } from '#app/server/env.server.ts'
import { irisAskSchema } from '#shared/iris.ts'
import type { Route } from './+types/messages.ts'

function failure(status: number, message: string) {
	return Response.json({ code: status, message }, { status, headers: { 'Cache-Control': 'no-store' } })
}

/**
 * POST /api/iris/messages — asks Iris. The answer comes from the `iris` Edge
 * Function, called with the person's own JWT and relayed as it streams, so the
 * browser never holds a token and the session cookie stays HttpOnly.
 */
export async function action({ request }: Route.ActionArgs) {
	const user = await getCurrentUser(request)
	if (!user) return failure(401, 'Votre session a expiré. Reconnectez-vous pour parler à Iris.')
	const parsed = irisAskSchema.safeParse(await request.json().catch(() => null))
	if (!parsed.success) return failure(400, parsed.error.issues[0]?.message ?? 'Demande invalide.')

	const functionsUrl = env().FUNCTIONS_URL ?? (env().SUPABASE_URL ? `${env().SUPABASE_URL}/functions/v1` : undefined)
	if (!functionsUrl) return failure(503, 'Iris n’est pas disponible pour le moment.')
	const headers: Record<string, string> = {
		Authorization: `Bearer ${user.accessToken}`,
		'Content-Type': 'application/json',
	}
	if (env().SUPABASE_ANON_KEY) headers.apikey = env().SUPABASE_ANON_KEY!

	let upstream: Response
	try {
		upstream = await fetch(`${functionsUrl}/iris`, {
			method: 'POST',
			headers,
			body: JSON.stringify(parsed.data),
			signal: request.signal,
		})
	} catch {
		return failure(503, 'Iris est momentanément injoignable. Réessayez dans un instant.')
	}
	if (!upstream.ok || !upstream.body) {
		const body = (await upstream.json().catch(() => null)) as { message?: string } | null
		return failure(upstream.status >= 400 ? upstream.status : 502, body?.message ?? 'Iris n’a pas pu répondre. Réessayez dans un instant.')
	}
	return new Response(upstream.body, {
		headers: {
			'Content-Type': 'text/event-stream; charset=utf-8',
			'Cache-Control': 'no-store, no-transform',
			'X-Accel-Buffering': 'no',
		},
	})
}
