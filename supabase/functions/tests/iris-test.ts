// Deno tests of the Iris function's handler, run by Deno itself (as
// `supabase functions` code runs) against a real Postgres, with the offline
// engine (no Gemini key). Run through tests/integration/deno-functions.test.ts,
// which passes DATABASE_URL and JWT_SECRET.
import postgres from 'postgres'
import { createGateway } from '../_shared/ai/gateway.ts'
import { handleIrisRequest } from '../_shared/iris.ts'
import { signJwt } from '../_shared/jwt.ts'

const databaseUrl = Deno.env.get('DATABASE_URL')
const jwtSecret = Deno.env.get('JWT_SECRET') ?? ''

function assert(condition: unknown, message: string): asserts condition {
	if (!condition) throw new Error(message)
}

Deno.test({
	name: 'iris handler under Deno',
	ignore: !databaseUrl,
	sanitizeResources: false,
	sanitizeOps: false,
	async fn(t) {
		const sql = postgres(databaseUrl!, { max: 3, onnotice: () => {} })
		const gateway = createGateway({ sql })
		const deps = { sql, gateway, jwtSecret }
		const userId = crypto.randomUUID()
		const sessionId = crypto.randomUUID()
		await sql`insert into auth.users (instance_id, id, aud, role, email, created_at, updated_at)
			values ('00000000-0000-0000-0000-000000000000', ${userId}, 'authenticated', 'authenticated', ${`deno.${userId.slice(0, 8)}@exemple.fr`}, now(), now())`
		await sql`insert into auth.sessions (id, user_id, created_at, updated_at, aal) values (${sessionId}, ${userId}, now(), now(), 'aal1')`
		await sql`insert into public.consents (user_id, purpose, granted, text_version) values (${userId}, 'ai_processing', true, '2026-11-22')`
		const now = Math.floor(Date.now() / 1000)
		const token = await signJwt({ sub: userId, role: 'authenticated', session_id: sessionId, iat: now, exp: now + 600 }, jwtSecret)
		const post = (body: unknown, bearer: string | null = token) =>
			handleIrisRequest(
				new Request('http://localhost/functions/v1/iris', {
					method: 'POST',
					headers: { 'Content-Type': 'application/json', ...(bearer ? { Authorization: `Bearer ${bearer}` } : {}) },
					body: JSON.stringify(body),
				}),
				deps,
			)

		try {
			await t.step('a token signed with another secret is refused', async () => {
				const forged = await signJwt({ sub: userId, role: 'authenticated', exp: now + 600 }, 'another-secret-that-is-long-enough-0123456789')
				const response = await post({ message: 'Bonjour', area: 'portal', page: { path: '/' } }, forged)
				assert(response.status === 401, `expected 401, got ${response.status}`)
				await response.body?.cancel()
			})

			await t.step('an expired token is refused', async () => {
				const expired = await signJwt({ sub: userId, role: 'authenticated', session_id: sessionId, exp: now - 10 }, jwtSecret)
				const response = await post({ message: 'Bonjour', area: 'portal', page: { path: '/' } }, expired)
				assert(response.status === 401, `expected 401, got ${response.status}`)
				await response.body?.cancel()
			})

			await t.step('the offline engine answers a career-change question, streamed as SSE', async () => {
				const response = await post({ message: 'Comment passer d’infirmière à développeuse web ?', area: 'letters', page: { path: '/letters' } })
				assert(response.headers.get('content-type')?.startsWith('text/event-stream'), 'not an event stream')
				const text = await response.text()
				assert(text.startsWith('event: meta'), `first event is not meta: ${text.slice(0, 80)}`)
				assert(/"provider":"offline"/.test(text), 'not answered by the offline engine')
				assert(text.includes('event: done'), 'no done event')
				assert(/ROME/.test(text), 'the answer does not cite ROME')
				const [row] = await sql`select status, provider from public.iris_messages where user_id = ${userId} and role = 'assistant'`
				assert(row?.status === 'complete' && row.provider === 'offline', `stored as ${JSON.stringify(row)}`)
			})
		} finally {
			await sql`delete from auth.users where id = ${userId}`
			await sql.end()
		}
	},
})
