import { randomUUID } from 'node:crypto'
import postgres from 'postgres'
import { inject } from 'vitest'
import type { Claims } from '#app/server/db.server.ts'

let ownerSql: postgres.Sql | undefined

/** The database owner's connection, for arranging fixtures only (never for the assertion itself). */
export function fixtureSql() {
	ownerSql ??= postgres(inject('databaseUrl'), { max: 2, onnotice: () => {} })
	return ownerSql
}

export function uniqueEmail(label = 'personne') {
	return `${label}.${randomUUID().slice(0, 8)}@exemple.fr`
}

/** A person as Supabase Auth would have created them, with their profile made by the trigger. */
export async function createUser(email = uniqueEmail()): Promise<{ id: string; email: string; claims: Claims }> {
	const id = randomUUID()
	await fixtureSql()`
		insert into auth.users (instance_id, id, aud, role, email, email_confirmed_at, raw_app_meta_data, raw_user_meta_data, created_at, updated_at)
		values ('00000000-0000-0000-0000-000000000000', ${id}, 'authenticated', 'authenticated', ${email}, now(),
			'{"provider":"email","providers":["email"]}', '{}', now(), now())`
	return { id, email, claims: { sub: id, role: 'authenticated', email, aud: 'authenticated' } }
}

/** A live session for `user` and its HS256 access token, as the embedded auth server issues them. */
export async function createSessionToken(user: { id: string; email: string }, secret = process.env.JWT_SECRET!) {
	const { signJwt } = await import('#shared/jwt.ts')
	const sessionId = randomUUID()
	await fixtureSql()`
		insert into auth.sessions (id, user_id, created_at, updated_at, aal, not_after)
		values (${sessionId}, ${user.id}, now(), now(), 'aal1', now() + interval '1 day')`
	const now = Math.floor(Date.now() / 1000)
	const token = await signJwt(
		{ sub: user.id, email: user.email, role: 'authenticated', aud: 'authenticated', session_id: sessionId, iat: now, exp: now + 3600 },
		secret,
	)
	return { token, sessionId }
}
