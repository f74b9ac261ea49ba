import postgres from 'postgres'
import { loadRome } from '../rome/load.ts'
import { pushMigrations } from './migrate.ts'
import { startLocalDatabase, type LocalDatabase } from './postgres.ts'

/**
 * The database as the app expects it: Postgres up, the local Supabase
 * bootstrap, every migration, the ROME reference data, and (optionally) the
 * demo seed. Safe to run on every start: each step skips what is done.
 */
export async function startPreparedDatabase(options: {
	dataDir: string
	port: number
	seed: boolean
	log?: (line: string) => void
}): Promise<LocalDatabase> {
	const database = await startLocalDatabase(options)
	try {
		await prepareDatabase(database.url, { seed: options.seed, log: options.log })
	} catch (error) {
		await database.stop()
		throw error
	}
	return database
}

export async function prepareDatabase(url: string, options: { seed: boolean; log?: (line: string) => void }) {
	const log = options.log ?? (() => {})
	await pushMigrations(url, { includeSeed: false })
	log('migrations applied')
	const sql = postgres(url, { max: 1, onnotice: () => {} })
	try {
		const loaded = await loadRome(sql)
		log(loaded ? `ROME reference loaded (${loaded})` : 'ROME reference up to date')
	} finally {
		await sql.end()
	}
	if (options.seed) {
		await pushMigrations(url, { includeSeed: true })
		log('seed applied')
	}
}
