// Offset-keeping tokens for skill and title matching. The shared helpers in
// #shared/ai/offline/text.ts fold and stem; here every token also remembers
// where it sits in the original text (to highlight it) and how strongly it is
// cut from the previous one (a phrase never runs across a line or a sentence).
import { foldForMatching, stem, stopWords } from '#shared/ai/offline/text.ts'

/** 0: same phrase, 1: comma or parenthesis (a list goes on), 2: line, sentence, colon or semicolon. */
export type Boundary = 0 | 1 | 2

export type Token = {
	/** Folded word (lower case, no accents). */
	word: string
	stem: string
	/** Character offsets in the original text. */
	start: number
	end: number
	/** Function word, single letter or inclusive-writing ending. */
	stop: boolean
	/** Boundary between the previous token and this one. */
	before: Boundary
	/** Strongest boundary since the previous content word (what a phrase may not cross). */
	gapBefore: Boundary
	/** Index in the full token list. */
	position: number
}

const extraStopWords = [
	// French function words the shared list leaves out.
	'selon afin ainsi lors etc via apres avant pendant environ vers parmi notamment egalement tant toujours souvent ' +
		'votre vos notre nos leur leurs aux des les une un du de la le l d au en et ou',
	// English, for offers written in English.
	'the and of to with in on for an is are be our we you your or as at by from this that will it its into within ' +
		'who what have has can all any per us their they them was were been being would should could',
].join(' ')

const matchingStopWords: ReadonlySet<string> = new Set([...stopWords, ...extraStopWords.split(/\s+/)])

/** `originalIndex` is null when every folded character sits at the same offset as the original one. */
export type FoldedText = { folded: string; originalIndex: readonly number[] | null }

// The analyser reads the same offer several times (sections, skills, keywords): the last result is kept.
let lastFolded: { text: string; folding: FoldedText } | null = null
let lastTokens: { text: string; tokens: Token[] } | null = null

/** Lower-case and accent-free, with the original offset of every folded character. */
export function foldWithOffsets(text: string): FoldedText {
	if (lastFolded?.text === text) return lastFolded.folding
	const folding = foldUncached(text)
	if (text.length > 200) lastFolded = { text, folding }
	return folding
}

function foldUncached(text: string): FoldedText {
	const { folded, originalIndex } = foldForMatching(text, { keepLineBreaks: true })
	// Accented letters fold to one letter: offsets hold unless a ligature (« œ ») grows into two.
	const sameOffsets = folded.length === text.length && originalIndex.every((at, index) => at === index)
	return { folded, originalIndex: sameOffsets ? null : originalIndex }
}

/** The folded text of foldWithOffsets alone: line breaks kept, same length as the text unless a ligature grew. */
export function foldText(text: string): string {
	return foldWithOffsets(text).folded
}

// « Chargé(e) », « développeur·se », « développeur.euse », « diplômé(e)s »: the
// feminine ending glued to a word is writing, not a word of its own.
const inclusiveEnding =
	/(?<=[a-z])(?:[·•∙.(/-])(?:e|es|se|ses|euse|euses|rice|rices|trice|trices|ice|ere|eres|ve|ves|ive|ives|ne|nne|le|lle|te|ete|fe|ette|enne|ienne)(?:\)s?|[·.]s)?(?![a-z0-9])/g

/** The folded text with inclusive endings blanked out (same length, so offsets still hold). */
export function blankInclusiveEndings(folded: string): string {
	return folded.replace(inclusiveEnding, (ending) => ' '.repeat(ending.length))
}

// Character classes of the separators between two words.
const hardSeparators = new Set(['\n', ';', ':', '!', '?', '•', '…', '|'])
const softSeparators = new Set([',', '(', ')', '[', ']', '"', '«', '»'])

function boundaryBetween(folded: string, from: number, to: number): Boundary {
	let boundary: Boundary = 0
	for (let index = from; index < to; index++) {
		const character = folded[index] ?? ''
		if (hardSeparators.has(character)) return 2
		if (character === '.' || character === '-' || character === '·') {
			// A full stop or a dash between spaces ends a phrase; « node.js » and « front-end » do not.
			const next = folded[index + 1]
			const previous = folded[index - 1]
			if (character === '.' ? next === undefined || next === ' ' || next === '\n' : previous === ' ' && next === ' ') {
				return 2
			}
		} else if (softSeparators.has(character)) boundary = 1
	}
	return boundary
}

/** Every word of a text with its stem, offsets and the boundaries before it (do not modify the array). */
export function tokenizeWithOffsets(text: string): Token[] {
	if (lastTokens?.text === text) return lastTokens.tokens
	const tokens = tokenizeUncached(text, foldWithOffsets(text))
	if (text.length > 200) lastTokens = { text, tokens }
	return tokens
}

function tokenizeUncached(text: string, folding: FoldedText): Token[] {
	const folded = blankInclusiveEndings(folding.folded)
	const { originalIndex } = folding
	const tokens: Token[] = []
	const pattern = /[a-z0-9]+/g
	let previousEnd = 0
	let pending: Boundary = 2
	for (let match = pattern.exec(folded); match; match = pattern.exec(folded)) {
		const word = match[0]
		const foldedStart = match.index
		const before = tokens.length === 0 ? 2 : boundaryBetween(folded, previousEnd, foldedStart)
		previousEnd = foldedStart + word.length
		const stop = matchingStopWords.has(word) || (word.length === 1 && (word < '0' || word > '9'))
		pending = before > pending ? before : pending
		tokens.push({
			word,
			stem: stop ? word : stem(word),
			start: originalIndex ? (originalIndex[foldedStart] ?? 0) : foldedStart,
			end: originalIndex ? (originalIndex[previousEnd] ?? text.length) : previousEnd,
			stop,
			before,
			gapBefore: pending,
			position: tokens.length,
		})
		if (!stop) pending = 0
	}
	return tokens
}

/** A content word: `gapBefore` is the strongest boundary crossed since the previous content word. */
export type ContentToken = Token

/** Content words only (function words dropped, their boundaries kept in `gapBefore`). */
export function contentTokens(tokens: Token[]): ContentToken[] {
	return tokens.filter((token) => !token.stop)
}
