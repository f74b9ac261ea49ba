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

export type OwnApplication = { user: CurrentUser; application: Application }

export type Workspace = OwnApplication & {
	analysis: OfferAnalysis
	cv: Cv | null
	/** null without a CV. */
	match: MatchReport | null
	premium: boolean
}

// The layout and its tab load on the same request: each is read once, however many loaders ask.
// An action's request is never its loaders' (React Router gives them a fresh one), so a save is always seen.
const applications = new WeakMap<Request, Promise<OwnApplication>>()
const workspaces = new WeakMap<Request, Promise<Workspace>>()

function once<T>(cache: WeakMap<Request, Promise<T>>, request: Request, load: () => Promise<T>): Promise<T> {
	let pending = cache.get(request)
	if (!pending) {
		pending = load()
		cache.set(request, pending)
	}
	return pending
}

/** The person and their application; 404 when it is not theirs (or no longer exists). */
export function requireOwnApplication(request: Request, applicationId: string | undefined): Promise<OwnApplication> {
	return once(applications, request, async () => {
		const user = await requireUser(request)
		const application = await getApplication(user, applicationId ?? '')
		if (!application) throw data({ message: 'Cette candidature n’existe pas ou a été supprimée.' }, { status: 404 })
		return { user, application }
	})
}

/**
 * Everything the screens of one application read: the application, its
 * offer's analysis and the Mirror Match with the person's CV, recomputed for
 * each request (pure and fast, so always current) but only once per request.
 * 404 when the application is not the person's.
 */
export function loadWorkspace(request: Request, applicationId: string | undefined): Promise<Workspace> {
	return once(workspaces, request, async () => {
		const user = await requireUser(request)
		const [{ application }, stored, premium, { index }] = await Promise.all([
			requireOwnApplication(request, applicationId),
			getPrimaryCv(user),
			hasLettersPremiumTools(user),
			rome(),
		])
		const analysis = analyzeOffer(application.offerText, index)
		const cv = stored?.cv ?? null
		const match = cv ? matchCvToOffer(cv, analysis, index) : null
		return { user, application, analysis, cv, match, premium }
	})
}
