// Text normalisation for the injection screener. Attackers dodge keyword
// filters with characters a reader never sees (zero-width, bidi controls, tag
// characters), with compatibility forms (fullwidth, mathematical letters) and
// with Cyrillic or Greek letters that look Latin. `normalizeText` undoes all of
// that while keeping the text readable, because the gateway forwards it to the
// model; `matchingText` is the folded copy the rules run on.

// Zero-width space/non-joiner/joiner, LRM/RLM, Arabic letter mark, word joiner
// and invisible operators, BOM, soft hyphen, Mongolian vowel separator,
// combining grapheme joiner, bidi embeddings/overrides/isolates, variation
// selectors (both blocks) and tag characters.
const INVISIBLE =
	/[\u00AD\u034F\u061C\u115F\u1160\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0\u{E0000}-\u{E007F}\u{E0100}-\u{E01EF}]/gu

// Control characters other than tab, line feed and carriage return.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g

/** Cyrillic and Greek letters that render like Latin ones, plus the dotless i. */
const HOMOGLYPHS: Record<string, string> = {
	// Cyrillic, lower case
	а: 'a', в: 'b', е: 'e', ё: 'e', і: 'i', ї: 'i', ј: 'j', к: 'k', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', ѕ: 's', һ: 'h', ԁ: 'd', ԛ: 'q', ԝ: 'w', ӏ: 'l', ү: 'y', ɡ: 'g',
	// Cyrillic, upper case
	А: 'A', В: 'B', Е: 'E', Ё: 'E', І: 'I', Ї: 'I', Ј: 'J', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', Ѕ: 'S', Ү: 'Y', Ԁ: 'D', Ԛ: 'Q', Ԝ: 'W', Ӏ: 'I',
	// Greek, lower case
	α: 'a', β: 'b', ε: 'e', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', ϲ: 'c', ϳ: 'j',
	// Greek, upper case
	Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X', Ϲ: 'C',
	// Latin letters outside ASCII that NFKC leaves alone
	ı: 'i', ȷ: 'j', ɑ: 'a', ɩ: 'i', ʏ: 'y',
}

const WORD = /[\p{L}\p{M}]+/gu
const LATIN = /\p{Script=Latin}/u

/**
 * Folds look-alikes only inside words that already mix them with Latin letters
 * (« Ignоre » with a Cyrillic о) or that are made of look-alikes alone, so a
 * genuine Russian or Greek sentence passes through unchanged.
 */
function foldHomoglyphs(text: string) {
	return text.replace(WORD, (word) => {
		const letters = [...word]
		const lookalikes = letters.filter((letter) => letter in HOMOGLYPHS).length
		if (lookalikes === 0) return word
		const mixed = letters.some((letter) => LATIN.test(letter) && !(letter in HOMOGLYPHS))
		if (!mixed && lookalikes < letters.length) return word
		return letters.map((letter) => HOMOGLYPHS[letter] ?? letter).join('')
	})
}

/** Runs of blanks become one space; any run holding a line break becomes one line break, so line-anchored markers (« ### SYSTEM ») stay visible. */
function collapseWhitespace(text: string) {
	return text
		.replace(/\r\n?/g, '\n')
		.replace(/\s+/g, (run) => (run.includes('\n') ? '\n' : ' '))
		.trim()
}

/** NFKC, invisible and bidi characters removed, look-alike letters folded, whitespace collapsed; accents and case kept. */
export function normalizeText(text: string): string {
	const visible = text.normalize('NFKC').replace(INVISIBLE, '').replace(CONTROL, '')
	return collapseWhitespace(foldHomoglyphs(visible))
}

/**
 * What is forwarded of a text whose layout matters (a letter and its paragraphs):
 * invisible and bidi characters removed and look-alike letters folded, but line
 * breaks and the no-break spaces of French typography kept.
 */
export function stripInvisible(text: string): string {
	return foldHomoglyphs(text.normalize('NFC').replace(INVISIBLE, '').replace(CONTROL, '')).replace(/\r\n?/g, '\n')
}

/** Lower case without accents, with typographic punctuation reduced to ASCII: the copy the rules run on. */
export function foldForMatching(normalized: string): string {
	return normalized
		.normalize('NFD')
		.replace(/\p{M}+/gu, '')
		.toLowerCase()
		.replace(/œ/g, 'oe')
		.replace(/æ/g, 'ae')
		.replace(/[\u2018\u2019\u201A\u201B\u2032\u02BC\u00B4`]/g, "'")
		.replace(/[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033]/g, '"')
		.replace(/[\u2010-\u2015\u2212]/g, '-')
		.replace(/\u2026/g, '...')
}

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's' }

/** « 1gn0re » → « ignore »: digits and symbols standing for letters, only when they sit inside a word. */
export function foldLeetspeak(folded: string): string {
	return folded.replace(/(?<=[a-z])[013457@$]|[013457@$](?=[a-z])/g, (character) => LEET[character] ?? character)
}

/** « i g n o r e », « i.g.n.o.r.e », « ignore_all_previous »: letters only, for the few rules written against the compact form. */
export function compactLetters(folded: string): string {
	return folded.replace(/[^a-z]+/g, '')
}
