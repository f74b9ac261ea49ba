// `npm run dev`: the whole product on this machine, no Docker, no account.
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { portsFromEnv, projectRoot, startPlatform } from './platform/index.ts'

const started = performance.now()
const verbose = process.argv.includes('--verbose') || process.env.PHOENIX_VERBOSE === '1'
const production = process.argv.includes('--production')
const log = (line: string) => {
	if (verbose || /error|erreur|exited|failed|warn/i.test(line)) console.log(line)
}

let platform: Awaited<ReturnType<typeof startPlatform>> | undefined
let stopping = false

async function shutdown(code = 0) {
	if (stopping) return
	stopping = true
	console.log('\nStopping Phoenix…')
	await platform?.stop()
	process.exit(code)
}
process.on('SIGINT', () => void shutdown(0))
process.on('SIGTERM', () => void shutdown(0))

try {
	console.log('Starting Phoenix (Postgres, mail catcher, Edge Functions, app)…')
	platform = await startPlatform({
		stateDir: process.env.PHOENIX_STATE_DIR ?? path.join(projectRoot, '.phoenix'),
		ports: portsFromEnv(),
		appMode: production ? 'production' : 'development',
		seed: true,
		log,
	})
	const seconds = ((performance.now() - started) / 1000).toFixed(1)
	console.log(`
  Phoenix is ready (${seconds} s). Open ${platform.appUrl}

  Demo account    claire.martin@demo.phoenix.local (sign in by link; read it in the mailbox)
  Local mailbox   ${platform.mailboxUrl}
  Edge Functions  ${platform.functionsUrl}/functions/v1/<name>
  Postgres        ${platform.databaseUrl}
  Billing         ${platform.billingSimulatorUrl ? `simulated Stripe at ${platform.billingSimulatorUrl} (no STRIPE_SECRET_KEY set)` : 'Stripe (STRIPE_SECRET_KEY)'}

  Ctrl-C stops everything.
`)
} catch (error) {
	console.error(`\nPhoenix could not start: ${error instanceof Error ? error.message : String(error)}`)
	await shutdown(1)
}
