// One anonymiser per AI request: it masks every text that leaves for the
// provider (the CV, the question, the history) with the same vault, so one
// person or one phone number keeps one placeholder across all of them, and it
// puts the real values back into the answer, streamed or not. The vault lives
// in memory for the request only; nothing here writes a value anywhere.
import type { PiiType, PiiVault } from '../types.ts'
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

export class Anonymizer {
	readonly #vault: PiiVault = new Map()
	readonly #placeholderByValue = new Map<string, string>()
	readonly #lastNumber = new Map<PiiType, number>()
	readonly #counts: Partial<Record<PiiType, number>> = {}

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

	/** The text with every piece of personal data replaced by its typed placeholder. */
	mask(text: string): string {
		let masked = ''
		let position = 0
		for (const found of findPii(text)) {
			masked += text.slice(position, found.start) + this.#placeholderFor(found.type, found.value)
			this.#counts[found.type] = (this.#counts[found.type] ?? 0) + 1
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
