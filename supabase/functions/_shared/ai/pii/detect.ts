// Finds the personal data in a French text before it leaves for an AI
// provider. Identifiers with a checksum are only reported when the checksum
// holds; postcodes, birth dates and names need a context that says what they
// are, so salaries, employment dates, ROME codes and city names stay readable.
import type { PiiSpan, PiiType } from '../types.ts'
import {
	afterClosingFormula,
	ambiguousFirstNames,
	brandNames,
	isFirstName,
	nameKey,
	namedPlaceWords,
	notNameWords,
	surnameParticles,
} from './names.ts'
import { isCardValid, isIbanValid, isNirValid, isSirenValid, isSiretValid } from './validators.ts'

/** When two candidates cover exactly the same text, the one earlier here wins. */
const specificity: readonly PiiType[] = [
	'NIR',
	'IBAN',
	'SIRET',
	'CARTE',
	'SIREN',
	'EMAIL',
	'TELEPHONE',
	'DATE_NAISSANCE',
	'ADRESSE',
	'CODE_POSTAL',
	'PERSONNE',
]

function span(text: string, type: PiiType, start: number, end: number): PiiSpan {
	return { type, start, end, value: text.slice(start, end) }
}

/**
 * Every match of a pattern that `accept` keeps. A rejected match is retried one
 * character further, so a failed checksum at one alignment does not hide a
 * valid number starting inside it.
 */
function scan(text: string, pattern: RegExp, accept: (match: RegExpExecArray) => PiiSpan | null): PiiSpan[] {
	const regex = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`)
	const found: PiiSpan[] = []
	let match: RegExpExecArray | null
	while ((match = regex.exec(text))) {
		const kept = accept(match)
		if (kept) {
			found.push(kept)
			regex.lastIndex = Math.max(kept.end, match.index + 1)
		} else {
			regex.lastIndex = match.index + 1
		}
	}
	return found
}

// ——— Contact details ———

const emailPattern = /(?<![\p{L}\p{N}._%+\-])[\p{L}\p{N}._%+\-]+@[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)*\.\p{L}{2,}/gu

function findEmails(text: string): PiiSpan[] {
	return scan(text, emailPattern, (match) => span(text, 'EMAIL', match.index, match.index + match[0].length))
}

// Guards shared by the number patterns: a number glued to digits, or to a
// digit group on either side, is part of something longer.
const numberStart = String.raw`(?<![\p{L}\p{N}+]|\p{N}[ .\-])`
const numberEnd = String.raw`(?![\p{N}]|[ .\-]\p{N})`

const phonePatterns = [
	new RegExp(String.raw`${numberStart}0[1-9](?:[ .\-]?\d{2}){4}${numberEnd}`, 'gu'),
	new RegExp(
		String.raw`(?<![\p{L}\p{N}])(?:\((?:\+|00)33\)|(?:\+|00)33)[ .\-]?(?:\(0\)[ .\-]?)?[1-9](?:[ .\-]?\d{2}){4}${numberEnd}`,
		'gu',
	),
	new RegExp(String.raw`(?<![\p{L}\p{N}])\+(?!33)[1-9]\d{0,2}(?:[ .\-]?\(?\d{1,4}\)?){2,6}${numberEnd}`, 'gu'),
]

function findPhones(text: string): PiiSpan[] {
	return phonePatterns.flatMap((pattern) =>
		scan(text, pattern, (match) => {
			const digitCount = match[0].replace(/\D/g, '').length
			if (digitCount < 8 || digitCount > 15) return null
			return span(text, 'TELEPHONE', match.index, match.index + match[0].length)
		}),
	)
}

// ——— Identifiers with a checksum ———

const ibanPattern = /(?<![\p{L}\p{N}])[A-Z]{2}\d{2}(?:[ \-]?[A-Z0-9]){11,30}/giu

/** The longest prefix of the match that is a valid IBAN and ends on a group boundary (« … 189 BIC » keeps « … 189 »). */
function findIbans(text: string): PiiSpan[] {
	return scan(text, ibanPattern, (match) => {
		const candidate = match[0]
		for (let end = candidate.length; end >= 15; end--) {
			if (/[A-Z0-9]/i.test(candidate[end] ?? '')) continue
			const prefix = candidate.slice(0, end).trimEnd()
			if (prefix.length === end && isIbanValid(prefix)) return span(text, 'IBAN', match.index, match.index + end)
		}
		return null
	})
}

const nirPattern = new RegExp(String.raw`${numberStart}[1-478](?:[ .\-]?[\dAB]){14}${numberEnd}`, 'giu')

function findNirs(text: string): PiiSpan[] {
	return scan(text, nirPattern, (match) =>
		isNirValid(match[0]) ? span(text, 'NIR', match.index, match.index + match[0].length) : null,
	)
}

const siretPattern = new RegExp(
	String.raw`${numberStart}\d{3}[ .]?\d{3}[ .]?\d{3}[ .]?(?:\d{5}|\d{3}[ .]\d{2})${numberEnd}`,
	'gu',
)
const sirenPattern = new RegExp(String.raw`${numberStart}\d{3}([ .]?)\d{3}\1\d{3}${numberEnd}`, 'gu')

function findSirets(text: string): PiiSpan[] {
	return scan(text, siretPattern, (match) =>
		isSiretValid(match[0]) ? span(text, 'SIRET', match.index, match.index + match[0].length) : null,
	)
}

function findSirens(text: string): PiiSpan[] {
	return scan(text, sirenPattern, (match) =>
		isSirenValid(match[0]) ? span(text, 'SIREN', match.index, match.index + match[0].length) : null,
	)
}

const cardPattern = new RegExp(String.raw`${numberStart}[2-6]\d{3}(?:[ \-]?\d){9,15}${numberEnd}`, 'gu')

/** How card numbers are printed: one block, groups of four, or American Express's 4-6-5. */
function looksLikeCardLayout(candidate: string): boolean {
	const groups = candidate.split(/[ \-]/)
	if (groups.length === 1) return true
	if (new Set(candidate.match(/[ \-]/g)).size > 1) return false
	const lengths = groups.map((group) => group.length)
	if (lengths.join('-') === '4-6-5' || lengths.join('-') === '4-6-4') return true
	const last = lengths[lengths.length - 1] ?? 0
	return lengths.slice(0, -1).every((length) => length === 4) && last >= 1 && last <= 4
}

function findCards(text: string): PiiSpan[] {
	return scan(text, cardPattern, (match) =>
		looksLikeCardLayout(match[0]) && isCardValid(match[0])
			? span(text, 'CARTE', match.index, match.index + match[0].length)
			: null,
	)
}

// ——— Dates of birth ———

const monthNames = String.raw`janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre`
const fullDate = new RegExp(
	String.raw`(?:(?:0?[1-9]|[12]\d|3[01])[/.\-](?:0?[1-9]|1[0-2])[/.\-](?:19|20)?\d{2}|(?:19|20)\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])|(?:1er|0?[1-9]|[12]\d|3[01])\s+(?:${monthNames})\s+(?:19|20)\d{2})(?!\p{N})`,
	'iuy',
)
const birthContext =
	/(?<!\p{L})(?:n[ée]e?(?:\s?\(e\)|·e|\.e)?(?:\s+à\s+[\p{L}'’ \-]{2,40}?)?\s+le|date\s+(?:et\s+lieu\s+)?de\s+naissance|naissance(?:\s+le)?|ddn|dob|d\.o\.b\.|date\s+of\s+birth|born(?:\s+on)?)(?!\p{L})\s*[:\-–]?\s*/giu

/** Only a full date right after a birth context: « né en 1985 » or « né le 12 mai » stay as written. */
function findBirthDates(text: string): PiiSpan[] {
	return scan(text, birthContext, (match) => {
		fullDate.lastIndex = match.index + match[0].length
		const date = fullDate.exec(text)
		return date ? span(text, 'DATE_NAISSANCE', date.index, date.index + date[0].length) : null
	})
}

// ——— Addresses and postcodes ———

const postcode = String.raw`(?:0[1-9]|[1-8]\d|9[0-5])\d{3}|97[1-6]\d{2}`
const cityName = String.raw`(?:(?:Le|La|Les|L['’])[ \t]?)?\p{Lu}[\p{L}\p{M}]*(?:[\-'’][\p{L}\p{M}]+)*(?:[ \t]+(?:Cedex|CEDEX)(?:[ \t]+\d{1,2})?)?`

/** Street kinds whose name may be written in lower case (« 12 rue des lilas »). */
const streetKinds = String.raw`rue|avenue|av\.|ave|boulevard|bd|bld|blvd|all[ée]e|impasse|imp\.|faubourg|fbg|chauss[ée]e|ruelle|venelle|sentier|sente|lotissement|r[ée]sidence|hameau|lieu-dit|quai|esplanade|rond-point|traverse|mont[ée]e`
/** Street kinds that are also common words (« 2 cours de yoga »): their name must be capitalised. */
const commonWordStreetKinds = String.raw`place|pl\.|chemin|route|rte|cours|square|passage|villa|cit[ée]|promenade|parvis|clos|domaine|quartier|carrefour|galerie|parc`
const addressStart = new RegExp(
	String.raw`(?<![\p{L}\p{N}])\d{1,4}(?:[\-–]\d{1,4})?(?:[ \t]?(?:bis|ter|quater)(?!\p{L})|[A-Da-d](?!\p{L}))?,?[ \t]+(?:(${streetKinds})|(${commonWordStreetKinds}))(?![\p{L}\-])`,
	'giu',
)
const addressTail = new RegExp(
	String.raw`(?:[ \t]*[,–\-][ \t]*|[ \t]+)(?:${postcode})(?!\p{N})(?:[ \t]+${cityName})?`,
	'uy',
)
const streetParticles = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'l', 'd', 'aux', 'au'])
/** Capitalised words that start the next sentence or field rather than continue a street name. */
// prettier-ignore
const notStreetWords = new Set([
	'je', 'j', 'il', 'elle', 'on', 'nous', 'vous', 'ils', 'elles', 'ce', 'cet', 'cette', 'mon', 'ma', 'mes', 'votre',
	'notre', 'et', 'ou', 'mais', 'donc', 'car', 'bonjour', 'merci', 'tel', 'telephone', 'email', 'mail', 'portable',
	'mobile', 'fixe', 'cp', 'code', 'bp', 'cedex', 'depuis', 'pour', 'avec', 'chez', 'dans', 'entre', 'appartement',
	'apt', 'bat', 'batiment', 'escalier', 'etage',
])
const streetToken = /[ \t]+(?:(\d{1,4}(?:er|e)?)|([\p{L}][\p{L}\p{M}]*(?:[\-'’][\p{L}\p{M}]+)*))(?![\p{L}\p{N}])/uy

function startsUpper(word: string): boolean {
	return /^\p{Lu}/u.test(word)
}

/**
 * Where the street name ends, or null when nothing that reads like a street
 * name follows the kind. Numbers belong to it only after a particle or inside
 * a date (« rue du 8 Mai 1945 »), so a postcode never does.
 */
function streetNameEnd(text: string, from: number, needsCapital: boolean): number | null {
	let position = from
	let end: number | null = null
	let sawCapital = false
	let previous = 'start' as 'start' | 'particle' | 'number' | 'capitalAfterNumber' | 'word'
	for (;;) {
		streetToken.lastIndex = position
		const token = streetToken.exec(text)
		if (!token) break
		const [whole, number, word = ''] = token
		if (number !== undefined) {
			if (previous !== 'particle' && previous !== 'capitalAfterNumber') break
			previous = 'number'
		} else {
			const elided = /^[ldLD]['’]/.test(word)
			const core = elided ? word.slice(2) : word
			const key = nameKey(core)
			if (!elided && streetParticles.has(key) && previous !== 'particle') {
				previous = 'particle'
				position += whole.length
				continue
			}
			const upper = startsUpper(core)
			const free = previous === 'particle' || previous === 'start' || elided
			if (!free && (!upper || notStreetWords.has(key))) break
			if (upper) sawCapital = true
			previous = upper && previous === 'number' ? 'capitalAfterNumber' : 'word'
		}
		position += whole.length
		end = position
	}
	if (end === null || (needsCapital && !sawCapital)) return null
	return end
}

function findAddresses(text: string): PiiSpan[] {
	return scan(text, addressStart, (match) => {
		const afterKind = match.index + match[0].length
		const commonWord = match[2] !== undefined
		let end = streetNameEnd(text, afterKind, commonWord)
		if (end === null) return null
		addressTail.lastIndex = end
		const tail = addressTail.exec(text)
		if (tail) end = tail.index + tail[0].length
		return span(text, 'ADRESSE', match.index, end)
	})
}

const postcodePattern = new RegExp(String.raw`(?<![\p{L}\p{N}]|\p{N}[ .])(?:${postcode})(?![\p{N}]|[ .,]\d)`, 'gu')
const cityAfter = new RegExp(String.raw`[ \t]*,?[ \t]*(${cityName})`, 'uy')
const postalLabelBefore = /(?:(?<!\p{L})cp|c\.p\.|code\s+postal)\s*(?::|=|est(?:\s+le)?)?\s*$/iu
const cityBefore = /\p{Lu}[\p{L}\p{M}'’\-]+\s*\($/u
/** Capitalised words met after five-digit counts and amounts (« 32000 Euros »), never a city. */
// prettier-ignore
const notCityWords = new Set([
	'euros', 'euro', 'eur', 'francs', 'dollars', 'usd', 'heures', 'habitants', 'salaries', 'personnes', 'visiteurs',
	'stagiaires', 'clients', 'km', 'ans', 'jours', 'mois', 'semaines', 'contrats', 'postes', 'emplois', 'offres',
	'entreprises', 'candidats', 'employes', 'abonnes', 'membres', 'etudiants', 'eleves', 'points', 'brut', 'net',
	'nets', 'ht', 'ttc', 'janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre',
	'octobre', 'novembre', 'decembre', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
])

/** A five-digit number is a postcode only next to a city, after « CP » / « code postal », or as « Brest (29200) ». */
function findPostcodes(text: string): PiiSpan[] {
	return scan(text, postcodePattern, (match) => {
		const start = match.index
		const end = start + match[0].length
		cityAfter.lastIndex = end
		const city = cityAfter.exec(text)
		const cityWord = city?.[1]?.split(/[ \t\-'’]/)[0]
		const followedByCity = city !== null && cityWord !== undefined && !notCityWords.has(nameKey(cityWord))
		const before = text.slice(Math.max(0, start - 40), start)
		const labelled = postalLabelBefore.test(before)
		const inParentheses = cityBefore.test(before) && text[end] === ')'
		return followedByCity || labelled || inParentheses ? span(text, 'CODE_POSTAL', start, end) : null
	})
}

// ——— Person names ———

type Word = { text: string; start: number; end: number; key: string }

const wordPattern = /[\p{L}][\p{L}\p{M}]*(?:[\-'’][\p{L}][\p{L}\p{M}]*)*/gu

function wordsOf(text: string): Word[] {
	return [...text.matchAll(wordPattern)].map((match) => ({
		text: match[0],
		start: match.index,
		end: match.index + match[0].length,
		key: nameKey(match[0]),
	}))
}

function isAllCaps(word: string): boolean {
	return /^[\p{Lu}][\p{Lu}\-'’]+$/u.test(word)
}

/** Capitalised the way a name is (« Martin », « MARTIN », « Dubois-Martin », « d'Arcy »), and not a known common word. */
function isNameShaped(word: Word): boolean {
	const core = /^[dDlL]['’]\p{Lu}/u.test(word.text) ? word.text.slice(2) : word.text
	if (!startsUpper(core)) return false
	if (notNameWords.has(nameKey(core))) return false
	return isAllCaps(core) || /\p{Ll}/u.test(core)
}

/** Words before a surname: « Madame Dubois », « M. Girard », « Dr Lemaître ». */
// prettier-ignore
const titleWords = new Set(['madame', 'monsieur', 'mademoiselle', 'mme', 'mlle', 'm', 'mr', 'dr', 'docteur', 'maitre', 'me', 'pr', 'professeur'])
// prettier-ignore
const greetingWords = new Set(['bonjour', 'bonsoir', 'salut', 'coucou', 'merci', 'cher', 'chere', 'hello', 'hi', 'dear'])
/** Softer introductions: enough for a first name of the lexicon even when it is also a common word (« je suis Claire »). */
const lexiconIntroduction = /(?:je\s+suis|c['’]est|ici|moi\s*,?\s+c['’]est|appelez-moi|signé)\s+$/iu
const selfIntroduction = /(?:je\s+m['’]appelle|je\s+me\s+nomme|mon\s+nom\s+(?:est|c['’]est)|moi\s*,?\s+c['’]est)\s+$/iu
const nameLabel =
	/(?<!\p{L})(?:nom(?:\s+(?:de\s+famille|d['’]usage|de\s+naissance|et\s+pr[ée]noms?))?|pr[ée]noms?(?:\s+et\s+nom)?|nom\s*\/\s*pr[ée]nom|candidate?|contact|interlocut(?:eur|rice)|sign[ée]e?|signataire|exp[ée]dit(?:eur|rice)|destinataire)\s*:\s*$/iu

/** A run of name-shaped words separated by single spaces, particles included only between two of them. */
function nameRunFrom(text: string, words: Word[], first: number): number {
	let last = first
	let index = first + 1
	while (index < words.length && index - first < 6) {
		const previous = words[index - 1] as Word
		const word = words[index] as Word
		if (text.slice(previous.end, word.start) !== ' ') break
		if (isNameShaped(word)) {
			last = index
			index++
			continue
		}
		const next = words[index + 1]
		const isParticle = surnameParticles.has(word.key) || /^[dD]['’]\p{Lu}/u.test(word.text)
		if (isParticle && next && text.slice(word.end, next.start) === ' ' && isNameShaped(next)) {
			last = index + 1
			index += 2
			continue
		}
		if (/^[dD]['’]\p{Lu}/u.test(word.text)) {
			last = index
			index++
			continue
		}
		break
	}
	return last
}

function isSentenceStart(text: string, position: number): boolean {
	const windowStart = Math.max(0, position - 80)
	const before = text.slice(windowStart, position).trimEnd()
	if (before === '') return windowStart === 0 || /\s/u.test(text[windowStart] ?? '')
	return /[.!?:;\n«"“(\-–—•|·>]$/u.test(before)
}

/** Alone on its line but for spaces and closing punctuation; looks only at the characters around, never the whole text. */
function isWholeLine(text: string, start: number, end: number): boolean {
	let before = start - 1
	while (before >= 0 && (text[before] === ' ' || text[before] === '\t')) before--
	if (before >= 0 && text[before] !== '\n') return false
	let after = end
	while (after < text.length && /[ \t.,;!\r]/.test(text[after] as string)) after++
	return after === text.length || text[after] === '\n'
}

function isSignatureLine(text: string, start: number, end: number): boolean {
	if (!isWholeLine(text, start, end)) return false
	let lineStart = start
	while (lineStart > 0 && text[lineStart - 1] !== '\n') lineStart--
	const before = text.slice(Math.max(0, lineStart - 300), lineStart).replace(/’/g, "'")
	return afterClosingFormula.test(before)
}

function isBrand(words: Word[]): boolean {
	const phrase = words.map((word) => word.key).join(' ')
	return brandNames.some((brand) => phrase === brand || phrase.startsWith(`${brand} `))
}

function findPersons(text: string): PiiSpan[] {
	const words = wordsOf(text)
	const found: PiiSpan[] = []
	let index = 0
	while (index < words.length) {
		const word = words[index] as Word
		const previous = words[index - 1]
		const gapBefore = previous ? text.slice(previous.end, word.start) : ''
		const textBefore = text.slice(Math.max(0, word.start - 60), word.start)
		const introduced = selfIntroduction.test(textBefore)

		const titled =
			previous !== undefined &&
			titleWords.has(previous.key) &&
			(previous.key.length > 2 || startsUpper(previous.text)) &&
			(gapBefore === ' ' || gapBefore === '. ')
		const next = words[index + 1]
		// « Mme Le Goff », « Monsieur de Villepin »: a particle may open a surname, never a name on its own.
		const opensSurname =
			surnameParticles.has(word.key) &&
			!isAllCaps(word.text) &&
			(startsUpper(word.text) || titled) &&
			next !== undefined &&
			text.slice(word.end, next.start) === ' ' &&
			isNameShaped(next)

		if (!isNameShaped(word) && !opensSurname) {
			// « je m'appelle kevin »: a lower-case first name is still a name once introduced.
			if (introduced && /^\p{Ll}/u.test(word.text) && isFirstName(word.text)) {
				found.push(span(text, 'PERSONNE', word.start, word.end))
			}
			index++
			continue
		}

		const last = nameRunFrom(text, words, index)
		const run = words.slice(index, last + 1)
		const start = word.start
		const end = (words[last] as Word).end
		const runStart = index
		index = last + 1

		const labelled = nameLabel.test(textBefore)
		const signature = isSignatureLine(text, start, end)
		const placeBefore = previous !== undefined && gapBefore === ' ' && namedPlaceWords.has(previous.key)
		if (placeBefore || isBrand(run)) continue
		if (titled || introduced || labelled || signature) {
			found.push(span(text, 'PERSONNE', start, end))
			continue
		}

		if (opensSurname) {
			index = runStart + 1
			continue
		}
		const second = run[1]
		const firstIsName = isFirstName(word.text)
		const surnameFirst =
			second !== undefined && isAllCaps(word.text) && !isAllCaps(second.text) && isFirstName(second.text)
		if (!firstIsName && !surnameFirst) {
			// « Réponse de Audrey Lacroix »: the name may start further in the run.
			index = runStart + 1
			continue
		}
		const ambiguous = ambiguousFirstNames.has(word.key)
		const greeted =
			(previous !== undefined && greetingWords.has(previous.key) && gapBefore === ' ') ||
			lexiconIntroduction.test(textBefore)
		// « Menuiserie Arnaud »: a first name closing a capitalised company or place name.
		const endsLongerName = previous !== undefined && gapBefore === ' ' && isNameShaped(previous)
		if (run.length === 1 && endsLongerName) continue

		if (run.length >= 2) {
			const surnameInCaps = second !== undefined && isAllCaps(second.text) && !isAllCaps(word.text)
			// « Marine Harvest recrute » reads as a company; « Claire Martin, 12 rue… » as a person.
			const prose = /^ \p{Ll}/u.test(text.slice(end, end + 2)) && !isFirstName(second?.text ?? '')
			if (ambiguous && isSentenceStart(text, start) && !surnameInCaps && !greeted && prose) continue
			found.push(span(text, 'PERSONNE', start, end))
			continue
		}
		// A first name on its own.
		if (isAllCaps(word.text) && !greeted) continue
		if (ambiguous && !greeted) continue
		found.push(span(text, 'PERSONNE', start, end))
	}
	return found
}

// ——— Putting it together ———

function resolveOverlaps(candidates: PiiSpan[]): PiiSpan[] {
	const ordered = [...candidates].sort(
		(a, b) =>
			b.end - b.start - (a.end - a.start) ||
			specificity.indexOf(a.type) - specificity.indexOf(b.type) ||
			a.start - b.start,
	)
	const kept: PiiSpan[] = []
	for (const candidate of ordered) {
		if (kept.every((other) => candidate.end <= other.start || other.end <= candidate.start)) kept.push(candidate)
	}
	return kept.sort((a, b) => a.start - b.start)
}

/** The personal data in a text: non-overlapping spans in reading order, the longest (then the most specific) kept on overlap. */
export function findPii(text: string): PiiSpan[] {
	return resolveOverlaps([
		...findEmails(text),
		...findIbans(text),
		...findNirs(text),
		...findSirets(text),
		...findSirens(text),
		...findCards(text),
		...findPhones(text),
		...findBirthDates(text),
		...findAddresses(text),
		...findPostcodes(text),
		...findPersons(text),
	])
}
