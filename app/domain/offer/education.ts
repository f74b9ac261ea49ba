// The diploma an offer asks for, as a level (CAP … Bac+8). French offers
// name it in many ways: « Bac+2 à Bac+5 », « BTS/DUT », « Licence pro »,
// « Master », « école d’ingénieur », « CAP Boulanger », « titre RNCP de
// niveau 6 », « Diplôme d’État d’infirmier » (Bac+3), « DEAS » (Bac).
import type { EducationLevel, OfferEducation } from './types.ts'
import { requirementInLine } from './requirements.ts'

const educationLevels: readonly EducationLevel[] = ['aucun', 'CAP', 'Bac', 'Bac+2', 'Bac+3', 'Bac+4', 'Bac+5', 'Bac+8']

/** Where a level stands from « aucun » (0) to Bac+8, for comparing an offer's demand with a CV. */
export function educationRank(level: EducationLevel): number {
	return educationLevels.indexOf(level)
}

// RNCP (and European) levels 3 to 8.
const rncpLevels: Record<string, EducationLevel> = { '3': 'CAP', '4': 'Bac', '5': 'Bac+2', '6': 'Bac+3', '7': 'Bac+5', '8': 'Bac+8' }

type DiplomaRule = {
	pattern: RegExp
	level: EducationLevel | ((match: RegExpExecArray) => EducationLevel | null)
	/** Keep the wording in `diplomas`. */
	named?: boolean
	/** An acronym also used as a word (« CAP », « BUT », « BP »): written in capitals in the offer. */
	acronym?: boolean
}

// A diploma's name runs until a comma, a parenthesis, a slash or a linking word.
const nameEnd = String.raw`(?=\s?[,.;:)(/]|\s(?:ou|et|or|exige|exigee|accepte|acceptee|souhaite|obligatoire|indispensable|minimum|requis|en cours|apprecie)\b|$)`

// Read on folded text (lower case, no accents).
const rules: DiplomaRule[] = [
	{ pattern: /\bbac\s*\+\s*(\d)\b/g, level: (match) => bacPlus(match[1]) },
	{
		pattern:
			/\b(?:titre|certification|diplome)s?(?: professionnel| rncp)?(?: de)? niveau\s*([3-8])\b|\brncp (?:de )?niveau\s*([3-8])\b|\bniveau\s*([3-8])\b(?= \(?(?:rncp|europeen|eqf))/g,
		level: (match) => rncpLevels[match[1] ?? match[2] ?? match[3] ?? ''] ?? null,
	},
	{ pattern: /\bdiplome d'etat (?:d')?infirmier(?:e|s|es)?\b|\bde infirmier\b/g, level: 'Bac+3', named: true },
	// Social and health work diplomas of level 6 (Bac+3).
	{
		pattern:
			/\bdiplome d'etat (?:d'|de |du )?(?:educat(?:eur|rice) specialise|educat(?:eur|rice) de jeunes enfants|assistant(?:e)? de service social|conseill(?:er|ere) en economie sociale familiale|ergotherapeute|psychomotricien|manipulat(?:eur|rice) d'electroradiologie)\w*/g,
		level: 'Bac+3',
		named: true,
	},
	{ pattern: /\bdees\b|\bdeeje\b|\bdeass\b|\bdecesf\b/g, level: 'Bac+3', named: true, acronym: true },
	{ pattern: /\bdiplome d'etat d'aide[- ]soignant(?:e)?\b|\bdiplome d'etat d'auxiliaire de puericulture\b/g, level: 'Bac', named: true },
	{ pattern: /\bdeas\b|\bdeap\b/g, level: 'Bac', named: true, acronym: true },
	{ pattern: /\bdiplome d'etat d'accompagnant educatif et social\b/g, level: 'CAP', named: true },
	{ pattern: /\bdeaes\b|\badvf\b/g, level: 'CAP', named: true, acronym: true },
	{ pattern: new RegExp(String.raw`\bcap(?: [a-z][a-z' -]{2,40}?)??${nameEnd}`, 'g'), level: 'CAP', named: true, acronym: true },
	{ pattern: /\bbep\b/g, level: 'CAP', acronym: true },
	{ pattern: new RegExp(String.raw`\bbac pro(?:fessionnel)?(?: [a-z][a-z' -]{2,30}?)??${nameEnd}`, 'g'), level: 'Bac', named: true },
	{
		pattern: /\bbrevet professionnel\b|\bbaccalaureat\b|\bbac(?! ?\+| pro)(?: general| technologique| professionnel)?\b/g,
		level: 'Bac',
		named: true,
	},
	{ pattern: /\bbp(?= [a-z]| ?\(|$)/g, level: 'Bac', named: true, acronym: true },
	{ pattern: new RegExp(String.raw`\bbtsa?(?: [a-z][a-z0-9' -]{1,40}?)??${nameEnd}`, 'g'), level: 'Bac+2', named: true, acronym: true },
	{ pattern: /\bdut(?: [a-z]{2,6}\b)?|\bdeust\b/g, level: 'Bac+2', named: true, acronym: true },
	{ pattern: /\btitre professionnel tssr\b|\bdeveloppeur web et web mobile\b/g, level: 'Bac+2', named: true },
	{ pattern: /\bbut(?= [a-z]| ?\()(?: [a-z]{2,12}\b)?/g, level: 'Bac+3', named: true, acronym: true },
	{ pattern: /\bdcg\b/g, level: 'Bac+3', named: true, acronym: true },
	{
		pattern:
			/(?<!driving )\blicence(?: pro(?:fessionnelle)?)?\b|\bbachelor(?:'s)?(?: degree)?\b|\bconcepteur developpeur d'applications\b/g,
		level: 'Bac+3',
		named: true,
	},
	{
		pattern:
			/(?<!scrum )\bmaster(?:'s)?(?: degree)?\b|\bmastere\b|\becole d'ingenieurs?\b|\bdiplome d'ingenieur\b|\bingenieur diplome\b|\becole de commerce\b/g,
		level: 'Bac+5',
		named: true,
	},
	{ pattern: /\bmba\b|\bdscg\b/g, level: 'Bac+5', named: true, acronym: true },
	{ pattern: /\bdoctorat\b|\bph\.? ?d\b/g, level: 'Bac+8', named: true },
	{ pattern: /\b(?:aucun|sans) diplome(?: requis| exige)?\b|\bno degree required\b/g, level: 'aucun' },
]

// Diplomas a trainee will prepare, not hold (« préparer le BTS SAM », « inscrit(e) en BTS », « apprenti(e) en CAP »).
const preparing =
	/(?:prepar\w*|inscrit\w*|inscription|en cours d'inscription|apprenti\w* en|alternant\w* en|pour la rentree|integrer|poursuivre)\s+(?:(?:le|la|un|une|en|au|dans|d'un|d'une|un\(e\))\s+)*(?:(?:bac\s*\+\s*\d|bts|but|licence|master|bachelor|cap|titre)[^.;:!?]{0,20}\s(?:a|ou|et|-)\s+)?$/
const equivalent =
	/\bou (?:equivalent|equivalence|experience(?: equivalente| significative| similaire| professionnelle)?|reconversion|vae)\b|\bor equivalent\b|\bequivalent experience\b|\bvalidation des acquis\b/

function bacPlus(digit: string | undefined): EducationLevel | null {
	switch (digit) {
		case '2':
			return 'Bac+2'
		case '3':
			return 'Bac+3'
		case '4':
			return 'Bac+4'
		case '5':
		case '6':
			return 'Bac+5'
		case '8':
			return 'Bac+8'
		default:
			return null
	}
}

export type EducationSource = {
	text: string
	folded: string
	/** A trainee prepares the diplomas named here (title of an apprenticeship). */ prepared?: boolean
}

/** The education an offer asks for, read from its requirement lines (company and conditions left out by the caller). */
export function parseEducation(sources: EducationSource[]): OfferEducation | null {
	type Found = { level: EducationLevel; name: string | null; must: boolean | null; equivalent: boolean }
	const found: Found[] = []
	for (const source of sources) {
		if (source.prepared) continue
		for (const rule of rules) {
			rule.pattern.lastIndex = 0
			for (let match = rule.pattern.exec(source.folded); match; match = rule.pattern.exec(source.folded)) {
				const before = source.folded.slice(Math.max(0, match.index - 60), match.index)
				if (preparing.test(before)) continue
				if (rule.acronym && !/^[A-Z]{2}/.test(source.text.slice(match.index, match.index + 2))) continue
				const level = typeof rule.level === 'function' ? rule.level(match) : rule.level
				if (!level) continue
				const sentence = sentenceAround(source.folded, match.index)
				// « Titulaire d’un CAP » states a requirement whatever else the sentence welcomes.
				const requirement = /\btitulaire d|\bdiplomee? d'une?\b|\bholds? an?\b/.test(before.slice(-30))
					? 'must'
					: requirementInLine(source.text, match.index)
				found.push({
					level,
					name: rule.named ? originalName(source.text, match.index, match[0].length) : null,
					must: requirement === null ? null : requirement === 'must',
					equivalent: equivalent.test(sentence),
				})
			}
		}
	}
	if (found.length === 0) return null
	// Required diplomas set the level; when none is required, the welcome ones do.
	const required = found.filter((item) => item.must !== false)
	const considered = required.length > 0 ? required : found
	const sorted = [...considered].sort((a, b) => educationRank(a.level) - educationRank(b.level))
	const lowest = sorted[0]
	const highest = sorted[sorted.length - 1]
	if (!lowest || !highest) return null
	const diplomas = [...new Set(found.map((item) => item.name).filter((name): name is string => Boolean(name)))]
	return {
		level: lowest.level,
		...(highest.level !== lowest.level ? { maxLevel: highest.level } : {}),
		diplomas,
		equivalentAccepted: found.some((item) => item.equivalent),
		mustHave: required.length > 0 && considered.some((item) => item.must === true || item.must === null),
	}
}

function sentenceAround(text: string, at: number): string {
	const before = text.slice(0, at)
	const start = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'), before.lastIndexOf(';')) + 1
	const after = text.slice(at).search(/\.(?:\s|$)|\n|;/)
	return text.slice(start, after === -1 ? text.length : at + after)
}

/** The diploma as written in the offer (« CAP Boulanger », « BTS SAM »), trimmed of trailing words. */
function originalName(text: string, start: number, length: number): string | null {
	const name = text
		.slice(start, start + length)
		.replace(/\s+(?:ou|et|en|de|du|des|la|le)$/i, '')
		.trim()
	if (!name) return null
	return name.charAt(0).toUpperCase() + name.slice(1)
}
