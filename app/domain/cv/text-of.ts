// What the rest of the domain asks of a CV: its whole text (for skill
// finding), its years of experience, its level of education.
import { educationRank } from '#app/domain/offer/education.ts'
import type { EducationLevel } from '#app/domain/offer/types.ts'
import { normalizeText } from '#shared/ai/offline/text.ts'
import { periodEnd, periodStart } from './text.ts'
import type { Cv, CvEducation, CvExperience } from './types.ts'

/**
 * The CV as text, one item a line, so a skill is never found across two
 * items. Contact details are left out: they say nothing about skills.
 */
export function cvPlainText(cv: Cv): string {
	const lines: string[] = []
	const push = (...values: (string | undefined)[]) => {
		for (const value of values) if (value?.trim()) lines.push(value.trim())
	}
	push(cv.headline, cv.summary)
	for (const experience of cv.experiences) {
		push(experience.organization ? `${experience.position} — ${experience.organization}` : experience.position)
		push(experience.summary, ...experience.highlights)
	}
	for (const education of cv.education) push([education.title, education.area, education.institution].filter(Boolean).join(' — '))
	for (const group of cv.skills) {
		if (group.name) push(`${group.name} :`)
		push(...group.keywords)
	}
	push(...cv.certifications)
	for (const language of cv.languages) push(language.fluency ? `${language.language} (${language.fluency})` : language.language)
	push(...cv.interests)
	return lines.join('\n')
}

/** A project (« Projet personnel », « (projet de formation) »): practice, not employment. */
export function isProjectExperience(experience: CvExperience): boolean {
	return /\bprojets?\b|\bside project\b|\bpersonal project\b/.test(normalizeText(`${experience.organization ?? ''} ${experience.position}`))
}

/** An internship, a work-study contract or an apprenticeship: practice in the trade, under supervision. */
export function isInternshipExperience(experience: CvExperience): boolean {
	return /\bstag(?:e|es|iaire|iaires)\b|\balternan|\bapprenti|\bintern(?:ship)?\b|\bimmersion\b|\bpmsmp\b/.test(
		normalizeText(`${experience.position} ${experience.organization ?? ''}`),
	)
}

type Period = { start: number; end: number }

const yearInMilliseconds = 365.25 * 24 * 3600 * 1000

function periodOf(experience: CvExperience, now: Date): Period | undefined {
	const start = experience.startDate ? periodStart(experience.startDate) : undefined
	if (!start) return undefined
	const end = experience.endDate ? periodEnd(experience.endDate) : now
	if (!end) return undefined
	const clippedEnd = Math.min(end.getTime(), now.getTime())
	return clippedEnd > start.getTime() ? { start: start.getTime(), end: clippedEnd } : undefined
}

/** Years one experience lasted up to `now`, counted as cvYearsOfExperience counts them; 0 when undated. */
export function experienceYears(experience: CvExperience, now: Date): number {
	const period = periodOf(experience, now)
	return period ? (period.end - period.start) / yearInMilliseconds : 0
}

function unionLength(periods: Period[]): number {
	const sorted = [...periods].sort((a, b) => a.start - b.start)
	let total = 0
	let current: Period | undefined
	for (const period of sorted) {
		if (current && period.start <= current.end) current.end = Math.max(current.end, period.end)
		else {
			if (current) total += current.end - current.start
			current = { ...period }
		}
	}
	if (current) total += current.end - current.start
	return total
}

function roundYears(milliseconds: number): number {
	return Math.round((milliseconds / yearInMilliseconds) * 10) / 10
}

export type YearsOfExperience = {
	/** Years of work (projects left out), overlapping periods counted once. */
	total: number
	/** Per occupation, largest first; overlapping periods within one occupation counted once. */
	byOccupation: { key: string; years: number }[]
}

/**
 * Years of experience up to `now`. Occupations are told apart by
 * `occupationOf` (Mirror Match passes the ROME code of each position);
 * without it, by the position as written. An ongoing job runs until `now`,
 * a year alone covers the whole year (« 2004 – 2025 » is 22 years).
 */
export function cvYearsOfExperience(
	cv: Cv,
	now: Date,
	occupationOf: (experience: CvExperience) => string | undefined = (experience) => normalizeText(experience.position),
): YearsOfExperience {
	const all: Period[] = []
	const byOccupation = new Map<string, Period[]>()
	for (const experience of cv.experiences) {
		if (isProjectExperience(experience)) continue
		const period = periodOf(experience, now)
		if (!period) continue
		all.push(period)
		const key = occupationOf(experience)
		if (key) byOccupation.set(key, [...(byOccupation.get(key) ?? []), period])
	}
	return {
		total: roundYears(unionLength(all)),
		byOccupation: [...byOccupation]
			.map(([key, periods]) => ({ key, years: roundYears(unionLength(periods)) }))
			.sort((a, b) => b.years - a.years),
	}
}

// Checked in order, highest first; a folded diploma name or note.
const levelRules: ReadonlyArray<readonly [EducationLevel, RegExp]> = [
	['Bac+8', /\b(?:doctorat|phd|doctorate|docteur en)\b|\bbac ?\+ ?8\b|\b(?:rncp )?niveau 8\b/],
	[
		'Bac+5',
		/\b(?:master(?! ?1\b)|mastere|mba|msc|dea|dess|diplome d'ingenieur|titre d'ingenieur|ingenieur diplome|ecole d'ingenieurs?|grande ecole)\b|\bbac ?\+ ?5\b|\b(?:rncp )?niveau 7\b|\bniveau i\b/,
	],
	['Bac+4', /\b(?:maitrise|master ?1|m1)\b|\bbac ?\+ ?4\b/],
	[
		'Bac+3',
		/\b(?:licence|bachelor|grade licence|diplome d'etat d'(?:infirmier|infirmiere|ergotherapeute|educateur specialise|assistant de service social|psychomotricien)|de (?:infirmier|infirmiere)|deass|dees|dcg)\b|\bbac ?\+ ?3\b|\b(?:rncp )?niveau 6\b|\bniveau ii\b/,
	],
	['Bac+2', /\b(?:bts|btsa|dut|deug|deust|dts|dma|dmtm)\b|\bbac ?\+ ?2\b|\b(?:rncp )?niveau 5\b|\bniveau iii\b/],
	[
		'Bac',
		/\b(?:bac|baccalaureat|bac pro|brevet professionnel|bp|bpjeps|daeu|brevet de technicien|bt|diplome d'etat d'aide-soignante?|deas|deap|diplome d'etat d'auxiliaire de puericulture)\b|\b(?:rncp )?niveau 4\b|\bniveau iv\b/,
	],
	['CAP', /\b(?:cap|bep|capa|bepa|mention complementaire|mc|deaes)\b|\b(?:rncp )?niveau 3\b|\bniveau v\b/],
]

// Professional titles often named without their level.
const knownTitles: ReadonlyArray<readonly [RegExp, EducationLevel]> = [
	[/\bdeveloppeur web et web mobile\b/, 'Bac+2'],
	[/\bconcepteur developpeur d'applications\b/, 'Bac+3'],
	[/\bresponsable en gestion des ressources humaines\b/, 'Bac+3'],
	[/\bassistant ressources humaines\b/, 'Bac+2'],
	[/\bmanager d'unite marchande\b/, 'Bac+2'],
	[/\bformateur professionnel d'adultes\b/, 'Bac+2'],
]

/** The level of one diploma or title from how it is named, or null when the name does not tell. */
export function educationLevelOf(name: string): EducationLevel | null {
	const folded = normalizeText(name)
	for (const [level, pattern] of levelRules) {
		// « BUT » the diploma, not « but » the French word for « goal ».
		if (pattern.test(folded) || (level === 'Bac+3' && /\bBUT\b/.test(name))) return level
	}
	for (const [pattern, level] of knownTitles) if (pattern.test(folded)) return level
	return null
}

export type CvDiploma = {
	/** As written on the CV. */
	title: string
	level: EducationLevel | null
	/** « (en cours) », an end date still to come, or a start with no end. */
	inProgress: boolean
}

function isInProgress(education: Pick<CvEducation, 'title' | 'area' | 'startDate' | 'endDate'>, now: Date | undefined): boolean {
	const text = normalizeText(`${education.title} ${education.area ?? ''}`)
	if (/\ben cours\b|\ben preparation\b|\bpreparation\b|\bsession \w+ \d{4}\b|\bcandidat libre\b/.test(text)) {
		const end = education.endDate ? periodEnd(education.endDate) : undefined
		return !now || !end || end.getTime() > now.getTime()
	}
	if (!now) return false
	const end = education.endDate ? periodEnd(education.endDate) : undefined
	if (end) return end.getTime() > now.getTime()
	return Boolean(education.startDate)
}

/** Diplomas and titles of a CV (education entries, then certifications that are titles). */
export function cvDiplomas(cv: Cv, now?: Date): CvDiploma[] {
	const diplomas: CvDiploma[] = cv.education.map((education) => {
		const title = [education.title, education.area].filter(Boolean).join(' — ')
		return { title: education.title, level: educationLevelOf(title), inProgress: isInProgress(education, now) }
	})
	for (const certification of cv.certifications) {
		const level = educationLevelOf(certification)
		if (level && !/\bpermis\b/i.test(certification)) {
			diplomas.push({ title: certification, level, inProgress: /\ben cours\b/i.test(normalizeText(certification)) })
		}
	}
	return diplomas
}

/**
 * The highest level of education the CV shows as obtained: CAP, Bac,
 * Bac+2 (BTS, DUT, titre RNCP niveau 5)… Diplomas still in progress are
 * left out (by their wording, and by their dates when `now` is given).
 */
export function cvEducationLevel(cv: Cv, now?: Date): EducationLevel {
	let best: EducationLevel = 'aucun'
	for (const diploma of cvDiplomas(cv, now)) {
		if (!diploma.inProgress && diploma.level && educationRank(diploma.level) > educationRank(best)) best = diploma.level
	}
	return best
}
