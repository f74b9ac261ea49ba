import type { IrisOverview } from '#app/components/iris/protocol.ts'
import { getCurrentUser } from '#app/server/auth/auth.server.ts'
import { aiMode, getIrisOverview } from '#app/server/iris.server.ts'
import { AI_CONSENT_TEXT_VERSION } from '#shared/ai/gateway.ts'
import type { Route } from './+types/overview.ts'

/** GET /api/iris — what the Iris panel needs when it opens. */
export async function loader({ request }: Route.LoaderArgs) {
	const user = await getCurrentUser(request)
	const overview: IrisOverview = user
		? await getIrisOverview(user)
		: {
				signedIn: false,
				consent: { aiProcessing: null, profileContext: false, textVersion: AI_CONSENT_TEXT_VERSION },
				mode: aiMode(),
				quota: { used: 0, limit: null },
				conversations: [],
			}
	return Response.json(overview, { headers: { 'Cache-Control': 'no-store' } })
}
