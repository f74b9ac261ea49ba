// French text helpers for the offline engine: the same folding, tokenising
// and stemming serve retrieval over the help articles, intent recognition
// and the comparison of ROME skill labels, so « Développeuse », « développeur »
// and « développement » meet on one form everywhere.

const ligatures: Record<string, string> = { œ: 'oe', Œ: 'OE', æ: 'ae', Æ: 'AE', ß: 'ss', ø: 'o', Ø: 'O' }

/** « Œuvre élevée » → "OEuvre elevee": accents and ligatures gone, case kept. */
export function foldAccents(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}+/gu, '')
		.replace(/[œŒæÆßøØ]/g, (letter) => ligatures[letter] ?? letter)
}

/**
 * Lower-case, accent-free, typographic apostrophes and spaces made plain,
 * with a map back to the original: intents are matched on the folded form
 * but quote the person's own words (accents and capitals included).
 */
export function foldForMatching(text: string): { folded: string; originalIndex: number[] } {
	let folded = ''
	const originalIndex: number[] = []
	for (let index = 0; index < text.length; index++) {
		const character = text[index] ?? ''
		let replacement: string
		if (/[’‘ʼ`´]/.test(character)) replacement = "'"
		else if (/[\s\u00A0\u202F]/.test(character)) replacement = ' '
		else if (/[‐‑–—]/.test(character)) replacement = '-'
		else replacement = foldAccents(character).toLowerCase()
		for (const piece of replacement) {
			folded += piece
			originalIndex.push(index)
		}
	}
	originalIndex.push(text.length)
	return { folded, originalIndex }
}

/** The folded form alone, for comparisons. */
export function normalizeText(text: string): string {
	return foldForMatching(text).folded.replace(/ +/g, ' ').trim()
}

// A clitic before an apostrophe belongs to the next word: « l'offre » is about « offre ».
const elision = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)'/

/** Words of a text, folded, with elisions and hyphens split off: « Qu'est-ce que l'ATS ? » → qu, est, ce, que, ats (elided clitic dropped). */
export function tokenize(text: string): string[] {
	const words: string[] = []
	const folded = normalizeText(text).replace(/aujourd'hui/g, 'aujourdhui')
	for (const raw of folded.split(/[^a-z0-9']+/)) {
		let word = raw.replace(/^'+|'+$/g, '')
		while (elision.test(word)) word = word.replace(elision, '')
		for (const piece of word.split("'")) if (piece) words.push(piece)
	}
	return words
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

/**
 * A light French stemmer, enough for retrieval: plural and feminine endings
 * and the commonest derivational suffixes are cut, then a doubled final
 * consonant is undoubled. « développeuse », « développeur », « développer »
 * and « développement » all give "develop"; « rigoureux » and « rigueur »
 * both give "rigu". Expects a folded word (see tokenize).
 */
export function stem(word: string): string {
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

/** Content words of a text, stemmed: what retrieval and skill matching compare. */
export function analyze(text: string): string[] {
	return tokenize(text)
		.filter((word) => !stopWords.has(word) && (word.length > 1 || /\d/.test(word)))
		.map(stem)
}

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
