// The AI gateway: the only way Phoenix reaches a model. Every call goes
//   consent → quota → rate limit → injection screening → anonymisation
//   → provider → output checks → restoring masked values → accounting.
// Providers are built here and nowhere else (a test checks the imports).
// What is screened, masked, asked and returned depends on the task's kind
// (tasks.ts): an Iris question or a cover letter.
import type postgres from 'postgres'
import { postgresError, runAsServiceRole, runAsUser, type Sql, type UserClaims } from '../db.ts'
import { parseQuotaDetail, QUOTA_EXCEEDED_SQLSTATE, quotaRefusalMessage } from '../quota.ts'
import { createRomeKnowledge } from '../rome-knowledge.ts'
import { estimateFootprint, estimateTokens } from './green.ts'
import { createEnvelope, leaksCanary, screenText, wrapUntrusted } from './guard/index.ts'
import { createOfflineEngine } from './offline/index.ts'
import { checkOutput, instructionFragments, recitesInstructions, type AnswerAction } from './output.ts'
import { Anonymizer } from './pii/index.ts'
import { buildContents, buildSystemInstruction } from './prompt.ts'
import { createGeminiProvider, type GeminiProviderOptions } from './providers/gemini.ts'
import { finishedAnswer, maskTask, modelSettings, screeningInputs } from './tasks.ts'
import {
	AiProviderError,
	type AiFeature,
	type AiTask,
	type GuardReason,
	type ModelProvider,
	type PreparedCall,
	type TokenUsage,
} from './types.ts'

/** The version of the consent text the person agrees to; bump it when the text changes. */
export const AI_CONSENT_TEXT_VERSION = '2026-11-22'

export type GatewayRefusalCode =
	| 'consent_required'
	| 'quota_exceeded'
	| 'rate_limited'
	| 'blocked'
	| 'output_blocked'
	| 'provider_error'
	| 'aborted'

/** A call the gateway refused or could not complete, with the French sentence to show. */
export class GatewayRefusal extends Error {
	constructor(
		readonly code: GatewayRefusalCode,
		readonly userMessage: string,
		readonly extra: { upgradeUrl?: string; reasons?: string[]; partialText?: string } = {},
	) {
		super(`${code}: ${userMessage}`)
		this.name = 'GatewayRefusal'
	}
}

export type QuotaHook = {
	/** Counts the call toward a quota; a database refusal (SQLSTATE PQ001) is turned into a French message. */
	reserve(): Promise<void>
	/** Gives the unit back when the call failed. */
	release(): Promise<void>
}

export type GatewayCall = {
	claims: UserClaims
	feature: AiFeature
	task: AiTask
	/** Pasted documents (offer, CV, letter): screened more strictly, always data. */
	documents?: { label: string; text: string }[]
	quota?: QuotaHook
	rateLimit?: { perMinute: number }
	maxOutputTokens?: number
	temperature?: number
	signal?: AbortSignal
}

export type GatewayEvent =
	| { type: 'start'; provider: ModelProvider['name']; model: string }
	| { type: 'delta'; text: string }
	| { type: 'done'; text: string; actions: AnswerAction[]; usage: TokenUsage }

export type GatewayLog = (event: { kind: string; feature: AiFeature; [key: string]: unknown }) => void

export type AiGateway = {
	readonly provider: ModelProvider['name']
	run(call: GatewayCall): AsyncGenerator<GatewayEvent, void, undefined>
}

export type GatewayConfig = {
	sql: Sql
	gemini?: GeminiProviderOptions
	/** Never receives content or masked values: kinds, counts, rule ids, timings. */
	log?: GatewayLog
}

/** Reads the provider settings from the environment: Gemini with a key, the offline engine without. */
export function gatewayConfigFromEnv(sql: Sql, read: (name: string) => string | undefined): GatewayConfig {
	const apiKey = read('GEMINI_API_KEY')?.trim()
	return {
		sql,
		gemini: apiKey
			? {
					apiKey,
					model: read('GEMINI_MODEL')?.trim() || 'gemini-2.5-flash',
					baseUrl: read('GEMINI_BASE_URL')?.trim() || undefined,
					timeoutMs: Number(read('GEMINI_TIMEOUT_MS')) || undefined,
				}
			: undefined,
	}
}

const consentRequiredMessage =
	'Avant qu’Iris ou un outil d’IA ne traite vos contenus, nous avons besoin de votre accord. Vous pouvez le donner (ou le refuser) ici ou depuis votre compte.'
const rateLimitedMessage = 'Vous envoyez beaucoup de demandes d’un coup. Patientez une minute, puis réessayez.'
const blockedMessage =
	'Cette demande ressemble à une tentative de détourner l’assistant (consignes cachées, demande de révéler ses instructions…). Elle n’a pas été transmise. Reformulez votre question simplement.'
const outputBlockedMessage =
	'La réponse a été interrompue par nos contrôles de sécurité et n’a pas été affichée. Reformulez votre demande.'

/**
 * How much streamed text is held back until checked: more than a canary with
 * separators slipped in, and more than an instruction fragment, so neither a
 * leaked canary nor the start of a recited system instruction reaches the person.
 */
const HOLDBACK = 64

export function createGateway(config: GatewayConfig): AiGateway {
	const provider: ModelProvider = config.gemini
		? createGeminiProvider(config.gemini)
		: createOfflineEngine({ rome: createRomeKnowledge(config.sql) })
	const log: GatewayLog = config.log ?? (() => {})
	const { sql } = config

	async function hasConsent(claims: UserClaims) {
		const rows = await runAsUser(
			sql,
			claims,
			(tx) => tx<{ granted: boolean }[]>`select granted from public.my_consents where purpose = 'ai_processing'`,
		)
		return rows[0]?.granted === true
	}

	async function withinRateLimit(userId: string, feature: AiFeature, perMinute: number) {
		const [row] = await runAsServiceRole(
			sql,
			'ai-rate-limit',
			(tx) => tx<{ allowed: boolean }[]>`select public.rate_limit_hit(${`ai:${feature}:${userId}`}, 60, ${perMinute}) as allowed`,
		)
		return row?.allowed === true
	}

	async function account(row: {
		userId: string
		feature: AiFeature
		usage: TokenUsage
		latencyMs: number
		outcome: 'ok' | 'failed' | 'stopped' | 'blocked'
	}) {
		const footprint = estimateFootprint({ provider: provider.name, ...row.usage, latencyMs: row.latencyMs })
		await runAsServiceRole(
			sql,
			'ai-usage',
			(tx: postgres.TransactionSql) => tx`
				insert into public.ai_usage
					(user_id, feature, provider, model, input_tokens, output_tokens, latency_ms, energy_wh, carbon_g, outcome)
				values (${row.userId}, ${row.feature}, ${provider.name}, ${provider.model}, ${row.usage.inputTokens},
					${row.usage.outputTokens}, ${Math.round(row.latencyMs)}, ${footprint.energyWh}, ${footprint.carbonG}, ${row.outcome})`,
		).catch((error: unknown) => log({ kind: 'accounting_failed', feature: row.feature, error: String(error) }))
	}

	async function* run(call: GatewayCall): AsyncGenerator<GatewayEvent, void, undefined> {
		const userId = call.claims.sub
		const { feature } = call

		if (!(await hasConsent(call.claims))) throw new GatewayRefusal('consent_required', consentRequiredMessage)

		if (call.quota) {
			try {
				await call.quota.reserve()
			} catch (error) {
				const { code, detail } = postgresError(error)
				if (code !== QUOTA_EXCEEDED_SQLSTATE) throw error
				throw new GatewayRefusal('quota_exceeded', quotaRefusalMessage(parseQuotaDetail(detail)), { upgradeUrl: '/tarifs' })
			}
		}
		try {
			if (call.rateLimit && !(await withinRateLimit(userId, feature, call.rateLimit.perMinute))) {
				throw new GatewayRefusal('rate_limited', rateLimitedMessage)
			}

			const reasons: GuardReason[] = []
			let flagged = false
			const screened = [
				...screeningInputs(call.task),
				...(call.documents ?? []).map((document) => ({ text: document.text, source: 'document' as const })),
			].map((input) => screenText(input.text, { source: input.source }))
			for (const result of screened) {
				reasons.push(...result.reasons)
				if (result.verdict === 'block') {
					log({ kind: 'blocked', feature, rules: result.reasons.map((reason) => reason.rule), score: result.score })
					throw new GatewayRefusal('blocked', blockedMessage, { reasons: result.reasons.map((reason) => reason.rule) })
				}
				if (result.verdict === 'flag') flagged = true
			}
			if (flagged) log({ kind: 'flagged', feature, rules: reasons.map((reason) => reason.rule) })

			const anonymizer = new Anonymizer()
			const task = maskTask(call.task, screened[0]?.normalized ?? call.task.question, anonymizer)
			const envelope = createEnvelope()
			const controller = new AbortController()
			const abort = () => controller.abort(call.signal?.reason)
			call.signal?.addEventListener('abort', abort, { once: true })
			if (call.signal?.aborted) abort()

			const settings = modelSettings(task)
			const prepared: PreparedCall = {
				feature,
				systemInstruction: buildSystemInstruction(task, envelope, { flagged }),
				contents: buildContents(task, envelope),
				task,
				maxOutputTokens: call.maxOutputTokens ?? settings.maxOutputTokens,
				temperature: call.temperature ?? settings.temperature,
				...(settings.thinkingBudget === undefined ? {} : { thinkingBudget: settings.thinkingBudget }),
				signal: controller.signal,
			}
			for (const document of call.documents ?? []) {
				prepared.contents.unshift({ role: 'user', text: wrapUntrusted(anonymizer.mask(document.text), envelope, document.label) })
			}
			log({ kind: 'call', feature, provider: provider.name, masked: anonymizer.counts })

			const fragments = instructionFragments(prepared.systemInstruction)
			const started = performance.now()
			let raw = ''
			let usage: TokenUsage | null = null
			const restorer = anonymizer.streamRestorer()
			let pending = ''
			yield { type: 'start', provider: provider.name, model: provider.model }
			try {
				for await (const chunk of provider.stream(prepared)) {
					if (chunk.type === 'usage') {
						usage = chunk.usage
						continue
					}
					raw += chunk.text
					if (leaksCanary(raw, envelope) || recitesInstructions(raw, fragments)) {
						controller.abort('instructions_leak')
						throw new GatewayRefusal('output_blocked', outputBlockedMessage, {
							reasons: [leaksCanary(raw, envelope) ? 'canary_leak' : 'instructions_recited'],
						})
					}
					pending += restorer.push(chunk.text)
					if (pending.length > HOLDBACK) {
						const ready = pending.slice(0, pending.length - HOLDBACK)
						pending = pending.slice(ready.length)
						yield { type: 'delta', text: ready }
					}
				}
			} catch (error) {
				const latencyMs = performance.now() - started
				const spent = usage ?? estimatedUsage(prepared, raw)
				if (error instanceof GatewayRefusal) {
					await account({ userId, feature, usage: spent, latencyMs, outcome: 'blocked' })
					log({ kind: 'output_blocked', feature, rules: error.extra.reasons })
					throw error
				}
				const stopped = call.signal?.aborted || (error instanceof AiProviderError && error.code === 'aborted')
				await account({ userId, feature, usage: spent, latencyMs, outcome: stopped ? 'stopped' : 'failed' })
				const partialText = checkOutput(anonymizer.restore(raw)).text
				if (stopped) throw new GatewayRefusal('aborted', 'Réponse arrêtée.', { partialText })
				const message = error instanceof AiProviderError ? error.userMessage : 'Le service d’IA n’a pas pu répondre. Réessayez dans un instant.'
				log({ kind: 'provider_error', feature, code: error instanceof AiProviderError ? error.code : 'unknown' })
				throw new GatewayRefusal('provider_error', message, { partialText })
			} finally {
				call.signal?.removeEventListener('abort', abort)
			}
			pending += restorer.flush()
			if (pending) {
				yield { type: 'delta', text: pending }
			}

			const latencyMs = performance.now() - started
			const spent = usage ?? estimatedUsage(prepared, raw)
			const checked = checkOutput(anonymizer.restore(raw))
			if (checked.removedLinks > 0) log({ kind: 'links_removed', feature, count: checked.removedLinks })
			await account({ userId, feature, usage: spent, latencyMs, outcome: 'ok' })
			yield { type: 'done', ...finishedAnswer(task, checked), usage: spent }
		} catch (error) {
			const keepsQuota = error instanceof GatewayRefusal && error.code === 'aborted'
			if (call.quota && !keepsQuota) await call.quota.release().catch(() => {})
			throw error
		}
	}

	return { provider: provider.name, run }
}

/** When a provider reports no usage (the offline engine always does, a cut stream may not). */
function estimatedUsage(prepared: PreparedCall, output: string): TokenUsage {
	const input = prepared.systemInstruction + prepared.contents.map((turn) => turn.text).join('')
	return { inputTokens: estimateTokens(input), outputTokens: estimateTokens(output) }
}
