// The slice of ROME 4.0 (France Travail) the domain reasons over, as plain
// data. The server reads it from the database once per process, the command
// line and the tests from data/rome/ — the domain never does I/O itself.

export type RomeSkillKind = 'savoir_faire' | 'savoir' | 'savoir_etre'

export type RomeLexiconOccupation = {
	code: string
	label: string
	/** « Accès au métier »: diplomas and usual routes in (plain text, may be absent). */
	access?: string
	definition?: string
}

export type RomeLexiconJobTitle = { code: string; label: string; occupationCode: string }

export type RomeLexiconSkill = {
	code: string
	label: string
	kind: RomeSkillKind
	/** Sub-category for savoir-faire (« Technique », …), category for savoirs (« Domaines d'expertise », …). */
	category: string
}

/** isCore: « cœur de métier » (as opposed to a specialisation of some jobs only). */
export type RomeLexiconOccupationSkill = { occupationCode: string; skillCode: string; isCore: boolean }

/** Official mobility edge (« passerelle »), rank 1 first. */
export type RomeLexiconMobility = { fromCode: string; toCode: string; rank: number }

export type RomeLexicon = {
	version: string
	occupations: RomeLexiconOccupation[]
	jobTitles: RomeLexiconJobTitle[]
	skills: RomeLexiconSkill[]
	occupationSkills: RomeLexiconOccupationSkill[]
	mobilities: RomeLexiconMobility[]
}

/** Shown wherever ROME-derived content appears (Licence Ouverte Etalab 2.0, see data/rome/README.md). */
export function romeAttribution(version: string): string {
	return `Source : France Travail, ROME 4.0 (export open data ${version}), data.gouv.fr — Licence Ouverte.`
}
