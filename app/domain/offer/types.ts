// What Phoenix reads in a job offer. Produced by analyzeOffer (pure, no I/O),
// shown on the analysis screen, fed to Mirror Match, the letter brief and the
// Smart Coach, and printed by `npm run phoenix -- analyze-offer`.

/** A character range in the analysed text, so the screen can highlight what was read. */
export type TextSpan = { start: number; end: number }

export type SkillSource = 'rome' | 'lexicon'

export type OfferSkill = {
	/** Display label in French (« React », « Travail en équipe », « Pétrissage »). */
	label: string
	/**
	 * Canonical key shared by every wording of the same skill, so the CV and the
	 * offer meet on it (« rigoureux » and « rigueur » → the same key).
	 */
	key: string
	/** Required (« exigé », « indispensable », « maîtrise de ») vs nice to have (« apprécié », « un plus »). */
	mustHave: boolean
	/** A tool, language or software (« Excel », « Git », « pétrin mécanique »), a subset of hard skills. */
	tool?: boolean
	/** ROME skill code when the skill is a ROME savoir / savoir-faire. */
	romeCode?: string
	source: SkillSource
	/** Where the offer mentions it (first mention first). */
	spans: TextSpan[]
}

export type EducationLevel = 'aucun' | 'CAP' | 'Bac' | 'Bac+2' | 'Bac+3' | 'Bac+4' | 'Bac+5' | 'Bac+8'

export type OfferEducation = {
	/** Lowest level accepted (« Bac+2 à Bac+5 » → Bac+2). */
	level: EducationLevel
	maxLevel?: EducationLevel
	/** Named diplomas or titles (« CAP Boulanger », « titre RNCP Développeur Web et Web Mobile », « Diplôme d'État d'infirmier »). */
	diplomas: string[]
	/** The offer accepts an equivalent path (« ou reconversion », « ou expérience équivalente »). */
	equivalentAccepted: boolean
	mustHave: boolean
}

export type ContractType = 'CDI' | 'CDD' | 'alternance' | 'stage' | 'intérim' | 'freelance'

export type SalaryPeriod = 'year' | 'month' | 'hour'

export type OfferSalary = {
	min: number
	max: number
	period: SalaryPeriod
	/** Brut unless the offer says net. */
	basis: 'brut' | 'net'
	currency: 'EUR'
	/** As written (« 34 000 € à 38 000 € brut annuel »). */
	text: string
}

export type OfferExperience = {
	minYears: number
	maxYears?: number
	/** « débutant accepté », « première expérience », « junior ». */
	beginnerAccepted: boolean
	mustHave: boolean
}

export type RomeCandidate = {
	code: string
	label: string
	/** 0–1, best first. */
	score: number
	/** The ROME job title (appellation) that matched. */
	matchedTitle: string
}

export type OfferAnalysis = {
	/** The job title as the offer words it, cleaned of « H/F », « (e) », contract and place. */
	title: string | null
	company: string | null
	/** What the offer says about the employer (« Qui sommes-nous » sentences), for a personalised letter. */
	companyFacts?: string[]
	rome: RomeCandidate[]
	/** Hard skills and tools, must-haves first. */
	hardSkills: OfferSkill[]
	softSkills: OfferSkill[]
	education: OfferEducation | null
	experience: OfferExperience | null
	/** Shortcut for the command line: minYears of experience, or null. */
	experienceYears: number | null
	contract: ContractType[]
	/** City, with the arrondissement or department when given (« Lyon 7e », « Nantes (44) »). */
	location: string | null
	remote: 'sur site' | 'hybride' | 'télétravail complet' | null
	salary: OfferSalary | null
	/** Main language of the offer: French first, English tolerated. */
	language: 'fr' | 'en'
	/** Significant words of the offer for the Smart Coach's keyword check (folded keys with a display label). */
	keywords: { key: string; label: string; weight: number }[]
}
