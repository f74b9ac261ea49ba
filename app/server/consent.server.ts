import { z } from 'zod'
import { AI_CONSENT_TEXT_VERSION } from '#shared/ai/gateway.ts'
import type { CurrentUser } from './auth/auth.server.ts'
import { asUser } from './db.server.ts'

export type AiConsent = {
	/** null: never asked. */
	aiProcessing: boolean | null
	profileContext: boolean
	textVersion: string
	decidedAt: string | null
}

/** The person's current decisions about AI processing (the latest row per purpose). */
export async function getAiConsent(user: CurrentUser): Promise<AiConsent> {
	const rows = await asUser(
		user.claims,
		(tx) => tx<{ purpose: string; granted: boolean; decided_at: Date }[]>`
			select purpose, granted, decided_at from public.my_consents`,
	)
	const processing = rows.find((row) => row.purpose === 'ai_processing')
	const profile = rows.find((row) => row.purpose === 'ai_profile_context')
	return {
		aiProcessing: processing ? processing.granted : null,
		profileContext: Boolean(processing?.granted && profile?.granted),
		textVersion: AI_CONSENT_TEXT_VERSION,
		decidedAt: processing ? processing.decided_at.toISOString() : null,
	}
}

/** The consent form, from the Iris panel or « Mon compte »: the same radios and checkbox. */
export const aiConsentChoiceSchema = z
	.object({
		aiProcessing: z.enum(['accept', 'refuse'], { error: 'Choisissez « J’accepte » ou « Je refuse ».' }),
		profileContext: z.literal('on').optional(),
	})
	.transform((choice) => ({ aiProcessing: choice.aiProcessing === 'accept', profileContext: choice.profileContext === 'on' }))

/** Records a decision (a new row: the history is kept). Refusing AI processing also withdraws the profile summary. */
export async function recordAiConsent(user: CurrentUser, decision: { aiProcessing: boolean; profileContext: boolean }) {
	await asUser(user.claims, async (tx) => {
		await tx`insert into public.consents (purpose, granted, text_version)
			values ('ai_processing', ${decision.aiProcessing}, ${AI_CONSENT_TEXT_VERSION})`
		await tx`insert into public.consents (purpose, granted, text_version)
			values ('ai_profile_context', ${decision.aiProcessing && decision.profileContext}, ${AI_CONSENT_TEXT_VERSION})`
	})
}
