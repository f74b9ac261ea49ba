// The Gemini provider under Deno, the runtime of the Edge Functions, with the
// SDK resolved from npm as a function's deno.json resolves it. Run from the
// repository root:
//   npx deno test -A --config supabase/functions/iris/deno.json \
//     supabase/functions/_shared/ai/providers/gemini.deno-test.ts
// It starts the fake Gemini API with Node (tests/fakes/gemini.ts), or uses the
// one at FAKE_GEMINI_URL (accepting FAKE_GEMINI_API_KEY or the fake's default key).
import { AiProviderError, type PreparedCall, type ProviderChunk } from '../types.ts'
import { createGeminiProvider } from './gemini.ts'

// Typed here rather than through Deno's lib, so the project's tsc (Node types) checks this file too.
type DenoRuntime = {
	test(name: string, fn: (context: { step(name: string, fn: () => Promise<void>): Promise<boolean> }) => Promise<void>): void
	env: { get(name: string): string | undefined }
	Command: new (
		command: string,
		options: { args: string[]; cwd: string; stdout: 'piped'; stderr: 'inherit' },
	) => { spawn(): { stdout: ReadableStream<Uint8Array>; kill(signal: 'SIGTERM'): void; status: Promise<unknown> } }
}
const deno = (globalThis as unknown as { Deno: DenoRuntime }).Deno

const repositoryRoot = new URL('../../../../../', import.meta.url).pathname
const MODEL = 'gemini-2.5-flash'

async function fakeGemini() {
	const url = deno.env.get('FAKE_GEMINI_URL')
	if (url) return { url, apiKey: deno.env.get('FAKE_GEMINI_API_KEY') ?? 'fake-gemini-api-key', stop: async () => {} }
	const child = new deno.Command('node', {
		args: ['--import', 'tsx', 'tests/fakes/gemini.ts', '--port', '0', '--retry-delay', '0.02'],
		cwd: repositoryRoot,
		stdout: 'piped',
		stderr: 'inherit',
	}).spawn()
	const reader = child.stdout.getReader()
	const decoder = new TextDecoder()
	let printed = ''
	while (!printed.includes('\n')) {
		const { value, done } = await reader.read()
		if (done) throw new Error('The fake Gemini API exited before printing its URL (is tsx installed? run `npm install`).')
		printed += decoder.decode(value, { stream: true })
	}
	await reader.cancel()
	return {
		url: printed.split('\n')[0]?.trim() ?? '',
		apiKey: 'fake-gemini-api-key',
		stop: async () => {
			child.kill('SIGTERM')
			await child.status
		},
	}
}

async function enqueue(url: string, mode: string, times = 1) {
	const response = await fetch(`${url}/__fake/enqueue`, { method: 'POST', body: JSON.stringify({ mode, times }) })
	await response.body?.cancel()
	if (!response.ok) throw new Error(`Could not queue ${mode} on the fake Gemini API`)
}

function call(question: string, signal?: AbortSignal): PreparedCall {
	return {
		feature: 'iris',
		systemInstruction: 'Tu es Iris, l’assistante de Phoenix. Réponds en français.',
		contents: [{ role: 'user', text: question }],
		task: { kind: 'iris', area: 'portal', page: { path: '/' }, question, history: [] },
		maxOutputTokens: 500,
		temperature: 0.4,
		signal,
	}
}

async function collect(stream: AsyncIterable<ProviderChunk>, onChunk?: (count: number) => void) {
	const chunks: ProviderChunk[] = []
	try {
		for await (const chunk of stream) {
			chunks.push(chunk)
			onChunk?.(chunks.length)
		}
		return { chunks, error: null as unknown }
	} catch (error) {
		return { chunks, error }
	}
}

function check(condition: boolean, message: string) {
	if (!condition) throw new Error(message)
}

function checkCode(error: unknown, code: string) {
	check(error instanceof AiProviderError && error.code === code, `expected ${code}, got ${String(error)}`)
}

deno.test('Gemini provider under Deno, against the fake Gemini API', async (t) => {
	const fake = await fakeGemini()
	const provider = (apiKey = fake.apiKey) => createGeminiProvider({ apiKey, model: MODEL, baseUrl: fake.url, retryBaseDelayMs: 5 })
	try {
		await t.step('streams text, then usage', async () => {
			const { chunks, error } = await collect(provider().stream(call('Comment changer de métier ?')))
			check(error === null, `unexpected error ${String(error)}`)
			const text = chunks.map((chunk) => (chunk.type === 'text' ? chunk.text : '')).join('')
			check(chunks.filter((chunk) => chunk.type === 'text').length > 3, 'the answer should arrive in several chunks')
			check(text.includes('Vous demandez : Comment changer de métier ?'), `unexpected answer: ${text}`)
			check(chunks.at(-1)?.type === 'usage', 'the last chunk should be the usage')
		})

		await t.step('retries a 429, then answers', async () => {
			await enqueue(fake.url, 'rate-limit', 2)
			const { chunks, error } = await collect(provider().stream(call('Bonjour')))
			check(error === null, `unexpected error ${String(error)}`)
			check(chunks.some((chunk) => chunk.type === 'text'), 'no text after the retries')
		})

		await t.step('a cut stream is interrupted', async () => {
			await enqueue(fake.url, 'cut')
			const { chunks, error } = await collect(provider().stream(call('Bonjour')))
			checkCode(error, 'interrupted')
			check(chunks.length > 0, 'some text should have arrived before the cut')
		})

		await t.step('the caller’s AbortSignal stops the stream promptly', async () => {
			await enqueue(fake.url, 'slow')
			const controller = new AbortController()
			let abortedAt = 0
			const { error } = await collect(provider().stream(call('Bonjour', controller.signal)), (count) => {
				if (count === 1) {
					abortedAt = performance.now()
					controller.abort()
				}
			})
			checkCode(error, 'aborted')
			check(performance.now() - abortedAt < 200, 'the stream should stop within 200 ms of the abort')
		})

		await t.step('a safety stop is refused', async () => {
			await enqueue(fake.url, 'safety')
			const { error } = await collect(provider().stream(call('Bonjour')))
			checkCode(error, 'refused')
		})

		await t.step('a wrong API key is an invalid request', async () => {
			const { error } = await collect(provider('AIza-not-the-right-key').stream(call('Bonjour')))
			checkCode(error, 'invalid_request')
		})
	} finally {
		await fake.stop()
	}
})
