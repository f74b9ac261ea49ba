import { asAnon } from './db.server.ts'

export type GreenAiRow = {
	feature: string
	provider: string
	calls: number
	inputTokens: number
	outputTokens: number
	avgLatencyMs: number
	energyWh: number
	carbonG: number
	firstCall: string | null
}

/** Totals per feature and provider, measured from every AI call (public, no one's rows). */
export async function getGreenAiSummary(): Promise<GreenAiRow[]> {
	const rows = await asAnon(
		(tx) => tx<
			{
				feature: string
				provider: string
				calls: string
				input_tokens: string
				output_tokens: string
				avg_latency_ms: number
				energy_wh: number
				carbon_g: number
				first_call: Date | null
			}[]
		>`select * from public.green_ai_summary()`,
	)
	return rows.map((row) => ({
		feature: row.feature,
		provider: row.provider,
		calls: Number(row.calls),
		inputTokens: Number(row.input_tokens),
		outputTokens: Number(row.output_tokens),
		avgLatencyMs: row.avg_latency_ms,
		energyWh: row.energy_wh,
		carbonG: row.carbon_g,
		firstCall: row.first_call ? row.first_call.toISOString() : null,
	}))
}
