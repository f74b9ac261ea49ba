import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { startPreparedDatabase } from './database.ts'
import { startFunctions } from './functions.ts'
import { startMailCatcher } from './mail-catcher.ts'
import { assertPortFree, waitForHttp } from './ports.ts'
import { startStripeSimulator } from './stripe-simulator.ts'

export const projectRoot = path.resolve(import.meta.dirname, '../..')

export type PlatformPorts = { app: number; db: number; functions: number; smtp: number; mailbox: number; stripe: number }

export type PlatformOptions = {
	/** Where Postgres keeps its data and the local secrets live (git-ignored). */
	stateDir: string
	ports: PlatformPorts
	/** `development` runs Vite with HMR; `production` serves the built app (run `npm run build` first). */
	appMode: 'development' | 'production' | 'none'
	seed: boolean
	/** Extra environment for the app (e.g. tighter or looser rate limits in tests). */
	appEnv?: Record<string, string>
	log: (line: string) => void
}

export function portsFromEnv(env: NodeJS.ProcessEnv = process.env): PlatformPorts {
	const read = (name: string, fallback: number) => {
		const raw = env[name]
		if (raw === undefined || raw === '') return fallback
		const port = Number(raw)
		if (!Number.isInteger(port) || port < 1 || port > 65535) {
			throw new Error(`${name} must be a port number between 1 and 65535 (got "${raw}").`)
		}
		return port
	}
	return {
		app: read('PHOENIX_APP_PORT', 3000),
		db: read('PHOENIX_DB_PORT', 54322),
		functions: read('PHOENIX_FUNCTIONS_PORT', 54321),
		smtp: read('PHOENIX_SMTP_PORT', 54325),
		mailbox: read('PHOENIX_MAILBOX_PORT', 54324),
		stripe: read('PHOENIX_STRIPE_PORT', 54326),
	}
}

/** Secrets for the local platform: made once, kept in the state folder, so sessions survive a restart. */
function localSecrets(stateDir: string) {
	const file = path.join(stateDir, 'secrets.json')
	if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as { SESSION_SECRET: string; JWT_SECRET: string }
	const secrets = { SESSION_SECRET: randomBytes(32).toString('hex'), JWT_SECRET: randomBytes(32).toString('hex') }
	mkdirSync(stateDir, { recursive: true })
	writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 })
	return secrets
}

/**
 * Starts the whole product on one machine: Postgres (prepared with the
 * bootstrap, migrations, ROME data and seed), the mail catcher, the Edge
 * Functions on Deno, and the app. `stop()` stops them in reverse order.
 */
export async function startPlatform(options: PlatformOptions) {
	const { ports, log } = options
	const stops: (() => Promise<void>)[] = []
	const stop = async () => {
		for (const step of stops.reverse()) await step().catch((error) => log(`stop: ${String(error)}`))
		stops.length = 0
	}
	try {
		if (options.appMode !== 'none') await assertPortFree(ports.app, 'app', 'PHOENIX_APP_PORT')
		const database = await startPreparedDatabase({
			dataDir: path.join(options.stateDir, 'postgres'),
			port: ports.db,
			seed: options.seed,
			log: (line) => log(`[db] ${line}`),
		})
		stops.push(database.stop)

		const mail = await startMailCatcher({ smtpPort: ports.smtp, httpPort: ports.mailbox })
		stops.push(mail.stop)

		const appUrl = `http://localhost:${ports.app}`
		const functionsUrl = `http://localhost:${ports.functions}`
		const env: Record<string, string> = {
			...localSecrets(options.stateDir),
			APP_URL: appUrl,
			DATABASE_URL: database.url,
			AUTH_MODE: 'embedded',
			SMTP_HOST: '127.0.0.1',
			SMTP_PORT: String(ports.smtp),
			MAILBOX_URL: mail.url,
			FUNCTIONS_URL: `${functionsUrl}/functions/v1`,
			...options.appEnv,
		}

		// Without Stripe keys, billing runs against the local simulator, through the same webhook code.
		let billingSimulatorUrl: string | null = null
		if (!process.env.STRIPE_SECRET_KEY) {
			const simulator = await startStripeSimulator({
				port: ports.stripe,
				webhookUrl: `${functionsUrl}/functions/v1/stripe-webhook`,
				webhookSecret: `whsec_local_${env.JWT_SECRET!.slice(0, 24)}`,
				log: (line) => log(`[stripe] ${line}`),
			})
			stops.push(simulator.stop)
			Object.assign(env, simulator.env, { BILLING_SIMULATION: 'true' })
			billingSimulatorUrl = simulator.url
		}

		const functions = await startFunctions({ port: ports.functions, env, log: (line) => log(`[functions] ${line}`) })
		stops.push(functions.stop)

		if (options.appMode !== 'none') {
			const app = await startApp({ port: ports.app, env, mode: options.appMode, log: (line) => log(`[app] ${line}`) })
			stops.push(app.stop)
		}

		return { appUrl, mailboxUrl: mail.url, functionsUrl, databaseUrl: database.url, billingSimulatorUrl, env, stop }
	} catch (error) {
		await stop()
		throw error
	}
}

/**
 * The built or development app (`server.js`) on a port with the platform's
 * environment; resolves once it answers /healthz. Environment variables set
 * to undefined in `env` are removed from what the app inherits.
 */
export async function startApp(options: {
	port: number
	env: Record<string, string | undefined>
	mode: 'development' | 'production'
	log: (line: string) => void
}) {
	const appEnv: NodeJS.ProcessEnv = { ...process.env, ...options.env, NODE_ENV: options.mode, PORT: String(options.port) }
	for (const [name, value] of Object.entries(options.env)) if (value === undefined) delete appEnv[name]
	const app = spawn(process.execPath, ['server.js'], { cwd: projectRoot, env: appEnv, stdio: ['ignore', 'pipe', 'pipe'] })
	app.stdout!.on('data', (chunk: Buffer) => options.log(chunk.toString().trimEnd()))
	app.stderr!.on('data', (chunk: Buffer) => options.log(chunk.toString().trimEnd()))
	const exited = new Promise<never>((_, reject) =>
		app.once('exit', (code) => reject(new Error(`the app exited with code ${code}; its log is above`))),
	)
	exited.catch(() => {})
	const stop = async () => {
		if (app.exitCode !== null) return
		const done = new Promise<void>((resolve) => app.once('exit', () => resolve()))
		app.kill('SIGTERM')
		await done
	}
	try {
		await Promise.race([waitForHttp(`http://localhost:${options.port}/healthz`, 120_000), exited])
	} catch (error) {
		await stop()
		throw error
	}
	return { url: `http://localhost:${options.port}`, stop }
}
