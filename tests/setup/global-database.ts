import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { startPreparedDatabase } from '#scripts/platform/database.ts'
import { freePort } from '#scripts/platform/free-port.ts'

declare module 'vitest' {
	export interface ProvidedContext {
		databaseUrl: string
	}
}

/**
 * One real, throw-away Postgres for the whole test run, prepared exactly as
 * `npm run dev` prepares its own (bootstrap, migrations, ROME data, seed).
 */
export default async function setup(project: TestProject) {
	const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'phoenix-test-db-'))
	await fs.chmod(dataDir, 0o755)
	const database = await startPreparedDatabase({
		dataDir: path.join(dataDir, 'pg'),
		port: await freePort(),
		seed: true,
	})
	project.provide('databaseUrl', database.url)
	return async () => {
		await database.stop()
		await fs.rm(dataDir, { recursive: true, force: true })
	}
}
