import { describe, expect, test } from 'vitest'
import { describeLimit, meterPercent, parseQuotaDetail, planLimitLine, quotaRefusalMessage } from './quota.ts'

describe('plan limits in French', () => {
	test('reads like the pricing table', () => {
		expect(describeLimit('letters_generated', 'month', 3)).toBe('3\u00a0lettres par mois')
		expect(describeLimit('iris_conversations', 'day', 1)).toBe('1\u00a0conversation avec Iris par jour')
		expect(describeLimit('cvs', 'total', 1)).toBe('1\u00a0CV au total')
		expect(describeLimit('cvs', 'total', null)).toBe('Illimité')
		expect(describeLimit('premium_templates', 'total', 0)).toBe('Non inclus')
		expect(planLimitLine('iris_conversations', 'day', null)).toBe('Conversations avec Iris\u00a0: sans limite')
		expect(planLimitLine('letters_generated', 'month', 50)).toBe('50\u00a0lettres par mois')
	})
})

describe('the refusal a person reads', () => {
	test('names the limit and when it resets', () => {
		const detail = parseQuotaDetail('{"capability":"letters_generated","plan":"gratuit","period":"month","limit":3,"used":3}')
		expect(quotaRefusalMessage(detail)).toBe(
			'Vous avez atteint la limite de votre offre (3\u00a0lettres par mois). Le compteur repart le 1er du mois prochain\u00a0; Premium vous permet de continuer dès maintenant.',
		)
		expect(quotaRefusalMessage(parseQuotaDetail('{"capability":"iris_conversations","period":"day","limit":5}'))).toContain(
			'demain',
		)
		expect(quotaRefusalMessage(parseQuotaDetail('{"capability":"premium_templates","period":"total","limit":0}'))).toBe(
			'Les modèles premium sont réservés à l’offre Premium.',
		)
	})
	test('stays helpful when the detail is missing or garbled', () => {
		expect(parseQuotaDetail('pas du json')).toBeNull()
		expect(quotaRefusalMessage(null)).toContain('Premium')
	})
})

describe('meters', () => {
	test('fill up to the limit and stop there', () => {
		expect(meterPercent(1, 3)).toBe(33)
		expect(meterPercent(5, 3)).toBe(100)
		expect(meterPercent(4, null)).toBeNull()
	})
})
