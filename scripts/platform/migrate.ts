import { execFile } from 'node:child_process'
import { createRequire } from 'node:module'
import path from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)
const projectRoot = path.resolve(import.meta.dirname, '../..')

/** The Supabase CLI entry installed by the npm `supabase` package (it runs the real binary). */
export function supabaseBin() {
	const require = createRequire(import.meta.url)
	const pkgDir = path.dirname(require.resolve('supabase/package.json'))
	return path.join(pkgDir, 'dist', 'supabase.js')
}

export async function supabaseCli(args: string[], databaseUrl?: string) {
	// The local server has no TLS; a hosted database keeps the CLI's default (TLS).
	const local = databaseUrl ? ['127.0.0.1', 'localhost'].includes(new URL(databaseUrl).hostname) : false
	const { stdout, stderr } = await run(process.execPath, [supabaseBin(), ...args], {
		cwd: projectRoot,
		env: { ...process.env, ...(local ? { PGSSLMODE: 'disable' } : {}), SUPABASE_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' },
		maxBuffer: 64 * 1024 * 1024,
	})
	return { stdout, stderr }
}

/**
 * Applies supabase/migrations (and, once, supabase/seed.sql) exactly as a
 * hosted project receives them: with the Supabase CLI's own `db push`.
 */
export async function pushMigrations(databaseUrl: string, options: { includeSeed: boolean }) {
	const args = ['db', 'push', `--remote=${databaseUrl}`, '--yes']
	if (options.includeSeed) args.push('--include-seed')
	try {
		return await supabaseCli(args, databaseUrl)
	} catch (error) {
		const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string }
		throw new Error(`supabase db push failed:\n${stdout}\n${stderr}`)
	}
}

export async function generateTypes(databaseUrl: string) {
	const { stdout } = await supabaseCli(['gen', 'types', 'typescript', `--remote=${databaseUrl}`, '--schema', 'public'], databaseUrl)
	return stdout
}
