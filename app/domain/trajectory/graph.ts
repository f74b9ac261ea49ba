// The ROME as a graph of occupations joined by the official mobility edges
// (« passerelles »), with each occupation's skills, built once per lexicon
// and shared by every trajectory the process computes.
import type { RomeLexicon } from '#app/domain/rome/lexicon.ts'
import { plain } from '#shared/ai/offline/text.ts'
import type { TrajectoryOccupation, TrajectorySkill } from './types.ts'
import { paragraph } from './wording.ts'

export type MobilityEdge = { toCode: string; rank: number }

export type IncomingEdge = { fromCode: string; rank: number }

export type GraphSkill = TrajectorySkill & {
	category: string
	/** A diploma, title or licence (« CAP boulanger », « Master mention informatique »): earned, not learned as a skill. */
	certification: boolean
}

export type MobilityGraph = {
	readonly version: string
	occupation(code: string): TrajectoryOccupation | undefined
	/** « Accès au métier », one paragraph of plain text. */
	access(code: string): string | null
	definition(code: string): string | null
	/** Official edges out of an occupation, rank 1 first. */
	edgesFrom(code: string): readonly MobilityEdge[]
	/** Official edges into an occupation, rank 1 first. */
	edgesInto(code: string): readonly IncomingEdge[]
	/** The occupation's skills in ROME order; labels in plain text. */
	skillsOf(code: string): readonly GraphSkill[]
}

const cache = new WeakMap<RomeLexicon, MobilityGraph>()

/** The graph of a lexicon, built on first use and then reused for the same lexicon object. */
export function createMobilityGraph(lexicon: RomeLexicon): MobilityGraph {
	let graph = cache.get(lexicon)
	if (!graph) cache.set(lexicon, (graph = buildGraph(lexicon)))
	return graph
}

function buildGraph(lexicon: RomeLexicon): MobilityGraph {
	const occupations = new Map<string, { occupation: TrajectoryOccupation; access?: string; definition?: string }>()
	for (const entry of lexicon.occupations) {
		occupations.set(entry.code, {
			occupation: { code: entry.code, label: plain(entry.label) },
			...(entry.access ? { access: entry.access } : {}),
			...(entry.definition ? { definition: entry.definition } : {}),
		})
	}

	const outgoing = new Map<string, MobilityEdge[]>()
	const incoming = new Map<string, IncomingEdge[]>()
	for (const { fromCode, toCode, rank } of lexicon.mobilities) {
		if (fromCode === toCode || !occupations.has(fromCode) || !occupations.has(toCode)) continue
		if (outgoing.get(fromCode)?.some((edge) => edge.toCode === toCode)) continue
		push(outgoing, fromCode, { toCode, rank })
		push(incoming, toCode, { fromCode, rank })
	}
	for (const edges of outgoing.values()) edges.sort((left, right) => left.rank - right.rank)
	for (const edges of incoming.values()) edges.sort((left, right) => left.rank - right.rank)

	// Links are grouped now and turned into skills the first time an occupation is asked for: most never are.
	const linksByOccupation = new Map<string, number[]>()
	lexicon.occupationSkills.forEach((link, index) => push(linksByOccupation, link.occupationCode, index))
	const skills = new Map(lexicon.skills.map((skill) => [skill.code, skill]))
	const prepared = new Map<string, { label: string; certification: boolean }>()
	const skillsByOccupation = new Map<string, GraphSkill[]>()
	const skillsOf = (code: string): GraphSkill[] => {
		let list = skillsByOccupation.get(code)
		if (list) return list
		list = []
		for (const index of linksByOccupation.get(code) ?? []) {
			const link = lexicon.occupationSkills[index]
			const skill = link && skills.get(link.skillCode)
			if (!link || !skill) continue
			let base = prepared.get(skill.code)
			if (!base) {
				base = { label: plain(skill.label), certification: skill.kind === 'savoir' && /certif|habilitation|diplôme/i.test(skill.category) }
				prepared.set(skill.code, base)
			}
			list.push({
				code: skill.code,
				label: base.label,
				kind: skill.kind,
				isCore: link.isCore,
				category: skill.category,
				certification: base.certification,
			})
		}
		skillsByOccupation.set(code, list)
		return list
	}

	const texts = new Map<string, { access: string | null; definition: string | null }>()
	const textsOf = (code: string) => {
		let text = texts.get(code)
		if (!text) {
			const entry = occupations.get(code)
			texts.set(code, (text = { access: paragraph(entry?.access), definition: paragraph(entry?.definition) }))
		}
		return text
	}

	return {
		version: lexicon.version,
		occupation: (code) => occupations.get(code)?.occupation,
		access: (code) => textsOf(code).access,
		definition: (code) => textsOf(code).definition,
		edgesFrom: (code) => outgoing.get(code) ?? [],
		edgesInto: (code) => incoming.get(code) ?? [],
		skillsOf,
	}
}

function push<T>(map: Map<string, T[]>, key: string, value: T) {
	const list = map.get(key)
	if (list) list.push(value)
	else map.set(key, [value])
}
