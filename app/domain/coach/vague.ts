// Words that ask the recruiter to take the candidate's word for it: vague
// quantities (« plusieurs », « divers ») and superlatives with no figure in
// the sentence to back them.

import { normalizeText } from '#shared/ai/offline/text.ts'
import { draft, fr, makeFix, matchFolded, phrase, sentenceAt, withoutOverlaps, type Draft, type LetterText } from './text.ts'

const quantities = phrase(
	[
		'plusieurs',
		'diverses? et variee?s|divers et varies',
		'diverse?s?',
		'(?<=(?:de|dans|sur|avec|par|pour|en|a) )differente?s',
		"beaucoup (?:de|d')",
		'(?:de )?(?:nombreux|nombreuses)',
		'certaine?s (?:competences|choses|qualites|domaines|taches|missions|projets|connaissances|outils|aspects|experiences)',
		'des choses|quelque chose',
		"un certain nombre (?:de|d')",
		"pas mal (?:de|d')",
		"enormement (?:de|d')",
		"bon nombre (?:de|d')",
		"(?:tout )?un tas (?:de|d')",
		"une multitude (?:de|d')",
	].join('|'),
)

const superlatives = phrase(
	[
		'extremement',
		'excellente?s?',
		'parfaitement',
		'enormes?',
		'considerables?',
		'exceptionnel(?:le)?s?',
		'incroyables?',
		'remarquables?',
		'immenses?',
		'irreprochables?',
		'impeccables?',
		'hors pair',
		'(?:une )?(?:solide|grande|riche|vaste|longue|forte|serieuse|large) experience',
		'(?:de )?(?:longues|nombreuses) annees',
	].join('|'),
)

const etcetera = /(?:,\x20*|\x20+)?(?<![\p{L}\p{N}])etc(?![\p{L}\p{N}])(?:\.{1,3}|…)?/dgu

const numberWords =
	/(?<![a-z])(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|cent|cents|mille|dizaines?|douzaines?|vingtaines?|centaines?|milliers?|moitie|tiers|quart|double|triple)(?![a-z])/

function sentenceHasFigure(letter: LetterText, position: number): boolean {
	const sentence = sentenceAt(letter, position)
	if (!sentence) return false
	const text = letter.text.slice(sentence.start, sentence.end)
	if (/\d|%/.test(text)) return true
	return numberWords.test(normalizeText(text))
}

export function checkVague(letter: LetterText): Draft[] {
	const drafts: Draft[] = []
	const spans = withoutOverlaps([
		...matchFolded(letter, quantities).map((match) => ({ ...match, kind: 'quantity' as const })),
		...matchFolded(letter, superlatives)
			.filter((match) => !sentenceHasFigure(letter, match.start))
			.map((match) => ({ ...match, kind: 'superlative' as const })),
	])
	for (const span of spans) {
		const words = letter.text.slice(span.start, span.end)
		if (span.kind === 'quantity') {
			drafts.push(
				draft(
					'vague',
					'quantite',
					'conseil',
					fr('Formulation vague'),
					fr(
						`« ${words} » laisse le recruteur deviner. Donnez le nombre ou un exemple précis (« trois projets React », « 12 patients par poste »).`,
					),
					{ span, text: letter.text, rewritable: true },
				),
			)
		} else {
			drafts.push(
				draft(
					'vague',
					'superlatif',
					'conseil',
					fr('Superlatif sans preuve'),
					fr(`« ${words} » ne se vérifie pas. Appuyez-le sur un chiffre ou un exemple : une durée, un volume, un résultat.`),
					{ span, text: letter.text, rewritable: true },
				),
			)
		}
	}

	for (const match of matchFolded(letter, etcetera)) {
		const etcStart = letter.text.slice(match.start, match.end).search(/etc/i) + match.start
		const span = { start: etcStart, end: match.end }
		const removed = letter.text.slice(match.start, match.end)
		const next = letter.text.slice(match.end).match(/^[ \t\u00A0]*([\s\S]?)/u)?.[1] ?? ''
		// « etc. » that closed the sentence leaves its full stop behind.
		const endedSentence = /[.…]$/.test(removed) && (next === '' || next === '\n' || /\p{Lu}/u.test(next))
		const fix = makeFix(letter.text, match.start, match.end, endedSentence ? '.' : '', `Supprimer “${removed.trim()}”`)
		drafts.push(
			draft(
				'vague',
				'etc',
				'detail',
				fr('Liste qui se termine par « etc. »'),
				fr(
					"« etc. » laisse penser que la liste n'est pas réfléchie. Gardez les éléments les plus parlants pour ce poste et arrêtez-vous là.",
				),
				{ span, text: letter.text, fix, rewritable: false },
			),
		)
	}
	return drafts
}
