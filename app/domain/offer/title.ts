// The job title of an offer: its first line, without « H/F », inclusive
// endings, the feminine doublet, the contract and the place, so that it reads
// like a name (« Développeur Front-End React Junior ») and matches ROME.
import { foldText } from '#app/domain/rome/tokens.ts'

const genderMarker = /\(?\s*\b(?:[HFMX]\s*[/-]\s*[HFMX](?:\s*[/-]\s*[HFMX])?)\b\s*\)?/gi
const endings = 'e|es|se|euse|euses|rice|trice|ice|ère|ere|ve|ive|ne|nne|le|lle|te|ète|ete|fe|ette|enne|ienne'
const inclusiveEnding = new RegExp(
	`(?<=\\p{L})(?:[·•∙.](?:${endings})s?|\\((?:${endings})\\)s?|[-/](?:euse|euses|rice|trice|ère|ere)s?)(?!\\p{L})`,
	'giu',
)
const trailingContract = /\s+(?:en\s+)?(?:CDI|CDD|alternance|apprentissage|int[ée]rim|stage|freelance)\s*$/i
const smallWords = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'et', 'en', 'au', 'aux', 'a', 'à', 'ou', 'sur', 'pour', 'un', 'une'])

/** « INFIRMIER / INFIRMIÈRE DIPLÔMÉ(E) D'ÉTAT (H/F) » → « Infirmier diplômé d'État ». */
export function cleanJobTitle(raw: string): string {
	let title = raw.replace(/[\u00A0\u202F]/g, ' ')
	title = title.replace(genderMarker, ' ')
	title = title.replace(inclusiveEnding, '')
	title = collapseFeminineDoublets(title)
	title = title.replace(/\(\s*\)/g, ' ')
	for (let previous = ''; previous !== title;) {
		previous = title
		title = title.replace(trailingContract, '')
	}
	title = title
		.replace(/\s+/g, ' ')
		.replace(/^[\s\-–—,:;|·•*#]+|[\s\-–—,:;|·•*]+$/g, '')
		.trim()
	return isShouting(title) ? sentenceCase(title) : title
}

/** « Boulanger / Boulangère », « Menuisier poseur / Menuisière poseuse » → the first form only. */
function collapseFeminineDoublets(title: string): string {
	// Split on the slashes, keeping each separator as written (« N1/N2 » stays as it is).
	const pieces = title.split(/(\s*\/\s*)/)
	if (pieces.length < 3) return title
	let result = pieces[0] ?? ''
	for (let index = 1; index < pieces.length; index += 2) {
		const separator = pieces[index] ?? '/'
		const right = pieces[index + 1] ?? ''
		const collapsed = collapsePair(result.split(/\s*\/\s*/).pop() ?? '', right)
		if (collapsed === undefined) result += separator + right
		else result = result.slice(0, result.length - (result.split(/\s*\/\s*/).pop() ?? '').length) + collapsed
	}
	return result
}

function collapsePair(left: string, right: string): string | undefined {
	const leftWords = left.trim().split(/\s+/)
	const rightWords = right.trim().split(/\s+/)
	// The doublet may start after a first word (« Apprenti boulanger / boulangère »).
	for (let start = 0; start < leftWords.length; start++) {
		if (!isFeminineOf(leftWords[start] ?? '', rightWords[0] ?? '', true)) continue
		const masculine = leftWords.slice(start)
		let aligned = 1
		while (
			aligned < masculine.length &&
			aligned < rightWords.length &&
			isFeminineOf(masculine[aligned] ?? '', rightWords[aligned] ?? '', false)
		) {
			aligned++
		}
		if (aligned < masculine.length) continue
		return [...leftWords, ...rightWords.slice(aligned)].join(' ')
	}
	return undefined
}

/** Whether `feminine` is the feminine of `masculine` (« Formateur » / « Formatrice », « Chef » / « Cheffe »). */
export function isFeminineOf(masculine: string, feminine: string, strict: boolean): boolean {
	const m = foldText(masculine)
	const f = foldText(feminine)
	if (m === f) return !strict || /(?:iste|able|aire|ique|ste|te|ire|ble|phe|ge|me|que)$/.test(m)
	const mParts = m.split('-')
	const fParts = f.split('-')
	if (mParts.length > 1 && mParts.length === fParts.length) {
		return mParts.every((part, index) => isFeminineOf(part, fParts[index] ?? '', false))
	}
	const candidates = [m + 'e', m + 'se', m + 'sse', m + 'fe']
	if (m.endsWith('teur')) candidates.push(m.slice(0, -4) + 'trice', m.slice(0, -3) + 'euse')
	if (m.endsWith('eur')) candidates.push(m.slice(0, -3) + 'euse', m.slice(0, -3) + 'eresse')
	if (m.endsWith('er')) candidates.push(m.slice(0, -2) + 'ere')
	if (m.endsWith('f')) candidates.push(m.slice(0, -1) + 've')
	if (m.endsWith('x')) candidates.push(m.slice(0, -1) + 'se')
	if (/(?:en|on|el|et)$/.test(m)) candidates.push(m + m.slice(-1) + 'e')
	return candidates.includes(f)
}

function isShouting(title: string): boolean {
	const letters = title.replace(/[^\p{L}]/gu, '')
	if (letters.length < 6) return false
	const upper = letters.replace(/[^\p{Lu}]/gu, '').length
	return upper / letters.length > 0.8
}

// Short all-capital words are acronyms (« VL », « PL », « RH »); the rest is written in lower case.
function sentenceCase(title: string): string {
	const words = title.split(' ').map((word) => {
		const bare = word.replace(/[^\p{L}]/gu, '')
		const lower = word.toLocaleLowerCase('fr')
		if (bare.length >= 2 && bare.length <= 3 && !smallWords.has(lower) && !/^[dl]['’]/i.test(word)) return word
		return lower
	})
	const sentence = words.join(' ').replace(/\b(d['’])état\b/g, '$1État')
	return sentence.charAt(0).toLocaleUpperCase('fr') + sentence.slice(1)
}

/** A part of the heading that says something else than the job (contract, duration, place, salary). */
export function isMetaSegment(segment: string): boolean {
	const folded = foldText(segment).trim()
	return (
		/^(?:cdi|cdd|stage|alternance|apprentissage|interim|freelance|independant|temps (?:plein|partiel)|full remote|remote|hybride|teletravail)\b/.test(
			folded,
		) ||
		/^(?:mission|contrat|poste|offre)s?\b.*\b(?:interim|freelance|cdi|cdd|duree|mois|ans?)\b/.test(folded) ||
		/^\d+\s*(?:mois|ans?|semaines|h|heures)\b/.test(folded) ||
		/\d\s*(?:k?€|k\b|euros)/.test(folded)
	)
}

/** The first line of an offer, or the value of « Intitulé du poste : … ». */
export function headingLine(text: string): { line: string; start: number } | null {
	const lines = text.split('\n')
	let offset = 0
	for (const line of lines) {
		const trimmed = line.trim()
		if (trimmed) {
			const labelled = /^(?:intitul[ée] du poste|titre du poste|poste|job title|offre d['’]emploi)\s*:\s*(.+)$/i.exec(trimmed)
			if (labelled?.[1]) return { line: labelled[1], start: offset + line.indexOf(labelled[1]) }
			if (/^(?:offre d['’]emploi|job description|description du poste)$/i.test(trimmed)) {
				offset += line.length + 1
				continue
			}
			return { line: trimmed, start: offset + line.indexOf(trimmed) }
		}
		offset += line.length + 1
	}
	return null
}

/** Splits a heading on its dashes, bars and middle dots (« Chargé(e) de recrutement — CDI — Nantes »). */
export function headingSegments(line: string): string[] {
	return line
		.split(/\s+[–—-]\s+|\s+[|·•]\s+/)
		.map((segment) => segment.trim())
		.filter(Boolean)
}

/** The job title as the offer words it, cleaned; null when the first line is not a title. */
export function extractTitle(text: string): string | null {
	const heading = headingLine(text)
	if (!heading) return null
	if (heading.line.length > 160) return null
	for (const segment of headingSegments(heading.line)) {
		if (isMetaSegment(segment)) continue
		const cleaned = cleanJobTitle(segment)
		if (cleaned.length >= 2) return cleaned
	}
	return null
}
