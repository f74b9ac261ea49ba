// Applying a Smart Coach fix to the letter as it is now, which may not be the
// letter the coach read: the person keeps typing while findings are shown.
// A fix carries the text it replaces and a little context around it; it is
// applied where that text still stands (moved by an edit elsewhere if need
// be), and refused when it no longer stands anywhere.

import type { CoachFix } from './types.ts'

export class StaleFixError extends Error {
	constructor(readonly fix: CoachFix) {
		super(`The letter no longer holds “${fix.expected ?? ''}” where this fix applies; run the coach again.`)
		this.name = 'StaleFixError'
	}
}

/** Below this length the text replaced is too common to be trusted without its context. */
const selfEvidentLength = 4

function holdsAt(letter: string, fix: CoachFix, start: number, withContext: boolean): boolean {
	const expected = fix.expected ?? ''
	if (start < 0 || start + expected.length > letter.length) return false
	if (letter.slice(start, start + expected.length) !== expected) return false
	if (!withContext) return true
	const before = fix.before ?? ''
	const after = fix.after ?? ''
	return (
		letter.slice(start - before.length, start) === before &&
		letter.slice(start + expected.length, start + expected.length + after.length) === after
	)
}

/**
 * Two edits that cannot both be made on the same letter: overlapping
 * ranges, an insertion strictly inside a replaced range, or two insertions
 * at one point (their order would be a guess). Ranges that merely touch
 * are compatible.
 */
export function rangesCollide(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
	if (a.start === a.end && b.start === b.end) return a.start === b.start
	if (a.start === a.end) return b.start < a.start && a.start < b.end
	if (b.start === b.end) return a.start < b.start && b.start < a.end
	return a.start < b.end && b.start < a.end
}

/** Where the fix applies in this letter, or null when its text is gone. */
export function locateFix(letter: string, fix: CoachFix): { start: number; end: number } | null {
	if (fix.expected === undefined) {
		return fix.start >= 0 && fix.start <= fix.end && fix.end <= letter.length ? { start: fix.start, end: fix.end } : null
	}
	const length = fix.expected.length
	if (holdsAt(letter, fix, fix.start, length < selfEvidentLength)) return { start: fix.start, end: fix.start + length }

	const before = fix.before ?? ''
	const best =
		nearest(letter, before + fix.expected + (fix.after ?? ''), before.length, fix.start) ??
		// An edit right next to a long passage changes its context, not the passage.
		(length >= selfEvidentLength ? nearest(letter, fix.expected, 0, fix.start) : null)
	return best === null ? null : { start: best, end: best + length }
}

/** Of the places where needle occurs, the one whose offset + shift is closest to target. */
function nearest(letter: string, needle: string, shift: number, target: number): number | null {
	if (!needle) return null
	let best: number | null = null
	for (let found = letter.indexOf(needle); found !== -1; found = letter.indexOf(needle, found + 1)) {
		const start = found + shift
		if (best === null || Math.abs(start - target) < Math.abs(best - target)) best = start
	}
	return best
}

/** The letter with the fix applied; throws StaleFixError when the letter has changed under the fix. */
export function applyFix(letter: string, fix: CoachFix): string {
	const range = locateFix(letter, fix)
	if (!range) throw new StaleFixError(fix)
	return letter.slice(0, range.start) + fix.replacement + letter.slice(range.end)
}

/**
 * Several fixes at once (« Tout corriger »): each is located in the letter
 * as given, stale ones and ones overlapping an earlier fix of the list are
 * skipped, and the rest applied from the end so offsets stay true.
 */
export function applyFixes(letter: string, fixes: CoachFix[]): string {
	const ranges: { start: number; end: number; replacement: string }[] = []
	for (const fix of fixes) {
		const range = locateFix(letter, fix)
		if (!range) continue
		const collides = ranges.some((other) => rangesCollide(range, other))
		if (!collides) ranges.push({ ...range, replacement: fix.replacement })
	}
	let result = letter
	for (const range of ranges.sort((a, b) => b.start - a.start || b.end - a.end))
		result = result.slice(0, range.start) + range.replacement + result.slice(range.end)
	return result
}
