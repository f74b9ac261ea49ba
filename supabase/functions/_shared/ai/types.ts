// The contract between the AI gateway and what it drives: providers (Gemini,
// the offline engine), the screener, the anonymiser and the ROME knowledge the
// offline engine reads. Runtime-neutral: the app (Node) and the Edge Functions
// (Deno) import the same file.

/** Where the person is: decides Iris's persona and which screens it points to. */
export type ProductArea = 'portal' | 'letters' | 'cv' | 'rise'

/** What an AI call is for, as counted on /green-ai and in quotas. */
export type AiFeature = 'iris' | 'letter' | 'letter_coach' | 'cv_advice' | 'rise_coaching'

export type ChatRole = 'user' | 'model'

export type ChatTurn = { role: ChatRole; text: string }

/** A short, consented summary of the person, already anonymised when it reaches a provider. */
export type ProfileSummary = {
	currentJob?: string
	currentRomeCode?: string
	targetJob?: string
	targetRomeCode?: string
	skills?: string[]
	recentActivity?: string[]
}

/** What Iris is asked, in structured form (the offline engine reads this, Gemini reads the prompt built from it). */
export type IrisTask = {
	kind: 'iris'
	area: ProductArea
	page: { path: string; title?: string }
	question: string
	history: ChatTurn[]
	profile?: ProfileSummary
}

export type AiTask = IrisTask

/** A call ready for a provider: screened, anonymised, wrapped. */
export type PreparedCall = {
	feature: AiFeature
	/** System instruction with the persona, the rules, the data delimiters and the canary. */
	systemInstruction: string
	/** Conversation for the model; user content is wrapped in the per-request delimiters. */
	contents: ChatTurn[]
	/** The same request in structured form, anonymised. */
	task: AiTask
	maxOutputTokens: number
	temperature: number
	signal?: AbortSignal
}

export type TokenUsage = { inputTokens: number; outputTokens: number }

export type ProviderChunk = { type: 'text'; text: string } | { type: 'usage'; usage: TokenUsage }

export type ProviderName = 'gemini' | 'offline'

export interface ModelProvider {
	readonly name: ProviderName
	readonly model: string
	/** Streams the answer; throws AiProviderError on failure (after its own retries). */
	stream(call: PreparedCall): AsyncIterable<ProviderChunk>
}

export type AiErrorCode = 'rate_limited' | 'unavailable' | 'timeout' | 'invalid_request' | 'refused' | 'interrupted' | 'aborted'

/** A provider failure, with the French sentence the person sees. */
export class AiProviderError extends Error {
	constructor(
		readonly code: AiErrorCode,
		readonly userMessage: string,
		options?: { cause?: unknown; retryable?: boolean },
	) {
		super(`${code}: ${userMessage}`, { cause: options?.cause })
		this.name = 'AiProviderError'
		this.retryable = options?.retryable ?? false
	}
	readonly retryable: boolean
}

// ——— Prompt-injection screening ———

export type GuardVerdict = 'allow' | 'flag' | 'block'

export type GuardReason = {
	/** Stable identifier of the rule family, e.g. 'instruction_override', 'system_prompt_extraction'. */
	rule: string
	/** Short English description for logs and audits (never the matched text itself). */
	detail: string
	weight: number
}

export type GuardResult = {
	verdict: GuardVerdict
	score: number
	reasons: GuardReason[]
	/** The text after Unicode normalisation and removal of invisible / bidi characters. */
	normalized: string
}

// ——— PII anonymisation ———

export type PiiType =
	| 'EMAIL'
	| 'TELEPHONE'
	| 'NIR'
	| 'IBAN'
	| 'SIRET'
	| 'SIREN'
	| 'CARTE'
	| 'ADRESSE'
	| 'CODE_POSTAL'
	| 'DATE_NAISSANCE'
	| 'PERSONNE'

export type PiiSpan = { type: PiiType; start: number; end: number; value: string }

/** Placeholder → original value, kept in memory for one request only, never logged. */
export type PiiVault = Map<string, string>

// ——— ROME knowledge (read by the offline engine) ———

export type RomeOccupationMatch = { code: string; label: string; matchedTitle: string; score: number }

export type RomeSkillKind = 'savoir_faire' | 'savoir' | 'savoir_etre'

/** isCore: « cœur de métier » in ROME (as opposed to a specialisation of some jobs only). */
export type RomeSkill = { code: string; label: string; kind: RomeSkillKind; category?: string; isCore?: boolean }

export type RomeOccupationProfile = {
	code: string
	label: string
	definition?: string
	/** « Accès au métier »: diplomas and usual routes in. */
	access?: string
	skills: RomeSkill[]
}

export type RomeMobility = { code: string; label: string; rank: number }

export interface RomeKnowledge {
	/** Occupations whose job titles best match a free text (« infirmière », « développeuse web »). */
	findOccupations(text: string, limit?: number): Promise<RomeOccupationMatch[]>
	describeOccupation(code: string): Promise<RomeOccupationProfile | null>
	/** Official mobility edges out of an occupation, best rank first. */
	mobilitiesFrom(code: string, limit?: number): Promise<RomeMobility[]>
}
