import { describe, expect, test } from 'vitest'
import { detectLanguage } from './language.ts'

describe('detectLanguage', () => {
	test('French, with English tool names, stays French', () => {
		expect(detectLanguage('Vous développez les API back-end en Node.js et TypeScript avec une équipe agile (Scrum, code review).')).toBe(
			'fr',
		)
	})

	test('an offer written in English', () => {
		expect(
			detectLanguage('What you will do: design and build our REST APIs in Node.js, and take part in code reviews with the team.'),
		).toBe('en')
	})
})
