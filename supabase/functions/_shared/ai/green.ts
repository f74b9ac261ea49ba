// Energy and carbon estimates for AI calls. The factors are public figures,
// chosen to be explainable rather than precise; /green-ai shows them with
// their sources, and changing one here changes every new estimate.
import type { ProviderName } from './types.ts'

export const greenFactors = {
	/**
	 * Gemini: energy per 1,000 tokens, data-centre overhead (PUE) included. Calibrated on Google's
	 * published median for a Gemini text prompt (0.24 Wh, « Measuring the environmental impact of
	 * delivering AI at Google scale », August 2025): a prompt of ~400 tokens in and ~400 out lands near it.
	 * Generating a token costs far more than reading one, hence the two factors.
	 */
	geminiWhPerThousandInputTokens: 0.05,
	geminiWhPerThousandOutputTokens: 0.5,
	/** Offline engine: the server's power share while it computes (2 vCPU at ~15 W each), times the time taken. */
	offlineWatts: 30,
	/**
	 * Carbon intensity of the French electricity mix, in gCO2e per kWh: RTE, Bilan électrique 2023
	 * (32 g/kWh). The person and our servers are in France; a provider's data centre may be elsewhere,
	 * so this is a low estimate for Gemini and is presented as such.
	 */
	gridGramsCo2PerKwh: 32,
} as const

export type Footprint = { energyWh: number; carbonG: number }

export function estimateFootprint(call: {
	provider: ProviderName
	inputTokens: number
	outputTokens: number
	latencyMs: number
}): Footprint {
	const energyWh =
		call.provider === 'gemini'
			? (call.inputTokens / 1000) * greenFactors.geminiWhPerThousandInputTokens +
				(call.outputTokens / 1000) * greenFactors.geminiWhPerThousandOutputTokens
			: (greenFactors.offlineWatts * call.latencyMs) / 3_600_000
	return { energyWh, carbonG: (energyWh / 1000) * greenFactors.gridGramsCo2PerKwh }
}

/** Rough token count for text a provider did not count for us (≈ 4 characters per token in French). */
export function estimateTokens(text: string): number {
	return Math.ceil(text.length / 4)
}
