// Smart Coach: every deterministic check on a letter, in one pass, in a few
// milliseconds, so the screen can run it again after each keystroke or fix.

import type { OfferAnalysis } from '#app/domain/offer/types.ts'
import { rangesCollide } from './apply.ts'
import { checkCareerChange } from './career-change.ts'
import { checkCliches } from './cliches.ts'
import { checkKeywords } from './keywords.ts'
import { checkLength } from './length.ts'
import { checkPassive } from './passive.ts'
import { checkPersonalisation } from './personalisation.ts'
import { prepareLetter, type Draft } from './text.ts'
import type { CoachCheck, CoachFinding, CoachFix, CoachReport, CoachSeverity } from './types.ts'
import { checkTypography } from './typography.ts'
import { checkVague } from './vague.ts'

export type CoachContext = {
	offer?: OfferAnalysis | null
	/** Overrides the offer's company (the person corrected it, or there is no offer). */
	company?: string | null
	candidateName?: string | null
	/**
	 * The letter supports a change of career, as Phoenix letters do unless told
	 * otherwise: it should then say so plainly.
	 */
	careerChange?: boolean
}

const severityRank: Record<CoachSeverity, number> = { important: 3, conseil: 2, detail: 1 }

/** On equal severity, whose fix wins a collision, and the order of whole-letter findings. */
const checkOrder: CoachCheck[] = ['career_change', 'personalisation', 'keywords', 'passive', 'cliche', 'vague', 'length', 'typography']

/** Checks whose findings point at words (as opposed to characters or the whole letter). */
const wordingChecks = new Set<CoachCheck>(['cliche', 'vague', 'passive', 'career_change'])

export const scoring = {
	important: 15,
	conseil: 5,
	detail: 1,
	/** Typography alone should not sink a letter that says the right things. */
	maxDetailPenalty: 10,
	/**
	 * The score falls as exp(-penalty / scale): each problem costs less as
	 * problems pile up, so fixing some still shows on a bad letter.
	 * One important finding gives 78, three give 47.
	 */
	scale: 60,
}

export function coachLetter(letter: string, context: CoachContext = {}): CoachReport {
	const prepared = prepareLetter(letter)
	if (prepared.words === 0) return { findings: [], words: 0, score: 0 }

	const drafts: Draft[] = [
		...checkTypography(prepared),
		...checkCliches(prepared, context.offer),
		...checkVague(prepared),
		...checkPassive(prepared),
		...checkCareerChange(prepared, context.careerChange ?? true),
		...checkPersonalisation(prepared, context),
		...checkLength(prepared),
		...(context.offer ? checkKeywords(prepared, context.offer) : []),
	]

	const kept = withoutRepeats(drafts)
	resolveFixCollisions(kept)
	const findings = numbered(kept.sort(byPosition))
	return { findings, words: prepared.words, score: score(findings) }
}

function compareRank(a: Draft, b: Draft): number {
	return severityRank[b.severity] - severityRank[a.severity] || checkOrder.indexOf(a.check) - checkOrder.indexOf(b.check)
}

/** A bare remark on words another finding already covers, at least as seriously, says nothing more. */
function withoutRepeats(drafts: Draft[]): Draft[] {
	return drafts.filter((finding, index) => {
		const { start, end } = finding
		if (finding.fix || start === undefined || end === undefined || !wordingChecks.has(finding.check)) return true
		return !drafts.some((other, otherIndex) => {
			if (other === finding || !wordingChecks.has(other.check) || other.start === undefined || other.end === undefined) return false
			if (other.start > start || end > other.end || severityRank[other.severity] < severityRank[finding.severity]) return false
			// Of two bare remarks on exactly the same words, the first one stays.
			const sameWords = other.start === start && other.end === end
			return !sameWords || Boolean(other.fix) || otherIndex < index
		})
	})
}

/** Two fixes on the same characters cannot both be applied: the more important one keeps its button. */
function resolveFixCollisions(drafts: Draft[]): void {
	const withFix = drafts
		.filter((finding) => finding.fix)
		.sort((a, b) => compareRank(a, b) || spanLength(b.fix) - spanLength(a.fix) || (a.fix?.start ?? 0) - (b.fix?.start ?? 0))
	const accepted: CoachFix[] = []
	for (const finding of withFix) {
		const fix = finding.fix
		if (!fix) continue
		if (accepted.some((other) => rangesCollide(fix, other))) delete finding.fix
		else accepted.push(fix)
	}
}

function spanLength(fix: CoachFix | undefined): number {
	return fix ? fix.end - fix.start : 0
}

/** Whole-letter findings first, most serious first; then in reading order. */
function byPosition(a: Draft, b: Draft): number {
	if (a.start === undefined || b.start === undefined) {
		if (a.start !== undefined) return 1
		if (b.start !== undefined) return -1
		return compareRank(a, b)
	}
	return a.start - b.start || (b.end ?? 0) - (a.end ?? 0) || compareRank(a, b)
}

function numbered(drafts: Draft[]): CoachFinding[] {
	const used = new Set<string>()
	return drafts.map((finding) => {
		const base = `${finding.rule}@${finding.start ?? 'lettre'}`
		let id = base
		for (let suffix = 2; used.has(id); suffix++) id = `${base}-${suffix}`
		used.add(id)
		return { id, ...finding }
	})
}

function score(findings: CoachFinding[]): number {
	let penalty = 0
	let details = 0
	for (const finding of findings) {
		if (finding.severity === 'important') penalty += scoring.important
		else if (finding.severity === 'conseil') penalty += scoring.conseil
		else details += scoring.detail
	}
	return Math.round(100 * Math.exp(-(penalty + Math.min(details, scoring.maxDetailPenalty)) / scoring.scale))
}
