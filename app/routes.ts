import { type RouteConfig, index, layout, prefix, route } from '@react-router/dev/routes'

export default [
	// The portal
	index('routes/portal/home.tsx'),
	route('mentions-legales', 'routes/portal/legal-notice.tsx'),
	route('cgu', 'routes/portal/terms.tsx'),
	route('confidentialite', 'routes/portal/privacy.tsx'),
	route('tarifs', 'routes/portal/pricing.tsx'),
	route('tarifs/entreprise', 'routes/portal/enterprise-contact.tsx'),
	route('green-ai', 'routes/portal/green-ai.tsx'),

	// Sign-in (both auth adapters share these URLs)
	route('connexion', 'routes/auth/sign-in.tsx'),
	route('connexion/code', 'routes/auth/verify-code.tsx'),
	route('auth/confirm', 'routes/auth/confirm.tsx'),
	route('deconnexion', 'routes/auth/sign-out.tsx'),

	// The products, behind sign-in
	layout('routes/products/layout.tsx', [
		route('letters', 'routes/letters/index.tsx'),
		route('letters/candidatures/nouvelle', 'routes/letters/new-application.tsx'),
		route('letters/candidatures/:applicationId', 'routes/letters/application/layout.tsx', [
			index('routes/letters/application/analysis.tsx'),
			route('match', 'routes/letters/application/match.tsx'),
			route('lettre', 'routes/letters/application/letter.tsx'),
			route('coach', 'routes/letters/application/coach.tsx'),
			route('suivi', 'routes/letters/application/tracking.tsx'),
		]),
		route('letters/mon-cv', 'routes/letters/cv.tsx'),
		route('letters/trajectoire', 'routes/letters/trajectory.tsx'),
		route('cv', 'routes/cv/index.tsx'),
		route('rise', 'routes/rise/index.tsx'),
		route('compte', 'routes/account/index.tsx'),
		route('compte/abonnement', 'routes/account/subscription.tsx'),
		route('compte/consentement-ia', 'routes/account/ai-consent.tsx'),
	]),

	// Resource routes
	...prefix('api', [
		route('metiers', 'routes/api/job-titles.ts'),
		route('iris', 'routes/api/iris/overview.ts'),
		route('iris/consent', 'routes/api/iris/consent.ts'),
		route('iris/messages', 'routes/api/iris/messages.ts'),
		route('iris/conversations/:id', 'routes/api/iris/conversation.ts'),
		route('candidatures/:applicationId/lettre', 'routes/api/letters/write.ts'),
	]),
	route('letters/candidatures/:applicationId/export/:format', 'routes/letters/application/export.ts'),
	route('healthz', 'routes/healthz.ts'),
] satisfies RouteConfig
