import { existsSync } from 'node:fs'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { chromium } from '@playwright/test'
import { freePort } from '../../scripts/platform/free-port.ts'
import { projectRoot, startApp, startPlatform } from '../../scripts/platform/index.ts'
import { startFakeGemini } from '../fakes/gemini.ts'
import { chromiumExecutable } from './browser.ts'

/**
 * The whole platform, as `npm run dev --production` runs it, on free ports and
 * a throw-away database: Postgres, the mail catcher, the Edge Functions and
 * the built app.
 */
export default async function globalSetup() {
	const executable = chromiumExecutable()
	if (!executable && !existsSync(chromium.executablePath())) {
		throw new Error(
			'No Chromium found. On Debian/Ubuntu: `sudo apt-get install -y chromium` (or set CHROMIUM_PATH); elsewhere: `npx playwright install chromium`.',
		)
	}
	if (!existsSync(path.join(projectRoot, 'build/server/index.js'))) {
		throw new Error('The app is not built: run `npm run build` first (`npm test` does it for you).')
	}
	const stateDir = await fs.mkdtemp(path.join(os.tmpdir(), 'phoenix-e2e-'))
	await fs.chmod(stateDir, 0o755)
	const logs: string[] = []
	// Iris answers through the real Gemini SDK, against the local fake of the Gemini API.
	const gemini = await startFakeGemini()
	const platform = await startPlatform({
		stateDir,
		ports: {
			app: await freePort(),
			db: await freePort(),
			functions: await freePort(),
			smtp: await freePort(),
			mailbox: await freePort(),
			stripe: await freePort(),
		},
		appMode: 'production',
		seed: true,
		// Every browser test signs in from 127.0.0.1; the per-address limit has its own integration test.
		appEnv: {
			AUTH_IP_LIMIT_PER_HOUR: '10000',
			AUTH_CODE_LIMIT_PER_15_MIN: '10000',
			GEMINI_API_KEY: gemini.apiKey,
			GEMINI_BASE_URL: gemini.url,
		},
		log: (line) => {
			logs.push(line)
			if (process.env.PHOENIX_VERBOSE) console.log(line)
		},
	}).catch((error) => {
		console.error(logs.join('\n'))
		throw error
	})
	// A second app on the same platform without a Gemini key: the offline engine, as a newcomer runs it.
	const offlinePort = await freePort()
	const offline = await startApp({
		port: offlinePort,
		env: { ...platform.env, APP_URL: `http://localhost:${offlinePort}`, GEMINI_API_KEY: undefined, GEMINI_BASE_URL: undefined },
		mode: 'production',
		log: (line) => logs.push(`[offline app] ${line}`),
	}).catch(async (error) => {
		console.error(logs.join('\n'))
		await platform.stop()
		throw error
	})
	process.env.PHOENIX_E2E_APP_URL = platform.appUrl
	process.env.PHOENIX_E2E_OFFLINE_APP_URL = offline.url
	process.env.PHOENIX_E2E_MAILBOX_URL = platform.mailboxUrl
	process.env.PHOENIX_E2E_FUNCTIONS_URL = platform.functionsUrl
	process.env.PHOENIX_E2E_DATABASE_URL = platform.databaseUrl
	process.env.PHOENIX_E2E_GEMINI_URL = gemini.url
	return async () => {
		await offline.stop()
		await platform.stop()
		await gemini.stop()
		await fs.rm(stateDir, { recursive: true, force: true })
	}
}
