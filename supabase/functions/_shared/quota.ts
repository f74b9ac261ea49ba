// What plans and quotas mean to a person, in French. Pure and runtime-neutral: the app and the Edge Functions explain a quota refusal with the same words.

export type QuotaPeriod = 'day' | 'month' | 'total'

export type QuotaDetail = {
	capability: string
	plan: string
	period: QuotaPeriod
	limit: number
	used: number
}

/** The SQLSTATE public.enforce_quota() raises. */
export const QUOTA_EXCEEDED_SQLSTATE = 'PQ001'

const capabilities: Record<string, { label: string; unit: [singular: string, plural: string] }> = {
	letters_generated: { label: 'Lettres de motivation générées', unit: ['lettre', 'lettres'] },
	iris_conversations: { label: 'Conversations avec Iris', unit: ['conversation avec Iris', 'conversations avec Iris'] },
	journal_entries: { label: 'Entrées de journal Rise', unit: ['entrée de journal', 'entrées de journal'] },
	ai_coachings: { label: 'Coachings IA dans Rise', unit: ['coaching IA', 'coachings IA'] },
	cvs: { label: 'CV', unit: ['CV', 'CV'] },
	premium_templates: { label: 'Modèles de CV premium', unit: ['modèle premium', 'modèles premium'] },
	letters_premium_tools: {
		label: 'Outils premium de Letters (Mirror Match complet, Smart Coach, Trajectory Builder complet)',
		unit: ['outil premium de Letters', 'outils premium de Letters'],
	},
}

const periodWords: Record<QuotaPeriod, string> = { day: 'par jour', month: 'par mois', total: 'au total' }

export function capabilityLabel(capability: string) {
	return capabilities[capability]?.label ?? capability
}

/** « 3 lettres par mois », « Illimité », « Non inclus ». */
export function describeLimit(capability: string, period: QuotaPeriod, limit: number | null) {
	if (limit === null) return 'Illimité'
	if (limit === 0) return 'Non inclus'
	const [singular, plural] = capabilities[capability]?.unit ?? [capability, capability]
	return `${limit}\u00a0${limit > 1 ? plural : singular} ${periodWords[period]}`
}

export function parseQuotaDetail(detail: string | undefined): QuotaDetail | null {
	if (!detail) return null
	try {
		const parsed = JSON.parse(detail) as Partial<QuotaDetail>
		if (typeof parsed.capability !== 'string' || typeof parsed.limit !== 'number') return null
		return {
			capability: parsed.capability,
			plan: parsed.plan ?? 'gratuit',
			period: parsed.period ?? 'total',
			limit: parsed.limit,
			used: parsed.used ?? parsed.limit,
		}
	} catch {
		return null
	}
}

/** The sentence shown when the database refuses an insert for quota. */
export function quotaRefusalMessage(detail: QuotaDetail | null) {
	if (!detail) return 'Vous avez atteint la limite de votre offre. Passez à Premium pour continuer.'
	const [, plural] = capabilities[detail.capability]?.unit ?? [detail.capability, detail.capability]
	if (detail.limit === 0) {
		return `Les ${plural} sont réservés à l’offre Premium.`
	}
	const when =
		detail.period === 'day'
			? 'Vous pourrez continuer demain, ou passer à Premium dès maintenant.'
			: detail.period === 'month'
				? 'Le compteur repart le 1er du mois prochain\u00a0; Premium vous permet de continuer dès maintenant.'
				: 'Passez à Premium pour aller au-delà.'
	return `Vous avez atteint la limite de votre offre (${describeLimit(detail.capability, detail.period, detail.limit)}). ${when}`
}

/** How full a meter is, 0 to 100, for a progress bar; null when unlimited. */
export function meterPercent(used: number, limit: number | null) {
	if (limit === null) return null
	if (limit === 0) return 100
	return Math.min(100, Math.round((used / limit) * 100))
}

/** One line of a plan on the pricing page: « 3 lettres par mois », « Conversations avec Iris : sans limite ». */
export function planLimitLine(capability: string, period: QuotaPeriod, limit: number | null) {
	if (limit === null) return `${capabilityLabel(capability)}\u00a0: sans limite`
	if (limit === 0) return `${capabilityLabel(capability)}\u00a0: non inclus`
	return describeLimit(capability, period, limit)
}

const capabilityOrder = Object.keys(capabilities)

/** Capabilities in the order the pricing table presents them (Letters first). */
export function byCapabilityOrder(a: { capability: string }, b: { capability: string }) {
	const rank = (capability: string) => {
		const index = capabilityOrder.indexOf(capability)
		return index === -1 ? capabilityOrder.length : index
	}
	return rank(a.capability) - rank(b.capability)
}
