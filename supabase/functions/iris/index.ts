// Iris, the assistant in every product. Verifies the person's JWT itself,
// streams the AI gateway's answer as server-sent events, and keeps the
// conversation in Postgres under the person's RLS. The logic lives in
// ../_shared/iris.ts and ../_shared/ai/; this file wires them to Deno.
//
// Environment: SUPABASE_DB_URL (provided by Supabase; the local platform
// passes its own), JWT_SECRET (the project's JWT secret), APP_URL, and
// GEMINI_API_KEY / GEMINI_MODEL / GEMINI_BASE_URL (without a key, the offline engine answers).
import postgres from 'postgres'
import { createGateway, gatewayConfigFromEnv } from '../_shared/ai/gateway.ts'
import { handleIrisRequest } from '../_shared/iris.ts'

const env = (name: string) => Deno.env.get(name)?.trim() || undefined
const log = (line: string) => console.error(line)

const databaseUrl = env('SUPABASE_DB_URL')
const jwtSecret = env('JWT_SECRET') ?? env('SUPABASE_JWT_SECRET')

if (!databaseUrl || !jwtSecret) {
	log('iris: SUPABASE_DB_URL and JWT_SECRET must be set; answering 503 until they are')
	Deno.serve(() => Response.json({ code: 503, message: 'Iris n’est pas disponible pour le moment.' }, { status: 503 }))
} else {
	const sql = postgres(databaseUrl, { max: 5, idle_timeout: 20, connect_timeout: 10, onnotice: () => {} })
	const gateway = createGateway({
		...gatewayConfigFromEnv(sql, env),
		log: (event) => log(`iris: ${JSON.stringify(event)}`),
	})
	Deno.serve((request: Request) => handleIrisRequest(request, { sql, gateway, jwtSecret, log }))
}
