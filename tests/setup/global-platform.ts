import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { startPreparedDatabase } from '#scripts/platform/database.ts'
import { freePort } from '#scripts/platform/free-port.ts'
import { startMailCatcher } from '#scripts/platform/mail-catcher.ts'

declare module 'vitest' {
	export interface ProvidedContext {
		databaseUrl: string
		smtpPort: number
		mailboxUrl: string
	}
}

/**
 * One real, throw-away Postgres for the whole test run, prepared exactly as
 * `npm run dev` prepares its own (bootstrap, migrations, ROME data, seed),
 * and the real local SMTP catcher the app sends its emails to.
 */
export default async function setup(project: TestProject) {
	const stateDir = await fs.mkdtemp(path.join(os.tmpdir(), 'phoenix-test-'))
	await fs.chmod(stateDir, 0o755)
	const database = await startPreparedDatabase({
		dataDir: path.join(stateDir, 'postgres'),
		port: await freePort(),
		seed: true,
	})
	const mail = await startMailCatcher({ smtpPort: await freePort(), httpPort: await freePort() })
	project.provide('databaseUrl', database.url)
	project.provide('smtpPort', mail.smtpPort)
	project.provide('mailboxUrl', mail.url)
	return async () => {
		await mail.stop()
		await database.stop()
		await fs.rm(stateDir, { recursive: true, force: true })
	}
}
