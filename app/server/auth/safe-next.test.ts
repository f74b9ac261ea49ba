import { describe, expect, test } from 'vitest'
import { safeNext } from './auth.server.ts'

describe('safeNext', () => {
	test('keeps paths of our own site', () => {
		expect(safeNext('/compte?onglet=profil')).toBe('/compte?onglet=profil')
	})
	test('turns an absolute URL on our own origin into a path', () => {
		expect(safeNext('http://localhost:3000/cv?onglet=2')).toBe('/cv?onglet=2')
	})
	test('refuses other sites, protocol-relative and backslash tricks', () => {
		for (const next of ['https://evil.example', '//evil.example', '/\\evil.example', 'javascript:alert(1)', '']) {
			expect(safeNext(next)).toBe('/letters')
		}
	})
})
