// `npm run bench`: the platform's speed targets, measured and printed as a table.
import { spawn } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { startPreparedDatabase } from '../platform/database.ts'
import { freePort } from '../platform/free-port.ts'
import { projectRoot } from '../platform/index.ts'
import { benchGatewayOverhead, benchHeldOutScores } from './ai-gateway.ts'
import { benchIrisTimeToFirstText } from './iris-ttfb.ts'
import { benchJobTitleSearch } from './job-title-search.ts'
import { benchLetters } from './letters.ts'
import { benchQuotaInsert } from './quota-insert.ts'
import { benchStripeWebhook } from './stripe-webhook.ts'

type Row = { benchmark: string; value: string; detail: string }
const rows: Row[] = []

/** Time from `npm run dev` to the app answering /healthz, with a fresh data folder and then reusing it. */
async function benchDevColdStart(stateDir: string) {
	const ports = {
		PHOENIX_APP_PORT: await freePort(),
		PHOENIX_DB_PORT: await freePort(),
		PHOENIX_FUNCTIONS_PORT: await freePort(),
		PHOENIX_SMTP_PORT: await freePort(),
		PHOENIX_MAILBOX_PORT: await freePort(),
		PHOENIX_STRIPE_PORT: await freePort(),
	}
	const appUrl = `http://localhost:${ports.PHOENIX_APP_PORT}/healthz`
	const started = performance.now()
	const child = spawn('npm', ['run', 'dev'], {
		cwd: projectRoot,
		env: { ...process.env, ...Object.fromEntries(Object.entries(ports).map(([k, v]) => [k, String(v)])), PHOENIX_STATE_DIR: stateDir },
		stdio: 'ignore',
		detached: true,
	})
	try {
		while (true) {
			if (performance.now() - started > 180_000) throw new Error('npm run dev did not answer within 180 s')
			try {
				const response = await fetch(appUrl)
				if (response.ok) break
			} catch {}
			await new Promise((resolve) => setTimeout(resolve, 100))
		}
		return performance.now() - started
	} finally {
		process.kill(-child.pid!, 'SIGINT')
		await new Promise((resolve) => child.once('exit', resolve))
	}
}

const scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'phoenix-bench-'))
await fs.chmod(scratch, 0o755)
try {
	const devState = path.join(scratch, 'dev')
	const first = await benchDevColdStart(devState)
	rows.push({ benchmark: 'npm run dev → app answers (first start)', value: `${(first / 1000).toFixed(2)} s`, detail: 'initdb, migrations, ROME load, seed' })
	const second = await benchDevColdStart(devState)
	rows.push({ benchmark: 'npm run dev → app answers (restart)', value: `${(second / 1000).toFixed(2)} s`, detail: 'data folder reused' })

	const database = await startPreparedDatabase({ dataDir: path.join(scratch, 'pg'), port: await freePort(), seed: false })
	try {
		for (const result of await benchJobTitleSearch(database.url)) {
			rows.push({ benchmark: `${result.name} p50`, value: `${result.p50.toFixed(2)} ${result.unit}`, detail: `${result.samples} queries` })
			rows.push({ benchmark: `${result.name} p95`, value: `${result.p95.toFixed(2)} ${result.unit}`, detail: `${result.samples} queries` })
		}
		for (const result of await benchGatewayOverhead(database.url)) {
			rows.push({ benchmark: `${result.name} p50`, value: `${result.p50.toFixed(2)} ${result.unit}`, detail: `${result.samples} runs` })
			rows.push({ benchmark: `${result.name} p95`, value: `${result.p95.toFixed(2)} ${result.unit}`, detail: `${result.samples} runs` })
		}
		for (const result of await benchQuotaInsert(database.url)) {
			rows.push({ benchmark: `${result.name} (median)`, value: `${result.p50.toFixed(3)} ${result.unit}`, detail: `${result.samples} inserts, p95 ${result.p95.toFixed(3)} ms` })
		}
	} finally {
		await database.stop()
	}
	for (const result of await benchStripeWebhook()) {
		rows.push({ benchmark: `${result.name} p50`, value: `${result.p50.toFixed(2)} ${result.unit}`, detail: `${result.samples} events` })
		rows.push({ benchmark: `${result.name} p95`, value: `${result.p95.toFixed(2)} ${result.unit}`, detail: `${result.samples} events` })
	}
	for (const result of await benchIrisTimeToFirstText()) {
		rows.push({ benchmark: `${result.name} p50`, value: `${result.p50.toFixed(1)} ${result.unit}`, detail: `${result.samples} questions` })
		rows.push({ benchmark: `${result.name} p95`, value: `${result.p95.toFixed(1)} ${result.unit}`, detail: `${result.samples} questions` })
	}
	const letters = await benchLetters()
	rows.push({
		benchmark: 'ROME in memory: read data/rome, index, mobility graph',
		value: `${(letters.build.lexiconMs + letters.build.indexMs + letters.build.graphMs).toFixed(0)} ms`,
		detail: `read ${letters.build.lexiconMs.toFixed(0)} ms, index ${letters.build.indexMs.toFixed(0)} ms, graph ${letters.build.graphMs.toFixed(0)} ms (once per process)`,
	})
	for (const result of letters.latencies) {
		rows.push({ benchmark: `${result.name} p50`, value: `${result.p50.toFixed(2)} ${result.unit}`, detail: `${result.samples} runs` })
		rows.push({ benchmark: `${result.name} p95`, value: `${result.p95.toFixed(2)} ${result.unit}`, detail: `${result.samples} runs` })
	}
	const scores = await benchHeldOutScores()
	const percent = (value: number) => `${(value * 100).toFixed(1)} %`
	rows.push({ benchmark: 'Injection screener: detection (held-out split)', value: percent(scores.guard.detectionRate), detail: `${scores.guard.detected}/${scores.guard.attacks} attacks` })
	rows.push({ benchmark: 'Injection screener: false positives (held-out split)', value: percent(scores.guard.falsePositiveRate), detail: `${scores.guard.falsePositives}/${scores.guard.benign} benign requests` })
	for (const [type, score] of Object.entries(scores.pii.byType)) {
		rows.push({ benchmark: `Anonymiser ${type}: recall / precision (held-out)`, value: `${percent(score.recall)} / ${percent(score.precision)}`, detail: `${score.truePositives}/${score.expected} found, ${score.found} masked` })
	}
	rows.push({
		benchmark: 'Offer analyser: skill precision / recall (labelled offers)',
		value: `${percent(letters.corpus.skillPrecision)} / ${percent(letters.corpus.skillRecall)}`,
		detail: `${letters.corpus.offers} hand-labelled offers (tests/corpora/offers)`,
	})
	rows.push({ benchmark: 'Anonymiser overall: recall / precision (held-out)', value: `${percent(scores.pii.overall.recall)} / ${percent(scores.pii.overall.precision)}`, detail: 'micro-averaged over every type' })
} finally {
	await fs.rm(scratch, { recursive: true, force: true })
}

const widths = {
	benchmark: Math.max(9, ...rows.map((row) => row.benchmark.length)),
	value: Math.max(5, ...rows.map((row) => row.value.length)),
	detail: Math.max(6, ...rows.map((row) => row.detail.length)),
}
const line = (a: string, b: string, c: string) => `| ${a.padEnd(widths.benchmark)} | ${b.padStart(widths.value)} | ${c.padEnd(widths.detail)} |`
console.log(`\nPhoenix benchmarks (${os.cpus().length} cores, Node ${process.version})\n`)
console.log(line('benchmark', 'value', 'detail'))
console.log(line('-'.repeat(widths.benchmark), '-'.repeat(widths.value), '-'.repeat(widths.detail)))
for (const row of rows) console.log(line(row.benchmark, row.value, row.detail))
