import postgres from 'postgres'
import { runAsAnon, runAsServiceRole, runAsUser, type Sql, type Tx, type UserClaims } from '#shared/db.ts'
import type { Database } from './database.types.ts'
import { env } from './env.server.ts'

/**
 * The one way server code reaches Postgres.
 *
 * - `asUser(claims, fn)`: work done for a person. The transaction binds their
 *   verified JWT claims (as a bound parameter, never pasted into SQL) and
 *   switches to the `authenticated` role, so RLS policies decide, exactly as
 *   behind Supabase's REST API.
 * - `asAnon(fn)`: public reads, under the `anon` role and its policies.
 * - `asServiceRole(reason, fn)`: explicit, named privileged work (webhooks,
 *   admin jobs). The reason is required so every use can be found and reviewed.
 */

export type { Sql, Tx } from '#shared/db.ts'
export type Claims = UserClaims

declare global {
	// The pool survives Vite's module reloads in development.
	var __phoenixSql: Sql | undefined
}

export function sql(): Sql {
	globalThis.__phoenixSql ??= postgres(env().DATABASE_URL, {
		max: 10,
		idle_timeout: 20,
		connect_timeout: 10,
		onnotice: () => {},
		connection: { application_name: 'phoenix-app' },
	})
	return globalThis.__phoenixSql
}

export async function asUser<T>(claims: Claims, work: (tx: Tx) => Promise<T>): Promise<T> {
	return runAsUser(sql(), claims, work)
}

export async function asAnon<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
	return runAsAnon(sql(), work)
}

export async function asServiceRole<T>(reason: string, work: (tx: Tx) => Promise<T>): Promise<T> {
	return runAsServiceRole(sql(), `app:${reason}`, work)
}

/**
 * Work of the embedded auth server itself (the local stand-in for Supabase
 * Auth): it owns the `auth` schema, as GoTrue does on a hosted project.
 */
export async function asAuthServer<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
	return (await sql().begin(work)) as T
}

type PublicSchema = Database['public']
/** A row of a public table, as the generated types describe it. */
export type Row<T extends keyof PublicSchema['Tables']> = PublicSchema['Tables'][T]['Row']
export type FunctionResult<F extends keyof PublicSchema['Functions']> = PublicSchema['Functions'][F]['Returns']
