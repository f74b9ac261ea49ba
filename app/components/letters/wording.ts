// How the figures of an offer analysis and a Mirror Match read on screen:
// plain French words rather than raw scores and codes.
import type { ContractType, EducationLevel, OfferEducation, OfferExperience, OfferSalary } from '#app/domain/offer/types.ts'

/** Below this closeness a ROME occupation is a coincidence of words rather than the offer's trade. */
export const romeShownFrom = 0.4

/** A ROME occupation's closeness to the offer (score 0–1), in words. */
export function romeCloseness(score: number): string {
	if (score >= 0.9) return 'très proche'
	if (score >= 0.6) return 'proche'
	if (score >= romeShownFrom) return 'assez proche'
	return 'plus éloigné'
}

/** The Mirror Match total (0–100) in words; never a verdict on the person. */
export function matchVerdict(score: number): string {
	if (score >= 80) return 'Très bonne correspondance'
	if (score >= 60) return 'Bonne correspondance'
	if (score >= 40) return 'Correspondance partielle'
	return 'Correspondance à construire'
}

const euros = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 })

const periods: Record<OfferSalary['period'], string> = { year: 'par an', month: 'par mois', hour: 'de l’heure' }

/** « 34 000 – 38 000 € brut par an », or one figure when the offer gives one. */
export function formatSalary(salary: OfferSalary): string {
	const amount = salary.min === salary.max ? euros.format(salary.min) : `${euros.format(salary.min)} – ${euros.format(salary.max)}`
	return `${amount}\u00a0€ ${salary.basis} ${periods[salary.period]}`
}

const contractLabels: Record<ContractType, string> = {
	CDI: 'CDI',
	CDD: 'CDD',
	alternance: 'Alternance',
	stage: 'Stage',
	intérim: 'Intérim',
	freelance: 'Freelance',
}

export function formatContracts(contracts: readonly ContractType[]): string | null {
	return contracts.length > 0 ? contracts.map((contract) => contractLabels[contract]).join(', ') : null
}

const remoteLabels = { 'sur site': 'Sur site', hybride: 'Hybride (en partie à distance)', 'télétravail complet': 'Télétravail complet' } as const

export function formatRemote(remote: keyof typeof remoteLabels | null): string | null {
	return remote ? remoteLabels[remote] : null
}

const levelLabels: Record<EducationLevel, string> = {
	aucun: 'Aucun diplôme exigé',
	CAP: 'CAP',
	Bac: 'Bac',
	'Bac+2': 'Bac\u00a0+\u00a02',
	'Bac+3': 'Bac\u00a0+\u00a03',
	'Bac+4': 'Bac\u00a0+\u00a04',
	'Bac+5': 'Bac\u00a0+\u00a05',
	'Bac+8': 'Bac\u00a0+\u00a08',
}

/** The level asked (« Bac + 2 à Bac + 5 »). */
export function formatEducationLevel(education: OfferEducation): string {
	const min = levelLabels[education.level]
	return education.maxLevel && education.maxLevel !== education.level ? `${min} à ${levelLabels[education.maxLevel]}` : min
}

/** « 2 ans minimum », « 2 à 5 ans », « débutant accepté », or both. */
export function formatExperience(experience: OfferExperience): string {
	const years = (count: number) => `${count}\u00a0an${count > 1 ? 's' : ''}`
	const parts: string[] = []
	if (experience.minYears > 0) {
		parts.push(
			experience.maxYears && experience.maxYears > experience.minYears
				? `${experience.minYears} à ${years(experience.maxYears)}`
				: `${years(experience.minYears)} minimum`,
		)
	}
	if (experience.beginnerAccepted || experience.minYears === 0) parts.push(parts.length ? 'débutant accepté' : 'Débutant accepté')
	return parts.join(', ')
}

const monthNames = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre']

/** A CV date (« 2015-09 », « 2004 ») as French words (« septembre 2015 », « 2004 »). */
export function formatCvDate(value: string | undefined): string | null {
	if (!value) return null
	const match = /^(\d{4})(?:-(\d{2}))?/.exec(value)
	if (!match) return value
	const month = match[2] ? monthNames[Number(match[2]) - 1] : undefined
	return month ? `${month} ${match[1]}` : match[1]!
}

/** « septembre 2015 – août 2024 », « depuis janvier 2025 ». */
export function formatCvPeriod(start: string | undefined, end: string | undefined): string | null {
	const from = formatCvDate(start)
	const to = formatCvDate(end)
	if (from && to) return `${from} – ${to}`
	if (from) return `depuis ${from}`
	return to
}

/** « 1 piste », « 3 pistes »: a count and its noun, plural from 2 as French has it. */
export function counted(count: number, singular: string, plural = `${singular}s`): string {
	return `${count}\u00a0${count > 1 ? plural : singular}`
}

/** A text ending with its full stop, whether or not it came with one. */
export function sentence(text: string): string {
	const trimmed = text.trim()
	return /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed}.`
}
