import fs from 'node:fs'
import { describe, expect, test } from 'vitest'
import type { PiiType } from '../types.ts'
import { evaluatePii, parseJsonl } from './evaluate.ts'

// Only the dev split is read here: the test split is held out, measured by
// hand once, so the detector is never tuned against it.
const devCorpus = new URL('../../../../../tests/corpora/pii/dev.jsonl', import.meta.url)
const samples = parseJsonl(fs.readFileSync(devCorpus, 'utf8'))
const evaluation = evaluatePii(samples)

const allTypes: PiiType[] = [
	'EMAIL',
	'TELEPHONE',
	'NIR',
	'IBAN',
	'SIRET',
	'SIREN',
	'CARTE',
	'ADRESSE',
	'CODE_POSTAL',
	'DATE_NAISSANCE',
	'PERSONNE',
]

describe('PII corpus, dev split', () => {
	test('the corpus is well formed: every value is a substring of its text', () => {
		expect(samples.length).toBeGreaterThan(100)
		for (const sample of samples) {
			for (const entity of sample.entities) {
				expect(allTypes).toContain(entity.type)
				expect(sample.text.includes(entity.value), sample.id).toBe(true)
			}
		}
	})

	test.each(allTypes)('%s: recall and precision of at least 0.9', (type) => {
		const score = evaluation.byType[type]
		expect(score?.expected ?? 0).toBeGreaterThan(0)
		expect(score?.recall).toBeGreaterThanOrEqual(0.9)
		expect(score?.precision).toBeGreaterThanOrEqual(0.9)
	})

	test('overall recall of at least 0.95', () => {
		expect(evaluation.overall.recall).toBeGreaterThanOrEqual(0.95)
	})
})

describe('evaluatePii', () => {
	test('counts exact matches per type, false alarms and misses', () => {
		const result = evaluatePii([
			{
				id: 'a',
				text: 'Claire Martin, 06 12 34 56 78',
				entities: [
					{ type: 'PERSONNE', value: 'Claire Martin' },
					{ type: 'TELEPHONE', value: '06 12 34 56 78' },
				],
			},
			{ id: 'b', text: 'Écrire à Sophie Bernard', entities: [{ type: 'EMAIL', value: 'Sophie Bernard' }] },
			{ id: 'c', text: 'Rien ici : 35 000 € brut.', entities: [] },
		])
		expect(result.byType.PERSONNE).toEqual({ expected: 1, found: 2, truePositives: 1, recall: 1, precision: 0.5 })
		expect(result.byType.EMAIL).toEqual({ expected: 1, found: 0, truePositives: 0, recall: 0, precision: 1 })
		expect(result.overall).toEqual({ expected: 3, found: 3, truePositives: 2, recall: 2 / 3, precision: 2 / 3 })
		expect(result.imperfect).toEqual(['b'])
	})

	test('parseJsonl skips blank lines and names the malformed one', () => {
		expect(parseJsonl('{"id":"x","text":"t","entities":[]}\n\n')).toHaveLength(1)
		expect(() => parseJsonl('{"id":"x","text":"t","entities":[]}\nnot json')).toThrow('Line 2')
		expect(() => parseJsonl('{"id":"x"}')).toThrow('Line 1')
	})
})
