// Commonplaces of the French cover letter (lexicon.ts), each pointed at, with
// better words when they fit whatever the sentence says next.

import { analyze } from '#shared/ai/offline/text.ts'
import type { OfferAnalysis } from '#app/domain/offer/types.ts'
import { cliches, type ClicheEntry } from './lexicon.ts'
import type { CoachFix } from './types.ts'
import { draft, fr, matchFolded, phrase, replaceFix, withoutOverlaps, type Draft, type FoldedMatch, type LetterText } from './text.ts'

const compiled: { entry: ClicheEntry; pattern: RegExp; title: string; message: string }[] = cliches.map((entry) => ({
	entry,
	pattern: phrase(entry.pattern),
	title: fr(entry.title),
	message: fr(entry.message),
}))

const askedMessage = fr(
	"L'offre demande cette qualité : gardez le mot, mais prouvez-le par une situation vécue (ce que vous avez fait, avec quel résultat).",
)

export function checkCliches(letter: LetterText, offer: OfferAnalysis | null | undefined): Draft[] {
	const found: (FoldedMatch & { item: (typeof compiled)[number] })[] = []
	for (const item of compiled) for (const match of matchFolded(letter, item.pattern)) found.push({ ...match, item })

	const askedQualities = offer
		? [...offer.softSkills, ...offer.hardSkills].map((skill) => analyze(skill.label)).filter((stems) => stems.length > 0)
		: []

	return withoutOverlaps(found).map((match) => {
		const { entry, title, message } = match.item
		const span = { start: match.start, end: match.end }
		const excerpt = letter.text.slice(match.start, match.end)
		if (entry.quality && askedQualities.length > 0) {
			const stems = new Set(analyze(excerpt))
			if (askedQualities.some((quality) => quality.every((stem) => stems.has(stem)))) {
				return draft('cliche', entry.rule, 'detail', title, askedMessage, { span, text: letter.text, rewritable: true })
			}
		}
		let fix: CoachFix | undefined
		if (entry.replacement !== undefined) {
			const words = typeof entry.replacement === 'function' ? entry.replacement(excerpt, match.folded) : entry.replacement
			if (words !== excerpt) fix = replaceFix(letter.text, match.start, match.end, words)
		}
		return draft('cliche', entry.rule, entry.severity, title, message, { span, text: letter.text, fix, rewritable: true })
	})
}
