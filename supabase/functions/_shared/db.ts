// How code run by both the app and the Edge Functions reaches Postgres on
// someone's behalf. Work for a person binds their verified claims (a bound
// parameter, never pasted into SQL) and switches to the `authenticated` role,
// so RLS decides exactly as behind Supabase's REST API.
import type postgres from 'postgres'

export type Sql = postgres.Sql
export type Tx = postgres.TransactionSql

export type UserClaims = {
	sub: string
	role: 'authenticated'
	email?: string
	session_id?: string
	aal?: string
	[key: string]: unknown
}

export async function runAsUser<T>(sql: Sql, claims: UserClaims, work: (tx: Tx) => Promise<T>): Promise<T> {
	return (await sql.begin(async (tx) => {
		await tx`select set_config('request.jwt.claims', ${JSON.stringify(claims)}, true)`
		await tx`set local role authenticated`
		return work(tx)
	})) as T
}

export async function runAsAnon<T>(sql: Sql, work: (tx: Tx) => Promise<T>): Promise<T> {
	return (await sql.begin(async (tx) => {
		await tx`select set_config('request.jwt.claims', ${JSON.stringify({ role: 'anon' })}, true)`
		await tx`set local role anon`
		return work(tx)
	})) as T
}

export async function runAsServiceRole<T>(sql: Sql, reason: string, work: (tx: Tx) => Promise<T>): Promise<T> {
	if (!reason.trim()) throw new Error('runAsServiceRole needs a reason')
	return (await sql.begin(async (tx) => {
		await tx`select set_config('request.jwt.claims', ${JSON.stringify({ role: 'service_role' })}, true)`
		await tx`select set_config('application_name', ${`phoenix:service:${reason}`.slice(0, 63)}, true)`
		await tx`set local role service_role`
		return work(tx)
	})) as T
}

/** The SQLSTATE and detail of a Postgres error, whatever client raised it. */
export function postgresError(error: unknown): { code?: string; detail?: string } {
	if (typeof error !== 'object' || error === null) return {}
	const { code, detail } = error as { code?: unknown; detail?: unknown }
	return { code: typeof code === 'string' ? code : undefined, detail: typeof detail === 'string' ? detail : undefined }
}
