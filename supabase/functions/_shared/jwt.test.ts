import { describe, expect, test } from 'vitest'
import { signJwt, verifyJwt } from './jwt.ts'

const secret = 'a-secret-that-is-long-enough-for-hs256-signing'

describe('HS256 tokens', () => {
	test('a signed token verifies with the same secret', async () => {
		const token = await signJwt({ sub: 'user-1', exp: Math.floor(Date.now() / 1000) + 60, role: 'authenticated' }, secret)
		expect(await verifyJwt(token, secret)).toMatchObject({ sub: 'user-1', role: 'authenticated' })
	})
	test('a token signed with another secret, tampered with, or expired is refused', async () => {
		const exp = Math.floor(Date.now() / 1000) + 60
		const token = await signJwt({ sub: 'user-1', exp }, secret)
		expect(await verifyJwt(token, 'another-secret-that-is-long-enough-too')).toBeNull()
		const [header, , signature] = token.split('.')
		const forgedPayload = Buffer.from(JSON.stringify({ sub: 'admin', exp })).toString('base64url')
		expect(await verifyJwt(`${header}.${forgedPayload}.${signature}`, secret)).toBeNull()
		const expired = await signJwt({ sub: 'user-1', exp: Math.floor(Date.now() / 1000) - 1 }, secret)
		expect(await verifyJwt(expired, secret)).toBeNull()
	})
	test('an unsigned ("alg": "none") token is refused', async () => {
		const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')
		const payload = Buffer.from(JSON.stringify({ sub: 'x', exp: 9999999999 })).toString('base64url')
		expect(await verifyJwt(`${header}.${payload}.`, secret)).toBeNull()
	})
})
