import { createContext, data, type MiddlewareFunction } from 'react-router'
import { env } from './env.server.ts'

export const cspNonceContext = createContext<string>('')

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * A non-GET request is accepted only from our own origin. Browsers send
 * `Origin` on every cross-origin and same-origin POST; session cookies are
 * SameSite=Lax on top of this, so a forged form post is refused twice over.
 */
export function isSameOriginRequest(request: Request, appUrl: string): boolean {
	if (SAFE_METHODS.has(request.method.toUpperCase())) return true
	const allowed = new Set([new URL(appUrl).origin, new URL(request.url).origin])
	const origin = request.headers.get('origin')
	if (origin && origin !== 'null') return allowed.has(origin)
	const referer = request.headers.get('referer')
	if (referer) {
		try {
			return allowed.has(new URL(referer).origin)
		} catch {
			return false
		}
	}
	// Neither header: not a browser form post (a browser always sends Origin on POST).
	return false
}

/** Where our forms may lead: Stripe's hosted Checkout and Customer Portal (or the local simulator). */
function paymentOrigins() {
	const { STRIPE_API_HOST, STRIPE_API_PORT, STRIPE_API_PROTOCOL } = env()
	const origins = ['https://checkout.stripe.com', 'https://billing.stripe.com']
	if (STRIPE_API_HOST) {
		const host = STRIPE_API_HOST === '127.0.0.1' ? 'localhost' : STRIPE_API_HOST
		origins.push(`${STRIPE_API_PROTOCOL ?? 'https'}://${STRIPE_API_HOST}${STRIPE_API_PORT ? `:${STRIPE_API_PORT}` : ''}`)
		origins.push(`${STRIPE_API_PROTOCOL ?? 'https'}://${host}${STRIPE_API_PORT ? `:${STRIPE_API_PORT}` : ''}`)
	}
	return [...new Set(origins)]
}

export function contentSecurityPolicy(nonce: string, isDevelopment: boolean, formTargets: string[] = []) {
	const directives = [
		"default-src 'self'",
		`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
		// React style attributes and Vite's dev-time CSS injection need inline styles; scripts stay nonce-only.
		"style-src 'self' 'unsafe-inline'",
		"img-src 'self' data:",
		"font-src 'self'",
		`connect-src 'self'${isDevelopment ? ' ws: wss:' : ''}`,
		"frame-ancestors 'none'",
		`form-action 'self'${formTargets.map((origin) => ` ${origin}`).join('')}`,
		"base-uri 'none'",
		"object-src 'none'",
	]
	if (!isDevelopment) directives.push('upgrade-insecure-requests')
	return directives.join('; ')
}

export function applySecurityHeaders(headers: Headers, nonce: string) {
	const isDevelopment = env().NODE_ENV !== 'production'
	headers.set('Content-Security-Policy', contentSecurityPolicy(nonce, isDevelopment, paymentOrigins()))
	headers.set('X-Content-Type-Options', 'nosniff')
	headers.set('X-Frame-Options', 'DENY')
	headers.set('Referrer-Policy', 'strict-origin-when-cross-origin')
	headers.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(self)')
	headers.set('Cross-Origin-Opener-Policy', 'same-origin')
	headers.set('Cross-Origin-Resource-Policy', 'same-origin')
	if (!isDevelopment) headers.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains')
}

export const securityMiddleware: MiddlewareFunction<Response> = async ({ request, context }, next) => {
	if (!isSameOriginRequest(request, env().APP_URL)) {
		throw data(
			{ message: 'Requête refusée : elle ne provient pas de Phoenix. Rechargez la page puis réessayez.' },
			{ status: 403 },
		)
	}
	const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64')
	context.set(cspNonceContext, nonce)
	const response = await next()
	applySecurityHeaders(response.headers, nonce)
	return response
}
