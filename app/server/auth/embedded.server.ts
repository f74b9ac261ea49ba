import { randomUUID } from 'node:crypto'
import { signJwt, verifyJwt } from '#shared/jwt.ts'
import { asAuthServer, type Claims, type Tx } from '../db.server.ts'
import { sendMagicLinkEmail } from '../email.server.ts'
import { env } from '../env.server.ts'
import { clearCookie, cookieOptions, readCookies, SESSION_COOKIE, setCookie } from './cookies.server.ts'
import {
	hashCode,
	hashToken,
	MAGIC_LINK_TTL_MINUTES,
	MAX_CODE_ATTEMPTS,
	newCode,
	newLinkToken,
	normalizeEmail,
	sameHash,
} from './tokens.server.ts'
import type { AuthAdapter, SessionUser, SignInResult } from './types.ts'

const SESSION_DAYS = 30

/**
 * The local stand-in for Supabase Auth: users in auth.users exactly as
 * Supabase keeps them, one-time tokens stored hashed in auth.magic_links,
 * sessions in auth.sessions, and a Supabase-shaped HS256 access token in an
 * httpOnly cookie.
 */
export function createEmbeddedAuth(): AuthAdapter {
	return {
		async requestSignIn({ email, next }) {
			const address = normalizeEmail(email)
			const token = newLinkToken()
			const code = newCode()
			await asAuthServer(async (tx) => {
				// A new request retires the previous ones: only the latest link and code work.
				await tx`
					update auth.magic_links set consumed_at = now()
					where lower(email) = ${address} and consumed_at is null`
				await tx`
					insert into auth.magic_links (email, token_hash, code_hash, redirect_to, expires_at)
					values (${address}, ${hashToken(token)}, ${hashCode(code, address, env().SESSION_SECRET)}, ${next},
						now() + make_interval(mins => ${MAGIC_LINK_TTL_MINUTES}))`
			})
			const link = new URL('/auth/confirm', env().APP_URL)
			link.searchParams.set('token_hash', token)
			link.searchParams.set('type', 'email')
			link.searchParams.set('next', next)
			await sendMagicLinkEmail({ to: address, link: link.toString(), code })
		},

		async confirmLink(request, { tokenHash, type }) {
			if (type !== 'email' && type !== 'magiclink') return { ok: false, reason: 'invalid' }
			return asAuthServer(async (tx) => {
				const [challenge] = await tx<{ email: string; expired: boolean }[]>`
					update auth.magic_links set consumed_at = now()
					where token_hash = ${hashToken(tokenHash)} and consumed_at is null
					returning email, expires_at <= now() as expired`
				if (!challenge) return { ok: false, reason: 'invalid' }
				if (challenge.expired) return { ok: false, reason: 'expired' }
				return startSession(tx, request, challenge.email)
			})
		},

		async verifyCode(request, { email, code }) {
			const address = normalizeEmail(email)
			return asAuthServer(async (tx): Promise<SignInResult> => {
				const [challenge] = await tx<
					{ id: string; code_hash: string; failed_attempts: number; expired: boolean }[]
				>`
					select id, code_hash, failed_attempts, expires_at <= now() as expired
					from auth.magic_links
					where lower(email) = ${address} and consumed_at is null
					order by created_at desc
					limit 1
					for update`
				if (!challenge) return { ok: false, reason: 'invalid' }
				if (challenge.expired) {
					await tx`update auth.magic_links set consumed_at = now() where id = ${challenge.id}`
					return { ok: false, reason: 'expired' }
				}
				if (!sameHash(challenge.code_hash, hashCode(code, address, env().SESSION_SECRET))) {
					const attempts = challenge.failed_attempts + 1
					const dead = attempts >= MAX_CODE_ATTEMPTS
					await tx`
						update auth.magic_links
						set failed_attempts = ${attempts}, consumed_at = ${dead ? tx`now()` : null}
						where id = ${challenge.id}`
					return { ok: false, reason: dead ? 'too_many_attempts' : 'invalid' }
				}
				await tx`update auth.magic_links set consumed_at = now() where id = ${challenge.id}`
				return startSession(tx, request, address)
			})
		},

		async getSession(request) {
			const headers = new Headers()
			const token = readCookies(request)[SESSION_COOKIE]
			if (!token) return { user: null, headers }
			const claims = await verifyJwt(token, env().JWT_SECRET)
			if (!claims?.session_id || !claims.email) {
				clearCookie(headers, SESSION_COOKIE)
				return { user: null, headers }
			}
			// A signed token is not enough: the session must still exist (sign-out everywhere deletes it).
			const [session] = await asAuthServer(
				(tx) => tx`
					select 1 from auth.sessions s join auth.users u on u.id = s.user_id
					where s.id = ${claims.session_id as string} and s.user_id = ${claims.sub}
					  and (s.not_after is null or s.not_after > now())
					  and (u.banned_until is null or u.banned_until < now()) and u.deleted_at is null`,
			)
			if (!session) {
				clearCookie(headers, SESSION_COOKIE)
				return { user: null, headers }
			}
			return { user: toSessionUser(claims as Claims, token), headers }
		},

		async signOut(request, scope) {
			const headers = new Headers()
			clearCookie(headers, SESSION_COOKIE)
			const token = readCookies(request)[SESSION_COOKIE]
			const claims = token ? await verifyJwt(token, env().JWT_SECRET) : null
			if (claims?.session_id) {
				await asAuthServer((tx) =>
					scope === 'global'
						? tx`delete from auth.sessions where user_id = ${claims.sub}`
						: tx`delete from auth.sessions where id = ${claims.session_id as string}`,
				)
			}
			return headers
		},
	}
}

async function startSession(tx: Tx, request: Request, email: string): Promise<SignInResult> {
	const [user] = await tx<{ id: string; email: string }[]>`
		insert into auth.users (instance_id, id, aud, role, email, email_confirmed_at, last_sign_in_at,
			raw_app_meta_data, raw_user_meta_data, created_at, updated_at)
		values ('00000000-0000-0000-0000-000000000000', ${randomUUID()}, 'authenticated', 'authenticated', ${email},
			now(), now(), ${tx.json({ provider: 'email', providers: ['email'] })}, '{}'::jsonb, now(), now())
		on conflict (email) where (is_sso_user = false)
		do update set last_sign_in_at = now(), updated_at = now(),
			email_confirmed_at = coalesce(auth.users.email_confirmed_at, now())
		returning id, email`
	if (!user) return { ok: false, reason: 'invalid' }

	const sessionId = randomUUID()
	await tx`
		insert into auth.sessions (id, user_id, created_at, updated_at, aal, not_after, user_agent)
		values (${sessionId}, ${user.id}, now(), now(), 'aal1', now() + make_interval(days => ${SESSION_DAYS}),
			${request.headers.get('user-agent')?.slice(0, 300) ?? null})`

	const now = Math.floor(Date.now() / 1000)
	const claims: Claims = {
		iss: new URL('/auth/v1', env().APP_URL).toString(),
		aud: 'authenticated',
		sub: user.id,
		email: user.email,
		role: 'authenticated',
		aal: 'aal1',
		session_id: sessionId,
		is_anonymous: false,
		iat: now,
		exp: now + SESSION_DAYS * 24 * 3600,
	}
	const headers = new Headers()
	const token = await signJwt(claims as Claims & { exp: number }, env().JWT_SECRET)
	setCookie(headers, SESSION_COOKIE, token, cookieOptions(SESSION_DAYS * 24 * 3600))
	return { ok: true, user: toSessionUser(claims, token), headers }
}

function toSessionUser(claims: Claims, accessToken: string): SessionUser {
	return { id: claims.sub, email: claims.email ?? '', claims, accessToken }
}
