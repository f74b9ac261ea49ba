import { createHash, createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto'

export const MAGIC_LINK_TTL_MINUTES = 15
export const MAX_CODE_ATTEMPTS = 5

export function newLinkToken() {
	return randomBytes(32).toString('base64url')
}

export function newCode() {
	return String(randomInt(0, 1_000_000)).padStart(6, '0')
}

export function hashToken(token: string) {
	return createHash('sha256').update(token).digest('hex')
}

/** Codes are short, so their hash is keyed: a leaked table cannot be brute-forced offline. */
export function hashCode(code: string, email: string, secret: string) {
	return createHmac('sha256', secret).update(`${email}:${code}`).digest('hex')
}

export function sameHash(a: string, b: string) {
	const left = Buffer.from(a, 'hex')
	const right = Buffer.from(b, 'hex')
	return left.length === right.length && timingSafeEqual(left, right)
}

export function normalizeEmail(email: string) {
	return email.trim().toLowerCase()
}
