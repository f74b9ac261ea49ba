import { redirect, type MiddlewareFunction } from 'react-router'
import { asUser, type Row } from '../db.server.ts'
import { env } from '../env.server.ts'
import { createEmbeddedAuth } from './embedded.server.ts'
import { createSupabaseAuth } from './supabase.server.ts'
import type { AuthAdapter, SessionUser } from './types.ts'

export type CurrentUser = SessionUser & { displayName: string | null }

let adapter: AuthAdapter | undefined

/** The sign-in adapter chosen by configuration (AUTH_MODE). */
export function auth(): AuthAdapter {
	adapter ??= env().AUTH_MODE === 'supabase' ? createSupabaseAuth() : createEmbeddedAuth()
	return adapter
}

// One verification per request, however many loaders ask.
const sessions = new WeakMap<Request, Promise<CurrentUser | null>>()
// Cookies the adapter refreshed while verifying (Supabase rotates tokens), for the response.
const refreshedCookies = new WeakMap<Request, Headers>()

export function getCurrentUser(request: Request): Promise<CurrentUser | null> {
	let pending = sessions.get(request)
	if (!pending) {
		pending = loadCurrentUser(request)
		sessions.set(request, pending)
	}
	return pending
}

async function loadCurrentUser(request: Request): Promise<CurrentUser | null> {
	const { user, headers } = await auth().getSession(request)
	refreshedCookies.set(request, headers)
	if (!user) return null
	const [profile] = await asUser(
		user.claims,
		(tx) => tx<Pick<Row<'profiles'>, 'display_name'>[]>`select display_name from public.profiles where id = ${user.id}`,
	)
	return { ...user, displayName: profile?.display_name ?? null }
}

/** The signed-in person, or a redirect to sign-in that brings them back here afterwards. */
export async function requireUser(request: Request): Promise<CurrentUser> {
	const user = await getCurrentUser(request)
	if (!user) {
		const url = new URL(request.url)
		const next = `${url.pathname}${url.search}`
		throw redirect(`/connexion?next=${encodeURIComponent(next)}`)
	}
	return user
}

/**
 * Only our own pages: an open redirect would turn our sign-in link into a
 * phishing tool. Accepts a path, or an absolute URL on APP_URL's origin (what
 * Supabase Auth puts in an email's redirect), and returns a path.
 */
export function safeNext(next: string | null | undefined, fallback = '/letters'): string {
	if (!next) return fallback
	const appOrigin = new URL(env().APP_URL).origin
	if (next.startsWith('/') && (next.startsWith('//') || next.startsWith('/\\'))) return fallback
	try {
		const url = new URL(next, appOrigin)
		if (url.origin !== appOrigin) return fallback
		return `${url.pathname}${url.search}${url.hash}`
	} catch {
		return fallback
	}
}

/** Writes the session cookies the adapter refreshed during this request onto its response. */
export const sessionCookiesMiddleware: MiddlewareFunction<Response> = async ({ request }, next) => {
	const response = await next()
	for (const cookie of refreshedCookies.get(request)?.getSetCookie() ?? []) {
		response.headers.append('Set-Cookie', cookie)
	}
	return response
}
