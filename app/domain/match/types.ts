// Mirror Match: a CV facing an offer, category by category. Explains, never
// frightens: every gap comes with what to do about it.
import type { OfferSkill } from '#app/domain/offer/types.ts'

export type MatchCategoryId = 'jobTitle' | 'hardSkills' | 'softSkills' | 'education' | 'experience'

export type MatchTerm = {
	label: string
	key: string
	mustHave?: boolean
	/** How it was found in the CV: the same words, a synonym, or a neighbouring ROME skill/occupation. */
	via?: 'exact' | 'synonym' | 'rome'
	/** The CV's own wording when it differs (« Rigueur » for the offer's « rigoureux »). */
	cvWording?: string
	/** Held in part only, counted half: a neighbouring ROME skill, or some of the offer's words (« nettoyage du fournil » for « Nettoyage et entretien du matériel »). */
	partial?: boolean
}

export type MatchGap = MatchTerm & {
	/** What to do about it, in plain French (« Suivez le module … », « Mettez en avant … »). */
	advice: string
}

export type MatchCategory = {
	id: MatchCategoryId
	/** French title (« Intitulé du poste », « Compétences techniques »…). */
	title: string
	/** 0–100. */
	score: number
	/** Share of the total, 0–1; hard skills weigh most. */
	weight: number
	found: MatchTerm[]
	missing: MatchGap[]
	/** One plain-French sentence summing the category up. */
	summary: string
}

/** A former skill said in the new trade's words, for the letter. */
export type TransferableSkill = { from: string; to: string; theme: string }

export type MatchReport = {
	/** 0–100, capped when a must-have is missing. */
	score: number
	/** The cap applied, if any, and why (« Il manque une compétence exigée : React »). */
	cap: { value: number; reason: string } | null
	categories: MatchCategory[]
	/** Flat lists for the command line and the letter brief. */
	found: string[]
	missing: string[]
	missingMustHaves: OfferSkill[]
	transferable: TransferableSkill[]
	/** Two or three sentences: where the person stands, what to do first. */
	summary: string
}
