import type { Claims } from '../db.server.ts'

export type SessionUser = {
	id: string
	email: string
	claims: Claims
	/** The verified JWT itself, sent as a bearer token to our Edge Functions (which verify it again). */
	accessToken: string
}

export type SignInFailure = 'invalid' | 'expired' | 'too_many_attempts'

export type SignInResult = { ok: true; user: SessionUser; headers: Headers } | { ok: false; reason: SignInFailure }

/**
 * Magic-link sign-in, whoever runs it: the embedded adapter (our own, for the
 * local platform) or Supabase Auth. Routes only ever talk to this interface.
 */
export interface AuthAdapter {
	/** Sends a link and a 6-digit code. Says nothing about whether the account exists. */
	requestSignIn(input: { email: string; next: string }): Promise<void>
	/** The link from the email: `/auth/confirm?token_hash=…&type=email&next=…`. */
	confirmLink(request: Request, input: { tokenHash: string; type: string }): Promise<SignInResult>
	/** The 6-digit code typed on another device. */
	verifyCode(request: Request, input: { email: string; code: string }): Promise<SignInResult>
	/** The signed-in person, verified, or null; headers carry refreshed cookies. */
	getSession(request: Request): Promise<{ user: SessionUser | null; headers: Headers }>
	/** Ends this session, or every session of the person. Returns cookie-clearing headers. */
	signOut(request: Request, scope: 'local' | 'global'): Promise<Headers>
}
