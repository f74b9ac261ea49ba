import { expect, test } from 'vitest'
import { formatDateTime, formatLongDate, formatShortDay } from './format.ts'

test('dates read as French writes them, in Paris time', () => {
	expect(formatLongDate('2026-11-21T10:00:00Z')).toBe('21 novembre 2026')
	expect(formatLongDate('2026-12-01T08:00:00Z')).toBe('1er décembre 2026')
	// 23:30 UTC on 31 December is already 1 January in Paris.
	expect(formatLongDate(new Date('2026-12-31T23:30:00Z'))).toBe('1er janvier 2027')
	expect(formatLongDate('pas une date')).toBe('')
})

test('a day (yyyy-mm-dd) reads short, and stays the same day whatever the time zone', () => {
	expect(formatShortDay('2026-11-22')).toBe('22 nov. 2026')
	expect(formatShortDay('2026-12-01')).toBe('1er déc. 2026')
	expect(formatShortDay('2027-01-01')).toBe('1er janv. 2027')
	expect(formatShortDay('22/11/2026')).toBe('')
	expect(formatShortDay('2026-13-40')).toBe('')
})

test('a moment reads with its Paris hour, spaced as French writes it', () => {
	expect(formatDateTime('2026-11-22T13:05:00Z')).toBe('22 novembre 2026 à 14\u00a0h\u00a005')
	// Summer time: UTC+2, and the day turns over in Paris before it does in UTC.
	expect(formatDateTime('2026-06-30T22:30:00Z')).toBe('1er juillet 2026 à 00\u00a0h\u00a030')
	expect(formatDateTime('pas une date')).toBe('')
})
