// The letter as every check reads it: a folded copy for matching French
// phrases whatever their accents, capitals and apostrophes, mapped back to the
// original so a finding quotes and fixes the person's own characters.

import { foldForMatching, frenchTypography, splitSentences, stem, tokenizeFolded } from '#shared/ai/offline/text.ts'
import type { CoachCheck, CoachFinding, CoachFix, CoachSeverity } from './types.ts'

export type Span = { start: number; end: number }

export type LetterText = {
	text: string
	/** Lower-case, accent-free, ’ made ', every space made ' ' except line breaks, which stay. */
	folded: string
	/** originalIndex[i]: index in text of folded[i]; one extra entry for the end. */
	originalIndex: number[]
	sentences: (Span & { words: number })[]
	paragraphs: (Span & { words: number })[]
	words: number
	/** URLs, e-mail addresses and placeholders: never flagged, never fixed. */
	protectedSpans: Span[]
	/** Stems of every word (matchStem of tokenize), for the keyword and job-title checks. */
	stems: Set<string>
}

/** A finding before the coach numbers it. */
export type Draft = Omit<CoachFinding, 'id' | 'rule'> & { rule: string }

const wordPattern = /[\p{L}\p{M}\p{N}]+(?:['’\-][\p{L}\p{M}\p{N}]+)*/gu

export function countWords(text: string): number {
	return text.match(wordPattern)?.length ?? 0
}

/**
 * The stem the keyword and job-title checks compare: stem() leaves the
 * « -ité » nouns apart from their adjectives, and the coach needs
 * « accessibilité » to meet « accessible », « créativité » « créatif ».
 */
export function matchStem(word: string): string {
	const base = stem(word)
	if (!/ites?$/.test(word) || base.length < 6 || !base.endsWith('it')) return base
	const noun = base.slice(0, -2)
	const adjective = noun.replace(/(?:ibil|abil|iv)$/, '')
	return adjective.length >= 4 ? adjective : noun
}

export function prepareLetter(text: string): LetterText {
	const { folded, originalIndex } = foldForMatching(text, { keepLineBreaks: true })

	const sentences: LetterText['sentences'] = []
	let offset = 0
	for (const piece of splitSentences(text)) {
		const trimmed = piece.replace(/\s+$/, '')
		const lead = trimmed.length - trimmed.replace(/^\s+/, '').length
		if (trimmed.length > lead) sentences.push({ start: offset + lead, end: offset + trimmed.length, words: countWords(trimmed) })
		offset += piece.length
	}

	// Paragraphs are blank-line separated; a letter typed without blank lines has one per line.
	const separator = /\n[ \t\u00A0]*\n/.test(text) ? /\n(?:[ \t\u00A0]*\n)+/g : /\n+/g
	const paragraphs: LetterText['paragraphs'] = []
	let paragraphStart = 0
	const pushParagraph = (end: number) => {
		const raw = text.slice(paragraphStart, end)
		const lead = raw.length - raw.trimStart().length
		const body = raw.trim()
		if (body) paragraphs.push({ start: paragraphStart + lead, end: paragraphStart + lead + body.length, words: countWords(body) })
	}
	for (const match of text.matchAll(separator)) {
		pushParagraph(match.index)
		paragraphStart = match.index + match[0].length
	}
	pushParagraph(text.length)

	const protectedSpans: Span[] = []
	for (const match of text.matchAll(/(?:https?:\/\/|www\.)\S+|[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+|\[[A-Z_]+_\d+\]/gu)) {
		protectedSpans.push({ start: match.index, end: match.index + match[0].length })
	}

	const stemSet = new Set(tokenizeFolded(folded).map(matchStem))
	return { text, folded, originalIndex, sentences, paragraphs, words: countWords(text), protectedSpans, stems: stemSet }
}

export type FoldedMatch = Span & {
	/** The folded text matched, for choosing a replacement. */
	folded: string
	/** Capture groups as original ranges (undefined when the group did not take part). */
	groups: (Span | undefined)[]
}

const boundaryBefore = '(?<![\\p{L}\\p{N}])'
// A phrase ending on an elided word (« beaucoup d' ») runs straight into the next one.
const boundaryAfter = "(?:(?<=')|(?![\\p{L}\\p{N}]))"

/**
 * A phrase pattern written in folded form (« je me permets de vous adresser »),
 * matched on whole words: a space stands for one or more spaces (never a line
 * break) unless a quantifier follows it.
 */
export function phrase(source: string): RegExp {
	return new RegExp(`${boundaryBefore}(?:${source.replace(/ (?![?*+{])/g, ' +')})${boundaryAfter}`, 'gdu')
}

export function matchFolded(letter: LetterText, pattern: RegExp): FoldedMatch[] {
	const matches: FoldedMatch[] = []
	const toOriginal = (index: number) => letter.originalIndex[index] ?? letter.text.length
	pattern.lastIndex = 0
	for (const match of letter.folded.matchAll(pattern)) {
		if (match[0].length === 0) continue
		const start = toOriginal(match.index)
		const end = toOriginal(match.index + match[0].length)
		if (isProtected(letter, start, end)) continue
		const groups = (match.indices ?? [])
			.slice(1)
			.map((range) => (range ? { start: toOriginal(range[0]), end: toOriginal(range[1]) } : undefined))
		matches.push({ start, end, folded: match[0], groups })
	}
	return matches
}

export function isProtected(letter: LetterText, start: number, end: number): boolean {
	return letter.protectedSpans.some((span) => start < span.end && span.start < Math.max(end, start + 1))
}

/** The sentence holding a position. */
export function sentenceAt(letter: LetterText, position: number): Span | undefined {
	return letter.sentences.find((sentence) => sentence.start <= position && position < sentence.end)
}

/** Nothing but spaces, opening quotes or dashes between the position and the previous sentence end or line start. */
export function isSentenceStart(text: string, position: number): boolean {
	for (let index = position - 1; index >= 0; index--) {
		const character = text[index] ?? ''
		if (/[ \t\u00A0\u202F«"“(—–-]/.test(character)) continue
		return /[\n.!?…]/.test(character)
	}
	return true
}

export function capitalize(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1)
}

/** The replacement takes the capital of the text it replaces (« Je me permets » → « Je vous adresse »). */
function matchCase(original: string, replacement: string): string {
	const first = original.match(/\p{L}/u)?.[0]
	return first && first === first.toUpperCase() && first !== first.toLowerCase() ? capitalize(replacement) : replacement
}

const contextLength = 12

/** A fix carrying what it expects to replace and a little context, so applyFix can tell when it has gone stale. */
export function makeFix(text: string, start: number, end: number, replacement: string, label: string): CoachFix {
	return {
		start,
		end,
		replacement,
		label,
		expected: text.slice(start, end),
		before: text.slice(Math.max(0, start - contextLength), start),
		after: text.slice(end, end + contextLength),
	}
}

/**
 * A fix replacing a span with words: the capital follows the original,
 * French typography is applied to the new words.
 */
export function replaceFix(text: string, start: number, end: number, replacement: string): CoachFix {
	const words = frenchTypography(matchCase(text.slice(start, end), replacement))
	if (!words) return deleteFix(text, start, end)
	return makeFix(text, start, end, words, `Remplacer par “${words}”`)
}

/**
 * A fix deleting a span with the spaces around it; when the span opened a
 * sentence, the next word takes the capital.
 */
export function deleteFix(text: string, start: number, end: number): CoachFix {
	let from = start
	let to = end
	while (/[ \t]/.test(text[to] ?? '')) to++
	// Before punctuation or at the end of a line, the space to drop is the one before the words.
	if (to === end && (to >= text.length || /[,.;:!?)»\n]/.test(text[to] ?? '')))
		while (from > 0 && /[ \t]/.test(text[from - 1] ?? '')) from--
	const removed = text.slice(start, end).trim()
	const label = `Supprimer “${removed}”`
	const next = text[to] ?? ''
	if (isSentenceStart(text, from) && /\p{Ll}/u.test(next)) return makeFix(text, from, to + 1, next.toUpperCase(), label)
	return makeFix(text, from, to, '', label)
}

export function draft(
	check: CoachCheck,
	rule: string,
	severity: CoachSeverity,
	title: string,
	message: string,
	options: { span?: Span; text?: string; fix?: CoachFix; rewritable?: boolean; missingKeywords?: string[] } = {},
): Draft {
	const finding: Draft = { check, rule: `${check}.${rule}`, severity, title, message, rewritable: options.rewritable ?? false }
	if (options.span && options.text !== undefined) {
		finding.start = options.span.start
		finding.end = options.span.end
		finding.excerpt = options.text.slice(options.span.start, options.span.end)
	}
	if (options.fix) finding.fix = options.fix
	if (options.missingKeywords) finding.missingKeywords = options.missingKeywords
	return finding
}

/** Within one check, matches sharing words say the same thing twice: the earliest, then longest, stays. */
export function withoutOverlaps<T extends Span>(spans: T[]): T[] {
	const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end)
	const kept: T[] = []
	for (const span of sorted) {
		if (kept.some((other) => other.start < span.end && span.start < other.end)) continue
		kept.push(span)
	}
	return kept
}

/** House typography for the coach's own French (messages, titles, replacements). */
export const fr = frenchTypography
