// French text helpers for the offline engine and the domain: the same
// folding, tokenising and stemming serve retrieval over the help articles,
// intent recognition, offer and CV analysis, the letter coach and the
// comparison of ROME labels, so « Développeuse », « développeur » and
// « développement » meet on one form everywhere. They are on every hot path,
// hence the tables and memos.

const ligatures: Record<string, string> = { œ: 'oe', Œ: 'OE', æ: 'ae', Æ: 'AE', ß: 'ss', ø: 'o', Ø: 'O' }

/** « Œuvre élevée » → "OEuvre elevee": accents and ligatures gone, case kept. */
export function foldAccents(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}+/gu, '')
		.replace(/[œŒæÆßøØ]/g, (letter) => ligatures[letter] ?? letter)
}

// Every UTF-16 unit met so far, folded: offers, CVs, letters and ROME labels
// are folded over and over and use a few hundred distinct characters, so each
// is folded once and then read from this table by its code.
const unitFolds: (string | undefined)[] = new Array(0x10000)

function foldUnit(code: number): string {
	let folded = unitFolds[code]
	if (folded === undefined) {
		const character = String.fromCharCode(code)
		if (/[’‘ʼ`´]/.test(character)) folded = "'"
		else if (/[\s\u00A0\u202F]/.test(character)) folded = ' '
		else if (/[‐‑–—]/.test(character)) folded = '-'
		else folded = foldAccents(character).toLowerCase()
		unitFolds[code] = folded
	}
	return folded
}

export type Folding = {
	/** Lower-case, accent-free, ’ made ', dashes made -, every space made ' ' (line breaks too, unless kept). */
	folded: string
	/** originalIndex[i]: index in the text of folded[i]; one extra entry for the end. */
	originalIndex: number[]
}

/**
 * Lower-case, accent-free, typographic apostrophes and spaces made plain,
 * with a map back to the original: intents are matched on the folded form
 * but quote the person's own words (accents and capitals included).
 * `keepLineBreaks` leaves each \n as it is, for matching that must not run
 * across lines.
 */
export function foldForMatching(text: string, options: { keepLineBreaks?: boolean } = {}): Folding {
	const keepLineBreaks = options.keepLineBreaks ?? false
	let folded = ''
	const originalIndex: number[] = []
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index)
		const piece = code === 10 && keepLineBreaks ? '\n' : foldUnit(code)
		folded += piece
		for (let count = 0; count < piece.length; count++) originalIndex.push(index)
	}
	originalIndex.push(text.length)
	return { folded, originalIndex }
}

/** foldForMatching's folded text alone (line breaks made spaces), without the map back. */
function foldWithoutIndex(text: string): string {
	let folded = ''
	for (let index = 0; index < text.length; index++) folded += foldUnit(text.charCodeAt(index))
	return folded
}

// Wordings come back again and again (skill labels, CV lines, offer phrases):
// short texts keep their folded and analysed forms, up to a bound.
const memoLimit = 20_000
const memoTextLength = 1_000

function memoised<T>(compute: (text: string) => T): (text: string) => T {
	const results = new Map<string, T>()
	return (text) => {
		let result = results.get(text)
		if (result === undefined) {
			result = compute(text)
			if (text.length <= memoTextLength) {
				if (results.size >= memoLimit) results.clear()
				results.set(text, result)
			}
		}
		return result
	}
}

/** The folded form alone, spaces collapsed and trimmed, for comparisons. */
export const normalizeText: (text: string) => string = memoised((text) => foldWithoutIndex(text).replace(/ +/g, ' ').trim())

// A clitic before an apostrophe belongs to the next word: « l'offre » is about « offre ».
const elision = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)'/

/** tokenize on a text folded already (normalizeText or foldForMatching), without folding it again. */
export function tokenizeFolded(folded: string): string[] {
	const words: string[] = []
	for (const raw of folded.replace(/aujourd'hui/g, 'aujourdhui').split(/[^a-z0-9']+/)) {
		let word = raw.replace(/^'+|'+$/g, '')
		while (elision.test(word)) word = word.replace(elision, '')
		for (const piece of word.split("'")) if (piece) words.push(piece)
	}
	return words
}

/** Words of a text, folded, with elisions and hyphens split off: « Qu'est-ce que l'ATS ? » → qu, est, ce, que, ats (elided clitic dropped). */
export function tokenize(text: string): string[] {
	return tokenizeFolded(normalizeText(text))
}

/** Function words that say nothing about the subject of a question (folded forms). */
export const stopWords: ReadonlySet<string> = new Set(
	(
		'a ai aie aient aies ait alors as au aucun aucune aupres aussi autre autres aux avec avez avoir avons ' +
		'bah ben bien bon c ca car ce ceci cela celle celles celui cependant certain certains ces cet cette ceux chaque chez ci comme comment ' +
		'd dans de des deja depuis dois doit donc dont du elle elles en encore entre est et etaient etais etait etant ete etes etre eu eux ' +
		'faut fois font hors ici il ils j je jusqu l la le les leur leurs lui m ma mais me meme memes mes moi mon ' +
		'n ne ni nos notre nous on ont or ou par parce pas peu peut peuvent peux plus plutot pour pourquoi pouvez pourrais pourriez puis puisque ' +
		'qu quand que quel quelle quelles quels qui quoi s sa sans se sera ses si sien soi soit son sont sous suis sur ' +
		't ta te tes toi ton tous tout toute toutes tres tu un une unes uns vais veux voici voila vont vos votre vous vu y ' +
		'svp stp merci bonjour bonsoir salut dit dire faire fait'
	).split(' '),
)

const suffixRules: ReadonlyArray<readonly [suffix: string, replacement: string]> = [
	['issements', ''],
	['issement', ''],
	['atrices', ''],
	['atrice', ''],
	['ateurs', ''],
	['ateur', ''],
	['ations', ''],
	['ation', ''],
	['utions', 'u'],
	['ution', 'u'],
	['ements', ''],
	['ement', ''],
	['ments', ''],
	['ment', ''],
	['euses', ''],
	['euse', ''],
	['eurs', ''],
	['eur', ''],
	['eux', ''],
	['ieres', ''],
	['iere', ''],
	['iers', ''],
	['ier', ''],
	['eres', ''],
	['ere', ''],
	['ers', ''],
	['ives', ''],
	['ive', ''],
	['ifs', ''],
	['if', ''],
	['iques', ''],
	['ique', ''],
	['ismes', ''],
	['isme', ''],
	['istes', ''],
	['iste', ''],
	['ables', ''],
	['able', ''],
	['ibles', ''],
	['ible', ''],
	['ances', ''],
	['ance', ''],
	['ences', ''],
	['ence', ''],
	['ants', ''],
	['ant', ''],
	['ents', ''],
	['ent', ''],
	['elles', 'el'],
	['elle', 'el'],
	['ees', ''],
	['ee', ''],
	['es', ''],
	['er', ''],
	['ir', ''],
	['ez', ''],
	['e', ''],
	['s', ''],
	['x', ''],
]

// The ROME index stems some hundred thousand words, many of them again and again.
const stems = new Map<string, string>()

/**
 * A light French stemmer, enough for retrieval: plural and feminine endings
 * and the commonest derivational suffixes are cut, then a doubled final
 * consonant is undoubled. « développeuse », « développeur », « développer »
 * and « développement » all give "develop"; « rigoureux » and « rigueur »
 * both give "rigu". Expects a folded word (see tokenize).
 */
export function stem(word: string): string {
	let stemmed = stems.get(word)
	if (stemmed === undefined) {
		stemmed = stemUncached(word)
		if (stems.size < 200_000) stems.set(word, stemmed)
	}
	return stemmed
}

function stemUncached(word: string): string {
	if (word.length <= 3 || /\d/.test(word)) return word
	// « rigoureux » is « rigueur » with an adjective ending: align them before cutting.
	let current = word.replace(/oureu(?:x|se|ses)$/, 'ueur')
	for (const [suffix, replacement] of suffixRules) {
		if (!current.endsWith(suffix)) continue
		const candidate = current.slice(0, current.length - suffix.length) + replacement
		if (candidate.length >= 3) {
			current = candidate
			break
		}
	}
	if (/([bcdfgklmnprt])\1$/.test(current) && current.length > 4) current = current.slice(0, -1)
	return current
}

/** Content words of a text, stemmed: what retrieval and skill matching compare (shared between calls: do not modify). */
export const analyze: (text: string) => readonly string[] = memoised((text) =>
	tokenize(text)
		.filter((word) => !stopWords.has(word) && (word.length > 1 || /\d/.test(word)))
		.map(stem),
)

/**
 * French typography for text a person reads: ’ for apostrophes, a
 * non-breaking space before ; : ! ? and inside « », and between an amount
 * and €. Link targets and bracketed placeholders (« [PERSONNE_1] ») are
 * left exactly as they are.
 */
export function frenchTypography(text: string): string {
	const protectedParts: string[] = []
	const shielded = text.replace(/\]\([^)\s]*\)|\[[A-Z_]+_\d+\]|https?:\/\/\S+/g, (part) => {
		protectedParts.push(part)
		return `\u0000${protectedParts.length - 1}\u0000`
	})
	const typeset = shielded
		.replace(/'/g, '’')
		.replace(/[ \u00A0\u202F]*([;:!?])(?=\s|$|[»)*])/g, (_, mark: string) => `\u00A0${mark}`)
		.replace(/«[ \u00A0\u202F]*/g, '«\u00A0')
		.replace(/[ \u00A0\u202F]*»/g, '\u00A0»')
		.replace(/(\d) ?€/g, '$1\u00A0€')
	return typeset.replace(/\u0000(\d+)\u0000/g, (_, index: string) => protectedParts[Number(index)] ?? '')
}

// The ROME export writes capital É without its accent (« Etre force de proposition »,
// « Diplôme d'Etat »); these are the words it does it to.
const unaccentedCapitalE = /\bE(?=(?:valu|labor|conom|tabli|tud|tat|quip|cri|dit|mett|lectr|ducat|cout|col|vit|volu|nergi)\p{L}*)/gu

/** ROME text on one line: no doubled apostrophes from the export, accented capitals, no stray markdown. */
export function plain(text: string): string {
	return text
		.replace(/''/g, "'")
		.replace(/\bEtre\b/g, 'Être')
		.replace(unaccentedCapitalE, 'É')
		.replace(/\[/g, '(')
		.replace(/\]/g, ')')
		.replace(/\*/g, '')
		.replace(/[ \t\r\n]+/g, ' ')
		.trim()
}

/**
 * Cuts a text into sentence-sized pieces whose concatenation is the text
 * itself: after . ! ? … followed by a space, and after each line break.
 * Markdown links are never cut, nor list numbers such as « 1. ».
 */
export function splitSentences(text: string): string[] {
	const pieces: string[] = []
	let start = 0
	let bracketDepth = 0
	let inLinkTarget = false
	for (let index = 0; index < text.length; index++) {
		const character = text[index]
		if (character === '[') bracketDepth++
		else if (character === ']') {
			bracketDepth = Math.max(0, bracketDepth - 1)
			if (text[index + 1] === '(') inLinkTarget = true
		} else if (character === ')' && inLinkTarget) inLinkTarget = false
		if (bracketDepth > 0 || inLinkTarget) continue

		let end = -1
		if (character === '\n') {
			end = index + 1
			while (text[end] === '\n') end++
		} else if (/[.!?…]/.test(character ?? '')) {
			// A closing guillemet belongs to the sentence it ends.
			let after = index + 1
			if (text[after] === '\u00A0' && text[after + 1] === '»') after += 2
			else if (text[after] === '»') after += 1
			if (text[after] !== ' ') continue
			const lineStart = text.lastIndexOf('\n', index) + 1
			if (/^\s*\d+$/.test(text.slice(lineStart, index))) continue
			end = after
			while (text[end] === ' ') end++
		}
		if (end > start) {
			pieces.push(text.slice(start, end))
			start = end
			index = end - 1
		}
	}
	if (start < text.length) pieces.push(text.slice(start))
	return pieces
}

// Verbs and words every skill label uses; two labels sharing only these are not alike.
const genericSkillStems = new Set(
	'faire preuve assurer réaliser effectuer mettre œuvre selon ensemble différents types utiliser utilisation connaissance connaissances technique techniques règles base bases cadre niveau principes auprès lien bonne propre gestion gérer solution solutions proposer outil outils activité activités'
		.split(' ')
		.flatMap((word) => analyze(word)),
)

/** The stems that say what a skill is about: `analyze` minus the words every skill label uses. */
export function informativeStems(text: string): Set<string> {
	return new Set(analyze(text).filter((stemmed) => stemmed.length > 2 && !genericSkillStems.has(stemmed)))
}

/** How many stems two skill wordings share. */
export function sharedCount(left: ReadonlySet<string>, right: ReadonlySet<string>): number {
	let count = 0
	for (const term of left) if (right.has(term)) count++
	return count
}
