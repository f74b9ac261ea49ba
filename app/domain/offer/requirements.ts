// Whether a skill is required or only welcome, from the words around it:
// « exigé », « indispensable », « obligatoire », « requis », « minimum » make
// it a must-have; « apprécié », « souhaité », « un plus », « idéalement »,
// « serait un atout » a nice-to-have. The nearest marker in the same part of
// the sentence wins (« Anglais exigé, l’italien serait un atout »).
import { foldWithOffsets } from '#app/domain/rome/tokens.ts'

export type Requirement = 'must' | 'nice'

const niceMarker =
	/\b(?:apprecie(?:e|s|es)?|appreciable|souhaite(?:e|s|es)?|souhaitable|(?:un|vrai|gros|reel|serait un|est un|sont un|sera un) plus|atouts?|idealement|de preference|bienvenu(?:e|s|es)?|bonus|nice[- ]to[- ]have|(?:is|are|be) a plus|preferred|ideally|optionnel(?:le)?|facultati(?:f|ve)|(?:un|est un) avantage|valorise(?:e|s)?|si possible|eventuellement)\b/g
const strongMustMarker =
	/\b(?:exige(?:e|s|es)?|exigence|indispensables?|obligatoires?|obligatoirement|imperati(?:f|ve|fs|ves)|imperativement|requis(?:e|es)?|necessaires?|minimum|minimale?|au moins|doi(?:t|vent)|devez|devrez|must|required|mandatory|essential|a jour)\b/g
const weakMustMarker =
	/\b(?:maitris\w*|solides?|strong|expertise|bonne connaissance|excellente? (?:connaissance|maitrise)|parfaite (?:connaissance|maitrise)|vous connaissez|connaissance approfondie|fluent|(?:anglais|espagnol|allemand|italien|francais|english|french) courant)\b/g

type Marker = { kind: 'strong' | 'nice' | 'weak'; at: number }

/** The requirement the text states for a mention at `offset` of `line` (offset within the line), or null when it says nothing. */
export function requirementInLine(line: string, offset: number, foldedLine?: string): Requirement | null {
	// A folded line of the same length keeps the offsets (no ligature grew into two letters).
	const { folded, originalIndex } =
		foldedLine !== undefined && foldedLine.length === line.length ? { folded: foldedLine, originalIndex: null } : foldWithOffsets(line)
	const at = originalIndex
		? Math.max(
				0,
				originalIndex.findIndex((index) => index >= offset),
			)
		: offset
	const clause = enclosing(folded, at, /[;!?]|\.(?=\s|$)/g)
	const segment = enclosing(folded, at, /[;!?,()]|\.(?=\s|$)|\bmais\b/g)
	const segmentMarkers = markersIn(folded, segment)
	if (segmentMarkers.some((marker) => marker.kind === 'strong')) return 'must'
	if (segmentMarkers.some((marker) => marker.kind === 'nice')) return 'nice'
	const clauseMarkers = markersIn(folded, clause)
	const strong = clauseMarkers.filter((marker) => marker.kind === 'strong')
	const nice = clauseMarkers.filter((marker) => marker.kind === 'nice')
	if (strong.length > 0 && nice.length > 0) {
		const distance = (markers: Marker[]) => Math.min(...markers.map((marker) => Math.abs(marker.at - at)))
		return distance(strong) <= distance(nice) ? 'must' : 'nice'
	}
	if (strong.length > 0) return 'must'
	if (nice.length > 0) return 'nice'
	if (clauseMarkers.some((marker) => marker.kind === 'weak')) return 'must'
	return null
}

function enclosing(text: string, at: number, separators: RegExp): { start: number; end: number } {
	let start = 0
	let end = text.length
	separators.lastIndex = 0
	for (let match = separators.exec(text); match; match = separators.exec(text)) {
		if (match.index < at) start = match.index + match[0].length
		else {
			end = match.index
			break
		}
	}
	return { start, end }
}

function markersIn(text: string, range: { start: number; end: number }): Marker[] {
	const slice = text.slice(range.start, range.end)
	const markers: Marker[] = []
	for (const [kind, pattern] of [
		['strong', strongMustMarker],
		['nice', niceMarker],
		['weak', weakMustMarker],
	] as const) {
		pattern.lastIndex = 0
		for (const match of slice.matchAll(pattern)) markers.push({ kind, at: range.start + (match.index ?? 0) })
	}
	return markers
}
