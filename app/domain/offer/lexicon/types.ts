// The curated skill lexicon: the wordings recruiters actually use, each tied
// to one canonical label so that an offer and a CV meet on the same key.
// ROME labels are precise but rarely written as such in an offer; these
// entries come first when both match.

export type CuratedSkill = {
	/** Canonical label shown to the person (French). */
	label: string
	kind: 'hard' | 'soft'
	/** A tool, language, software, licence or certification. */
	tool?: boolean
	/**
	 * Wordings, read through the same folding and stemming as the text.
	 * Prefixes: `=` every word exactly as written (no stemming: « ponctuel » but
	 * not « ponctuellement »); `^` the capitals must match too (« Sage », not
	 * « sage »); `~` only as an item of its own in a list or after « vous êtes »
	 * (« organisé(e) », not « organisé par l’équipe »).
	 */
	variants: string[]
	/** For names the tokenizer cuts up (C++, C#, .NET, permis C): regular expressions on the original text. */
	patterns?: RegExp[]
	/** Stems of which one must appear in the same sentence (« viennoiseries » is a skill next to « cuisson », a product in a shop window). */
	context?: string[]
	/** Folded words that, just before, give the wording another meaning (« maintien de leur autonomie »). */
	notAfter?: string[]
	/** Folded words that, just after, give the wording another meaning (« bilan de compétences »). */
	notBefore?: string[]
	/** Content words allowed between two words of a wording (default: 1 for know-how, 0 for tools and soft skills). */
	gap?: number
	/** Labels of entries that say the same thing better: when one of them is read in the same sentence, this one is dropped. */
	yieldsTo?: string[]
}
