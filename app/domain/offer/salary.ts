// The pay an offer states, whatever the writing: « 34 000 € à 38 000 € brut
// annuel », « 32 à 36 K€ brut/an », « 35-40 k€ », « €55k–€65k », « 11,88 €/h »,
// « 1 900 € brut mensuel », « à partir de 2 150 € », « SMIC ».
import { foldText } from '#app/domain/rome/tokens.ts'
import type { OfferSalary, SalaryPeriod } from './types.ts'

/** Gross minimum wage per hour in mainland France since 1 January 2025 (décret n° 2024-951). */
export const SMIC_HOURLY_GROSS = 11.88

const amount = String.raw`(?:€\s?)?(\d{1,3}(?:[ \u00A0\u202F.]\d{3})+|\d+)(?:[,.](\d{1,2}))?\s?(k|ke|k€)?(?![\d])`
const currency = String.raw`\s?(?:€|euros?|eur)`
const rangeSeparator = String.raw`\s*(?:à|a|-|–|—|to|et|/)\s*`

const salaryPattern = new RegExp(
	String.raw`(?:(?:entre|de|from|between)\s+)?${amount}(${currency})?(?:\s?(?:brut|bruts|net|nets|gross))?(?:${rangeSeparator}${amount}(${currency})?)?`,
	'gi',
)

const salaryLine = /\b(?:salaire|remuneration|gratification|taux horaire|salary|pay|package|brut|net|k€|€|euros?|smic)\b|€/
// What follows a number that counts something else than pay (« 2 500 m² », « 900 collaborateurs »).
const notPayAfter =
	/^\s*(?:m2|m²|couverts|salaries|collaborateurs|clients|colis|bulletins|chambres|points|places|lits|residents|magasins|boutiques)\b/

/** The first pay statement of the offer (lines describing the company are left out by the caller). */
export function parseSalary(lines: string[]): OfferSalary | null {
	const ordered = [
		...lines.filter((line) => /\b(?:salaire|remuneration|gratification|taux horaire|salary)\b/.test(foldText(line))),
		...lines,
	]
	for (const line of ordered) {
		const salary = salaryInLine(line)
		if (salary) return salary
	}
	return null
}

export function salaryInLine(line: string): OfferSalary | null {
	const text = line.replace(/[\u00A0\u202F]/g, ' ')
	const folded = foldText(text)
	if (!salaryLine.test(folded)) return null
	salaryPattern.lastIndex = 0
	for (const match of text.matchAll(salaryPattern)) {
		const start = match.index ?? 0
		const matched = match[0]
		const hasEuro = /€|euro|eur\b/i.test(matched)
		const hasThousands = Boolean(match[3] || match[7])
		const before = folded.slice(Math.max(0, start - 25), start)
		const after = folded.slice(start + matched.length, start + matched.length + 45)
		if (/(?:prime|remise|indemnite|ticket|jusqu'a|bonus|budget)[^.;,]*$/.test(before)) continue
		if (
			/^\s*(?:%|m2|m²|salaries|collaborateurs|personnes|couverts|clients|chambres|boutiques|magasins|jours|h\b|heures|mois|ans|semaines)/.test(
				after,
			)
		)
			continue
		if (!hasEuro && !hasThousands && !/€|euro/.test(after.slice(0, 3))) continue
		if (notPayAfter.test(after)) continue

		let low = toNumber(match[1], match[2])
		let high = match[5] !== undefined ? toNumber(match[5], match[6]) : low
		const thousandsLow = Boolean(match[3])
		const thousandsHigh = Boolean(match[7])
		if (thousandsLow || thousandsHigh) {
			if (thousandsLow || low < 1000) low *= 1000
			if (thousandsHigh || high < 1000) high *= 1000
		}
		if (!Number.isFinite(low) || low <= 0) continue
		if (high < low) high = low
		const context = `${folded.slice(Math.max(0, start - 40), start)} ${folded.slice(start, start + matched.length + 45)}`
		const period = periodOf(folded.slice(start + matched.length, start + matched.length + 45), context, high, thousandsLow || thousandsHigh)
		if (!period || !plausible(low, period)) continue
		const basis = /\bnet\b/.test(folded.slice(start, start + matched.length + 25)) ? 'net' : 'brut'
		return { min: low, max: high, period, basis, currency: 'EUR', text: salaryText(text, start, matched) }
	}
	const smic = /\bsmic\b/.exec(folded)
	if (smic) {
		return {
			min: SMIC_HOURLY_GROSS,
			max: SMIC_HOURLY_GROSS,
			period: 'hour',
			basis: 'brut',
			currency: 'EUR',
			text: text.slice(smic.index, smic.index + 4),
		}
	}
	return null
}

function toNumber(integer: string | undefined, decimals: string | undefined): number {
	if (!integer) return Number.NaN
	const whole = Number.parseInt(integer.replace(/[ .]/g, ''), 10)
	return decimals ? whole + Number.parseInt(decimals.padEnd(2, '0'), 10) / 100 : whole
}

function periodOf(after: string, context: string, value: number, thousands: boolean): SalaryPeriod | null {
	const periods: [SalaryPeriod, RegExp][] = [
		['hour', /(?:\/\s?h\b|\/\s?heure|de l'heure|par heure|horaire|per hour|\/\s?hour|an hour|hourly|\bh\b brut)/],
		['month', /(?:\/\s?mois|par mois|mensuel|mensuels|per month|\/\s?month|monthly|a month|\bmois\b)/],
		['year', /(?:\/\s?an\b|par an\b|annuel|annuels|per year|\/\s?year|a year|yearly|annual|per annum|\bpa\b|\/\s?an\s)/],
	]
	let best: { period: SalaryPeriod; at: number } | null = null
	for (const [period, pattern] of periods) {
		const match = pattern.exec(after)
		if (match && (!best || match.index < best.at)) best = { period, at: match.index }
	}
	if (best && best.at < 30) return best.period
	if (thousands) return 'year'
	for (const [period, pattern] of periods) if (pattern.test(context)) return period
	if (value >= 10_000) return 'year'
	if (value >= 500) return 'month'
	if (value >= 5 && value < 200) return 'hour'
	return null
}

function plausible(value: number, period: SalaryPeriod): boolean {
	if (period === 'hour') return value >= 5 && value <= 500
	if (period === 'month') return value >= 300 && value <= 30_000
	return value >= 5_000 && value <= 500_000
}

/** The pay as written, up to its period (« 34 000 € à 38 000 € brut annuel »). */
function salaryText(text: string, start: number, matched: string): string {
	const rest = text.slice(start + matched.length)
	const tail =
		/^\s*(?:brut|net|gross)?\s*(?:\/\s?(?:an|mois|h|heure|year|month|hour)|(?:brut |net )?(?:annuel|mensuel|par an|par mois|par heure|de l'heure|per year|per month|per hour|gross per year|gross per month)|horaire)?(?:\s+(?:brut|net|bruts))?/i.exec(
			rest,
		)
	return `${matched}${tail?.[0] ?? ''}`.replace(/^(?:entre|de|from|between)\s+/i, '').trim()
}
