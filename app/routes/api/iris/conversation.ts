import { z } from 'zod'
import { getCurrentUser } from '#app/server/auth/auth.server.ts'
import { deleteIrisConversation, getIrisConversation, renameIrisConversation } from '#app/server/iris.server.ts'
import type { Route } from './+types/conversation.ts'

const noStore = { 'Cache-Control': 'no-store' }
const idSchema = z.uuid()

const intentSchema = z.discriminatedUnion('intent', [
	z.object({
		intent: z.literal('rename'),
		title: z
			.string({ error: 'Donnez un titre à la conversation.' })
			.trim()
			.min(1, 'Donnez un titre à la conversation.')
			.max(80, 'Le titre ne peut pas dépasser 80 caractères.'),
	}),
	z.object({ intent: z.literal('delete') }),
])

function failure(status: number, message: string) {
	return Response.json({ ok: false, message }, { status, headers: noStore })
}

/** GET /api/iris/conversations/:id — the messages of one conversation. */
export async function loader({ request, params }: Route.LoaderArgs) {
	const user = await getCurrentUser(request)
	if (!user) return failure(401, 'Connectez-vous pour retrouver vos conversations.')
	const id = idSchema.safeParse(params.id)
	const conversation = id.success ? await getIrisConversation(user, id.data) : null
	if (!conversation) return failure(404, 'Cette conversation n’existe plus.')
	return Response.json(conversation, { headers: noStore })
}

/** POST /api/iris/conversations/:id — rename or delete. */
export async function action({ request, params }: Route.ActionArgs) {
	const user = await getCurrentUser(request)
	if (!user) return failure(401, 'Connectez-vous pour gérer vos conversations.')
	const id = idSchema.safeParse(params.id)
	if (!id.success) return failure(404, 'Cette conversation n’existe plus.')
	const parsed = intentSchema.safeParse(Object.fromEntries(await request.formData()))
	if (!parsed.success) return failure(400, parsed.error.issues[0]?.message ?? 'Demande invalide.')
	const done =
		parsed.data.intent === 'rename'
			? await renameIrisConversation(user, id.data, parsed.data.title)
			: await deleteIrisConversation(user, id.data)
	if (!done) return failure(404, 'Cette conversation n’existe plus.')
	return Response.json({ ok: true }, { headers: noStore })
}
