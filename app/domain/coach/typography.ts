// French typography, one finding per mistake, each with its fix.
//
// The rule for spaces is the one frenchTypography (#shared/ai/offline/text.ts)
// applies to everything Phoenix writes: a no-break space U+00A0 before ; : ! ?
// and inside « ». A narrow no-break space U+202F is accepted as well (it is
// the finer choice for ; ! ?), but never inserted: the fix must give the same
// letter the product itself would write, and U+202F is missing from many
// fonts, including the standard PDF ones.

import { draft, fr, isProtected, makeFix, type Draft, type LetterText } from './text.ts'

const noBreak = '\u00A0'
// Built apart: the house typography would turn the straight apostrophe it shows into a curly one.
const apostropheMessage = `${fr("En français, l'apostrophe s'écrit « ’ » et non « ")}'${fr(' ».')}`
const isNoBreak = (character: string | undefined) => character === '\u00A0' || character === '\u202F'
const isSpace = (character: string | undefined) => character === ' ' || character === '\t'

const titles = {
	apostrophe: fr('Apostrophe droite'),
	quotes: fr('Guillemets anglais'),
	guillemetSpace: fr('Espace dans les guillemets'),
	missingSpace: fr('Espace insécable manquante'),
	plainSpace: fr('Espace ordinaire avant la ponctuation'),
	ellipsis: fr('Points de suspension'),
	doubleSpace: fr('Espaces en double'),
	spaceBefore: fr('Espace avant la ponctuation'),
	salutation: fr('Majuscule à Madame, Monsieur'),
	abbreviation: fr('Abréviation anglaise'),
}

export function checkTypography(letter: LetterText): Draft[] {
	const { text } = letter
	const drafts: Draft[] = []
	const add = (
		rule: string,
		title: string,
		message: string,
		span: { start: number; end: number },
		replacement: string,
		fixRange = span,
		label?: string,
	) => {
		if (isProtected(letter, span.start, span.end)) return
		const fix = makeFix(text, fixRange.start, fixRange.end, replacement, label ?? `Remplacer par “${replacement.replace(/\u00A0/g, ' ')}”`)
		drafts.push(draft('typography', rule, 'detail', title, message, { span, text, fix }))
	}

	for (let index = 0; index < text.length; index++) {
		const character = text[index]
		if (character === "'") {
			add('apostrophe', titles.apostrophe, apostropheMessage, { start: index, end: index + 1 }, '’')
		} else if (character === '«') {
			const next = text[index + 1]
			if (isNoBreak(next) || next === undefined || next === '\n' || next === '»') continue
			let end = index + 1
			while (isSpace(text[end])) end++
			if (end === index + 1) {
				add(
					'guillemet-espace',
					titles.guillemetSpace,
					fr('Après un guillemet ouvrant, il faut une espace insécable : sinon il peut rester seul en fin de ligne.'),
					{ start: index, end: index + 1 },
					noBreak,
					{ start: end, end },
					'Insérer une espace insécable',
				)
			} else if (text[end] !== '\n' && end < text.length) {
				add(
					'guillemet-espace',
					titles.guillemetSpace,
					fr("Après un guillemet ouvrant, l'espace doit être insécable : sinon le guillemet peut rester seul en fin de ligne."),
					{ start: index, end: end },
					noBreak,
					{ start: index + 1, end },
					'Rendre l’espace insécable',
				)
			}
		} else if (character === '»') {
			const previous = text[index - 1]
			if (isNoBreak(previous) || previous === undefined || previous === '\n' || previous === '«') continue
			let start = index
			while (isSpace(text[start - 1])) start--
			if (start === index) {
				add(
					'guillemet-espace',
					titles.guillemetSpace,
					fr('Avant un guillemet fermant, il faut une espace insécable : sinon il peut se retrouver seul en début de ligne.'),
					{ start: index, end: index + 1 },
					noBreak,
					{ start: index, end: index },
					'Insérer une espace insécable',
				)
			} else if (start > 0 && text[start - 1] !== '\n') {
				add(
					'guillemet-espace',
					titles.guillemetSpace,
					fr("Avant un guillemet fermant, l'espace doit être insécable : sinon le guillemet peut se retrouver seul en début de ligne."),
					{ start, end: index + 1 },
					noBreak,
					{ start, end: index },
					'Rendre l’espace insécable',
				)
			}
		} else if (character === ';' || character === ':' || character === '!' || character === '?') {
			const previous = text[index - 1]
			const next = text[index + 1]
			if (previous === undefined || previous === '\n' || isNoBreak(previous) || /[!?]/.test(previous)) continue
			const followedWell = character === ':' ? next === undefined || /\s/.test(next) : next === undefined || /[\s»)"”’!?.…]/.test(next)
			if (!followedWell) continue
			if (isSpace(previous)) {
				let start = index
				while (isSpace(text[start - 1]) || isNoBreak(text[start - 1])) start--
				if (start === 0 || text[start - 1] === '\n') continue
				add(
					'espace-ordinaire',
					titles.plainSpace,
					fr(`Avant « ${character} », l'espace doit être insécable : sinon « ${character} » peut se retrouver seul en début de ligne.`),
					{ start, end: index + 1 },
					noBreak,
					{ start, end: index },
					'Rendre l’espace insécable',
				)
			} else {
				add(
					'espace-manquante',
					titles.missingSpace,
					fr(`En français, « ${character} » est précédé d'une espace insécable.`),
					{ start: index, end: index + 1 },
					noBreak,
					{ start: index, end: index },
					'Insérer une espace insécable',
				)
			}
		}
	}

	addPairs(letter, drafts, add)

	for (const match of text.matchAll(/\.{3,}/g)) {
		add(
			'points-suspension',
			titles.ellipsis,
			fr("Les points de suspension s'écrivent avec un seul caractère : « … »."),
			{ start: match.index, end: match.index + match[0].length },
			'…',
		)
	}
	for (const match of text.matchAll(/(?<=\S) {2,}(?=[^\s,.;:!?»])/g)) {
		add(
			'espaces-doubles',
			titles.doubleSpace,
			fr('Une seule espace entre deux mots.'),
			{ start: match.index, end: match.index + match[0].length },
			' ',
			undefined,
			'Garder une seule espace',
		)
	}
	for (const match of text.matchAll(/(?<=[^\s«])[ \u00A0\u202F]+(?=,|\.(?![.\p{L}\p{N}]))/gu)) {
		const mark = text[match.index + match[0].length] === ',' ? 'la virgule' : 'le point'
		add(
			'espace-avant',
			titles.spaceBefore,
			fr(`Pas d'espace avant ${mark}.`),
			{ start: match.index, end: match.index + match[0].length + 1 },
			'',
			{ start: match.index, end: match.index + match[0].length },
			'Supprimer l’espace',
		)
	}
	for (const match of text.matchAll(
		/(?<![\p{L}\p{N}])(madame|monsieur|mesdames|messieurs)(?:(,[ \t\u00A0]*)(madame|monsieur|mesdames|messieurs))?(?![\p{L}\p{N}])/giu,
	)) {
		const words = match[0]
		if (!/(?<![\p{L}\p{N}])\p{Ll}/u.test(words)) continue
		const before = text.slice(Math.max(0, match.index - 3), match.index)
		// A lone « monsieur, » is a salutation only where one stands: opening a line, or after a comma in the closing formula.
		const salutation = match[3] !== undefined || match.index === 0 || /(?:\n|,)[ \t\u00A0]*$/.test(before)
		if (!salutation) continue
		const capitalised = words.replace(/(?<![\p{L}\p{N}])\p{Ll}/gu, (letterCase) => letterCase.toUpperCase())
		add(
			'madame-monsieur',
			titles.salutation,
			fr("Dans l'appel et dans la formule de politesse, « Madame » et « Monsieur » prennent une majuscule."),
			{ start: match.index, end: match.index + words.length },
			capitalised,
		)
	}
	for (const match of text.matchAll(/(?<![\p{L}\p{N}])(Mr\.?|Mme\.|Mlle\.|Melle\.?)(?=[ \t\u00A0]+\p{Lu})/gu)) {
		const abbreviation = match[0]
		const replacement = abbreviation.startsWith('Mr') ? 'M.' : abbreviation.startsWith('Mme') ? 'Mme' : 'Mlle'
		add(
			'abreviation',
			titles.abbreviation,
			fr(`En français, on abrège « ${replacement} » (« Monsieur » donne « M. », « Madame » « Mme », sans point).`),
			{ start: match.index, end: match.index + abbreviation.length },
			replacement,
		)
	}
	return drafts
}

/** "…" and “…” become « … »; an unpaired straight quote is turned according to its side. */
function addPairs(
	letter: LetterText,
	drafts: Draft[],
	add: (rule: string, title: string, message: string, span: { start: number; end: number }, replacement: string) => void,
) {
	const { text } = letter
	const message = fr("En français, on cite entre « … », avec une espace insécable à l'intérieur.")
	let lineStart = 0
	for (const line of text.split('\n')) {
		const straight: number[] = []
		for (let index = 0; index < line.length; index++)
			if (line[index] === '"' && !isProtected(letter, lineStart + index, lineStart + index + 1)) straight.push(lineStart + index)
		for (let pair = 0; pair + 1 < straight.length; pair += 2) {
			const open = straight[pair] ?? 0
			const close = straight[pair + 1] ?? 0
			add(
				'guillemets',
				titles.quotes,
				message,
				{ start: open, end: close + 1 },
				`«${noBreak}${text.slice(open + 1, close).trim()}${noBreak}»`,
			)
		}
		if (straight.length % 2 === 1) {
			const lone = straight[straight.length - 1] ?? 0
			const opening = lone === 0 || /[\s(\u00A0]/.test(text[lone - 1] ?? '')
			add('guillemets', titles.quotes, message, { start: lone, end: lone + 1 }, opening ? `«${noBreak}` : `${noBreak}»`)
		}
		for (const match of line.matchAll(/“([^”]*)”/g)) {
			add(
				'guillemets',
				titles.quotes,
				message,
				{ start: lineStart + match.index, end: lineStart + match.index + match[0].length },
				`«${noBreak}${(match[1] ?? '').trim()}${noBreak}»`,
			)
		}
		lineStart += line.length + 1
	}
	return drafts
}
