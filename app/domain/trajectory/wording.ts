// How ROME data reads in a sentence: the export's quirks undone, labels made
// to sit inside French prose, and the diploma an « accès au métier » names.
import { frenchTypography, plain, stopWords, tokenize } from '#shared/ai/offline/text.ts'

/** A multi-line ROME text (one sentence a line, final stops sometimes missing) as one paragraph. */
export function paragraph(text: string | undefined): string | null {
	if (!text) return null
	const lines = text
		.split('\n')
		.map((line) => plain(line))
		.filter(Boolean)
		.map((line) => (/[.!?…]$/.test(line) ? line : `${line}.`))
	return lines.length > 0 ? lines.join(' ') : null
}

/** The first sentence of a paragraph. */
export function firstSentence(text: string): string {
	return text.split(/(?<=[\p{Ll})»][.!?…])\s+(?=\p{Lu})/u)[0] ?? text
}

/** A label inside a sentence: lower-case first letters (« développeur / développeuse web »), acronyms kept (« HTML », « CMS »). */
export function inSentence(label: string): string {
	return label.split(' / ').map(lowerFirst).join(' / ')
}

function lowerFirst(words: string): string {
	return /^\p{Lu}[\p{Lu}\d]/u.test(words) ? words : words.charAt(0).toLowerCase() + words.slice(1)
}

/** Skill labels quoted inside a sentence, where their own commas would blur a list: « coder », « concevoir une application web ». */
export function quoted(labels: readonly string[]): string[] {
	return labels.map((label) => `« ${inSentence(label)} »`)
}

/** « a, b et c ». */
export function enumerate(items: readonly string[]): string {
	if (items.length <= 1) return items.join('')
	return `${items.slice(0, -1).join(', ')} et ${items.at(-1)}`
}

/** Occupations one after the other: « a puis b ». */
export function chain(items: readonly string[]): string {
	return items.join(' puis ')
}

/** « de » before a word, elided before a vowel or a mute h: « de boulanger », « d’infirmier ». */
export function de(words: string): string {
	return /^[aeiouyhàâäéèêëîïôöùûü]/i.test(words) ? `d’${words}` : `de ${words}`
}

/** French typography for prose a person reads (’, no-break spaces before ; : ! ? and inside « »). */
export function typeset(text: string): string {
	return frenchTypography(text)
}

/**
 * The gendered forms of a ROME label: « Conseiller / Conseillère de clientèle bancaire » gives
 * « Conseiller de clientèle bancaire » and « Conseillère de clientèle bancaire »; the words after the
 * feminine form belong to both.
 */
export function genderedForms(label: string): string[] {
	const slash = label.indexOf(' / ')
	if (slash < 0) return [label]
	const masculine = label.slice(0, slash).trim()
	const feminine = label.slice(slash + 3).trim()
	const masculineWords = masculine.split(/\s+/).length
	const feminineWords = feminine.split(/\s+/)
	const shared = feminineWords.slice(masculineWords).join(' ')
	return [shared ? `${masculine} ${shared}` : masculine, feminine]
}

// Either case for the first letter of each word: the export writes « Brevet Professionnel » and « brevet professionnel ».
const anyCase = (phrase: string) =>
	phrase.replace(
		/(^|[\s(|'?:])(\p{L})/gu,
		(_, before: string, letter: string) => `${before}[${letter.toUpperCase()}${letter.toLowerCase()}]`,
	)

// A diploma or title as the « accès au métier » names it, up to the next list separator. Acronyms keep their case (« but » is a word).
const diplomaStart = new RegExp(
	`(?<![\\p{L}])(?:${[
		'CAP',
		'BEP',
		'BP',
		'BTM',
		'BTS',
		'BUT',
		'DUT',
		'DEUST',
		'CQP',
		...[
			'bac(?:calauréat)? ?pro(?:fessionnel)?',
			'brevet (?:professionnel|de maîtrise|technique des métiers)',
			'mention complémentaire',
			'licence(?: professionnelle| pro)?',
			'master',
			'doctorat',
			"diplôme d'(?:état|ingénieur)",
			'diplôme (?:national|supérieur|de niveau)',
			'titre (?:professionnel|RNCP)',
			'certificat de qualification professionnelle',
			'formation de niveau',
			'niveau (?:CAP|bac)',
		].map(anyCase),
	].join('|')})(?![\\p{L}])`,
	'u',
)
const diplomaEnd =
	/\s+(?:ou|et|avec|complétée?s?|obligatoire|dans|pour|sur|selon|mais|puis|ainsi|est|sont|peut|peuvent)(?=[\s,.;:]|$)|[,.;:(\n]|$/u

export type Diploma = {
	/** As the access text words it (« CAP Boulanger », « Diplôme d'État d'Infirmier », « diplôme de niveau Bac+2 »). */
	name: string
	/** The article it takes in a sentence (« un CAP Boulanger », « une Licence Professionnelle en Informatique »). */
	article: 'un' | 'une'
}

const feminineDiploma = /^(?:licence|mention|formation|certification)/i

/** The diplomas or titles the access text names, in its order (at most `limit`), in plain text. */
export function diplomasIn(access: string | null | undefined, limit = 3): Diploma[] {
	if (!access) return []
	const found: Diploma[] = []
	let rest = plain(access)
	while (found.length < limit) {
		const start = diplomaStart.exec(rest)
		if (!start) break
		const tail = rest.slice(start.index)
		const end = diplomaEnd.exec(tail.slice(start[0].length))
		const length = start[0].length + (end ? end.index : tail.length - start[0].length)
		const name = tail.slice(0, length).trim().replace(/\s+/g, ' ')
		if (!found.some((known) => known.name.toLowerCase() === name.toLowerCase())) {
			found.push({ name, article: feminineDiploma.test(name) ? 'une' : 'un' })
		}
		rest = tail.slice(Math.max(length, 1))
	}
	return found
}

/** Folded content words: the shared helpers' `tokenize`, minus function words. */
export function contentWords(text: string): string[] {
	return tokenize(text).filter((word) => !stopWords.has(word))
}
