import { describe, expect, test } from 'vitest'
import { contentSecurityPolicy, isSameOriginRequest } from './security.server.ts'

const appUrl = 'https://phoenix.example'
const post = (headers: Record<string, string>) =>
	new Request('https://phoenix.example/compte', { method: 'POST', headers, body: 'a=1' })

describe('CSRF origin check', () => {
	test('accepts a form posted from our own origin', () => {
		expect(isSameOriginRequest(post({ origin: 'https://phoenix.example' }), appUrl)).toBe(true)
	})
	test('refuses a form posted from another site', () => {
		expect(isSameOriginRequest(post({ origin: 'https://evil.example' }), appUrl)).toBe(false)
	})
	test('falls back to the referer, and refuses a post with neither header', () => {
		expect(isSameOriginRequest(post({ referer: 'https://phoenix.example/connexion' }), appUrl)).toBe(true)
		expect(isSameOriginRequest(post({ referer: 'https://evil.example/x' }), appUrl)).toBe(false)
		expect(isSameOriginRequest(post({}), appUrl)).toBe(false)
		expect(isSameOriginRequest(post({ origin: 'null' }), appUrl)).toBe(false)
	})
	test('lets reads through', () => {
		expect(isSameOriginRequest(new Request('https://phoenix.example/letters'), appUrl)).toBe(true)
	})
})

describe('content security policy', () => {
	test('scripts run only with the request nonce; no framing, no plugins', () => {
		const policy = contentSecurityPolicy('abc123', false)
		expect(policy).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'")
		expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/)
		expect(policy).toContain("frame-ancestors 'none'")
		expect(policy).toContain("object-src 'none'")
	})
})
