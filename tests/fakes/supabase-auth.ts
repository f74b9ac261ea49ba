import { createHash, randomBytes, randomInt, randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import postgres from 'postgres'
import { signJwt, verifyJwt, type JwtClaims } from '#shared/jwt.ts'

/**
 * A local stand-in for Supabase Auth (GoTrue) behind Supabase's API gateway,
 * speaking the HTTP that @supabase/auth-js speaks, for the endpoints Phoenix
 * uses: POST /otp, POST /verify, GET /user, POST /logout, POST /token
 * (refresh_token grant).
 *
 * It follows GoTrue's own code (supabase/auth, internal/api: otp.go,
 * magic_link.go, verify.go, logout.go, token_refresh.go, errors.go):
 * - users live in the REAL database's auth.users, with GoTrue's columns: the
 *   pending one-time token is `recovery_token` (magic link) or
 *   `confirmation_token` (sign-up), its send time `recovery_sent_at` /
 *   `confirmation_sent_at`; expiry is computed from those, single use is
 *   clearing them, exactly as GoTrue does. So the profiles trigger fires and
 *   RLS tests run against real rows;
 * - token_hash = hex(sha224(email + otp)), prefixed `pkce_` when the client
 *   sent a code_challenge (createServerClient always does);
 * - every refused OTP, wrong, used, replaced or expired, answers the same
 *   403 `otp_expired`: GoTrue cannot tell them apart and neither can we;
 * - errors take GoTrue's 2024-01-01 shape `{ code, message }` when the request
 *   carries `X-Supabase-Api-Version: 2024-01-01` (auth-js always sends it),
 *   and the legacy `{ code, error_code, msg }` shape otherwise;
 * - sessions are rows of auth.sessions; GET /user refuses a token whose
 *   session row is gone (403 session_not_found), as sign-out everywhere needs.
 *
 * Mail is not sent: each message is recorded in `sentEmails`, rendered with
 * the project's template (supabase/templates/magic_link.html) as GoTrue
 * would render it.
 */

export type FakeAuthSettings = {
	/** [auth] site_url. */
	siteUrl: string
	/** [auth] additional_redirect_urls (a trailing `*` matches any suffix). */
	additionalRedirectUrls: string[]
	/** [auth.email] otp_expiry. */
	otpExpirySeconds: number
	/** [auth] jwt_expiry. */
	jwtExpirySeconds: number
	/** [auth.email] max_frequency; 0 turns the per-address resend limit off. */
	maxFrequencySeconds: number
	/** `enable_confirmations = false` ⇔ autoconfirm: new users get the magic-link mail, not the sign-up one. */
	autoconfirm: boolean
}

export type SentEmail = {
	to: string
	/** Which GoTrue template was used. */
	template: 'magic_link' | 'confirmation'
	/** {{ .Token }}: the 6-digit code. */
	token: string
	/** {{ .TokenHash }}: what the link carries (with GoTrue's `pkce_` prefix when PKCE was used). */
	tokenHash: string
	/** {{ .RedirectTo }}: the validated redirect_to, or the site URL when it was refused. */
	redirectTo: string
	/** {{ .ConfirmationURL }}: GoTrue's own /verify link. */
	confirmationUrl: string
	/** The message body as GoTrue renders it. */
	html: string
	/** The first link of the body (HTML entities decoded). */
	link: string | null
	sentAt: Date
}

export type FakeSupabaseAuth = {
	/** The project URL (SUPABASE_URL). */
	url: string
	/** A Supabase-style anon key (an HS256 JWT with role anon). */
	anonKey: string
	/** Live settings: tests may change them between requests. */
	settings: FakeAuthSettings
	sentEmails: SentEmail[]
	lastEmailTo(email: string): SentEmail | undefined
	/** Backdates the pending one-time tokens of this address past otp_expiry, as time passing would. */
	expireOtpsFor(email: string): Promise<void>
	/** How many requests reached each endpoint (`POST /verify`…). */
	requests: Map<string, number>
	stop(): Promise<void>
}

const INSTANCE_ID = '00000000-0000-0000-0000-000000000000'
const API_VERSION_HEADER = 'x-supabase-api-version'
const API_VERSION_2024 = '2024-01-01'
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

type UserRow = {
	id: string
	aud: string
	role: string
	email: string
	phone: string | null
	email_confirmed_at: Date | null
	confirmation_token: string | null
	confirmation_sent_at: Date | null
	recovery_token: string | null
	recovery_sent_at: Date | null
	last_sign_in_at: Date | null
	raw_app_meta_data: Record<string, unknown> | null
	raw_user_meta_data: Record<string, unknown> | null
	created_at: Date
	updated_at: Date
	banned_until: Date | null
	is_anonymous: boolean
}

type RefreshToken = { token: string; sessionId: string; userId: string; revoked: boolean }

class AuthError extends Error {
	constructor(
		readonly status: number,
		readonly errorCode: string,
		message: string,
	) {
		super(message)
	}
}

/** Kong's answer, before GoTrue is reached. */
class GatewayError extends Error {
	constructor(
		readonly status: number,
		message: string,
	) {
		super(message)
	}
}

export async function startFakeSupabaseAuth(options: {
	databaseUrl: string
	jwtSecret: string
	port?: number
	settings?: Partial<FakeAuthSettings>
	/** The magic-link template; defaults to supabase/templates/magic_link.html. */
	magicLinkTemplatePath?: string
}): Promise<FakeSupabaseAuth> {
	const settings: FakeAuthSettings = {
		siteUrl: process.env.APP_URL ?? 'http://localhost:3000',
		additionalRedirectUrls: [],
		otpExpirySeconds: 900,
		jwtExpirySeconds: 3600,
		maxFrequencySeconds: 0,
		autoconfirm: true,
		...options.settings,
	}
	const magicLinkTemplate = readFileSync(
		options.magicLinkTemplatePath ?? path.resolve(import.meta.dirname, '../../supabase/templates/magic_link.html'),
		'utf8',
	)
	const sql = postgres(options.databaseUrl, {
		max: 3,
		onnotice: () => {},
		connection: { application_name: 'fake-gotrue' },
	})
	const sentEmails: SentEmail[] = []
	const refreshTokens = new Map<string, RefreshToken>()
	const requests = new Map<string, number>()
	const now = Math.floor(Date.now() / 1000)
	const anonKey = await signJwt(
		{ iss: 'supabase', ref: 'fake', role: 'anon', iat: now, exp: now + 10 * 365 * 24 * 3600 } as unknown as JwtClaims,
		options.jwtSecret,
	)
	let baseUrl = ''

	// ---- users ---------------------------------------------------------------

	const userColumns = sql`id, aud, role, email, phone, email_confirmed_at, confirmation_token, confirmation_sent_at,
		recovery_token, recovery_sent_at, last_sign_in_at, raw_app_meta_data, raw_user_meta_data, created_at,
		updated_at, banned_until, is_anonymous`

	async function findUserByEmail(tx: postgres.Sql | postgres.TransactionSql, email: string, lock = false) {
		const [user] = await tx<UserRow[]>`
			select ${userColumns} from auth.users
			where instance_id = ${INSTANCE_ID} and lower(email) = ${email} and aud = 'authenticated'
			  and is_sso_user = false and deleted_at is null
			${lock ? tx`for update` : tx``}`
		return user
	}

	function userJson(user: UserRow) {
		const iso = (value: Date | null) => (value ? value.toISOString() : undefined)
		const userMetadata = user.raw_user_meta_data ?? {}
		return {
			id: user.id,
			aud: user.aud,
			role: user.role,
			email: user.email,
			email_confirmed_at: iso(user.email_confirmed_at),
			phone: user.phone ?? '',
			confirmation_sent_at: iso(user.confirmation_sent_at),
			confirmed_at: iso(user.email_confirmed_at),
			recovery_sent_at: iso(user.recovery_sent_at),
			last_sign_in_at: iso(user.last_sign_in_at),
			app_metadata: user.raw_app_meta_data ?? {},
			user_metadata: userMetadata,
			identities: [
				{
					identity_id: uuidFrom(`identity:${user.id}`),
					id: user.id,
					user_id: user.id,
					identity_data: {
						email: user.email,
						email_verified: Boolean(user.email_confirmed_at),
						phone_verified: false,
						sub: user.id,
					},
					provider: 'email',
					last_sign_in_at: iso(user.last_sign_in_at ?? user.created_at),
					created_at: iso(user.created_at),
					updated_at: iso(user.updated_at),
					email: user.email,
				},
			],
			created_at: iso(user.created_at),
			updated_at: iso(user.updated_at),
			is_anonymous: user.is_anonymous,
		}
	}

	// ---- sessions and tokens ---------------------------------------------------

	async function accessToken(user: UserRow, sessionId: string, amrTimestamp: number) {
		const iat = Math.floor(Date.now() / 1000)
		const exp = iat + settings.jwtExpirySeconds
		const claims = {
			iss: `${baseUrl}/auth/v1`,
			sub: user.id,
			aud: 'authenticated',
			exp,
			iat,
			email: user.email,
			phone: user.phone ?? '',
			app_metadata: user.raw_app_meta_data ?? {},
			user_metadata: user.raw_user_meta_data ?? {},
			role: 'authenticated',
			aal: 'aal1',
			amr: [{ method: 'otp', timestamp: amrTimestamp }],
			session_id: sessionId,
			is_anonymous: user.is_anonymous,
		}
		return { token: await signJwt(claims, options.jwtSecret), iat, exp }
	}

	function newRefreshToken(sessionId: string, userId: string) {
		const token = randomBytes(9).toString('base64url')
		refreshTokens.set(token, { token, sessionId, userId, revoked: false })
		return token
	}

	async function tokenResponse(user: UserRow, sessionId: string, amrTimestamp: number, refreshToken: string) {
		const { token, exp } = await accessToken(user, sessionId, amrTimestamp)
		return {
			access_token: token,
			token_type: 'bearer',
			expires_in: settings.jwtExpirySeconds,
			expires_at: exp,
			refresh_token: refreshToken,
			user: userJson(user),
		}
	}

	/** GoTrue's requireAuthentication: a bearer token, well signed, unexpired, whose user and session still exist. */
	async function authenticate(req: http.IncomingMessage) {
		const match = /^Bearer (\S+)$/i.exec(req.headers.authorization ?? '')
		if (!match?.[1]) throw new AuthError(401, 'no_authorization', 'This endpoint requires a valid Bearer token')
		const token = match[1]
		const claims = await verifyJwt(token, options.jwtSecret)
		if (!claims) {
			const expired = (await verifyJwt(token, options.jwtSecret, 0)) !== null
			throw new AuthError(
				403,
				'bad_jwt',
				expired
					? 'invalid JWT: unable to parse or verify signature, token has invalid claims: token is expired'
					: 'invalid JWT: unable to parse or verify signature, signature is invalid',
			)
		}
		const [user] = await sql<UserRow[]>`select ${userColumns} from auth.users where id = ${claims.sub}`
		if (!user) throw new AuthError(403, 'user_not_found', 'User from sub claim in JWT does not exist')
		const sessionId = typeof claims.session_id === 'string' ? claims.session_id : null
		if (sessionId) {
			const [session] = await sql`select id from auth.sessions where id = ${sessionId}`
			if (!session) throw new AuthError(403, 'session_not_found', 'Session from session_id claim in JWT does not exist')
		}
		return { user, sessionId, claims }
	}

	// ---- the one-time tokens ---------------------------------------------------

	function redirectUrl(requested: string | null): string {
		if (!requested) return settings.siteUrl
		try {
			const target = new URL(requested)
			if (target.hostname === new URL(settings.siteUrl).hostname) return requested
		} catch {
			return settings.siteUrl
		}
		const allowed = settings.additionalRedirectUrls.some((pattern) =>
			pattern.endsWith('*') ? requested.startsWith(pattern.slice(0, -1)) : requested === pattern,
		)
		return allowed ? requested : settings.siteUrl
	}

	function recordEmail(input: {
		to: string
		template: SentEmail['template']
		token: string
		tokenHash: string
		redirectTo: string
	}) {
		const verifyType = input.template === 'magic_link' ? 'magiclink' : 'signup'
		const confirmationUrl = `${baseUrl}/auth/v1/verify?token=${input.tokenHash}&type=${verifyType}&redirect_to=${encodeURIComponent(input.redirectTo)}`
		const source =
			input.template === 'magic_link'
				? magicLinkTemplate
				: '<h2>Confirm your signup</h2>\n\n<p>Follow this link to confirm your user:</p>\n<p><a href="{{ .ConfirmationURL }}">Confirm your mail</a></p>'
		const html = renderTemplate(source, {
			SiteURL: settings.siteUrl,
			Email: input.to,
			Token: input.token,
			TokenHash: input.tokenHash,
			RedirectTo: input.redirectTo,
			ConfirmationURL: confirmationUrl,
		})
		const href = /href="([^"]*)"/.exec(html)?.[1]
		sentEmails.push({
			...input,
			confirmationUrl,
			html,
			link: href ? decodeHtml(href) : null,
			sentAt: new Date(),
		})
	}

	async function otp(req: http.IncomingMessage, body: Record<string, unknown>, url: URL) {
		const email = typeof body.email === 'string' ? body.email.trim().toLowerCase() : ''
		if (typeof body.phone === 'string' && body.phone) {
			throw new AuthError(400, 'phone_provider_disabled', 'Unsupported phone provider')
		}
		if (!email) throw new AuthError(400, 'validation_failed', 'One of email or phone must be set')
		if (!EMAIL_PATTERN.test(email) || email.length > 255) {
			throw new AuthError(400, 'validation_failed', 'Unable to validate email address: invalid format')
		}
		const codeChallenge = typeof body.code_challenge === 'string' ? body.code_challenge : ''
		const codeChallengeMethod = typeof body.code_challenge_method === 'string' ? body.code_challenge_method : ''
		if (Boolean(codeChallenge) !== Boolean(codeChallengeMethod)) {
			throw new AuthError(400, 'validation_failed', 'PKCE flow requires code_challenge_method and code_challenge')
		}
		const createUser = body.create_user !== false
		const data = isRecord(body.data) ? body.data : {}
		const redirectTo = redirectUrl(url.searchParams.get('redirect_to'))
		const prefix = codeChallenge ? 'pkce_' : ''

		const mail = await sql.begin(async (tx) => {
			let user = await findUserByEmail(tx, email, true)
			if (!user && !createUser) throw new AuthError(422, 'otp_disabled', 'Signups not allowed for otp')
			if (!user) {
				const id = randomUUID()
				;[user] = await tx<UserRow[]>`
					insert into auth.users (instance_id, id, aud, role, email, encrypted_password, email_confirmed_at,
						raw_app_meta_data, raw_user_meta_data, created_at, updated_at, is_sso_user, is_anonymous,
						confirmation_token, recovery_token, email_change_token_new, email_change)
					values (${INSTANCE_ID}, ${id}, 'authenticated', 'authenticated', ${email},
						extensions.crypt(${randomBytes(32).toString('hex')}, extensions.gen_salt('bf')),
						${settings.autoconfirm ? tx`now()` : null},
						${tx.json({ provider: 'email', providers: ['email'] })},
						${tx.json({ ...data, sub: id, email, email_verified: false, phone_verified: false } as postgres.JSONValue)},
						now(), now(), false, false, '', '', '', '')
					returning ${userColumns}`
			}
			if (!user) throw new AuthError(500, 'unexpected_failure', 'Database error saving new user')
			const template: SentEmail['template'] = user.email_confirmed_at ? 'magic_link' : 'confirmation'
			const lastSent = template === 'magic_link' ? user.recovery_sent_at : user.confirmation_sent_at
			if (
				settings.maxFrequencySeconds > 0 &&
				lastSent &&
				Date.now() - lastSent.getTime() < settings.maxFrequencySeconds * 1000
			) {
				const wait = Math.ceil(settings.maxFrequencySeconds - (Date.now() - lastSent.getTime()) / 1000)
				throw new AuthError(
					429,
					'over_email_send_rate_limit',
					`For security purposes, you can only request this after ${wait} seconds.`,
				)
			}
			const token = String(randomInt(0, 1_000_000)).padStart(6, '0')
			const tokenHash = prefix + tokenHashFor(email, token)
			if (template === 'magic_link') {
				await tx`update auth.users set recovery_token = ${tokenHash}, recovery_sent_at = now(), updated_at = now()
					where id = ${user.id}`
			} else {
				await tx`update auth.users set confirmation_token = ${tokenHash}, confirmation_sent_at = now(), updated_at = now()
					where id = ${user.id}`
			}
			return { to: email, template, token, tokenHash, redirectTo }
		})
		recordEmail(mail)
		void req
		return { status: 200, body: {} }
	}

	async function verify(req: http.IncomingMessage, body: Record<string, unknown>) {
		const type = typeof body.type === 'string' ? body.type : ''
		const token = typeof body.token === 'string' ? body.token.replaceAll('-', '') : ''
		const tokenHashParam = typeof body.token_hash === 'string' ? body.token_hash : ''
		const email = typeof body.email === 'string' ? body.email.trim().toLowerCase() : ''
		if (!type) throw new AuthError(400, 'validation_failed', 'Verify requires a verification type')
		if ((!token && !tokenHashParam) || (token && tokenHashParam)) {
			throw new AuthError(400, 'validation_failed', 'Verify requires either a token or a token hash')
		}
		if (!['email', 'magiclink', 'signup', 'invite', 'recovery'].includes(type)) {
			throw new AuthError(400, 'validation_failed', 'Unsupported verification type')
		}
		if (tokenHashParam && (email || body.phone || body.redirect_to)) {
			throw new AuthError(400, 'validation_failed', 'Only the token_hash and type should be provided')
		}
		if (token && !email) {
			throw new AuthError(400, 'validation_failed', 'Only an email address or phone number should be provided on verify')
		}
		if (token && !EMAIL_PATTERN.test(email)) throw new AuthError(422, 'validation_failed', 'Invalid email format')

		return sql.begin(async (tx) => {
			const otpExpired = (sentAt: Date | null) =>
				!sentAt || Date.now() > sentAt.getTime() + settings.otpExpirySeconds * 1000
			let user: UserRow | undefined
			let matched: 'confirmation' | 'recovery' | null = null

			if (tokenHashParam) {
				// verifyTokenHash: find the user by the stored token, then check its age.
				const byConfirmation = ['email', 'signup', 'invite'].includes(type)
				const byRecovery = ['email', 'magiclink', 'recovery'].includes(type)
				;[user] = await tx<UserRow[]>`
					select ${userColumns} from auth.users
					where (${byConfirmation} and confirmation_token = ${tokenHashParam})
					   or (${byRecovery} and recovery_token = ${tokenHashParam})
					for update`
				if (!user) throw new AuthError(403, 'otp_expired', 'Email link is invalid or has expired')
				if (isBanned(user)) throw new AuthError(403, 'user_banned', 'User is banned')
				matched = byRecovery && user.recovery_token === tokenHashParam ? 'recovery' : 'confirmation'
				if (otpExpired(matched === 'recovery' ? user.recovery_sent_at : user.confirmation_sent_at)) {
					throw new AuthError(403, 'otp_expired', 'Email link is invalid or has expired')
				}
			} else {
				// verifyUserAndToken: find the user by address, then compare the hash of what was typed.
				user = await findUserByEmail(tx, email, true)
				if (!user) throw new AuthError(403, 'otp_expired', 'Token has expired or is invalid')
				if (isBanned(user)) throw new AuthError(403, 'user_banned', 'User is banned')
				const hash = tokenHashFor(email, token)
				const valid = (expected: string | null, sentAt: Date | null) =>
					Boolean(expected) && !otpExpired(sentAt) && (expected === hash || expected === `pkce_${hash}`)
				if (['email', 'signup', 'invite'].includes(type) && valid(user.confirmation_token, user.confirmation_sent_at)) {
					matched = 'confirmation'
				} else if (['email', 'magiclink', 'recovery'].includes(type) && valid(user.recovery_token, user.recovery_sent_at)) {
					matched = 'recovery'
				}
				if (!matched) throw new AuthError(403, 'otp_expired', 'Token has expired or is invalid')
			}

			// signupVerify / recoverVerify: the token is spent, the address is confirmed.
			const [verified] = await tx<UserRow[]>`
				update auth.users set
					confirmation_token = ${matched === 'confirmation' ? '' : tx`confirmation_token`},
					recovery_token = ${matched === 'recovery' ? '' : tx`recovery_token`},
					email_confirmed_at = coalesce(email_confirmed_at, now()),
					raw_user_meta_data = case when raw_user_meta_data ? 'email_verified'
						then jsonb_set(raw_user_meta_data, '{email_verified}', 'true') else raw_user_meta_data end,
					last_sign_in_at = now(), updated_at = now()
				where id = ${user.id}
				returning ${userColumns}`
			if (!verified) throw new AuthError(500, 'unexpected_failure', 'Database error updating user')

			const sessionId = randomUUID()
			await tx`
				insert into auth.sessions (id, user_id, created_at, updated_at, aal, user_agent, ip)
				values (${sessionId}, ${verified.id}, now(), now(), 'aal1',
					${req.headers['user-agent'] ?? null}, ${req.socket.remoteAddress ?? null})`
			const refreshToken = newRefreshToken(sessionId, verified.id)
			return { status: 200, body: await tokenResponse(verified, sessionId, Math.floor(Date.now() / 1000), refreshToken) }
		})
	}

	async function refresh(body: Record<string, unknown>) {
		const presented = typeof body.refresh_token === 'string' ? body.refresh_token : ''
		if (!presented) throw new AuthError(400, 'validation_failed', 'refresh_token required')
		const current = refreshTokens.get(presented)
		const [session] = current
			? await sql<{ created_at: Date }[]>`select created_at from auth.sessions where id = ${current.sessionId}`
			: []
		if (!current || !session) {
			throw new AuthError(400, 'refresh_token_not_found', 'Invalid Refresh Token: Refresh Token Not Found')
		}
		if (current.revoked) {
			// Reuse of a rotated token: GoTrue revokes the whole family.
			for (const token of refreshTokens.values()) if (token.sessionId === current.sessionId) token.revoked = true
			throw new AuthError(400, 'refresh_token_already_used', 'Invalid Refresh Token: Already Used')
		}
		current.revoked = true
		const [user] = await sql<UserRow[]>`select ${userColumns} from auth.users where id = ${current.userId}`
		if (!user) throw new AuthError(400, 'refresh_token_not_found', 'Invalid Refresh Token: Refresh Token Not Found')
		await sql`update auth.sessions set refreshed_at = now(), updated_at = now() where id = ${current.sessionId}`
		const next = newRefreshToken(current.sessionId, user.id)
		return {
			status: 200,
			body: await tokenResponse(user, current.sessionId, Math.floor(session.created_at.getTime() / 1000), next),
		}
	}

	async function logout(req: http.IncomingMessage, url: URL) {
		const scope = url.searchParams.get('scope') ?? 'global'
		if (!['global', 'local', 'others'].includes(scope)) {
			throw new AuthError(400, 'validation_failed', `Unsupported logout scope "${scope}"`)
		}
		const { user, sessionId } = await authenticate(req)
		const removed =
			scope === 'global' || !sessionId
				? await sql<{ id: string }[]>`delete from auth.sessions where user_id = ${user.id} returning id`
				: scope === 'local'
					? await sql<{ id: string }[]>`delete from auth.sessions where id = ${sessionId} returning id`
					: await sql<{ id: string }[]>`delete from auth.sessions where user_id = ${user.id} and id <> ${sessionId} returning id`
		const gone = new Set(removed.map((row) => row.id))
		for (const [token, entry] of refreshTokens) if (gone.has(entry.sessionId)) refreshTokens.delete(token)
		return { status: 204, body: null }
	}

	// ---- HTTP ---------------------------------------------------------------------

	async function route(req: http.IncomingMessage, url: URL) {
		const apikey = req.headers.apikey
		if (!apikey) throw new GatewayError(401, 'No API key found in request')
		if (apikey !== anonKey) throw new GatewayError(401, 'Invalid API key')

		const key = `${req.method} ${url.pathname}`
		requests.set(key, (requests.get(key) ?? 0) + 1)
		switch (key) {
			case 'POST /auth/v1/otp':
				return otp(req, await readJson(req), url)
			case 'POST /auth/v1/verify':
				return verify(req, await readJson(req))
			case 'GET /auth/v1/user': {
				const { user } = await authenticate(req)
				return { status: 200, body: userJson(user) }
			}
			case 'POST /auth/v1/logout':
				return logout(req, url)
			case 'POST /auth/v1/token': {
				const grantType = url.searchParams.get('grant_type')
				if (grantType !== 'refresh_token') {
					throw new AuthError(400, 'validation_failed', `unsupported_grant_type`)
				}
				return refresh(await readJson(req))
			}
			default:
				throw new AuthError(404, 'not_found', 'Not Found')
		}
	}

	const server = http.createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://fake-supabase.invalid')
		const versioned = (req.headers[API_VERSION_HEADER] ?? '') >= API_VERSION_2024
		const headers: Record<string, string> = { 'content-type': 'application/json' }
		if (versioned) headers[API_VERSION_HEADER] = API_VERSION_2024
		route(req, url)
			.then(({ status, body }) => {
				res.writeHead(status, headers)
				res.end(body === null ? undefined : JSON.stringify(body))
			})
			.catch((error: unknown) => {
				if (error instanceof GatewayError) {
					res.writeHead(error.status, { 'content-type': 'application/json' })
					res.end(JSON.stringify({ message: error.message }))
					return
				}
				const failure =
					error instanceof AuthError
						? error
						: new AuthError(500, 'unexpected_failure', 'Unexpected failure, please check server logs for more information')
				if (!(error instanceof AuthError)) console.error('[fake supabase auth]', error)
				res.writeHead(failure.status, { ...headers, 'x-sb-error-code': failure.errorCode })
				res.end(
					JSON.stringify(
						versioned
							? { code: failure.errorCode, message: failure.message }
							: { code: failure.status, error_code: failure.errorCode, msg: failure.message },
					),
				)
			})
	})
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject)
		server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
	})
	baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

	return {
		url: baseUrl,
		anonKey,
		settings,
		sentEmails,
		requests,
		lastEmailTo(email) {
			const address = email.trim().toLowerCase()
			return sentEmails.findLast((mail) => mail.to === address)
		},
		async expireOtpsFor(email) {
			const backdate = `${settings.otpExpirySeconds + 1} seconds`
			await sql`
				update auth.users set
					recovery_sent_at = recovery_sent_at - ${backdate}::interval,
					confirmation_sent_at = confirmation_sent_at - ${backdate}::interval
				where lower(email) = ${email.trim().toLowerCase()}`
		},
		async stop() {
			server.closeAllConnections()
			await new Promise<void>((resolve) => server.close(() => resolve()))
			await sql.end({ timeout: 5 })
		},
	}
}

/** GoTrue's crypto.GenerateTokenHash: hex(sha224(email + otp)). */
export function tokenHashFor(email: string, otp: string) {
	return createHash('sha224').update(email + otp).digest('hex')
}

function isBanned(user: UserRow) {
	return user.banned_until !== null && user.banned_until.getTime() > Date.now()
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function uuidFrom(seed: string) {
	const hex = createHash('sha1').update(seed).digest('hex')
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}

async function readJson(req: http.IncomingMessage): Promise<Record<string, unknown>> {
	const chunks: Buffer[] = []
	for await (const chunk of req) chunks.push(chunk as Buffer)
	const text = Buffer.concat(chunks).toString('utf8')
	if (!text) return {}
	try {
		const parsed: unknown = JSON.parse(text)
		return isRecord(parsed) ? parsed : {}
	} catch {
		throw new AuthError(400, 'bad_json', 'Could not parse request body as JSON')
	}
}

/**
 * Go's html/template, for the shapes our templates use: `{{ .Name }}`
 * escaped for where it lands — a URL query value inside an attribute is
 * query-escaped, the start of a URL attribute is kept, text is HTML-escaped.
 */
function renderTemplate(source: string, data: Record<string, string>) {
	return source.replace(/\{\{\s*\.(\w+)\s*\}\}/g, (match, name: string, offset: number) => {
		const value = data[name] ?? ''
		const before = source.slice(0, offset)
		const attribute = /(href|src)="([^"]*)$/.exec(before)
		if (!attribute) return escapeHtml(value)
		const urlSoFar = attribute[2] ?? ''
		if (urlSoFar.includes('?')) return escapeHtml(encodeURIComponent(value))
		return escapeHtml(value)
	})
}

function escapeHtml(text: string) {
	return text
		.replaceAll('&', '&amp;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;')
		.replaceAll('"', '&#34;')
		.replaceAll("'", '&#39;')
}

function decodeHtml(text: string) {
	return text
		.replaceAll('&lt;', '<')
		.replaceAll('&gt;', '>')
		.replaceAll('&#34;', '"')
		.replaceAll('&quot;', '"')
		.replaceAll('&#39;', "'")
		.replaceAll('&amp;', '&')
}
