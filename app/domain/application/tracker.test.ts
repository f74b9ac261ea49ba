import { describe, expect, test } from 'vitest'
import { followUpDue, parisToday, sentDates, suggestedFollowUp } from './tracker.ts'

describe('application tracker', () => {
	test('suggests a follow-up ten days after sending, across a month end', () => {
		expect(suggestedFollowUp('2026-11-25')).toBe('2026-12-05')
	})

	test('a follow-up is due on its day and after, only while the application is open', () => {
		const sent = { status: 'envoyee' as const, nextFollowUpOn: '2026-11-22' }
		expect(followUpDue(sent, '2026-11-21')).toBe(false)
		expect(followUpDue(sent, '2026-11-22')).toBe(true)
		expect(followUpDue(sent, '2026-12-01')).toBe(true)
		expect(followUpDue({ ...sent, status: 'refus' }, '2026-12-01')).toBe(false)
		expect(followUpDue({ ...sent, nextFollowUpOn: null }, '2026-12-01')).toBe(false)
	})

	test('today is the Paris date, not the UTC one', () => {
		expect(parisToday(new Date('2026-11-21T23:30:00Z'))).toBe('2026-11-22')
	})

	test('marked sent: sent today unless the date is known, a follow-up ten days after unless one is planned', () => {
		expect(sentDates({ sentOn: null, nextFollowUpOn: null }, '2026-11-22')).toEqual({ sentOn: '2026-11-22', nextFollowUpOn: '2026-12-02' })
		expect(sentDates({ sentOn: '2026-11-15', nextFollowUpOn: null }, '2026-11-22')).toEqual({ sentOn: '2026-11-15', nextFollowUpOn: '2026-11-25' })
		expect(sentDates({ sentOn: '2026-11-15', nextFollowUpOn: '2026-11-30' }, '2026-11-22')).toEqual({
			sentOn: '2026-11-15',
			nextFollowUpOn: '2026-11-30',
		})
	})
})
