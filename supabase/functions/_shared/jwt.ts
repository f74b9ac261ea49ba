// HS256 JSON Web Tokens with Web Crypto only, so the app (Node) and the Edge
// Functions (Deno) sign and verify the same tokens with the same secret, as
// Supabase does with a project's JWT secret.

export type JwtClaims = {
	sub: string
	exp: number
	iat?: number
	role?: string
	email?: string
	session_id?: string
	[key: string]: unknown
}

const encoder = new TextEncoder()

function base64url(bytes: Uint8Array): string {
	let binary = ''
	for (const byte of bytes) binary += String.fromCharCode(byte)
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

function fromBase64url(text: string): Uint8Array<ArrayBuffer> {
	const padded = text.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((text.length + 3) % 4)
	const binary = atob(padded)
	const bytes = new Uint8Array(binary.length)
	for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index)
	return bytes
}

async function hmacKey(secret: string) {
	return crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
		'sign',
		'verify',
	])
}

export async function signJwt(claims: JwtClaims, secret: string): Promise<string> {
	const header = base64url(encoder.encode(JSON.stringify({ alg: 'HS256', typ: 'JWT' })))
	const payload = base64url(encoder.encode(JSON.stringify(claims)))
	const signature = await crypto.subtle.sign('HMAC', await hmacKey(secret), encoder.encode(`${header}.${payload}`))
	return `${header}.${payload}.${base64url(new Uint8Array(signature))}`
}

/** Returns the claims of a well-signed, unexpired HS256 token, or null. */
export async function verifyJwt(token: string, secret: string, now = Date.now()): Promise<JwtClaims | null> {
	const parts = token.split('.')
	if (parts.length !== 3) return null
	const [header, payload, signature] = parts as [string, string, string]
	try {
		const parsedHeader = JSON.parse(new TextDecoder().decode(fromBase64url(header)))
		if (parsedHeader.alg !== 'HS256') return null
		const valid = await crypto.subtle.verify(
			'HMAC',
			await hmacKey(secret),
			fromBase64url(signature),
			encoder.encode(`${header}.${payload}`),
		)
		if (!valid) return null
		const claims = JSON.parse(new TextDecoder().decode(fromBase64url(payload))) as JwtClaims
		if (typeof claims.sub !== 'string' || typeof claims.exp !== 'number') return null
		if (claims.exp * 1000 <= now) return null
		return claims
	} catch {
		return null
	}
}
