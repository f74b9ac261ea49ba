// One anonymiser per AI request: it masks every text that leaves for the
// provider (the CV, the question, the history) with the same vault, so one
// person or one phone number keeps one placeholder across all of them, and it
// puts the real values back into the answer, streamed or not. The vault lives
// in memory for the request only; nothing here writes a value anywhere.
import type { PiiSpan, PiiType, PiiVault } from '../types.ts'
import { findPii } from './detect.ts'

/** A placeholder exactly as we write it: « [PERSONNE_1] ». */
const placeholderPattern =
	/\[(?:PERSONNE|TELEPHONE|EMAIL|NIR|IBAN|SIRET|SIREN|CARTE|ADRESSE|CODE_POSTAL|DATE_NAISSANCE)_\d+\]/g

/** The form under which two writings of one value are the same value (« 06 12… » and « +33 6 12… »). */
function sameValueKey(type: PiiType, value: string): string {
	switch (type) {
		case 'TELEPHONE': {
			const written = value.replace(/\(0\)/, '').trim()
			const digits = written.replace(/\D/g, '')
			if (digits.startsWith('0033')) return `0${digits.slice(4)}`
			if (/^\(?\+33/.test(written)) return `0${digits.slice(2)}`
			return digits
		}
		case 'NIR':
		case 'IBAN':
		case 'SIRET':
		case 'SIREN':
		case 'CARTE':
		case 'CODE_POSTAL':
			return value.replace(/[^0-9A-Za-z]/g, '').toUpperCase()
		default:
			return value.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('fr')
	}
}

export type StreamRestorer = {
	/** The restored text that can be shown now; a possible placeholder cut at the end of the chunk is held back. */
	push(chunk: string): string
	/** Whatever was held back, restored: call once when the stream ends. */
	flush(): string
}

function escapeRegExp(text: string) {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** A literal value as a pattern: any run of blanks for a blank, either apostrophe, never inside a longer word. */
function literalPattern(value: string): string {
	const body = escapeRegExp(value).replace(/\s+/g, '[\\s\u00A0\u202F]+').replace(/['’]/g, "['’]")
	return `(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`
}

type DeclaredValue = { type: PiiType; pattern: RegExp }

/** Detected and declared spans together: the longest wins an overlap, then a declared one. */
function resolveSpans(declared: PiiSpan[], detected: PiiSpan[]): PiiSpan[] {
	const ordered = [...declared.map((span) => ({ span, declared: 0 })), ...detected.map((span) => ({ span, declared: 1 }))].sort(
		(a, b) => b.span.end - b.span.start - (a.span.end - a.span.start) || a.declared - b.declared || a.span.start - b.span.start,
	)
	const kept: PiiSpan[] = []
	for (const { span } of ordered) {
		if (kept.every((other) => span.end <= other.start || other.end <= span.start)) kept.push(span)
	}
	return kept.sort((a, b) => a.start - b.start)
}

export class Anonymizer {
	readonly #vault: PiiVault = new Map()
	readonly #placeholderByValue = new Map<string, string>()
	readonly #lastNumber = new Map<PiiType, number>()
	readonly #counts: Partial<Record<PiiType, number>> = {}
	readonly #declared: DeclaredValue[] = []

	#placeholderFor(type: PiiType, value: string): string {
		const key = `${type}\u0000${sameValueKey(type, value)}`
		const known = this.#placeholderByValue.get(key)
		if (known) return known
		const number = (this.#lastNumber.get(type) ?? 0) + 1
		this.#lastNumber.set(type, number)
		const placeholder = `[${type}_${number}]`
		this.#placeholderByValue.set(key, placeholder)
		this.#vault.set(placeholder, value)
		return placeholder
	}

	#count(type: PiiType) {
		this.#counts[type] = (this.#counts[type] ?? 0) + 1
	}

	/**
	 * A value known to be personal data whatever its context — the person's own name from their profile,
	 * which no « Je m’appelle » introduces and which the lexicon may not know. It is masked wherever it
	 * appears in this request, whatever the case; each word of a name (three letters or more) is masked
	 * too when it stands capitalised on its own (« Claire » in « Claire, infirmière… »). Returns the placeholder.
	 */
	declare(type: PiiType, value: string): string {
		const trimmed = value.normalize('NFC').replace(/\s+/g, ' ').trim()
		if (!trimmed) return value
		this.#declared.push({ type, pattern: new RegExp(literalPattern(trimmed), 'giu') })
		if (type === 'PERSONNE') {
			for (const word of trimmed.split(' ')) {
				if ([...word].length < 3 || word === trimmed) continue
				const capitalised = word.charAt(0).toLocaleUpperCase('fr') + word.slice(1).toLocaleLowerCase('fr')
				const forms = [...new Set([capitalised, word.toLocaleUpperCase('fr')])].map(literalPattern)
				this.#declared.push({ type, pattern: new RegExp(forms.join('|'), 'gu') })
			}
		}
		this.#count(type)
		return this.#placeholderFor(type, trimmed)
	}

	#declaredSpans(text: string): PiiSpan[] {
		const spans: PiiSpan[] = []
		for (const { type, pattern } of this.#declared) {
			for (const match of text.matchAll(pattern)) {
				spans.push({ type, start: match.index, end: match.index + match[0].length, value: match[0] })
			}
		}
		return spans
	}

	/** The text with every piece of personal data replaced by its typed placeholder. */
	mask(text: string): string {
		let masked = ''
		let position = 0
		const spans = this.#declared.length > 0 ? resolveSpans(this.#declaredSpans(text), findPii(text)) : findPii(text)
		for (const found of spans) {
			masked += text.slice(position, found.start) + this.#placeholderFor(found.type, found.value)
			this.#count(found.type)
			position = found.end
		}
		return masked + text.slice(position)
	}

	/** The text with our placeholders replaced by the original values; unknown or altered placeholders are left as written. */
	restore(text: string): string {
		return text.replace(placeholderPattern, (placeholder) => this.#vault.get(placeholder) ?? placeholder)
	}

	/** True when `tail` is the beginning of one of our placeholders, so more chunks may complete it. */
	#mayBecomePlaceholder(tail: string): boolean {
		for (const placeholder of this.#vault.keys()) {
			if (placeholder.length > tail.length && placeholder.startsWith(tail)) return true
		}
		return false
	}

	/** Restores a streamed answer chunk by chunk, including placeholders split across chunks. */
	streamRestorer(): StreamRestorer {
		let held = ''
		return {
			push: (chunk: string) => {
				held += chunk
				const open = held.lastIndexOf('[')
				const cut = open !== -1 && this.#mayBecomePlaceholder(held.slice(open)) ? open : held.length
				const ready = held.slice(0, cut)
				held = held.slice(cut)
				return this.restore(ready)
			},
			flush: () => {
				const rest = held
				held = ''
				return this.restore(rest)
			},
		}
	}

	/** A copy of placeholder → original value, for this request only. */
	get vault(): PiiVault {
		return new Map(this.#vault)
	}

	/** How many spans of each type were masked, over every `mask` call of this instance. */
	get counts(): Partial<Record<PiiType, number>> {
		return { ...this.#counts }
	}
}
