// Measures the detector against an annotated corpus (tests/corpora/pii). An
// entity counts as found only when a span of the same type has exactly its
// text: a name missing its surname or an address missing its city is a miss.
import type { PiiType } from '../types.ts'
import { findPii } from './detect.ts'

export type PiiSample = { id: string; text: string; entities: { type: PiiType; value: string }[] }

export type PiiScore = { expected: number; found: number; truePositives: number; recall: number; precision: number }

export type PiiEvaluation = {
	byType: Partial<Record<PiiType, PiiScore>>
	overall: PiiScore
	/** Sample ids with a miss or a false alarm, to look at; values are never included. */
	imperfect: string[]
}

function score(expected: number, found: number, truePositives: number): PiiScore {
	return {
		expected,
		found,
		truePositives,
		recall: expected === 0 ? 1 : truePositives / expected,
		precision: found === 0 ? 1 : truePositives / found,
	}
}

function normalise(value: string): string {
	return value.trim().replace(/\s+/g, ' ')
}

/** Per-type and micro-averaged recall and precision of `findPii` on annotated samples. */
export function evaluatePii(samples: readonly PiiSample[]): PiiEvaluation {
	const totals = new Map<PiiType, { expected: number; found: number; truePositives: number }>()
	const imperfect: string[] = []
	const totalFor = (type: PiiType) => {
		let total = totals.get(type)
		if (!total) {
			total = { expected: 0, found: 0, truePositives: 0 }
			totals.set(type, total)
		}
		return total
	}
	for (const sample of samples) {
		const expected = new Map<string, number>()
		for (const entity of sample.entities) {
			const key = `${entity.type}\u0000${normalise(entity.value)}`
			expected.set(key, (expected.get(key) ?? 0) + 1)
			totalFor(entity.type).expected++
		}
		let sampleHits = 0
		const spans = findPii(sample.text)
		for (const found of spans) {
			const total = totalFor(found.type)
			total.found++
			const key = `${found.type}\u0000${normalise(found.value)}`
			const remaining = expected.get(key) ?? 0
			if (remaining > 0) {
				expected.set(key, remaining - 1)
				total.truePositives++
				sampleHits++
			}
		}
		if (sampleHits !== sample.entities.length || spans.length !== sample.entities.length) imperfect.push(sample.id)
	}
	const byType: Partial<Record<PiiType, PiiScore>> = {}
	let expected = 0
	let found = 0
	let truePositives = 0
	for (const [type, total] of totals) {
		byType[type] = score(total.expected, total.found, total.truePositives)
		expected += total.expected
		found += total.found
		truePositives += total.truePositives
	}
	return { byType, overall: score(expected, found, truePositives), imperfect }
}

/** One sample per non-empty line; a malformed line throws with its line number. */
export function parseJsonl(text: string): PiiSample[] {
	const samples: PiiSample[] = []
	const lines = text.split(/\r?\n/)
	lines.forEach((line, index) => {
		if (line.trim() === '') return
		let parsed: unknown
		try {
			parsed = JSON.parse(line)
		} catch (cause) {
			throw new Error(`Line ${index + 1} is not valid JSON`, { cause })
		}
		const sample = parsed as PiiSample
		if (typeof sample?.id !== 'string' || typeof sample.text !== 'string' || !Array.isArray(sample.entities)) {
			throw new Error(`Line ${index + 1} is not a { id, text, entities } sample`)
		}
		samples.push(sample)
	})
	return samples
}
