import { redirect } from 'react-router'
import { requireUser } from '#app/server/auth/auth.server.ts'
import { aiConsentChoiceSchema, recordAiConsent } from '#app/server/consent.server.ts'
import type { Route } from './+types/ai-consent'

/** POST /compte/consentement-ia — the consent form of « Mon compte » (give, refuse, revoke). */
export async function action({ request }: Route.ActionArgs) {
	const user = await requireUser(request)
	const parsed = aiConsentChoiceSchema.safeParse(Object.fromEntries(await request.formData()))
	// The form lives on « Mon compte »: go back there, which says what was missing and records nothing.
	if (!parsed.success) return redirect('/compte?ia=choix-manquant#ia')
	await recordAiConsent(user, parsed.data)
	return redirect('/compte?ia=enregistre#ia')
}

export async function loader() {
	return redirect('/compte#ia')
}
