// The prompt-injection screener (OWASP LLM01). It scores a text against the
// weighted rules in patterns.ts and decides whether the gateway lets it
// through, lets it through with a warning to the model, or refuses it.
//
// Score = Σ over families of (strongest rule + half of the others), plus a
// bonus for each additional family that fired clearly, times the document
// sensitivity when the text is a pasted CV or offer. Several families at once
// rarely happen by accident: a persona plus an extraction request is an
// attack even when each part alone is ambiguous.
import type { GuardReason, GuardResult, GuardVerdict } from '../types.ts'
import { compactLetters, foldForMatching, foldLeetspeak, normalizeText } from './normalize.ts'
import { guardRules, type GuardFamily, type GuardRule } from './patterns.ts'

/** At or above: the text is refused. */
export const BLOCK_THRESHOLD = 8
/** At or above: the text goes through, and the model is told to treat it strictly as data. */
export const FLAG_THRESHOLD = 4
/** Multiplier for pasted CVs and offers, where no sentence is legitimately addressed to the model. */
export const DOCUMENT_SENSITIVITY = 1.5
/** Added for each family beyond the first whose own score reaches `FAMILY_FLOOR`. */
export const COOCCURRENCE_BONUS = 2
const FAMILY_FLOOR = 3

export type ScreenOptions = { source?: 'user' | 'document' }

type Source = NonNullable<ScreenOptions['source']>
type Hit = { rule: GuardRule; weight: number }

// ——— Matching ———

/** Letters standing alone between separators (« i g n o r e », « i.g.n.o.r.e ») or words glued with underscores. */
const SPACED_OUT = /(?:^|[^a-z])[a-z](?:[\s._*+|/\\-]{1,3}[a-z]){3,}(?![a-z])|[a-z]_[a-z]+_[a-z]/u

type Views = { text: string[]; folded: string; compact: string | null }

function viewsOf(normalized: string): Views {
	const folded = foldForMatching(normalized)
	const leet = foldLeetspeak(folded)
	return {
		folded,
		text: leet === folded ? [folded] : [folded, leet],
		compact: SPACED_OUT.test(folded) ? compactLetters(folded) : null,
	}
}

function ruleWeight(rule: GuardRule, source: Source) {
	return source === 'document' ? (rule.documentWeight ?? rule.weight) : rule.weight
}

function matchRules(views: Views, source: Source): Hit[] {
	const hits: Hit[] = []
	for (const rule of guardRules) {
		const weight = ruleWeight(rule, source)
		if (weight <= 0) continue
		const targets = rule.view === 'compact' ? (views.compact === null ? [] : [views.compact]) : views.text
		const matched = rule.patterns.some((pattern) => targets.some((target) => pattern.test(target)))
		if (!matched) continue
		if (rule.requires && !rule.requires.every((pattern) => pattern.test(views.folded))) continue
		hits.push({ rule, weight })
	}
	return hits
}

function familyScores(hits: Hit[]) {
	const byFamily = new Map<GuardFamily, number[]>()
	for (const hit of hits) {
		const weights = byFamily.get(hit.rule.rule) ?? []
		weights.push(hit.weight)
		byFamily.set(hit.rule.rule, weights)
	}
	const scores = new Map<GuardFamily, number>()
	for (const [family, weights] of byFamily) {
		const [strongest = 0, ...others] = weights.sort((a, b) => b - a)
		scores.set(family, strongest + others.reduce((sum, weight) => sum + weight / 2, 0))
	}
	return scores
}

// ——— Encoded payloads ———

const BASE64_BLOB = /[A-Za-z0-9+/_-]{20,}(?:\n[A-Za-z0-9+/_-]{20,})*={0,2}/g
const HEX_BLOB = /(?:\\x)?[0-9a-fA-F]{2}(?:(?:[\s:]|\\x)?[0-9a-fA-F]{2}){11,}/g
const ROT13_HINT = /\b(?:rot-?13|rot 13|cesar|caesar)\b/u
const READABLE = /[\p{L}\p{N}\s.,;:!?'"()«»’\-/@]/u

function isReadable(text: string) {
	if (text.length < 12 || !/\s\S+\s/.test(text)) return false
	const characters = [...text]
	const readable = characters.filter((character) => READABLE.test(character)).length
	return readable / characters.length >= 0.9
}

function utf8(bytes: Uint8Array) {
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
	} catch {
		return null
	}
}

function fromBase64(blob: string) {
	const standard = blob.replace(/\s+/g, '').replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '')
	if (standard.length % 4 === 1) return null
	try {
		const binary = atob(standard.padEnd(Math.ceil(standard.length / 4) * 4, '='))
		return utf8(Uint8Array.from(binary, (character) => character.charCodeAt(0)))
	} catch {
		return null
	}
}

function fromHex(blob: string) {
	const digits = blob.replace(/\\x|[\s:]/g, '')
	if (digits.length % 2 !== 0) return null
	const bytes = new Uint8Array(digits.length / 2)
	for (let index = 0; index < bytes.length; index++) bytes[index] = Number.parseInt(digits.slice(index * 2, index * 2 + 2), 16)
	return utf8(bytes)
}

function rot13(text: string) {
	return text.replace(/[a-z]/gi, (letter) => {
		const base = letter <= 'Z' ? 65 : 97
		return String.fromCharCode(((letter.charCodeAt(0) - base + 13) % 26) + base)
	})
}

/** Readable texts hidden in the message: base64 and hex blobs, and the whole message read through ROT13 when it mentions it. */
function hiddenTexts(normalized: string, folded: string) {
	const found: string[] = []
	for (const [blob] of normalized.matchAll(BASE64_BLOB)) {
		const decoded = fromBase64(blob)
		if (decoded && isReadable(decoded)) found.push(decoded)
	}
	for (const [blob] of normalized.matchAll(HEX_BLOB)) {
		const decoded = fromHex(blob)
		if (decoded && isReadable(decoded)) found.push(decoded)
	}
	if (ROT13_HINT.test(folded)) found.push(rot13(normalized))
	return found
}

const decodedInstructions: GuardRule = {
	rule: 'encoded_payload',
	detail: 'An encoded blob decodes to text that matches the injection rules',
	weight: 8,
	patterns: [],
}

const readableBlob: GuardRule = {
	rule: 'encoded_payload',
	detail: 'Contains an encoded blob that decodes to readable text',
	weight: 2,
	patterns: [],
}

function encodedHits(normalized: string, folded: string, source: Source): Hit[] {
	const texts = hiddenTexts(normalized, folded)
	if (texts.length === 0) return []
	const instructive = texts.some((text) => {
		const scores = familyScores(matchRules(viewsOf(normalizeText(text)), source))
		return Math.max(0, ...scores.values()) >= FLAG_THRESHOLD
	})
	return instructive ? [{ rule: decodedInstructions, weight: decodedInstructions.weight }] : [{ rule: readableBlob, weight: readableBlob.weight }]
}

// ——— Verdict ———

function verdictFor(score: number): GuardVerdict {
	if (score >= BLOCK_THRESHOLD) return 'block'
	if (score >= FLAG_THRESHOLD) return 'flag'
	return 'allow'
}

/** Screens one message or pasted document; reasons name rule families and never quote the text. */
export function screenText(text: string, options: ScreenOptions = {}): GuardResult {
	const source: Source = options.source ?? 'user'
	const normalized = normalizeText(text)
	const views = viewsOf(normalized)
	const hits = [...matchRules(views, source), ...encodedHits(normalized, views.folded, source)]
	const scores = familyScores(hits)

	const raw = [...scores.values()].reduce((sum, score) => sum + score, 0)
	const clearFamilies = [...scores.values()].filter((score) => score >= FAMILY_FLOOR).length
	const bonus = COOCCURRENCE_BONUS * Math.max(0, clearFamilies - 1)
	const sensitivity = source === 'document' ? DOCUMENT_SENSITIVITY : 1
	const score = Math.round((raw + bonus) * sensitivity * 100) / 100

	const reasons: GuardReason[] = hits
		.sort((a, b) => b.weight - a.weight)
		.map((hit) => ({ rule: hit.rule.rule, detail: hit.rule.detail, weight: hit.weight }))

	return { verdict: verdictFor(score), score, reasons, normalized }
}
