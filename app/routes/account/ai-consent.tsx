import { data, redirect } from 'react-router'
import { z } from 'zod'
import { requireUser } from '#app/server/auth/auth.server.ts'
import { recordAiConsent } from '#app/server/consent.server.ts'
import type { Route } from './+types/ai-consent'

const aiConsentSchema = z.object({
	aiProcessing: z.enum(['accept', 'refuse'], { error: 'Choisissez si vous acceptez ou refusez le traitement par l’IA.' }),
	profileContext: z.literal('on').optional(),
})

/** POST /compte/consentement-ia — the consent form of « Mon compte » (give, refuse, revoke). */
export async function action({ request }: Route.ActionArgs) {
	const user = await requireUser(request)
	const parsed = aiConsentSchema.safeParse(Object.fromEntries(await request.formData()))
	if (!parsed.success) {
		return data({ error: parsed.error.issues[0]?.message ?? 'Choix invalide.' }, { status: 400 })
	}
	await recordAiConsent(user, {
		aiProcessing: parsed.data.aiProcessing === 'accept',
		profileContext: parsed.data.profileContext === 'on',
	})
	return redirect('/compte?ia=enregistre#ia')
}

export async function loader() {
	return redirect('/compte#ia')
}
