// The words that matter in an offer, for the Smart Coach's keyword check:
// the skills first (required ones weigh most), then the content words the
// offer repeats, company presentation and conditions left out.
import { type ContentToken, contentTokens, tokenizeWithOffsets } from '#app/domain/rome/tokens.ts'
import type { OfferAnalysis, OfferSkill, TextSpan } from './types.ts'

// Words every offer uses whatever the job.
const genericWords = new Set(
	(
		'poste postes profil profils mission missions entreprise entreprises equipe equipes candidat candidate candidats candidature ' +
		'recherche recherchons recherchez recrute recrutons recrutement offre offres emploi travail experience experiences annee annees ' +
		'mois semaine semaines jour jours heure heures sein cadre niveau bonne bon bons bonnes capacite capacites qualite qualites ' +
		'competence competences connaissance connaissances maitrise idealement apprecie appreciee exige exigee indispensable souhaite ' +
		'souhaitee plus atout atouts societe salaire remuneration brut annuel mensuel contrat temps plein partiel participer assurer ' +
		'realiser effectuer contribuer mettre veiller permettre etes avez serez aurez pourrez rejoindre rejoignez accompagner ' +
		'nouveau nouvelle nouveaux nouvelles premier premiere vrai vraie dont afin aupres chaque ensemble notamment selon cette celui ' +
		'possible possibilite minimum maximum general generale particulier titulaire formation diplome type votre vos notre nos ' +
		'assure assuree assures assurez assurons junior senior confirme confirmee check write will work team role looking offer year years ' +
		'strong good knowledge experience'
	).split(' '),
)

export type KeywordInput = {
	text: string
	/** Stretches of the offer the keywords are read from (the title and the missions and requirements). */
	ranges: TextSpan[]
	titleRange: TextSpan | null
	hardSkills: OfferSkill[]
	softSkills: OfferSkill[]
}

export function offerKeywords({ text, ranges, titleRange, hardSkills, softSkills }: KeywordInput): OfferAnalysis['keywords'] {
	const keywords = new Map<string, { key: string; label: string; weight: number }>()
	for (const skill of hardSkills) keywords.set(skill.key, { key: skill.key, label: skill.label, weight: skill.mustHave ? 1 : 0.8 })
	for (const skill of softSkills)
		if (!keywords.has(skill.key)) keywords.set(skill.key, { key: skill.key, label: skill.label, weight: skill.mustHave ? 0.7 : 0.6 })

	const skillSpans = [...hardSkills, ...softSkills].flatMap((skill) => skill.spans).sort((a, b) => a.start - b.start)
	const sortedRanges = [...ranges].sort((a, b) => a.start - b.start)
	const counts = new Map<string, { count: number; forms: Map<string, number>; inTitle: boolean }>()
	let range = 0
	let span = 0
	for (const token of contentTokens(tokenizeWithOffsets(text))) {
		// Tokens, ranges and spans all run in text order: walk them together.
		while (range < sortedRanges.length && (sortedRanges[range]?.end ?? 0) < token.end) range++
		while (span < skillSpans.length && (skillSpans[span]?.end ?? 0) <= token.start) span++
		const current = sortedRanges[range]
		if (!current || token.start < current.start) continue
		const skill = skillSpans[span]
		if (skill && token.start < skill.end && token.end > skill.start) continue
		if (token.word.length < 4 || /\d/.test(token.word) || genericWords.has(token.word)) continue
		let entry = counts.get(token.stem)
		if (!entry) counts.set(token.stem, (entry = { count: 0, forms: new Map(), inTitle: false }))
		entry.count++
		const display = displayForm(text, token)
		entry.forms.set(display, (entry.forms.get(display) ?? 0) + 1)
		if (titleRange && token.start >= titleRange.start && token.end <= titleRange.end) entry.inTitle = true
	}
	const maxCount = Math.max(1, ...[...counts.values()].map((entry) => entry.count))
	// A word said once in passing is not a keyword; one repeated, in the title or written as an acronym is.
	const words = [...counts.entries()]
		.filter(([, entry]) => entry.count >= 2 || entry.inTitle || [...entry.forms.keys()].some((form) => /^[\p{Lu}\d]{2,}$/u.test(form)))
		.map(([stem, entry]) => {
			const label = [...entry.forms.entries()].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length)[0]?.[0] ?? stem
			const weight = Math.min(0.6, 0.2 + 0.3 * (entry.count / maxCount) + (entry.inTitle ? 0.2 : 0))
			return { key: stem, label, weight: Math.round(weight * 100) / 100 }
		})
		.filter((word) => !keywords.has(word.key))
		.sort((a, b) => b.weight - a.weight || a.label.localeCompare(b.label, 'fr'))
		.slice(0, 25)
	return [...[...keywords.values()].sort((a, b) => b.weight - a.weight), ...words]
}

/** A word in capitals is an acronym (« DEAS »), unless its whole line is written in capitals. */
function displayForm(text: string, token: ContentToken): string {
	const form = text.slice(token.start, token.end)
	if (!/^[\p{Lu}\d]+$/u.test(form)) return form.toLowerCase()
	const lineStart = text.lastIndexOf('\n', token.start) + 1
	const lineEnd = text.indexOf('\n', token.end)
	const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd)
	const shouting = line.replace(/[^\p{Ll}]/gu, '').length < line.replace(/[^\p{L}]/gu, '').length / 3
	return shouting ? form.toLowerCase() : form
}
