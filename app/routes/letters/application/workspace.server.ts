import { data } from 'react-router'
import type { Cv } from '#app/domain/cv/types.ts'
import { matchCvToOffer } from '#app/domain/match/mirror-match.ts'
import type { MatchReport } from '#app/domain/match/types.ts'
import { analyzeOffer } from '#app/domain/offer/analyze.ts'
import type { OfferAnalysis } from '#app/domain/offer/types.ts'
import { getApplication, type Application } from '#app/server/applications.server.ts'
import { requireUser, type CurrentUser } from '#app/server/auth/auth.server.ts'
import { getPrimaryCv } from '#app/server/cv.server.ts'
import { hasLettersPremiumTools } from '#app/server/premium.server.ts'
import { rome } from '#app/server/rome-lexicon.server.ts'

export type Workspace = {
	user: CurrentUser
	application: Application
	analysis: OfferAnalysis
	cv: Cv | null
	/** null without a CV. */
	match: MatchReport | null
	premium: boolean
	romeVersion: string
}

/**
 * Everything the screens of one application read: the application, its
 * offer's analysis and the Mirror Match with the person's CV, recomputed on
 * each request (pure and fast, so always current). 404 when the application
 * is not the person's.
 */
export async function loadWorkspace(request: Request, applicationId: string | undefined): Promise<Workspace> {
	const user = await requireUser(request)
	const [application, stored, premium, { index, lexicon }] = await Promise.all([
		getApplication(user, applicationId ?? ''),
		getPrimaryCv(user),
		hasLettersPremiumTools(user),
		rome(),
	])
	if (!application) throw data({ message: 'Cette candidature n’existe pas ou a été supprimée.' }, { status: 404 })
	const analysis = analyzeOffer(application.offerText, index)
	const cv = stored?.cv ?? null
	const match = cv ? matchCvToOffer(cv, analysis, index) : null
	return { user, application, analysis, cv, match, premium, romeVersion: lexicon.version }
}
