// Routes over the official ROME passerelles: the cheapest few of a sensible
// length, and the length of the shortest one at all.
import type { MobilityGraph } from './graph.ts'
import type { TrajectoryOccupation } from './types.ts'
import { typeset } from './wording.ts'

export type TrajectoryRoute = {
	/** Occupations in order, from the current one to the target. */
	path: TrajectoryOccupation[]
	/** Rank of each passerelle taken (rank 1: the closest the ROME lists). */
	ranks: number[]
	cost: number
}

/** Beyond three passerelles, a chain of official edges stops being a career plan. */
export const defaultMaxHops = 3

/**
 * One passerelle costs 1, plus a little more the further down the ROME's list it
 * comes (ranks go up to 21): among routes of the same length the closest
 * passerelles win, and up to three passerelles a shorter route always beats a longer one.
 */
function edgeCost(rank: number): number {
	return 1 + (Math.max(1, rank) - 1) / 50
}

export class TrajectoryError extends Error {
	constructor(
		readonly reason: 'unknown_occupation' | 'same_occupation' | 'not_a_route',
		message: string,
		readonly code?: string,
	) {
		super(message)
		this.name = 'TrajectoryError'
	}
}

/** The occupation for a ROME code, or a clear error naming the code. */
export function occupationOrThrow(graph: MobilityGraph, code: string): TrajectoryOccupation {
	const occupation = graph.occupation(code)
	if (occupation) return occupation
	const hint = /^[A-Z]\d{4}$/.test(code) ? '' : ' (un code ROME s’écrit avec une lettre et quatre chiffres, par exemple M1855)'
	throw new TrajectoryError('unknown_occupation', typeset(`Code ROME inconnu : « ${code} »${hint}.`), code)
}

/**
 * The k cheapest routes from one occupation to another over official
 * passerelles, at most `maxHops` long, cheapest first (no occupation twice).
 */
export function shortestPaths(
	graph: MobilityGraph,
	fromCode: string,
	toCode: string,
	options: { k?: number; maxHops?: number } = {},
): TrajectoryRoute[] {
	const from = occupationOrThrow(graph, fromCode)
	occupationOrThrow(graph, toCode)
	const k = options.k ?? 1
	const maxHops = options.maxHops ?? defaultMaxHops
	if (fromCode === toCode || k <= 0 || maxHops <= 0) return []

	// Hops left to the target from each occupation near it: prunes every branch that cannot arrive in time.
	const hopsToTarget = new Map<string, number>([[toCode, 0]])
	let frontier = [toCode]
	for (let depth = 1; depth <= maxHops && frontier.length > 0; depth++) {
		const next: string[] = []
		for (const code of frontier) {
			for (const edge of graph.edgesInto(code)) {
				if (hopsToTarget.has(edge.fromCode)) continue
				hopsToTarget.set(edge.fromCode, depth)
				next.push(edge.fromCode)
			}
		}
		frontier = next
	}
	if (!hopsToTarget.has(fromCode)) return []

	const found: { codes: string[]; ranks: number[]; cost: number }[] = []
	const codes = [fromCode]
	const ranks: number[] = []
	const visit = (code: string, cost: number) => {
		for (const edge of graph.edgesFrom(code)) {
			const left = hopsToTarget.get(edge.toCode)
			if (left === undefined || ranks.length + 1 + left > maxHops || codes.includes(edge.toCode)) continue
			codes.push(edge.toCode)
			ranks.push(edge.rank)
			const reached = cost + edgeCost(edge.rank)
			if (edge.toCode === toCode) found.push({ codes: [...codes], ranks: [...ranks], cost: reached })
			else visit(edge.toCode, reached)
			codes.pop()
			ranks.pop()
		}
	}
	visit(fromCode, 0)

	found.sort(
		(left, right) =>
			left.cost - right.cost || left.codes.length - right.codes.length || left.codes.join().localeCompare(right.codes.join()),
	)
	return found.slice(0, k).map((route) => ({
		path: route.codes.map((code) => (code === fromCode ? from : (graph.occupation(code) ?? { code, label: code }))),
		ranks: route.ranks,
		cost: Math.round(route.cost * 1000) / 1000,
	}))
}

/**
 * « Autres chemins possibles »: up to k official routes besides the one
 * buildTrajectory takes (the cheapest), cheapest first.
 */
export function alternatives(
	graph: MobilityGraph,
	fromCode: string,
	toCode: string,
	k = 3,
	options: { maxHops?: number } = {},
): TrajectoryRoute[] {
	return shortestPaths(graph, fromCode, toCode, { ...options, k: k + 1 }).slice(1)
}

/**
 * Hops of the shortest official route with no length limit, or null when none
 * exists. Walks forward from the start and backward from the target, the
 * smaller frontier first, until they meet.
 */
export function officialDistance(graph: MobilityGraph, fromCode: string, toCode: string): number | null {
	if (fromCode === toCode) return 0
	let forward = new Set([fromCode])
	let backward = new Set([toCode])
	const seenForward = new Set(forward)
	const seenBackward = new Set(backward)
	for (let depth = 1; forward.size > 0 && backward.size > 0; depth++) {
		const fromStart = forward.size <= backward.size
		const next = new Set<string>()
		for (const code of fromStart ? forward : backward) {
			const neighbours = fromStart ? graph.edgesFrom(code).map((edge) => edge.toCode) : graph.edgesInto(code).map((edge) => edge.fromCode)
			for (const neighbour of neighbours) {
				if ((fromStart ? seenBackward : seenForward).has(neighbour)) return depth
				if ((fromStart ? seenForward : seenBackward).has(neighbour)) continue
				;(fromStart ? seenForward : seenBackward).add(neighbour)
				next.add(neighbour)
			}
		}
		if (fromStart) forward = next
		else backward = next
	}
	return null
}
