import { analyzeOffer } from '#app/domain/offer/analyze.ts'
import { createApplication } from '#app/server/applications.server.ts'
import type { CurrentUser } from '#app/server/auth/auth.server.ts'
import { rome } from '#app/server/rome-lexicon.server.ts'

export type OfferInput = { offerText: string; jobTitle?: string; company?: string; offerUrl?: string }

// Same bounds as the applications table's checks, so a long heading read in the offer never refuses the save.
const jobTitleMax = 160
const companyMax = 120

/**
 * Analyses the offer and records the application; the job title and the
 * company the person left empty are those read in the offer. Returns its id.
 */
export async function createApplicationFromOffer(user: CurrentUser, input: OfferInput): Promise<string> {
	const { index } = await rome()
	const analysis = analyzeOffer(input.offerText, index)
	const jobTitle = input.jobTitle || analysis.title || analysis.rome[0]?.label || 'Offre sans intitulé'
	const company = input.company || analysis.company || null
	return createApplication(user, {
		jobTitle: jobTitle.slice(0, jobTitleMax).trim(),
		company: company ? company.slice(0, companyMax).trim() : null,
		offerText: input.offerText,
		offerUrl: input.offerUrl ?? null,
	})
}
