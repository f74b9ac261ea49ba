import { describe, expect, it } from 'vitest'
import { letterToDocx } from '#app/server/letter-export/docx.server.ts'
import { fourHundredWordLetter, wordCount } from '#app/server/letter-export/letter-fixtures.ts'
import { letterToPdf } from '#app/server/letter-export/pdf.server.ts'

async function timings(run: () => Promise<unknown>, runs = 50) {
	await run()
	const durations: number[] = []
	for (let index = 0; index < runs; index++) {
		const start = performance.now()
		await run()
		durations.push(performance.now() - start)
	}
	durations.sort((a, b) => a - b)
	const at = (quantile: number) => durations[Math.min(durations.length - 1, Math.ceil(quantile * durations.length) - 1)] ?? Number.NaN
	return { p50: at(0.5), p95: at(0.95) }
}

describe('export speed', () => {
	const letter = fourHundredWordLetter()

	it('exports a 400-word letter fast enough to answer a click', async () => {
		expect(wordCount(letter.body)).toBeGreaterThanOrEqual(390)
		const pdf = await timings(() => letterToPdf(letter))
		const docx = await timings(() => letterToDocx(letter))
		console.info(
			`400-word letter, 50 runs — PDF p50 ${pdf.p50.toFixed(1)} ms, p95 ${pdf.p95.toFixed(1)} ms; DOCX p50 ${docx.p50.toFixed(1)} ms, p95 ${docx.p95.toFixed(1)} ms`,
		)
		expect(pdf.p95).toBeLessThan(500)
		expect(docx.p95).toBeLessThan(500)
	})
})
