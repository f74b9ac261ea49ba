// Where the job is (« Lyon 7e », « Rennes (35) », « Bordeaux Chartrons ») and
// whether it can be done from home (« hybride 2 j/semaine », « full remote »).
import { foldText } from '#app/domain/rome/tokens.ts'
import { arrondissementCities, frenchCities } from './lexicon/places.ts'
import type { OfferAnalysis } from './types.ts'

type City = { name: string; folded: string }

const cities: City[] = [...new Set(frenchCities)]
	.map((name) => ({ name: name.replace(/’/g, "'"), folded: foldText(name.replace(/’/g, "'")) }))
	// Longest first, so « Saint-Quentin » does not hide « Saint-Quentin-Fallavier » and « Le Mans » is read whole.
	.sort((a, b) => b.folded.length - a.folded.length)

const connectors = /^(?:et|ou|and|or|,|\/|-|–|—|\(|·)/i

/** The place of work, from the heading first, then a « Lieu : » line, then a city named with « à » in the text. */
export function parseLocation(headerSegments: string[], bodyLines: string[]): string | null {
	for (const segment of headerSegments) {
		const place = placeOfSegment(segment)
		if (place) return place
	}
	for (const line of bodyLines) {
		const labelled =
			/^(?:[\s\-•*]*)(?:lieu(?: de travail)?|localisation|location|ville|adresse|poste bas[ée]e? [àa]|bas[ée]e? [àa]|situ[ée]e? [àa]|based in)\s*:?\s+(.+)$/i.exec(
				line,
			)
		if (labelled?.[1]) {
			const place = placeOfSegment(labelled[1]) ?? cityIn(labelled[1], false)
			if (place) return place
		}
	}
	for (const line of bodyLines) {
		const place = cityIn(line, true)
		if (place) return place
	}
	return null
}

/** A heading segment that is a place: a known city (with its arrondissement, department or district), « Name (NN) », a postcode. */
function placeOfSegment(raw: string): string | null {
	const segment = raw
		.replace(/\((?![^)]*\d)[^)]*\)/g, ' ')
		.replace(/^(?:[àa]|sur|in|based in)\s+/i, '')
		.replace(/\s+/g, ' ')
		.trim()
	if (!segment) return null
	const postcodeFirst = /^(\d{5})\s+([\p{Lu}][\p{L}'’ -]+)$/u.exec(segment)
	if (postcodeFirst?.[1] && postcodeFirst[2]) return withPostcode(postcodeFirst[2], postcodeFirst[1])
	const postcodeAfter = /^([\p{Lu}][\p{L}'’ -]+?)\s*\(?(\d{5})\)?$/u.exec(segment)
	if (postcodeAfter?.[1] && postcodeAfter[2]) return withPostcode(postcodeAfter[1], postcodeAfter[2])

	const folded = foldText(segment)
	const city = cities.find(
		(candidate) => folded === candidate.folded || folded.startsWith(`${candidate.folded} `) || folded.startsWith(`${candidate.folded}(`),
	)
	if (city) {
		const rest = segment.slice(city.folded.length).trim()
		if (!rest) return city.name
		const arrondissement = /^(\d{1,2})\s*(?:e|er|ème|eme|è)?(?:\s+arrondissement)?\b/i.exec(rest)
		if (arrondissement?.[1] && arrondissementCities.includes(city.name)) return `${city.name} ${ordinal(arrondissement[1])}`
		const department = /^\((\d{2,3}|2[AB])\)/i.exec(rest)
		if (department?.[1]) return `${city.name} (${department[1]})`
		if (connectors.test(rest)) return city.name
		// A district after the city (« Bordeaux Chartrons »), one or two capitalised words.
		if (/^[\p{Lu}][\p{L}'’-]+(?:\s[\p{Lu}][\p{L}'’-]+)?$/u.test(rest)) return `${city.name} ${rest}`
		return city.name
	}
	const withDepartment = /^([\p{Lu}][\p{L}'’-]*(?:[\s-][\p{L}'’-]+){0,4})\s*\((\d{2,3}|2[AB])\)$/u.exec(segment)
	if (withDepartment?.[1] && withDepartment[2]) return `${withDepartment[1]} (${withDepartment[2]})`
	return null
}

const cityAlternation = cities.map((city) => escape(city.name)).join('|')
const cityAfterPreposition = new RegExp(
	`(?:^|[\\s(])(?:à|a|sur|de|d['’]|in|near|près de)\\s*(${cityAlternation})(?![\\p{L}-])(?!\\s+to\\s+have)`,
	'u',
)
const cityAlone = new RegExp(`(?:^|\\s)(${cityAlternation})(?![\\p{L}-])`, 'u')
const citiesByFoldedName = new Map(cities.map((city) => [city.folded, city]))

/** A known city named in a sentence after « à », « sur », « de » (« basé à Nantes », « CHU de Lille »). */
function cityIn(text: string, needsPreposition: boolean): string | null {
	const match = (needsPreposition ? cityAfterPreposition : cityAlone).exec(text)
	if (!match?.[1]) return null
	const city = citiesByFoldedName.get(foldText(match[1].replace(/’/g, "'")))
	if (!city) return null
	const after = text.slice((match.index ?? 0) + match[0].length)
	const arrondissement = /^\s*(\d{1,2})\s*(?:e|er|ème|eme)\b/.exec(after)
	if (arrondissement?.[1] && arrondissementCities.includes(city.name)) return `${city.name} ${ordinal(arrondissement[1])}`
	const department = /^\s*\((\d{2,3}|2[AB])\)/.exec(after)
	return department?.[1] ? `${city.name} (${department[1]})` : city.name
}

function withPostcode(name: string, postcode: string): string {
	const trimmed = name.trim()
	const arrondissement = Number.parseInt(postcode.slice(3), 10)
	const known = cities.find((city) => city.folded === foldText(trimmed))
	const cityName = known?.name ?? trimmed
	if (known && arrondissementCities.includes(known.name) && /^(?:75|69|13)0\d\d$/.test(postcode) && arrondissement > 0) {
		return `${cityName} ${ordinal(String(arrondissement))}`
	}
	return `${cityName} (${postcode.startsWith('97') ? postcode.slice(0, 3) : postcode.slice(0, 2)})`
}

function ordinal(value: string): string {
	const number = Number.parseInt(value, 10)
	return number === 1 ? '1er' : `${number}e`
}

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]")
}

const fullRemote =
	/\b(?:full[- ]remote|fully remote|100\s?%\s*(?:en\s+)?(?:teletravail|remote|a distance)|teletravail (?:complet|total|integral|a 100\s?%)|remote[- ]first|entierement a distance|totalement a distance)\b/
const noRemote =
	/\b(?:pas de teletravail|teletravail (?:non|impossible|pas possible|exclu)|sans teletravail|no remote|100\s?%\s*(?:sur site|presentiel)|poste en presentiel|sur site uniquement|on[- ]site only)\b/
const hybrid = /\b(?:hybride|hybrid|teletravail|remote|travail a distance)\b/

/** Remote work as the offer describes it, or null when it says nothing. */
export function parseRemote(text: string): OfferAnalysis['remote'] {
	const folded = foldText(text)
	if (fullRemote.test(folded)) return 'télétravail complet'
	if (noRemote.test(folded)) return 'sur site'
	if (hybrid.test(folded)) return 'hybride'
	return null
}
