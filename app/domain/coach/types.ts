// Smart Coach findings: deterministic checks on a letter, each pointing at the
// exact text, most with a fix applicable in one click.
// Offsets are UTF-16 indices into the letter as given (String.prototype.slice).

export type CoachCheck = 'keywords' | 'cliche' | 'vague' | 'passive' | 'length' | 'personalisation' | 'typography' | 'career_change'

export type CoachSeverity = 'important' | 'conseil' | 'detail'

export type CoachFix = {
	/** Replace letter.slice(start, end) with this text (empty string = delete). */
	start: number
	end: number
	replacement: string
	/** What the button says (« Remplacer par “…” », « Insérer l’espace insécable »). */
	label: string
	/**
	 * letter.slice(start, end) when the coach ran: applyFix refuses a fix whose
	 * text has changed since, instead of replacing whatever now sits there.
	 */
	expected?: string
	/**
	 * A few characters on each side of the range when the coach ran, so a fix
	 * still finds its place after an edit elsewhere moved the text, and an
	 * insertion (empty expected) is not made at a position that now means
	 * something else.
	 */
	before?: string
	after?: string
}

export type CoachFinding = {
	/** Stable within one analysis of one text: check + position. */
	id: string
	check: CoachCheck
	/** Which rule of the check fired (« cliche.permission », « typography.apostrophe »), for grouping on screen. */
	rule?: string
	severity: CoachSeverity
	/** French, short (« Formule toute faite »). */
	title: string
	/** French explanation of why and what to do. */
	message: string
	/** The exact text concerned; absent for whole-letter findings (length, missing keywords). */
	start?: number
	end?: number
	excerpt?: string
	fix?: CoachFix
	/** The model may rewrite the sentence or paragraph (premium, through the AI gateway). */
	rewritable: boolean
	/** Keywords finding: the offer’s words the letter lacks, most important first (display labels). */
	missingKeywords?: string[]
}

export type CoachReport = {
	findings: CoachFinding[]
	words: number
	/** 0–100, for a quick read; not a verdict. */
	score: number
}
