// Measures the screener on a labelled corpus (tests/corpora/injection).
// "Detected" means block or flag: both change what the model sees. A false
// positive is a benign sample that got either verdict.
import { screenText } from './screen.ts'

export type GuardSample = {
	id: string
	text: string
	label: 'attack' | 'benign'
	category?: string
	source?: 'user' | 'document'
	lang?: string
}

export type GuardEvaluation = {
	total: number
	attacks: number
	benign: number
	detected: number
	falsePositives: number
	detectionRate: number
	falsePositiveRate: number
	/** Per category, attack and benign alike: for a benign category, `detected` counts false alarms. */
	byCategory: Record<string, { total: number; detected: number }>
	/** Ids of attacks that were allowed. */
	misses: string[]
	/** Ids of benign samples that were flagged or blocked. */
	falseAlarms: string[]
}

export function evaluateGuard(samples: GuardSample[]): GuardEvaluation {
	const byCategory: GuardEvaluation['byCategory'] = {}
	const misses: string[] = []
	const falseAlarms: string[] = []
	let attacks = 0
	let detected = 0
	for (const sample of samples) {
		const caught = screenText(sample.text, { source: sample.source ?? 'user' }).verdict !== 'allow'
		const category = sample.category ?? sample.label
		const tally = (byCategory[category] ??= { total: 0, detected: 0 })
		tally.total++
		if (caught) tally.detected++
		if (sample.label === 'attack') {
			attacks++
			if (caught) detected++
			else misses.push(sample.id)
		} else if (caught) {
			falseAlarms.push(sample.id)
		}
	}
	const benign = samples.length - attacks
	return {
		total: samples.length,
		attacks,
		benign,
		detected,
		falsePositives: falseAlarms.length,
		detectionRate: attacks === 0 ? 0 : detected / attacks,
		falsePositiveRate: benign === 0 ? 0 : falseAlarms.length / benign,
		byCategory,
		misses,
		falseAlarms,
	}
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** One sample per non-blank line; throws with the line number on anything malformed, so a broken corpus never scores silently. */
export function parseJsonl(text: string): GuardSample[] {
	const samples: GuardSample[] = []
	const lines = text.split(/\r?\n/)
	for (const [index, line] of lines.entries()) {
		if (line.trim() === '') continue
		let value: unknown
		try {
			value = JSON.parse(line)
		} catch (error) {
			throw new Error(`line ${index + 1}: invalid JSON`, { cause: error })
		}
		if (!isRecord(value)) throw new Error(`line ${index + 1}: expected an object`)
		const { id, text: sampleText, label, category, source, lang } = value
		if (typeof id !== 'string' || id === '') throw new Error(`line ${index + 1}: missing id`)
		if (typeof sampleText !== 'string') throw new Error(`line ${index + 1}: missing text`)
		if (label !== 'attack' && label !== 'benign') throw new Error(`line ${index + 1}: label must be "attack" or "benign"`)
		if (source !== undefined && source !== 'user' && source !== 'document') throw new Error(`line ${index + 1}: source must be "user" or "document"`)
		samples.push({
			id,
			text: sampleText,
			label,
			...(typeof category === 'string' ? { category } : {}),
			...(source ? { source } : {}),
			...(typeof lang === 'string' ? { lang } : {}),
		})
	}
	return samples
}
