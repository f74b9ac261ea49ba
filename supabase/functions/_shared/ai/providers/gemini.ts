// Gemini behind the gateway's ModelProvider contract, through @google/genai.
// Runtime-neutral: Node (the app) and Deno (Edge Functions) run this file, so
// it uses Web APIs only and imports the SDK by bare name.
import { ApiError, GoogleGenAI, type GenerateContentParameters, type GenerateContentResponseUsageMetadata } from '@google/genai'
import { AiProviderError, type AiErrorCode, type ModelProvider, type PreparedCall, type ProviderChunk, type TokenUsage } from '../types.ts'

export type GeminiProviderOptions = {
	apiKey: string
	/** e.g. `gemini-2.5-flash`. */
	model: string
	/** Where the Gemini API lives; a local fake in tests. */
	baseUrl?: string
	/** Per attempt: how long to wait for the first chunk of the answer. */
	timeoutMs?: number
	/** Once the answer has started: the longest silence allowed between two chunks. */
	idleTimeoutMs?: number
	/** Attempts after the first one, made only while nothing has been streamed yet. */
	maxRetries?: number
	retryBaseDelayMs?: number
	/** The longest wait between attempts, whether ours or asked by Google (RetryInfo). */
	maxRetryDelayMs?: number
}

const defaults = {
	timeoutMs: 20_000,
	idleTimeoutMs: 15_000,
	maxRetries: 2,
	retryBaseDelayMs: 500,
	maxRetryDelayMs: 8_000,
}

const userMessages: Record<AiErrorCode, string> = {
	rate_limited: 'Le service d’IA est très sollicité en ce moment : réessayez dans une minute.',
	unavailable: 'Le service d’IA est momentanément indisponible. Réessayez dans quelques minutes.',
	timeout: 'Le service d’IA met trop de temps à répondre. Réessayez dans quelques instants.',
	invalid_request: 'Le service d’IA n’a pas pu traiter cette demande. Réessayez plus tard ; si le problème persiste, écrivez-nous.',
	refused: 'Le service d’IA a refusé de répondre à cette demande. Vous pouvez la reformuler autrement.',
	interrupted: 'La réponse a été coupée en cours de route. Réessayez pour l’obtenir en entier.',
	aborted: 'La réponse a été arrêtée à votre demande.',
}

/** Finish reasons by which Google's filters stop an answer. */
const refusalFinishReasons = new Set([
	'SAFETY',
	'RECITATION',
	'BLOCKLIST',
	'PROHIBITED_CONTENT',
	'SPII',
	'IMAGE_SAFETY',
	'IMAGE_PROHIBITED_CONTENT',
	'IMAGE_RECITATION',
])

const retryableCodes = new Set<AiErrorCode>(['rate_limited', 'unavailable', 'timeout', 'interrupted'])

function aiError(code: AiErrorCode, cause?: unknown) {
	return new AiProviderError(code, userMessages[code], { cause, retryable: retryableCodes.has(code) })
}

export function createGeminiProvider(options: GeminiProviderOptions): ModelProvider {
	if (!options.apiKey) throw new Error('createGeminiProvider needs an API key; without one the gateway uses the offline engine.')
	const settings: Settings = {
		model: options.model,
		timeoutMs: options.timeoutMs ?? defaults.timeoutMs,
		idleTimeoutMs: options.idleTimeoutMs ?? defaults.idleTimeoutMs,
		maxRetries: options.maxRetries ?? defaults.maxRetries,
		retryBaseDelayMs: options.retryBaseDelayMs ?? defaults.retryBaseDelayMs,
		maxRetryDelayMs: options.maxRetryDelayMs ?? defaults.maxRetryDelayMs,
	}
	// vertexai is pinned so that GOOGLE_GENAI_USE_VERTEXAI in the environment cannot reroute calls.
	// No httpOptions.timeout: the SDK arms it for the whole body and never clears it after a
	// streamed answer ends, so first-chunk and idle deadlines are kept here instead.
	// No retryOptions either: the SDK would retry after text was streamed; retries are decided here.
	const ai = new GoogleGenAI({ apiKey: options.apiKey, vertexai: false, httpOptions: { baseUrl: options.baseUrl } })
	return {
		name: 'gemini',
		model: options.model,
		stream: (call) => streamWithRetries(ai, settings, call),
	}
}

type Settings = typeof defaults & { model: string }

async function* streamWithRetries(ai: GoogleGenAI, settings: Settings, call: PreparedCall): AsyncGenerator<ProviderChunk> {
	const request: GenerateContentParameters = {
		model: settings.model,
		contents: call.contents.map((turn) => ({ role: turn.role, parts: [{ text: turn.text }] })),
		config: {
			systemInstruction: call.systemInstruction,
			maxOutputTokens: call.maxOutputTokens,
			temperature: call.temperature,
			...(call.thinkingBudget === undefined ? {} : { thinkingConfig: { thinkingBudget: call.thinkingBudget } }),
			// Continuation silently resends the request after a dropped stream; a half
			// answer must surface as `interrupted` instead.
			automaticContinuation: false,
		},
	}
	for (let attempt = 0; ; attempt++) {
		if (call.signal?.aborted) throw aiError('aborted', call.signal.reason)
		let streamedText = false
		try {
			for await (const chunk of streamOnce(ai, settings, request, call.signal)) {
				if (chunk.type === 'text') streamedText = true
				yield chunk
			}
			return
		} catch (error) {
			const failure = describeGeminiError(error, { afterText: streamedText })
			if (streamedText || attempt >= settings.maxRetries || !isWorthRetrying(error)) throw failure
			const delay = retryDelay(settings, attempt, error)
			if (delay === null) throw failure
			await sleep(delay, call.signal)
		}
	}
}

/** One HTTP attempt, with its own first-chunk and idle deadlines. */
async function* streamOnce(
	ai: GoogleGenAI,
	settings: Settings,
	request: GenerateContentParameters,
	callerSignal: AbortSignal | undefined,
): AsyncGenerator<ProviderChunk> {
	const controller = new AbortController()
	let expired = false
	let deadline: ReturnType<typeof setTimeout> | undefined
	const expireIn = (ms: number) => {
		clearTimeout(deadline)
		deadline = setTimeout(() => {
			expired = true
			controller.abort()
		}, ms)
	}
	const onCallerAbort = () => controller.abort(callerSignal?.reason)
	callerSignal?.addEventListener('abort', onCallerAbort, { once: true })
	// The SDK may sit in a read that ignores the signal for a while; racing against
	// this promise is what makes a stop or a deadline take effect at once.
	const stopped = new Promise<never>((_, reject) => {
		controller.signal.addEventListener('abort', () => reject(new StoppedAttempt()), { once: true })
	})
	stopped.catch(() => {})
	expireIn(settings.timeoutMs)

	let responses: AsyncGenerator<unknown> | undefined
	try {
		const stream = await Promise.race([
			ai.models.generateContentStream({ ...request, config: { ...request.config, abortSignal: controller.signal } }),
			stopped,
		])
		responses = stream
		let usage: GenerateContentResponseUsageMetadata | undefined
		let finishReason: string | undefined
		let answerLength = 0
		while (true) {
			const next = await Promise.race([stream.next(), stopped])
			if (next.done) break
			// Time spent by the consumer on a chunk is not Gemini's silence.
			clearTimeout(deadline)
			const response = next.value
			if (response.promptFeedback?.blockReason) throw new RefusedAnswer(response.promptFeedback.blockReason)
			const candidate = response.candidates?.[0]
			for (const part of candidate?.content?.parts ?? []) {
				if (part.thought || !part.text) continue
				answerLength += part.text.length
				yield { type: 'text', text: part.text }
			}
			if (response.usageMetadata) usage = response.usageMetadata
			if (candidate?.finishReason) finishReason = candidate.finishReason
			expireIn(settings.idleTimeoutMs)
		}
		clearTimeout(deadline)
		if (finishReason && refusalFinishReasons.has(finishReason)) throw new RefusedAnswer(finishReason)
		if (!finishReason) throw new EndedWithoutFinish()
		yield { type: 'usage', usage: tokenUsage(usage, request, answerLength) }
	} catch (error) {
		if (callerSignal?.aborted) throw aiError('aborted', error)
		if (expired) throw aiError('timeout', error)
		throw error
	} finally {
		clearTimeout(deadline)
		callerSignal?.removeEventListener('abort', onCallerAbort)
		// Also reached when the consumer stops reading early: aborting frees the connection.
		controller.abort()
		void responses?.return(undefined).catch(() => {})
	}
}

class StoppedAttempt extends Error {
	override name = 'StoppedAttempt'
}

class RefusedAnswer extends Error {
	override name = 'RefusedAnswer'
	constructor(readonly reason: string) {
		super(`Gemini refused to answer (${reason})`)
	}
}

class EndedWithoutFinish extends Error {
	override name = 'EndedWithoutFinish'
	constructor() {
		super('The Gemini stream ended without a finish reason')
	}
}

/**
 * What a Gemini failure means for the person. `afterText`: part of the answer
 * had already been streamed, so a transport failure cut it short.
 */
export function describeGeminiError(error: unknown, context: { afterText?: boolean } = {}): AiProviderError {
	if (error instanceof AiProviderError) return error
	if (error instanceof RefusedAnswer) return aiError('refused', error)
	if (error instanceof ApiError) {
		const code = apiErrorCode(error.status)
		return aiError(context.afterText && code !== 'invalid_request' ? 'interrupted' : code, error)
	}
	if (error instanceof Error && error.name === 'AbortError') return aiError('aborted', error)
	// Anything else is the transport: a refused connection, a dropped socket, a torn frame.
	return aiError(context.afterText ? 'interrupted' : 'unavailable', error)
}

function apiErrorCode(status: number): AiErrorCode {
	if (status === 429) return 'rate_limited'
	if (status === 408 || status === 504) return 'timeout'
	if (status >= 500) return 'unavailable'
	return 'invalid_request'
}

/** Retried: throttling, server faults and transport failures. Not our own deadlines: the person has already waited. */
function isWorthRetrying(error: unknown) {
	if (error instanceof ApiError) return error.status === 429 || error.status === 408 || error.status >= 500
	if (error instanceof AiProviderError || error instanceof RefusedAnswer) return false
	return !(error instanceof Error && error.name === 'AbortError')
}

/** Exponential backoff with jitter, never shorter than what Google asks; null when Google asks for too long a wait. */
function retryDelay(settings: Settings, attempt: number, error: unknown): number | null {
	const backoff = Math.min(settings.maxRetryDelayMs, settings.retryBaseDelayMs * 2 ** attempt)
	const jittered = backoff / 2 + Math.random() * (backoff / 2)
	const asked = error instanceof ApiError ? requestedRetryDelayMs(error) : null
	if (asked === null) return jittered
	if (asked > settings.maxRetryDelayMs) return null
	return Math.max(jittered, asked)
}

/**
 * Gemini says how long to wait in the error body (google.rpc.RetryInfo,
 * `"retryDelay": "38s"`), not in a Retry-After header; the SDK keeps that body,
 * serialised, as the ApiError's message.
 */
function requestedRetryDelayMs(error: ApiError): number | null {
	const start = error.message.indexOf('{')
	if (start === -1) return null
	let body: unknown
	try {
		body = JSON.parse(error.message.slice(start))
	} catch {
		return null
	}
	const details = (body as { error?: { details?: unknown } } | null)?.error?.details
	if (!Array.isArray(details)) return null
	for (const detail of details) {
		const { '@type': type, retryDelay } = (detail ?? {}) as { '@type'?: unknown; retryDelay?: unknown }
		if (typeof type !== 'string' || !type.endsWith('google.rpc.RetryInfo') || typeof retryDelay !== 'string') continue
		const seconds = /^(\d+(?:\.\d+)?)s$/.exec(retryDelay)?.[1]
		if (seconds !== undefined) return Math.ceil(Number(seconds) * 1000)
	}
	return null
}

function tokenUsage(
	usage: GenerateContentResponseUsageMetadata | undefined,
	request: GenerateContentParameters,
	answerLength: number,
): TokenUsage {
	if (usage?.promptTokenCount !== undefined) {
		// Thinking tokens are billed as output, so quotas and the carbon estimate count them.
		return { inputTokens: usage.promptTokenCount, outputTokens: (usage.candidatesTokenCount ?? 0) + (usage.thoughtsTokenCount ?? 0) }
	}
	// Without usageMetadata, about four characters a token keeps the count honest rather than zero.
	const promptLength = JSON.stringify(request.contents).length + String(request.config?.systemInstruction ?? '').length
	return { inputTokens: Math.ceil(promptLength / 4), outputTokens: Math.ceil(answerLength / 4) }
}

function sleep(ms: number, signal: AbortSignal | undefined) {
	return new Promise<void>((resolve, reject) => {
		if (signal?.aborted) return reject(aiError('aborted', signal.reason))
		const onAbort = () => {
			clearTimeout(timer)
			reject(aiError('aborted', signal?.reason))
		}
		const timer = setTimeout(() => {
			signal?.removeEventListener('abort', onAbort)
			resolve()
		}, ms)
		signal?.addEventListener('abort', onAbort, { once: true })
	})
}
