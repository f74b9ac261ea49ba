// A CV pasted as text, or the text layer of a PDF, read into the Cv shape.
// French CVs are loosely laid out: headings in capitals or not, dates in
// front of a line or after it, columns made of spaces that a PDF may have
// lost, lines wrapped anywhere. The parser leans on what is reliable (known
// headings, dates, bullets, a lower-case start meaning « still the same
// sentence ») and keeps the person's wording untouched.
import { foldForMatching, normalizeText } from '#shared/ai/offline/text.ts'
import type { Cv, CvEducation, CvExperience, CvSkillGroup } from './types.ts'

// ---------------------------------------------------------------------------
// Dates

export type DateRange = {
	/** ISO month or year. */
	start?: string
	end?: string
	/** « depuis 2019 », « 2019 – aujourd’hui »: no end yet. */
	ongoing: boolean
	/** A lone date (« 1998 »): the year a diploma was obtained, or a short mission. */
	single: boolean
}

const month =
	'(?:janv(?:ier)?|fevr?(?:ier)?|mars|avr(?:il)?|mai|juin|juil(?:let)?|aout|sept?(?:embre)?|oct(?:obre)?|nov(?:embre)?|dec(?:embre)?|' +
	'jan(?:uary)?|feb(?:ruary)?|march|apr|may|june|july|aug(?:ust)?|september|october|november|december)\\.?'
const year = '(?:19|20)\\d{2}'
const point = `(?:\\b${month}\\s+(?:de\\s+|d')?${year}|\\b\\d{1,2}[/.-]${year}|\\b${year}[/-](?:0[1-9]|1[0-2])(?![\\d/])|\\b${year})(?!\\d)`
const present = "(?:aujourd'hui|ce jour|a ce jour|present|actuel(?:lement)?|maintenant|en cours|now|today|current)"
const separator = "\\s*(?:-|/|a|au|to|>|→|jusqu'(?:a|en|au))\\s*"
const range =
	`(?:(?:de|du|from)\\s+)?(?:${point}${separator}(?:${point}|${present})` +
	`|\\b${month}${separator}\\b${month}\\s+${year}(?!\\d)` +
	`|(?:depuis|since|from)\\s+(?:le\\s+|l'|(?:le\\s+)?mois\\s+de\\s+)?${point}` +
	`|(?:en\\s+)?${point})`

const leadingPattern = new RegExp(`^\\(?(${range})\\)?(?=$|\\s|[:,;|)\\]-])`)
const trailingPattern = new RegExp(`(?:^|\\s|[,;|(:-])\\(?(${range})\\)?\\s*$`)
const pointPattern = new RegExp(point, 'g')
const monthPattern = new RegExp(`\\b${month}`, 'g')
const presentAtEnd = new RegExp(`${present}$`)

const monthNumbers: ReadonlyArray<readonly [RegExp, number]> = [
	[/^(?:janv|jan)/, 1],
	[/^(?:fev|feb)/, 2],
	[/^mar/, 3],
	[/^(?:avr|apr)/, 4],
	[/^(?:mai|may)/, 5],
	[/^(?:juin|june)/, 6],
	[/^(?:juil|july)/, 7],
	[/^(?:aout|aug)/, 8],
	[/^sep/, 9],
	[/^oct/, 10],
	[/^nov/, 11],
	[/^dec/, 12],
]

function monthNumber(word: string): number | undefined {
	return monthNumbers.find(([pattern]) => pattern.test(word))?.[1]
}

function twoDigits(value: number): string {
	return String(value).padStart(2, '0')
}

/** « mars 2026 » → 2026-03, « 09/2015 » → 2015-09, « 2015-09 » → 2015-09, « 2004 » → 2004. */
function isoOfPoint(folded: string): string | undefined {
	const found = /(?:19|20)\d{2}/.exec(folded)?.[0]
	if (!found) return undefined
	const iso = /^((?:19|20)\d{2})[/-](\d{2})$/.exec(folded)
	if (iso) return `${iso[1]}-${iso[2]}`
	const numeric = /^(\d{1,2})[/.-]/.exec(folded)
	if (numeric) {
		const value = Number(numeric[1])
		return value >= 1 && value <= 12 ? `${found}-${twoDigits(value)}` : found
	}
	const named = monthNumber(folded)
	return named ? `${found}-${twoDigits(named)}` : found
}

function rangeOf(folded: string): DateRange {
	const ongoing = /^(?:depuis|since|from)\b/.test(folded) || presentAtEnd.test(folded)
	const points = [...folded.matchAll(pointPattern)].map((match) => isoOfPoint(match[0]))
	if (points.length === 1 && !ongoing) {
		// « mars – avril 2026 »: the first month borrows the year of the second.
		const months = [...folded.matchAll(monthPattern)].map((match) => monthNumber(match[0]))
		const only = points[0]
		if (months.length === 2 && months[0] && only) {
			return { start: `${only.slice(0, 4)}-${twoDigits(months[0])}`, end: only, ongoing: false, single: false }
		}
		return { start: only, end: only, ongoing: false, single: true }
	}
	return { start: points[0], end: ongoing ? undefined : points[1], ongoing, single: false }
}

export type DateAt = { range: DateRange; rest: string }

const leadingDates = new Map<string, DateAt | undefined>()

/** A date range opening a line (« 2004 – 2025   Conseiller clientèle… »), with what follows it. */
export function leadingDate(line: string): DateAt | undefined {
	if (leadingDates.has(line)) return leadingDates.get(line)
	const found = readLeadingDate(line)
	if (leadingDates.size > 2000) leadingDates.clear()
	leadingDates.set(line, found)
	return found
}

function readLeadingDate(line: string): DateAt | undefined {
	const { folded, originalIndex } = foldForMatching(line)
	const match = leadingPattern.exec(folded)
	if (!match?.[1]) return undefined
	const end = originalIndex[match[0].length] ?? line.length
	return { range: rangeOf(match[1].trim()), rest: trimSeparators(line.slice(end)) }
}

/**
 * A date range closing a line (« Infirmière — CHU de Lyon (2015 – 2024) »,
 * « CAP Boulanger, 2026 »), with what precedes it. A lone year counts only in
 * parentheses or after a separator, so « TOEIC 815 en 2025 » stays text.
 */
export function trailingDate(line: string): DateAt | undefined {
	const { folded, originalIndex } = foldForMatching(line)
	const match = trailingPattern.exec(folded)
	const inner = match?.[1]
	if (!match || !inner) return undefined
	const rangeStart = match.index + match[0].indexOf(inner)
	const before = folded.slice(0, rangeStart)
	const inParentheses = /\(\s*$/.test(before)
	const separated = inParentheses || /(?:[,;|:-]\s*|\s{2,})$/.test(before) || before.trim() === ''
	const found = rangeOf(inner.trim())
	if (found.single && (!separated || /^en\s/.test(inner))) return undefined
	const cut = originalIndex[inParentheses ? before.lastIndexOf('(') : rangeStart] ?? line.length
	return { range: found, rest: trimSeparators(line.slice(0, cut)) }
}

/** A whole line that is only a date range (« 2019 – 2021 », « Depuis mars 2020 »). */
function dateOnly(line: string): DateRange | undefined {
	const found = leadingDate(line)
	return found && found.rest === '' ? found.range : undefined
}

/**
 * A JSON Resume date (« 2015-09 », « 2015-09-01 », « 2015 », sometimes
 * « Sept. 2015 ») as an ISO month or year; undefined for « present » or
 * anything unreadable.
 */
export function isoDate(value: string | undefined): string | undefined {
	if (!value) return undefined
	const trimmed = value.trim()
	const iso = /^((?:19|20)\d{2})(?:-(0[1-9]|1[0-2])(?:-\d{2})?)?(?:T.*)?$/.exec(trimmed)
	if (iso) return iso[2] ? `${iso[1]}-${iso[2]}` : iso[1]
	return leadingDate(trimmed)?.range.start
}

/** First day of the period an ISO month or year opens. */
export function periodStart(iso: string): Date | undefined {
	const match = /^(\d{4})(?:-(\d{2}))?/.exec(iso)
	if (!match) return undefined
	return new Date(Date.UTC(Number(match[1]), match[2] ? Number(match[2]) - 1 : 0, 1))
}

/** First day after the period an ISO month or year closes (« 2025 » runs until 1 January 2026). */
export function periodEnd(iso: string): Date | undefined {
	const match = /^(\d{4})(?:-(\d{2}))?/.exec(iso)
	if (!match) return undefined
	return match[2] ? new Date(Date.UTC(Number(match[1]), Number(match[2]), 1)) : new Date(Date.UTC(Number(match[1]) + 1, 0, 1))
}

function trimSeparators(text: string): string {
	return text
		.replace(/^[\s:;,|)\]—–-]+/, '')
		.replace(/[\s:;,|(\[—–-]+$/, '')
		.trim()
}

// ---------------------------------------------------------------------------
// Lines and headings

type Line = { text: string; indent: number; bullet: boolean }

const bulletPattern = /^(?:[-–•●▪■◦○►▶✓✔*·➢➤→]|\d{1,2}[.)])\s+/

function toLines(text: string): (Line | null)[] {
	return text
		.replace(/[\uFB00-\uFB06]/g, (ligature) => ligature.normalize('NFKC'))
		.replace(/\r\n?/g, '\n')
		.replace(/[\u00A0\u202F\u2007]/g, ' ')
		.replace(/[\u200B\uFEFF]/g, '')
		.split('\n')
		.map((raw) => {
			const expanded = raw.replace(/\t/g, '    ').replace(/\s+$/, '')
			if (!expanded.trim()) return null
			const indent = expanded.length - expanded.trimStart().length
			const trimmed = expanded.trim()
			const bullet = bulletPattern.test(trimmed) && !leadingDate(trimmed)
			return { text: bullet ? trimmed.replace(bulletPattern, '') : trimmed, indent, bullet }
		})
}

type SectionKind = 'summary' | 'experience' | 'projects' | 'education' | 'skills' | 'languages' | 'interests' | 'certifications' | 'other'

// Whole-line headings in any case, with their usual qualifiers.
const headingPatterns: ReadonlyArray<readonly [SectionKind, RegExp]> = [
	[
		'summary',
		/^(?:(?:mon )?projet professionnel|profil(?: professionnel)?|objectifs?(?: professionnels?)?|a propos(?: de moi)?|resume|presentation|accroche|about(?: me)?|profile|summary)$/,
	],
	[
		'projects',
		/^(?:projets?(?: (?:personnels?|realises|de formation|de developpement(?: [a-z -]+)?|informatiques?|techniques?|web|academiques?|significatifs|et realisations))?|realisations|portfolio|projects)$/,
	],
	[
		'experience',
		/^(?:experiences?(?: (?:professionnelles?|significatives?|anterieures?|principales?|associatives?|benevoles?))?|parcours(?: professionnel)?|emplois?(?: occupes)?|historique professionnel|stages?|experiences? et stages|work experience|experience|employment|benevolat|engagements?(?: associatifs?)?)$/,
	],
	[
		'education',
		/^(?:formations?(?: (?:et diplomes|initiales?|continues?|professionnelles?|academiques?|suivies))?|diplomes?(?: et formations?)?|etudes|cursus|scolarite|parcours (?:scolaire|academique|de formation)|education)$/,
	],
	[
		'skills',
		/^(?:competences?(?: [a-z' -]{1,40})?|savoir-faire|savoir-etre|savoir-faire et savoir-etre|qualites(?: personnelles)?|atouts|points forts|outils|informatique|logiciels|connaissances(?: [a-z' -]{1,30})?|aptitudes|skills|technical skills)$/,
	],
	['languages', /^(?:langues?(?: (?:etrangeres|parlees|vivantes))?|languages)$/],
	[
		'interests',
		/^(?:centres? d'interets?|interets|loisirs|passions|activites(?: extra-professionnelles| personnelles)?|hobbies|interests)$/,
	],
	['certifications', /^(?:certifications?|certificats?|habilitations?|permis(?: de conduire)?|agrements?)$/],
	['other', /^(?:references?|informations? complementaires?|divers|autres|contact|coordonnees|disponibilites?)$/],
]

// A short line in capitals is a heading when its first words say which one.
const capitalHeadings: ReadonlyArray<readonly [RegExp, SectionKind]> = [
	[/^(?:mon )?projet professionnel\b/, 'summary'],
	[/^(?:experiences?|parcours|emplois?|stages?|benevolat|engagements?)\b/, 'experience'],
	[/^(?:projets?|realisations)\b/, 'projects'],
	[/^(?:formations?|diplomes?|etudes|cursus|scolarite)\b/, 'education'],
	[/^(?:competences?|savoir|qualites|outils|connaissances|aptitudes|informatique|logiciels|atouts)\b/, 'skills'],
	[/^langues?\b/, 'languages'],
	[/^(?:centres? d'interets?|interets|loisirs|passions|hobbies|activites)\b/, 'interests'],
	[/^(?:profil|objectif|a propos|resume|presentation|accroche)\b/, 'summary'],
	[/^(?:certifications?|certificats?|habilitations?|permis)\b/, 'certifications'],
	[/^(?:references?|informations?|divers|autres|contact|coordonnees)\b/, 'other'],
]

type Heading = { kind: SectionKind; title: string; inline?: string }

function isCapitals(text: string): boolean {
	const letters = text.match(/\p{L}/gu) ?? []
	return letters.length >= 3 && !/\p{Ll}/u.test(text)
}

function headingOf(line: Line): Heading | undefined {
	if (line.bullet) return undefined
	const stripped = line.text.replace(/^[\s#=*_~|>•·-]+/, '').replace(/[\s#=*_~|:•·-]+$/, '')
	if (!stripped || stripped.length > 60 || /\d|@/.test(stripped)) return undefined
	const folded = normalizeText(stripped)
	for (const [kind, pattern] of headingPatterns) if (pattern.test(folded)) return { kind, title: stripped }
	if (isCapitals(stripped) && folded.split(' ').length <= 7) {
		for (const [pattern, kind] of capitalHeadings) if (pattern.test(folded)) return { kind, title: stripped }
	}
	return undefined
}

// « Langues : français, anglais » on one line: a heading with its content.
const inlineKinds: ReadonlySet<SectionKind> = new Set(['skills', 'languages', 'interests', 'certifications'])

function inlineHeadingOf(line: Line): Heading | undefined {
	const match = /^([^:]{2,40}?)\s*:\s+(.+)$/.exec(line.text)
	if (!match?.[1] || !match[2]) return undefined
	const heading = headingOf({ text: match[1], indent: 0, bullet: false })
	return heading && inlineKinds.has(heading.kind) ? { ...heading, inline: match[2] } : undefined
}

// ---------------------------------------------------------------------------
// Wrapped lines

const danglingWord = /(?:^|\s)(?:et|ou|de|des|du|d'|la|le|les|l'|a|au|aux|en|avec|pour|sur|dans|par|un|une|sans|chez|entre|ainsi que)$/

/** Does `next` carry on the sentence `previous` started (a line wrapped by the layout)? */
function continues(previous: string, next: Line): boolean {
	if (next.bullet) return false
	if (/^[\p{Ll}(]/u.test(next.text)) return true
	if (/[,;(—–-]$/.test(previous)) return true
	return danglingWord.test(normalizeText(previous))
}

function joinWrapped(previous: string, next: string): string {
	// « dévelop- / pement »: a word cut by the layout.
	if (/\p{Ll}-$/u.test(previous) && /^\p{Ll}/u.test(next)) return previous.slice(0, -1) + next
	return `${previous} ${next}`
}

/** Lines glued back into the sentences they were cut from. */
function paragraphsOf(lines: (Line | null)[]): string[] {
	const paragraphs: string[] = []
	let previous: Line | null = null
	for (const line of lines) {
		if (line) {
			const last = paragraphs.at(-1)
			if (previous && last !== undefined && continues(last, line)) paragraphs[paragraphs.length - 1] = joinWrapped(last, line.text)
			else paragraphs.push(line.text)
		}
		previous = line
	}
	return paragraphs
}

/** Prose (a profile, a professional project): every line of a block belongs to the same text. */
function proseOf(lines: (Line | null)[]): string[] {
	const blocks: string[] = []
	let previous: Line | null = null
	for (const line of lines) {
		const last = blocks.at(-1)
		if (line && previous && !line.bullet && last !== undefined) blocks[blocks.length - 1] = joinWrapped(last, line.text)
		else if (line) blocks.push(line.text)
		previous = line
	}
	return blocks
}

// ---------------------------------------------------------------------------
// Lists

/** Splits on a separator outside parentheses, so « accessibilité (RGAA, WCAG 2.1) » stays whole. */
function splitOutside(text: string, separators: RegExp): string[] {
	const pieces: string[] = []
	let depth = 0
	let start = 0
	for (let index = 0; index < text.length; index++) {
		const character = text[index] ?? ''
		if (character === '(' || character === '[') depth++
		else if ((character === ')' || character === ']') && depth > 0) depth--
		else if (depth === 0 && separators.test(character)) {
			pieces.push(text.slice(start, index))
			start = index + 1
		}
	}
	pieces.push(text.slice(start))
	return pieces.map(cleanItem).filter((piece) => piece.length > 0)
}

function cleanItem(text: string): string {
	return text
		.trim()
		.replace(/^(?:et|and)\s+/i, '')
		.replace(/^[-–—•·*]\s*/, '')
		.replace(/[.;,]+$/, '')
		.trim()
}

/** « a ; b, c ; d » splits on semicolons only; « a, b, c » on commas; bullets and pipes always. */
function itemsOf(text: string): string[] {
	const separators = /[;•|·]/.test(text) ? /[;•|·]/ : /[,;•|·]/
	return splitOutside(text, separators)
}

// ---------------------------------------------------------------------------
// Entries (experiences, projects, diplomas)

type Entry = { range?: DateRange; head: string; indent: number; paragraphs: string[]; bullets: string[]; last?: 'paragraph' | 'bullet' }

function nextLine(lines: (Line | null)[], index: number): Line | null {
	return lines[index + 1] ?? null
}

function entriesOf(lines: (Line | null)[], mode: 'experience' | 'education'): Entry[] {
	const entries: Entry[] = []
	let current: Entry | undefined
	let previous: Line | null = null
	const start = (head: string, line: Line, found?: DateRange) => {
		current = { head, range: found, indent: line.indent, paragraphs: [], bullets: [] }
		entries.push(current)
	}
	for (let index = 0; index < lines.length; index++) {
		const line = lines[index]
		if (!line) {
			previous = null
			continue
		}
		const leading = leadingDate(line.text)
		const trailing = leading || line.bullet || line.text.length > 140 ? undefined : trailingDate(line.text)
		const dated = leading ?? trailing
		const bare = current && !current.range && current.head && !current.paragraphs.length && !current.bullets.length
		if (dated && dated.rest === '' && current && bare) current.range = dated.range
		else if (dated) start(dated.rest, line, dated.range)
		else if (!current) start(line.text, line)
		else if (!current.head) current.head = line.text
		else if (startsEntry(line, previous, current, lines, index, mode)) start(line.text, line)
		else addBody(current, line, previous)
		previous = line
	}
	return entries.filter((entry) => entry.head || entry.paragraphs.length || entry.bullets.length)
}

function startsEntry(line: Line, previous: Line | null, current: Entry, lines: (Line | null)[], index: number, mode: string): boolean {
	if (line.bullet) return false
	// A title whose dates come on the next line.
	const following = nextLine(lines, index)
	const hasBody = current.paragraphs.length > 0 || current.bullets.length > 0
	if (following && dateOnly(following.text) && (current.range || hasBody)) return true
	if (mode !== 'education') return false
	const last = current.last === 'bullet' ? current.bullets.at(-1) : (current.paragraphs.at(-1) ?? current.head)
	if (previous && last !== undefined && continues(last, line)) return false
	return line.indent <= current.indent
}

function addBody(entry: Entry, line: Line, previous: Line | null) {
	if (line.bullet) {
		entry.bullets.push(line.text)
		entry.last = 'bullet'
		return
	}
	const list = entry.last === 'bullet' ? entry.bullets : entry.paragraphs
	const last = list.at(-1)
	const wrapped = previous && last !== undefined && (continues(last, line) || (entry.last === 'bullet' && line.indent > entry.indent))
	if (wrapped) list[list.length - 1] = joinWrapped(last, line.text)
	else {
		entry.paragraphs.push(line.text)
		entry.last = 'paragraph'
	}
}

/** « Poste — Employeur », « Poste, Employeur », « Poste chez Employeur ». */
function splitHead(head: string): [string, string | undefined] {
	const separatorMatch = /\s+[—–|]\s+|\s+-\s+|\s{3,}|\s+(?:chez|at|@)\s+/.exec(head)
	if (separatorMatch) {
		const first = head.slice(0, separatorMatch.index).trim()
		const second = head.slice(separatorMatch.index + separatorMatch[0].length).trim()
		if (first) return [first, second || undefined]
	}
	const pieces = splitOutside(head, /,/)
	if (pieces.length > 1 && pieces[0]) return [pieces[0], head.slice(head.indexOf(',') + 1).trim() || undefined]
	return [head.trim(), undefined]
}

function experienceOf(entry: Entry, project: boolean): CvExperience {
	const [position, organization] = splitHead(entry.head)
	const [summary, ...more] = entry.paragraphs
	return withoutUndefined({
		position,
		organization: organization ?? (project ? 'Projet' : undefined),
		startDate: entry.range?.start,
		endDate: entry.range?.ongoing ? undefined : entry.range?.end,
		summary,
		highlights: [...entry.bullets, ...more],
	})
}

function educationOf(entry: Entry): CvEducation {
	let [title, institution] = splitHead(entry.head)
	const notes: string[] = []
	// « CAP Boulanger (préparation CPF, Greta de Bordeaux) »: the remark is not the diploma's name.
	const remark = /^(.+?)\s*\(([^()]+)\)$/.exec(institution ?? title)
	if (remark?.[1] && remark[2]) {
		if (institution) institution = remark[1]
		else title = remark[1]
		notes.push(remark[2])
	}
	notes.push(...entry.paragraphs, ...entry.bullets)
	const area = notes
		.map((note) => note.replace(/^\((.*)\)$/, '$1').trim())
		.filter(Boolean)
		.join(' ')
	return withoutUndefined({
		title,
		institution,
		area: area || undefined,
		startDate: entry.range?.single ? undefined : entry.range?.start,
		endDate: entry.range?.ongoing ? undefined : entry.range?.end,
	})
}

// ---------------------------------------------------------------------------
// Skills, languages, lists

function skillGroupsOf(lines: (Line | null)[], inlineName?: string, inlineText?: string): CvSkillGroup[] {
	const groups: CvSkillGroup[] = []
	let pendingName: string | undefined
	const paragraphs = [...(inlineText ? [`${inlineName ?? ''}: ${inlineText}`] : []), ...paragraphsOf(lines)]
	for (const paragraph of paragraphs) {
		const labelled = /^([^:]{1,40}?)\s*:\s*(.*)$/.exec(paragraph)
		if (labelled && labelled[2] === '') {
			pendingName = labelled[1]?.trim()
			continue
		}
		const name = labelled?.[1]?.trim() || pendingName
		const keywords = itemsOf(labelled ? (labelled[2] ?? '') : paragraph)
		if (keywords.length) groups.push({ name: name || undefined, keywords })
	}
	return groups
}

const languageNames = [
	...(
		'français anglais espagnol allemand italien portugais arabe chinois mandarin cantonais russe japonais coréen ' +
		'néerlandais polonais roumain turc grec hébreu hindi ourdou bengali vietnamien thaï persan farsi wolof bambara ' +
		'lingala swahili berbère kabyle tamazight créole breton basque catalan corse occitan alsacien suédois norvégien ' +
		'danois finnois tchèque slovaque hongrois bulgare serbe croate ukrainien albanais arménien tamoul lsf english ' +
		'french spanish german italian'
	).split(' '),
	'langue des signes française',
]
const languagePattern = new RegExp(
	`(?<![a-z])(?:${languageNames
		.map((name) => normalizeText(name))
		.sort((a, b) => b.length - a.length)
		.join('|')})(?![a-z])`,
	'g',
)

function capitalize(text: string): string {
	return text.charAt(0).toLocaleUpperCase('fr') + text.slice(1)
}

function languagesOf(text: string): Cv['languages'] {
	const { folded, originalIndex } = foldForMatching(text)
	const hits = [...folded.matchAll(languagePattern)]
	const languages: Cv['languages'] = []
	if (hits.length) {
		hits.forEach((hit, index) => {
			const start = originalIndex[hit.index] ?? 0
			const end = originalIndex[hit.index + hit[0].length] ?? text.length
			const nextHit = hits[index + 1]
			const next = nextHit ? (originalIndex[nextHit.index] ?? text.length) : text.length
			const fluency = text
				.slice(end, next)
				.replace(/^[\s:,;—–|•-]+/, '')
				.replace(/[\s:,;—–|•-]+$/, '')
				.replace(/^\((.*)\)$/, '$1')
				.trim()
			const language = capitalize(text.slice(start, end))
			if (!languages.some((known) => normalizeText(known.language) === normalizeText(language))) {
				languages.push({ language, fluency: fluency || undefined })
			}
		})
		return languages
	}
	for (const piece of splitOutside(text, /[;,•|\n—]/)) {
		const match = /^([^:(]+?)\s*(?::\s*|\()(.+?)\)?$/.exec(piece)
		languages.push(match?.[1] && match[2] ? { language: match[1], fluency: match[2] } : { language: piece })
	}
	return languages
}

// ---------------------------------------------------------------------------
// Header: name, headline, contact details

const emailPattern = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/
const phonePattern = /(?:\+33\s?(?:\(0\)\s?)?|\b0)[1-9](?:[\s.-]?\d{2}){4}\b/
const postalCityPattern = /\b\d{2}\s?\d{3}\s+(\p{Lu}[\p{L}'’-]*(?:[ -]\p{L}[\p{L}'’-]*){0,3}?)(?=\s*(?:$|[—–|•,(]|\s-\s|\s{2,}|\s\d))/u
const licencePattern = /\bpermis\s+(?:de\s+conduire\s+)?(A1|A2|AM|BE|B96|C1|CE|[ABCD])\b/i
const personalPattern = /\b(?:nee?|born)\s+(?:le\s+)?\d|\bnationalit|\b\d{2}\s*ans\b|\bpermis\b|\bs[ée]curit[ée] sociale\b/i
const nameParticles = new Set(['de', 'du', 'des', 'la', 'le', 'van', 'von', 'da', 'di', "d'"])

function looksLikeName(text: string): boolean {
	const words = text.split(/\s+/)
	return (
		words.length >= 2 &&
		words.length <= 5 &&
		/^[\p{L}'’. -]+$/u.test(text) &&
		!/curriculum|^cv$/i.test(text) &&
		words.filter((word) => /^\p{Lu}/u.test(word)).length >= 2
	)
}

/** « THOMAS GIRARD » → « Thomas Girard », « Nathalie ROUSSEAU-BERTIN » → « Nathalie Rousseau-Bertin ». */
function nameCase(text: string): string {
	return text
		.split(/\s+/)
		.map((word, index) => {
			if (!isCapitals(word) && !/^\p{Lu}\p{Lu}$/u.test(word)) return word
			const lower = word.toLocaleLowerCase('fr')
			if (index > 0 && nameParticles.has(lower)) return lower
			return lower.replace(/(^|[-'’])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toLocaleUpperCase('fr'))
		})
		.join(' ')
}

function segmentsOf(line: string): string[] {
	return line
		.split(/\s+[—–|•·]\s+|\s+-\s+|\s{3,}/)
		.map((segment) => segment.trim())
		.filter(Boolean)
}

type Header = Pick<Cv, 'name' | 'headline' | 'email' | 'phone' | 'city'> & { prose: string[]; licences: string[] }

function headerOf(lines: Line[]): Header {
	const header: Header = { prose: [], licences: [] }
	let rest = lines
	const first = lines[0]
	if (first && /^(?:cv|curriculum vitae)$/i.test(first.text.trim())) rest = lines.slice(1)
	const candidate = rest[0]
	if (candidate && looksLikeName(candidate.text)) {
		header.name = nameCase(candidate.text)
		rest = rest.slice(1)
	} else if (candidate) {
		// « Sofia Haddad — Aide-soignante — Lille »: the name opens a line of details.
		const [first, ...others] = segmentsOf(candidate.text)
		if (first && others.length && looksLikeName(first)) {
			header.name = nameCase(first)
			rest = [{ ...candidate, text: others.join(' — ') }, ...rest.slice(1)]
		}
	}
	const text = rest.map((line) => line.text).join('\n')
	header.email = emailPattern.exec(text)?.[0]
	header.phone = phonePattern.exec(text)?.[0]
	header.city = postalCityPattern.exec(text)?.[1]?.replace(/\s+cedex.*$/i, '')
	const licence = licencePattern.exec(text)
	if (licence?.[1]) header.licences.push(`Permis ${licence[1].toUpperCase()}`)
	for (const line of rest) {
		const contact = emailPattern.test(line.text) || phonePattern.test(line.text) || postalCityPattern.test(line.text)
		if (contact && !header.city) {
			header.city = segmentsOf(line.text).find((segment) =>
				/^\p{Lu}[\p{L}'’-]+(?:[ -]\p{Lu}[\p{L}'’-]+){0,2}(?:\s*\(\d{2,3}\))?$/u.test(segment),
			)
		}
		if (contact || personalPattern.test(line.text) || /\d{2}[/.]\d{2}[/.]\d{4}/.test(line.text)) continue
		const words = line.text.split(/\s+/).length
		if (!header.headline && words <= 14 && !/[.;]$/.test(line.text)) header.headline = line.text
		else header.prose.push(line.text)
	}
	return header
}

// ---------------------------------------------------------------------------

type Section = { kind: SectionKind; title: string; lines: (Line | null)[]; inline?: string }

/** Reads a CV written as plain text (pasted, or the text layer of a PDF). Never throws; what it cannot place is left out. */
export function cvFromText(text: string): Cv {
	const lines = toLines(text)
	const headerLines: Line[] = []
	const sections: Section[] = []
	let section: Section | undefined
	let previous: Line | null = null
	for (const line of lines) {
		const heading = line ? headingOf(line) : undefined
		// Within entries, « Compétences : … » may describe the job: only a block of its own opens a section.
		const inEntries = section && ['experience', 'projects', 'education'].includes(section.kind)
		const inline = line && !heading && (!inEntries || (!previous && line.indent === 0)) ? inlineHeadingOf(line) : undefined
		previous = line
		if (heading || (inline && !(section?.kind === 'skills' && inline.kind === 'skills'))) {
			const found = (heading ?? inline) as Heading
			section = { kind: found.kind, title: found.title, lines: [], inline: found.inline }
			sections.push(section)
		} else if (section) section.lines.push(line)
		else if (line) headerLines.push(line)
	}

	const header = headerOf(headerLines)
	const cv: Cv = {
		name: header.name,
		headline: header.headline,
		email: header.email,
		phone: header.phone,
		city: header.city,
		experiences: [],
		education: [],
		skills: [],
		languages: [],
		certifications: [...header.licences],
		interests: [],
		source: 'text',
	}
	const summaries: string[] = header.prose.length
		? [proseOf(headerLines.filter((line) => header.prose.includes(line.text))).join('\n')]
		: []

	for (const { kind, lines: body, inline, title } of sections) {
		const withInline = inline ? [{ text: inline, indent: 0, bullet: false }, ...body] : body
		switch (kind) {
			case 'summary':
				summaries.push(proseOf(withInline).join('\n'))
				break
			case 'experience':
			case 'projects':
				cv.experiences.push(...entriesOf(body, 'experience').map((entry) => experienceOf(entry, kind === 'projects')))
				break
			case 'education':
				cv.education.push(...entriesOf(body, 'education').map(educationOf))
				break
			case 'skills':
				cv.skills.push(...skillGroupsOf(body, inline ? title : undefined, inline))
				break
			case 'languages':
				cv.languages.push(...languagesOf(paragraphsOf(withInline).join(' ; ')))
				break
			case 'interests':
				cv.interests.push(...paragraphsOf(withInline).flatMap(itemsOf))
				break
			case 'certifications':
				for (const item of paragraphsOf(withInline).flatMap(itemsOf)) {
					if (!cv.certifications.some((known) => normalizeText(known) === normalizeText(item))) cv.certifications.push(item)
				}
				break
			case 'other':
				break
		}
	}
	if (!sections.length && !summaries.length) {
		const rest = headerLines.filter((line) => line.text !== header.headline)
		if (rest.length) summaries.push(proseOf(rest).join('\n'))
	}
	const summary = summaries.filter(Boolean).join('\n\n')
	if (summary) cv.summary = summary
	if (!cv.email || !cv.phone) {
		const body = sections
			.filter((candidate) => candidate.kind !== 'other')
			.flatMap((candidate) => candidate.lines.map((line) => line?.text ?? ''))
			.join('\n')
		cv.email ??= emailPattern.exec(body)?.[0]
		cv.phone ??= phonePattern.exec(body)?.[0]
	}
	return withoutUndefined(cv)
}

function withoutUndefined<T extends object>(value: T): T {
	for (const key of Object.keys(value) as (keyof T)[]) if (value[key] === undefined) delete value[key]
	return value
}
