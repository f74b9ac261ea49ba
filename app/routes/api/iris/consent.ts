import { z } from 'zod'
import { getCurrentUser } from '#app/server/auth/auth.server.ts'
import { getAiConsent, recordAiConsent } from '#app/server/consent.server.ts'
import type { Route } from './+types/consent.ts'

const aiConsentSchema = z.object({
	aiProcessing: z.enum(['accept', 'refuse'], { error: 'Choisissez « J’accepte » ou « Je refuse ».' }),
	profileContext: z.literal('on').optional(),
})

/** POST /api/iris/consent — the person's decision about AI processing, from the Iris panel. */
export async function action({ request }: Route.ActionArgs) {
	const user = await getCurrentUser(request)
	if (!user) {
		return Response.json({ ok: false, message: 'Connectez-vous pour donner votre accord.' }, { status: 401 })
	}
	const parsed = aiConsentSchema.safeParse(Object.fromEntries(await request.formData()))
	if (!parsed.success) {
		return Response.json({ ok: false, message: parsed.error.issues[0]?.message ?? 'Demande invalide.' }, { status: 400 })
	}
	await recordAiConsent(user, {
		aiProcessing: parsed.data.aiProcessing === 'accept',
		profileContext: parsed.data.profileContext === 'on',
	})
	return Response.json({ ok: true, consent: await getAiConsent(user) }, { headers: { 'Cache-Control': 'no-store' } })
}
