/**
 * Loads the ROME reference data into the database at DATABASE_URL, e.g. a
 * hosted Supabase project (use the owner's `postgres` connection string):
 *
 *   DATABASE_URL=postgresql://postgres:…@…/postgres npm run rome:load
 */
import postgres from 'postgres'
import { loadRome } from './load.ts'

const databaseUrl = process.env.DATABASE_URL
if (!databaseUrl) {
	console.error('DATABASE_URL is not set (the database owner\'s connection string, e.g. postgresql://postgres:…@…/postgres).')
	process.exit(1)
}

const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} })
try {
	const loaded = await loadRome(sql)
	console.log(loaded ? `ROME reference loaded (${loaded})` : 'ROME reference already up to date')
} catch (error) {
	console.error(error instanceof Error ? error.message : error)
	process.exitCode = 1
} finally {
	await sql.end()
}
