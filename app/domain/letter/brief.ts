// From Phoenix's own analysis to what the letter is written from: the model
// (or the offline templates) gets decisions, not raw documents to interpret.
import { periodStart } from '#app/domain/cv/text.ts'
import { experienceYears } from '#app/domain/cv/text-of.ts'
import type { Cv } from '#app/domain/cv/types.ts'
import type { MatchReport, TransferableSkill } from '#app/domain/match/types.ts'
import type { OfferAnalysis } from '#app/domain/offer/types.ts'
import type { LetterBrief, LetterLength, LetterTone } from '#shared/ai/types.ts'

export type LetterOptions = {
	tone: LetterTone
	length: LetterLength
	/** The transferable skills the person chose to stress (by their `from` wording); all when absent. */
	stress?: string[]
	/** How the person is closing gaps, in their words (« bootcamp de 6 mois », « CAP en candidat libre »). */
	closing?: string
}

export type LetterSources = {
	offer: OfferAnalysis
	match: MatchReport
	cv: Cv | null
	/** Job title of the application when the person corrected the analyser's. */
	jobTitle: string
	company: string | null
	now: Date
}

const maxStrengths = 6
const maxGaps = 3
const maxTransferable = 4

export function buildLetterBrief(sources: LetterSources, options: LetterOptions): LetterBrief {
	const { offer, match, cv } = sources
	const former = cv ? formerJob(cv, sources.now) : undefined
	const chosen = chooseTransferable(match.transferable, options.stress)
	return {
		tone: options.tone,
		length: options.length,
		candidate: {
			name: cv?.name,
			formerJob: former?.position,
			formerYears: former?.years,
			city: cv?.city,
			email: cv?.email,
			phone: cv?.phone,
		},
		target: {
			jobTitle: sources.jobTitle,
			company: sources.company ?? offer.company ?? undefined,
			location: offer.location ?? undefined,
			contract: offer.contract[0],
			occupationLabel: offer.rome[0]?.label,
		},
		transferableSkills: chosen.map(({ from, to }) => ({ from, to })),
		strengths: strengths(match),
		gaps: match.missingMustHaves
			.map((skill) => skill.label)
			.concat(hardSkillGaps(match))
			.filter(unique)
			.slice(0, maxGaps)
			.map((skill) => ({ skill, closing: options.closing?.trim() || undefined })),
		proofs: cv ? proofs(cv, sources.now) : [],
		companyFacts: companyFacts(offer),
		keywords: offer.keywords.slice(0, 10).map((keyword) => keyword.label),
	}
}

function unique<T>(value: T, index: number, all: T[]) {
	return all.indexOf(value) === index
}

function chooseTransferable(all: TransferableSkill[], stress: string[] | undefined) {
	const picked = stress ? all.filter((skill) => stress.includes(skill.from)) : all
	return picked.slice(0, maxTransferable)
}

function strengths(match: MatchReport) {
	const hard = match.categories.find((category) => category.id === 'hardSkills')?.found ?? []
	const soft = match.categories.find((category) => category.id === 'softSkills')?.found ?? []
	const mustFirst = [...hard].sort((a, b) => Number(Boolean(b.mustHave)) - Number(Boolean(a.mustHave)))
	return [...mustFirst, ...soft]
		.map((term) => term.label)
		.filter(unique)
		.slice(0, maxStrengths)
}

function hardSkillGaps(match: MatchReport) {
	return (match.categories.find((category) => category.id === 'hardSkills')?.missing ?? []).map((gap) => gap.label)
}

/** The longest past job that is not the target trade: what the person is changing from. */
function formerJob(cv: Cv, now: Date): { position: string; years?: number } | undefined {
	let best: { position: string; years: number } | undefined
	for (const experience of cv.experiences) {
		if (/projet|stage|bootcamp|formation/i.test(`${experience.organization ?? ''} ${experience.position}`)) continue
		const years = experienceYears(experience, now)
		if (!best || years > best.years) best = { position: experience.position, years }
	}
	return best && { position: best.position, years: best.years >= 1 ? Math.round(best.years) : undefined }
}

/** Recent training and projects: the proof that the change is under way. */
function proofs(cv: Cv, now: Date) {
	const recentYear = now.getFullYear() - 3
	const education = cv.education
		.filter((item) => {
			const date = item.endDate ?? item.startDate
			const start = date ? periodStart(date) : undefined
			return !start || start.getUTCFullYear() >= recentYear
		})
		.map((item) => [item.title, item.area && !item.title.includes(item.area) ? item.area : null, item.institution].filter(Boolean).join(', '))
	const projects = cv.experiences
		.filter((item) => /projet|stage|bootcamp/i.test(`${item.organization ?? ''} ${item.position}`))
		.map((item) => [item.position, item.summary].filter(Boolean).join(' : '))
	return [...education, ...projects, ...cv.certifications].slice(0, 4)
}

/** What the offer says about the company: its first sentences before the missions. */
function companyFacts(offer: OfferAnalysis) {
	return offer.companyFacts?.slice(0, 2) ?? []
}
