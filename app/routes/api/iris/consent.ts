import { getCurrentUser } from '#app/server/auth/auth.server.ts'
import { aiConsentChoiceSchema, getAiConsent, recordAiConsent } from '#app/server/consent.server.ts'
import type { Route } from './+types/consent.ts'

/** POST /api/iris/consent — the person's decision about AI processing, from the Iris panel. */
export async function action({ request }: Route.ActionArgs) {
	const user = await getCurrentUser(request)
	if (!user) {
		return Response.json({ ok: false, message: 'Connectez-vous pour donner votre accord.' }, { status: 401 })
	}
	const parsed = aiConsentChoiceSchema.safeParse(Object.fromEntries(await request.formData()))
	if (!parsed.success) {
		return Response.json({ ok: false, message: parsed.error.issues[0]?.message ?? 'Demande invalide.' }, { status: 400 })
	}
	await recordAiConsent(user, parsed.data)
	return Response.json({ ok: true, consent: await getAiConsent(user) }, { headers: { 'Cache-Control': 'no-store' } })
}
