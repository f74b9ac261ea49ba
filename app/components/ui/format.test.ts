import { expect, test } from 'vitest'
import { formatLongDate } from './format.ts'

test('dates read as French writes them, in Paris time', () => {
	expect(formatLongDate('2026-11-21T10:00:00Z')).toBe('21 novembre 2026')
	expect(formatLongDate('2026-12-01T08:00:00Z')).toBe('1er décembre 2026')
	// 23:30 UTC on 31 December is already 1 January in Paris.
	expect(formatLongDate(new Date('2026-12-31T23:30:00Z'))).toBe('1er janvier 2027')
	expect(formatLongDate('pas une date')).toBe('')
})
