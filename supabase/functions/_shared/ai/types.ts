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

export type LetterTone = 'formel' | 'chaleureux' | 'dynamique'

export type LetterLength = 'courte' | 'standard' | 'developpee'

/**
 * Everything a cover letter is written from, already decided by Phoenix's own
 * analysis (offer analysis, Mirror Match, the CV): the model writes prose
 * from it, the offline engine fills its templates with it.
 */
export type LetterBrief = {
	tone: LetterTone
	length: LetterLength
	candidate: {
		name?: string
		/** Former trade, in the person's words (« infirmière »). */
		formerJob?: string
		formerYears?: number
		city?: string
		email?: string
		phone?: string
	}
	target: {
		jobTitle: string
		company?: string
		location?: string
		contract?: string
		/** ROME occupation label, for vocabulary. */
		occupationLabel?: string
		/** Who the letter is addressed to, when the offer names them (« Madame Durand »): the salutation uses it. */
		recipient?: string
	}
	/** Former skills translated into the new trade's words, the ones the person chose to stress first. */
	transferableSkills: { from: string; to: string }[]
	/** Offer requirements the CV already shows (hard skills first). */
	strengths: string[]
	/** Offer requirements missing from the CV, and how the person is closing them, if known. */
	gaps: { skill: string; closing?: string }[]
	/** Recent training, projects, certifications that prove the change is under way. */
	proofs: string[]
	/** What the offer says about the company (first sentences of « Qui sommes-nous »), for personalisation. */
	companyFacts: string[]
	/** Offer keywords the letter should use naturally. */
	keywords: string[]
}

/** A cover letter to write, or one paragraph of it to rewrite. */
export type LetterTask = {
	kind: 'letter'
	area: 'letters'
	page: { path: string; title?: string }
	/** The person's own extra instruction (may be empty): screened and treated as data like an Iris question. */
	question: string
	history: ChatTurn[]
	brief: LetterBrief
	/**
	 * Rewrite one paragraph of an existing letter, optionally following a Smart Coach hint. Paragraphs are
	 * the blocks separated by a blank line, counted from 0 (the salutation, when there is one): see
	 * `letterParagraphs` in `ai/letter-text.ts`.
	 */
	rewrite?: { letter: string; paragraphIndex: number; hint?: string }
	/** Asks for another wording of the same letter (« Régénérer »); 0 or absent is the first one. */
	variant?: number
}

export type AiTask = IrisTask | LetterTask

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
	/** Tokens the model may spend thinking before it writes (Gemini 2.5); they count toward maxOutputTokens. Absent: the model's default. */
	thinkingBudget?: number
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
