// The Trajectory Builder: from the current occupation to the target over the
// official ROME passerelles when a sensible route exists, or as a direct
// reconversion when none does, with the skills held and to acquire, the
// schemes that fit and a dated plan.
import { romeAttribution } from '#app/domain/rome/lexicon.ts'
import type { GraphSkill, MobilityGraph } from './graph.ts'
import { TrajectoryError, type TrajectoryRoute, defaultMaxHops, occupationOrThrow, officialDistance, shortestPaths } from './paths.ts'
import { planFor } from './plan.ts'
import { type Employment, schemesFor } from './schemes.ts'
import { type HeldEvidence, type SkillTest, occupationTest, personTest, prioritized, publicSkill } from './skills.ts'
import type { Trajectory, TrajectoryHop, TrajectoryOccupation, TrajectorySkill } from './types.ts'
import { chain, de, diplomasIn, inSentence, typeset } from './wording.ts'

export { alternatives, defaultMaxHops, officialDistance, shortestPaths, TrajectoryError, type TrajectoryRoute } from './paths.ts'
export type { Employment } from './schemes.ts'

export type TrajectoryInput = HeldEvidence & {
	fromCode: string
	toCode: string
	/** Longest chain of passerelles still offered as an official route (3 by default). */
	maxHops?: number
	/** Intermediate occupations of an official route to follow instead of the cheapest (one of `alternatives`). */
	via?: readonly string[]
	/** Decides between Transitions Pro, France Travail and the période de reconversion; unknown offers both sides. */
	employment?: Employment
	/** Years worked in the current occupation: VAE fits when there are some in a related occupation. */
	yearsInCurrentOccupation?: number
	/** Dates the plan's steps (yyyy-mm-dd) from this day. */
	start?: Date
}

/** Skills to acquire named for one hop; the trajectory's overall list stays complete. */
export const skillsPerHop = 12

export function buildTrajectory(graph: MobilityGraph, input: TrajectoryInput): Trajectory {
	const from = occupationOrThrow(graph, input.fromCode)
	const to = occupationOrThrow(graph, input.toCode)
	if (from.code === to.code) {
		throw new TrajectoryError(
			'same_occupation',
			typeset(`Le métier de départ et le métier visé sont identiques (${from.label}, ${from.code}).`),
			from.code,
		)
	}
	const maxHops = input.maxHops ?? defaultMaxHops
	const route = input.via ? followVia(graph, from, to, input.via) : (shortestPaths(graph, from.code, to.code, { k: 1, maxHops })[0] ?? null)
	const official = route !== null
	const path = route ? route.path : [from, to]
	const officialHops = route ? route.ranks.length : officialDistance(graph, from.code, to.code)

	const person = personTest(graph, from.code, input)
	const targetSkills = graph.skillsOf(to.code).filter((skill) => !skill.certification)
	const held = prioritized(
		graph,
		to.code,
		targetSkills.filter((skill) => person(skill) !== null),
	)
	const toAcquire = prioritized(
		graph,
		to.code,
		targetSkills.filter((skill) => skill.kind !== 'savoir_etre' && person(skill) === null),
	)
	const core = targetSkills.filter((skill) => skill.isCore)
	const heldCore = core.filter((skill) => person(skill) !== null).length
	const coverage = core.length > 0 ? heldCore / core.length : targetSkills.length > 0 ? held.length / targetSkills.length : 0

	const publicHeld = held.map((skill) => publicSkill(skill, person(skill)))
	const publicToAcquire = toAcquire.map((skill) => publicSkill(skill))
	const hops = route ? officialHopsOf(graph, route, person) : [reconversionHop(from, to, publicHeld, publicToAcquire)]
	const access = graph.access(to.code)
	const diplomas = diplomasIn(access)
	// A diploma the current occupation already requires (the nurse's Diplôme d'État for a coordinating nurse) is not to earn again.
	const heldDiplomas = new Set(diplomasIn(graph.access(from.code)).map((diploma) => diploma.name.toLowerCase()))
	const toEarn = diplomas.filter((diploma) => !heldDiplomas.has(diploma.name.toLowerCase()))
	const originCertifications = new Set(
		graph
			.skillsOf(from.code)
			.filter((skill) => skill.certification)
			.map((skill) => skill.code),
	)
	const certifications = graph
		.skillsOf(to.code)
		.filter((skill) => skill.certification && !originCertifications.has(skill.code) && person(skill) === null)
		.sort((left, right) => left.label.length - right.label.length)
		.map((skill) => publicSkill(skill))
	const schemes = schemesFor({
		from,
		to,
		official,
		hops: path.length - 1,
		coverage,
		diploma: toEarn[0] ?? null,
		...(input.employment ? { employment: input.employment } : {}),
		...(input.yearsInCurrentOccupation !== undefined ? { yearsInCurrentOccupation: input.yearsInCurrentOccupation } : {}),
	})
	const plan = planFor({
		from,
		to,
		path,
		official,
		...(route?.ranks.length === 1 && route.ranks[0] !== undefined ? { rank: route.ranks[0] } : {}),
		coverage,
		held: publicHeld,
		toAcquire: publicToAcquire,
		access,
		diplomas: toEarn,
		alreadyRequired: diplomas.filter((diploma) => !toEarn.includes(diploma)),
		certifications,
		schemes,
		...(input.start ? { start: input.start } : {}),
	})

	return {
		from,
		to,
		path,
		hops,
		official,
		held: publicHeld,
		toAcquire: publicToAcquire,
		coverage: Math.round(coverage * 1000) / 1000,
		access: access ? typeset(access) : null,
		schemes,
		plan,
		summary: summaryOf(from, to, route, maxHops, officialHops),
		officialHops,
		diplomas: diplomas.map((diploma) => typeset(diploma.name)),
		certifications,
		attribution: romeAttribution(graph.version),
	}
}

/** Each passerelle of an official route, what it asks that the person does not hold yet: their own skills, and those of the steps before. */
function officialHopsOf(graph: MobilityGraph, route: TrajectoryRoute, person: SkillTest): TrajectoryHop[] {
	const reached: SkillTest[] = []
	return route.ranks.map((rank, index) => {
		const from = route.path[index] as TrajectoryOccupation
		const to = route.path[index + 1] as TrajectoryOccupation
		// Having worked as an intermediate occupation brings its skills along.
		if (index > 0) reached.push(occupationTest(graph, from.code))
		const holds = (skill: GraphSkill) => person(skill) ?? reached.reduce<string | null>((found, test) => found ?? test(skill), null)
		const skills = graph.skillsOf(to.code).filter((skill) => !skill.certification)
		return {
			from,
			to,
			kind: 'mobility',
			rank,
			held: prioritized(
				graph,
				to.code,
				skills.filter((skill) => holds(skill) !== null),
			).map((skill) => publicSkill(skill, holds(skill))),
			toAcquire: prioritized(
				graph,
				to.code,
				skills.filter((skill) => skill.kind !== 'savoir_etre' && holds(skill) === null),
			)
				.slice(0, skillsPerHop)
				.map((skill) => publicSkill(skill)),
		}
	})
}

function reconversionHop(
	from: TrajectoryOccupation,
	to: TrajectoryOccupation,
	held: TrajectorySkill[],
	toAcquire: TrajectorySkill[],
): TrajectoryHop {
	return { from, to, kind: 'reconversion', held, toAcquire: toAcquire.slice(0, skillsPerHop) }
}

/** The route through the given intermediate occupations, every step an official passerelle. */
function followVia(graph: MobilityGraph, from: TrajectoryOccupation, to: TrajectoryOccupation, via: readonly string[]): TrajectoryRoute {
	const codes = [from.code, ...via, to.code]
	const path = codes.map((code) => occupationOrThrow(graph, code))
	const ranks: number[] = []
	for (let index = 0; index < codes.length - 1; index++) {
		const edge = graph.edgesFrom(codes[index] as string).find((candidate) => candidate.toCode === codes[index + 1])
		if (!edge || new Set(codes).size !== codes.length) {
			throw new TrajectoryError(
				'not_a_route',
				typeset(
					`Le ROME ne prévoit pas de passerelle de ${path[index]?.label} (${codes[index]}) vers ${path[index + 1]?.label} (${codes[index + 1]}) sur ce chemin.`,
				),
			)
		}
		ranks.push(edge.rank)
	}
	return { path, ranks, cost: ranks.length }
}

function summaryOf(
	from: TrajectoryOccupation,
	to: TrajectoryOccupation,
	route: TrajectoryRoute | null,
	maxHops: number,
	officialHops: number | null,
): string {
	const fromName = inSentence(from.label)
	const toName = inSentence(to.label)
	if (route && route.ranks.length === 1) {
		const rank = route.ranks[0] === 1 ? 'c’est même la première qu’il cite' : `rang ${route.ranks[0]}, le rang 1 étant le plus proche`
		return typeset(
			`Le ROME cite le métier ${de(toName)} parmi les passerelles officielles depuis celui ${de(fromName)} (${rank}) : les deux métiers sont reconnus comme proches, un argument à mettre en avant.`,
		)
	}
	if (route) {
		const steps = route.path.slice(1, -1).map((occupation) => inSentence(occupation.label))
		const long = route.ranks.length >= 3 ? ' Ce chemin est long : une reconversion directe, par une formation, peut aller plus vite.' : ''
		return typeset(
			`Pas de passerelle directe, mais un chemin officiel du ROME en ${route.ranks.length} étapes, par ${chain(steps)} : chaque métier intermédiaire peut servir d’étape, ou simplement montrer que vos compétences se rapprochent du métier visé.${long}`,
		)
	}
	const shortest =
		officialHops === null
			? ', ni aucun chemin officiel'
			: `, ni de chemin officiel en ${maxHops} étape${maxHops > 1 ? 's' : ''} ou moins (le plus court en compte ${officialHops})`
	return typeset(
		`Le ROME ne prévoit pas de passerelle entre le métier ${de(fromName)} et celui ${de(toName)}${shortest} : c’est une vraie reconversion. Elle passe en général par une formation, et elle est tout à fait possible.`,
	)
}
