import { describe, expect, test } from 'vitest'
import { parseEnv } from './env.server.ts'

const valid = {
	APP_URL: 'http://localhost:3000',
	DATABASE_URL: 'postgresql://postgres:postgres@127.0.0.1:54322/postgres',
	SESSION_SECRET: 'x'.repeat(32),
	JWT_SECRET: 'y'.repeat(32),
}

describe('environment validation', () => {
	test('accepts a complete embedded configuration and fills defaults', () => {
		expect(parseEnv(valid)).toMatchObject({ AUTH_MODE: 'embedded', SMTP_PORT: 54325 })
	})
	test('names the bad variable', () => {
		expect(() => parseEnv({ ...valid, SESSION_SECRET: 'court' })).toThrow(/SESSION_SECRET: must be at least 32 characters/)
		expect(() => parseEnv({ ...valid, APP_URL: 'pas une url' })).toThrow(/APP_URL/)
		expect(() => parseEnv({ ...valid, SMTP_PORT: '99999' })).toThrow(/SMTP_PORT/)
	})
	test('Supabase mode needs its project URL and anon key', () => {
		expect(() => parseEnv({ ...valid, AUTH_MODE: 'supabase' })).toThrow(/SUPABASE_URL: is required when AUTH_MODE=supabase/)
	})
})
