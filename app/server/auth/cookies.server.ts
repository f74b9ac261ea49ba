import { parse, serialize, type SerializeOptions } from 'cookie'
import { env } from '../env.server.ts'

export const SESSION_COOKIE = 'phoenix_session'

export function cookieOptions(maxAgeSeconds: number): SerializeOptions {
	return {
		httpOnly: true,
		sameSite: 'lax',
		secure: env().NODE_ENV === 'production',
		path: '/',
		maxAge: maxAgeSeconds,
	}
}

export function readCookies(request: Request): Record<string, string | undefined> {
	return parse(request.headers.get('cookie') ?? '')
}

export function setCookie(headers: Headers, name: string, value: string, options: SerializeOptions) {
	headers.append('Set-Cookie', serialize(name, value, options))
}

export function clearCookie(headers: Headers, name: string) {
	headers.append('Set-Cookie', serialize(name, '', { ...cookieOptions(0), expires: new Date(0) }))
}
