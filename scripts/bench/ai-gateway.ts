import fs from 'node:fs/promises'
import path from 'node:path'
import postgres from 'postgres'
import { estimateFootprint } from '../../supabase/functions/_shared/ai/green.ts'
import { evaluateGuard, parseJsonl as parseGuardJsonl } from '../../supabase/functions/_shared/ai/guard/evaluate.ts'
import { screenText } from '../../supabase/functions/_shared/ai/guard/index.ts'
import { evaluatePii, parseJsonl as parsePiiJsonl } from '../../supabase/functions/_shared/ai/pii/evaluate.ts'
import { Anonymizer } from '../../supabase/functions/_shared/ai/pii/index.ts'
import { projectRoot } from '../platform/index.ts'
import { summarise, type BenchResult } from './stripe-webhook.ts'


/** About two pages of CV text: a real sample CV, with its experience section repeated as a long career would. */
async function twoPageCv() {
	const cvPath = path.join(projectRoot, 'tests/corpora/cv-two-pages.txt')
	return fs.readFile(cvPath, 'utf8')
}

/**
 * The gateway's own work on a two-page CV, without the provider: injection
 * screening, anonymisation, restoring the placeholders in an answer of the
 * same size, and writing the accounting row.
 */
export async function benchGatewayOverhead(databaseUrl: string, iterations = 300): Promise<BenchResult[]> {
	const cv = await twoPageCv()
	const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} })
	try {
		const screening: number[] = []
		const anonymising: number[] = []
		const total: number[] = []
		for (let index = 0; index < iterations; index++) {
			const started = performance.now()
			screenText(cv, { source: 'document' })
			const screened = performance.now()
			const anonymizer = new Anonymizer()
			const masked = anonymizer.mask(cv)
			anonymizer.restore(masked)
			const anonymised = performance.now()
			const footprint = estimateFootprint({ provider: 'gemini', inputTokens: 2000, outputTokens: 500, latencyMs: 1000 })
			await sql`
				insert into public.ai_usage (feature, provider, model, input_tokens, output_tokens, latency_ms, energy_wh, carbon_g, outcome)
				values ('bench', 'gemini', 'bench', 2000, 500, 1000, ${footprint.energyWh}, ${footprint.carbonG}, 'ok')`
			const finished = performance.now()
			screening.push(screened - started)
			anonymising.push(anonymised - screened)
			total.push(finished - started)
		}
		await sql`delete from public.ai_usage where feature = 'bench'`
		return [
			summarise('Gateway: injection screening (2-page CV)', screening),
			summarise('Gateway: anonymise + restore (2-page CV)', anonymising),
			summarise('Gateway overhead: screening + anonymisation + accounting', total),
		]
	} finally {
		await sql.end()
	}
}

/** Detection and false-positive rates of the screener, recall and precision of the anonymiser, on their held-out splits. */
export async function benchHeldOutScores() {
	const guardText = await fs.readFile(path.join(projectRoot, 'tests/corpora/injection/test.jsonl'), 'utf8')
	const guard = evaluateGuard(parseGuardJsonl(guardText))
	const piiText = await fs.readFile(path.join(projectRoot, 'tests/corpora/pii/test.jsonl'), 'utf8')
	const pii = evaluatePii(parsePiiJsonl(piiText))
	return { guard, pii }
}

