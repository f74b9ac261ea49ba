// Iris's time to first text, over the fake Gemini API's own: the same question
// asked straight to the provider (the SDK against the fake) and through the
// whole chain (functions gateway with verify_jwt → iris under Deno → JWT and
// session check → consent, quota, rate limit, screening, anonymisation →
// provider → holdback → SSE). Also the time to the stream's first byte.
import { randomUUID } from 'node:crypto'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import postgres from 'postgres'
import { createGeminiProvider } from '../../supabase/functions/_shared/ai/providers/gemini.ts'
import type { PreparedCall } from '../../supabase/functions/_shared/ai/types.ts'
import { signJwt } from '../../supabase/functions/_shared/jwt.ts'
import { startFakeGemini } from '../../tests/fakes/gemini.ts'
import { startPreparedDatabase } from '../platform/database.ts'
import { freePort } from '../platform/free-port.ts'
import { startFunctions } from '../platform/functions.ts'
import { summarise, type BenchResult } from './stripe-webhook.ts'

const question = 'Comment présenter ma reconversion d’infirmière vers le développement web dans une lettre ?'

export async function benchIrisTimeToFirstText(options: { samples?: number; log?: (line: string) => void } = {}): Promise<BenchResult[]> {
	const samples = options.samples ?? 60
	const scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'phoenix-bench-iris-'))
	await fs.chmod(scratch, 0o755)
	const stops: (() => Promise<unknown>)[] = []
	try {
		const database = await startPreparedDatabase({ dataDir: path.join(scratch, 'pg'), port: await freePort(), seed: false })
		stops.push(() => database.stop())
		const sql = postgres(database.url, { max: 2, onnotice: () => {} })
		stops.push(() => sql.end())
		const gemini = await startFakeGemini()
		stops.push(() => gemini.stop())
		const jwtSecret = `bench-${randomUUID()}-${randomUUID()}`
		const port = await freePort()
		const functions = await startFunctions({
			port,
			env: { SUPABASE_DB_URL: database.url, JWT_SECRET: jwtSecret, GEMINI_API_KEY: gemini.apiKey, GEMINI_BASE_URL: gemini.url },
			log: options.log ?? (() => {}),
		})
		stops.unshift(() => functions.stop())

		// Premium, so the daily conversation quota does not end the run; the per-minute limit is per person.
		const people: string[] = []
		for (let index = 0; index < Math.ceil(samples / 8); index++) {
			const id = randomUUID()
			const sessionId = randomUUID()
			await sql`insert into auth.users (instance_id, id, aud, role, email, created_at, updated_at)
				values ('00000000-0000-0000-0000-000000000000', ${id}, 'authenticated', 'authenticated', ${`bench.${id.slice(0, 8)}@exemple.fr`}, now(), now())`
			await sql`insert into auth.sessions (id, user_id, created_at, updated_at, aal) values (${sessionId}, ${id}, now(), now(), 'aal1')`
			await sql`insert into public.subscriptions (user_id, plan_id, status, stripe_customer_id, stripe_subscription_id)
				values (${id}, 'premium', 'active', ${`cus_${id.slice(0, 8)}`}, ${`sub_${id.slice(0, 8)}`})`
			await sql`insert into public.consents (user_id, purpose, granted, text_version) values (${id}, 'ai_processing', true, '2026-11-22')`
			const now = Math.floor(Date.now() / 1000)
			people.push(await signJwt({ sub: id, role: 'authenticated', session_id: sessionId, iat: now, exp: now + 3600 }, jwtSecret))
		}

		const provider = createGeminiProvider({ apiKey: gemini.apiKey, model: 'gemini-2.5-flash', baseUrl: gemini.url })
		const direct: number[] = []
		const firstByte: number[] = []
		const firstText: number[] = []
		for (let index = 0; index < samples; index++) {
			const call: PreparedCall = {
				feature: 'iris',
				systemInstruction: 'Vous êtes Iris.',
				contents: [{ role: 'user', text: question }],
				task: { kind: 'iris', area: 'letters', page: { path: '/letters' }, question, history: [] },
				maxOutputTokens: 1024,
				temperature: 0.6,
			}
			let started = performance.now()
			for await (const chunk of provider.stream(call)) {
				if (chunk.type === 'text') {
					direct.push(performance.now() - started)
					break
				}
			}

			started = performance.now()
			const response = await fetch(`http://127.0.0.1:${port}/functions/v1/iris`, {
				method: 'POST',
				headers: { Authorization: `Bearer ${people[index % people.length]}`, 'Content-Type': 'application/json' },
				body: JSON.stringify({ message: question, area: 'letters', page: { path: '/letters' } }),
			})
			const reader = response.body!.getReader()
			const decoder = new TextDecoder()
			let received = ''
			let sawByte = false
			while (true) {
				const { value, done } = await reader.read()
				if (done) break
				if (!sawByte) {
					firstByte.push(performance.now() - started)
					sawByte = true
				}
				received += decoder.decode(value, { stream: true })
				if (received.includes('event: delta') || received.includes('event: done')) {
					firstText.push(performance.now() - started)
					break
				}
			}
			await reader.cancel()
		}
		const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
		const overhead = firstText.map((value) => value - median(direct))
		return [
			summarise('Fake Gemini: first text, SDK straight to the fake', direct),
			summarise('Iris: first byte of the stream', firstByte),
			summarise('Iris: first text shown', firstText),
			summarise('Iris: first text overhead over the provider’s', overhead),
		]
	} finally {
		for (const stop of stops.reverse()) await stop().catch(() => {})
		await fs.rm(scratch, { recursive: true, force: true })
	}
}
