import fs from 'node:fs/promises'
import path from 'node:path'
import { beforeAll, describe, expect, test } from 'vitest'
import type { RomeLexicon } from '#app/domain/rome/lexicon.ts'
import { loadRomeLexiconFromFiles } from '#scripts/rome/lexicon.ts'
import { TrajectoryError, alternatives, buildTrajectory, shortestPaths } from './build.ts'
import { type MobilityGraph, createMobilityGraph } from './graph.ts'
import { resolveOccupation } from './resolve.ts'
import type { Trajectory } from './types.ts'
import { inSentence } from './wording.ts'

const samples = path.join(import.meta.dirname, '../../../samples')

let lexicon: RomeLexicon
let graph: MobilityGraph

beforeAll(async () => {
	lexicon = await loadRomeLexiconFromFiles()
	graph = createMobilityGraph(lexicon)
})

// ——— The data, read independently of the builder ———

function rankOf(fromCode: string, toCode: string): number | undefined {
	return lexicon.mobilities.find((mobility) => mobility.fromCode === fromCode && mobility.toCode === toCode)?.rank
}

/** Fewest official passerelles from one occupation to another, by a plain breadth-first walk over the lexicon. */
function officialHopsInData(fromCode: string, toCode: string): number | null {
	let frontier = [fromCode]
	const seen = new Set(frontier)
	for (let depth = 1; frontier.length > 0; depth++) {
		const next = lexicon.mobilities.filter((mobility) => frontier.includes(mobility.fromCode) && !seen.has(mobility.toCode))
		if (next.some((mobility) => mobility.toCode === toCode)) return depth
		for (const mobility of next) seen.add(mobility.toCode)
		frontier = [...new Set(next.map((mobility) => mobility.toCode))]
	}
	return null
}

function resolved(words: string): string {
	const occupation = resolveOccupation(lexicon, words)
	if (!occupation) throw new Error(`no occupation for ${words}`)
	return occupation.code
}

function expectOfficialRoute(trajectory: Trajectory) {
	for (const hop of trajectory.hops) {
		expect(hop.kind).toBe('mobility')
		expect(hop.rank).toBe(rankOf(hop.from.code, hop.to.code))
	}
	expect(trajectory.path.map((occupation) => occupation.code)).toEqual([trajectory.from.code, ...trajectory.hops.map((hop) => hop.to.code)])
}

function planText(trajectory: Trajectory, kind?: Trajectory['plan'][number]['kind']): string {
	return trajectory.plan
		.filter((step) => !kind || step.kind === kind)
		.map((step) => `${step.title} ${step.detail}`)
		.join('\n')
}

/** Skills of a CV in JSON Resume form, as the person words them. */
async function jsonResumeSkills(file: string): Promise<string[]> {
	const resume = JSON.parse(await fs.readFile(path.join(samples, 'cvs', file), 'utf8')) as { skills?: { keywords?: string[] }[] }
	return (resume.skills ?? []).flatMap((group) => group.keywords ?? [])
}

describe('mobility graph', () => {
	test('is built once per lexicon and reused', () => {
		expect(createMobilityGraph(lexicon)).toBe(graph)
	})

	test('holds every official passerelle of the data, closest first', () => {
		const fromData = lexicon.mobilities.filter((mobility) => mobility.fromCode === 'J1506')
		const edges = graph.edgesFrom('J1506')
		expect(new Set(edges.map((edge) => edge.toCode))).toEqual(new Set(fromData.map((mobility) => mobility.toCode)))
		expect(edges.map((edge) => edge.rank)).toEqual([...edges.map((edge) => edge.rank)].sort((left, right) => left - right))
		expect(graph.edgesInto('J1510').some((edge) => edge.fromCode === 'J1506')).toBe(true)
	})

	test('knows each occupation’s skills, core ones marked, labels as plain text', () => {
		const links = lexicon.occupationSkills.filter((link) => link.occupationCode === 'M1855')
		const skills = graph.skillsOf('M1855')
		expect(skills).toHaveLength(links.length)
		expect(skills.filter((skill) => skill.isCore)).toHaveLength(links.filter((link) => link.isCore).length)
		expect(skills.some((skill) => skill.certification)).toBe(true)
		expect(graph.skillsOf('J1506').every((skill) => !skill.label.includes("''") && !/\bEtre\b/.test(skill.label))).toBe(true)
	})
})

describe('buildTrajectory', () => {
	test('nurse → web developer: an honest reconversion, the web skills to learn, the schemes of a big change', () => {
		const fromCode = resolved('infirmière')
		const toCode = resolved('développeur web')
		const trajectory = buildTrajectory(graph, { fromCode, toCode })
		const inData = officialHopsInData(fromCode, toCode)

		// The ROME has no route within three passerelles: the builder says so, and how long the shortest is.
		expect(inData === null || inData > 3).toBe(true)
		expect(trajectory.official).toBe(false)
		expect(trajectory.path.map((occupation) => occupation.code)).toEqual([fromCode, toCode])
		expect(trajectory.hops).toHaveLength(1)
		expect(trajectory.hops[0]?.kind).toBe('reconversion')
		expect(trajectory.hops[0]?.rank).toBeUndefined()
		expect(trajectory.officialHops).toBe(inData)
		expect(trajectory.summary).toMatch(/vraie reconversion/)
		if (inData !== null) expect(trajectory.summary).toContain(`le plus court en compte ${inData}`)

		const webSkills = trajectory.toAcquire.filter((skill) =>
			/application web|site web|programmation|HTML|JavaScript|^Coder$/i.test(skill.label),
		)
		expect(webSkills.length).toBeGreaterThanOrEqual(3)
		// Core skills first, the hop's list capped, the overall list complete.
		const firstOptional = trajectory.toAcquire.findIndex((skill) => !skill.isCore)
		expect(trajectory.toAcquire.slice(firstOptional).every((skill) => !skill.isCore)).toBe(true)
		expect(trajectory.hops[0]?.toAcquire.length).toBeLessThanOrEqual(12)
		const learnable = graph.skillsOf(toCode).filter((skill) => !skill.certification && skill.kind !== 'savoir_etre')
		expect(trajectory.toAcquire.length + trajectory.held.filter((skill) => skill.kind !== 'savoir_etre').length).toBe(learnable.length)
		expect(trajectory.toAcquire.every((skill) => skill.kind !== 'savoir_etre')).toBe(true)

		// The plan names the skills to learn, and the diploma the access text cites.
		const training = planText(trajectory, 'formation')
		const named = trajectory.toAcquire.filter((skill) => training.includes(inSentence(skill.label).replace(/'/g, '’')))
		expect(named.length).toBeGreaterThanOrEqual(5)
		expect(named.some((skill) => webSkills.includes(skill))).toBe(true)
		const diploma = trajectory.diplomas?.[0]
		expect(diploma).toBeDefined()
		expect(trajectory.access).toContain(diploma)
		expect(planText(trajectory, 'certification')).toContain(diploma)

		const schemes = trajectory.schemes.map((scheme) => scheme.id)
		expect(schemes).toContain('bilan')
		expect(schemes).toContain('cpf')
		expect(trajectory.schemes.find((scheme) => scheme.id === 'cpf')?.url).toMatch(/^https:\/\/www\.moncompteformation\.gouv\.fr/)
		// No VAE: nothing in the nurse’s experience is close enough to the web developer’s certifications.
		expect(schemes).not.toContain('vae')
		for (const scheme of trajectory.schemes) {
			expect(scheme.url).toMatch(/^https:\/\/[\w.-]+\.(?:gouv\.fr|fr)(?:\/|$)/)
			expect(scheme.why).not.toMatch(/€|euros?\b/)
		}
		expect(trajectory.attribution).toContain('ROME 4.0')
	})

	test('allowed as many passerelles as the ROME needs, the same pair follows the official chain', () => {
		const longest = officialHopsInData('J1506', 'M1855')
		if (longest === null) return
		const trajectory = buildTrajectory(graph, { fromCode: 'J1506', toCode: 'M1855', maxHops: longest })
		expect(trajectory.official).toBe(true)
		expect(trajectory.hops).toHaveLength(longest)
		expectOfficialRoute(trajectory)
		expect(trajectory.summary).toMatch(/Ce chemin est long/)
	})

	test('bank advisor → baker: what the ROME says about the route, and the CAP the access text names', async () => {
		const fromCode = resolved('conseiller bancaire')
		const toCode = resolved('boulanger')
		const inData = officialHopsInData(fromCode, toCode)
		const trajectory = buildTrajectory(graph, { fromCode, toCode })
		expect(trajectory.official).toBe(inData !== null && inData <= 3)
		if (trajectory.official) expectOfficialRoute(trajectory)
		else expect(trajectory.hops[0]?.kind).toBe('reconversion')
		expect(trajectory.toAcquire.some((skill) => /pétri|pain|viennoiser|pâton/i.test(skill.label))).toBe(true)
		expect(trajectory.diplomas?.[0]).toMatch(/^CAP\b/)
		expect(trajectory.plan.find((step) => step.kind === 'certification')?.title).toContain(trajectory.diplomas?.[0])
		expect(trajectory.access).not.toMatch(/''|\bEtat\b/)

		// Thomas has started: what his CV already names leaves the list of skills to acquire.
		const cv = await fs.readFile(path.join(samples, 'cvs/thomas-banque-vers-boulanger.txt'), 'utf8')
		const section = cv.split(/^COMPÉTENCES$/m)[1]?.split(/^CENTRES/m)[0] ?? ''
		const wordings = section
			.split(/[\n,;:]/)
			.map((wording) => wording.trim())
			.filter(Boolean)
		const withCv = buildTrajectory(graph, { fromCode, toCode, heldSkillLabels: wordings, countOccupationSkills: true })
		const fromCv = withCv.held.filter((skill) => skill.heldAs && wordings.includes(skill.heldAs))
		const learned = fromCv.filter((skill) => trajectory.toAcquire.some((other) => other.code === skill.code))
		expect(learned.some((skill) => /viennoiser|pain|pâte|hygiène/i.test(skill.label))).toBe(true)
		expect(withCv.toAcquire).toHaveLength(trajectory.toAcquire.length - learned.length)
		for (const skill of fromCv) expect(withCv.toAcquire.some((other) => other.code === skill.code)).toBe(false)
	})

	test('karim, department manager → recruitment officer: the route the ROME gives, his HR experience counted', async () => {
		const fromCode = resolved('Manager de rayon frais')
		const toCode = resolved('chargé de recrutement')
		const inData = officialHopsInData(fromCode, toCode)
		const keywords = await jsonResumeSkills('karim-manager-vers-rh.json')
		const trajectory = buildTrajectory(graph, {
			fromCode,
			toCode,
			heldSkillLabels: keywords,
			employment: 'employed',
			yearsInCurrentOccupation: 10,
		})

		expect(trajectory.official).toBe(inData !== null && inData <= 3)
		if (trajectory.official) {
			expectOfficialRoute(trajectory)
			expect(trajectory.hops).toHaveLength(inData ?? 0)
			if ((inData ?? 0) >= 3) expect(trajectory.summary).toMatch(/une reconversion directe, par une formation, peut aller plus vite/)
		}
		const recruiting = trajectory.held.filter((skill) => /recrut|entretien|intégr/i.test(skill.label))
		expect(recruiting.length).toBeGreaterThan(0)
		expect(recruiting.every((skill) => skill.heldAs === undefined || keywords.includes(skill.heldAs))).toBe(true)
		expect(trajectory.coverage).toBeGreaterThan(0)
		const schemes = trajectory.schemes.map((scheme) => scheme.id)
		expect(schemes).toEqual(expect.arrayContaining(['cpf', 'transitions_pro', 'pro_a']))
		expect(schemes).not.toContain('france_travail')
		expect(trajectory.schemes.find((scheme) => scheme.id === 'transitions_pro')?.why).toMatch(/^Comme vous êtes salarié/)
		// His own words come back in the plan, to build on.
		expect(planText(trajectory, 'candidature')).toMatch(
			new RegExp(recruiting.map((skill) => inSentence(skill.heldAs ?? skill.label)).join('|')),
		)
	})

	test('a direct passerelle is official, with the ROME’s rank, and a close move needs no bilan', () => {
		const edges = lexicon.mobilities.filter((mobility) => mobility.fromCode === 'J1506').sort((left, right) => left.rank - right.rank)
		const closest = edges[0]
		const furthest = edges.at(-1)
		if (!closest || !furthest) throw new Error('no passerelle from J1506')
		const near = buildTrajectory(graph, { fromCode: 'J1506', toCode: closest.toCode })
		expect(near.official).toBe(true)
		expect(near.path).toHaveLength(2)
		expect(near.hops[0]).toMatchObject({ kind: 'mobility', rank: closest.rank })
		expect(near.summary).toMatch(/passerelles officielles/)
		const far = buildTrajectory(graph, { fromCode: 'J1506', toCode: furthest.toCode })
		expect(far.hops[0]?.rank).toBe(furthest.rank)
		expect(far.officialHops).toBe(1)

		// VAE fits an official neighbour; the bilan only a big change.
		expect(near.schemes.map((scheme) => scheme.id)).toContain('vae')
		expect(near.schemes.some((scheme) => scheme.id === 'bilan')).toBe(near.coverage < 0.3)
		expect(near.plan[0]?.kind).toBe('bilan')
	})

	test('skills the CV already shows move from « to acquire » to « held » and raise the coverage', () => {
		const base = buildTrajectory(graph, { fromCode: 'C1206', toCode: 'D1102' })
		const shown = base.toAcquire.filter((skill) => skill.isCore).slice(0, 3)
		const withCv = buildTrajectory(graph, {
			fromCode: 'C1206',
			toCode: 'D1102',
			heldSkillCodes: shown.map((skill) => skill.code),
			countOccupationSkills: true,
		})
		expect(withCv.toAcquire).toHaveLength(base.toAcquire.length - shown.length)
		for (const skill of shown) {
			expect(withCv.held.some((held) => held.code === skill.code)).toBe(true)
			expect(withCv.toAcquire.some((other) => other.code === skill.code)).toBe(false)
		}
		expect(withCv.coverage).toBeGreaterThan(base.coverage)
		const core = graph.skillsOf('D1102').filter((skill) => skill.isCore && !skill.certification).length
		expect(withCv.coverage - base.coverage).toBeCloseTo(shown.length / core, 2)
	})

	test('claire’s CV: the web skills she names are held, in her words', async () => {
		const keywords = await jsonResumeSkills('claire-infirmiere-vers-dev.json')
		const trajectory = buildTrajectory(graph, { fromCode: 'J1506', toCode: 'M1855', heldSkillLabels: keywords })
		const fromCv = trajectory.held.filter((skill) => skill.heldAs && keywords.includes(skill.heldAs))
		expect(fromCv.some((skill) => /JavaScript|Accessibilité/i.test(skill.label))).toBe(true)
		const without = buildTrajectory(graph, { fromCode: 'J1506', toCode: 'M1855' })
		for (const skill of fromCv)
			if (skill.kind !== 'savoir_etre') expect(without.toAcquire.some((other) => other.code === skill.code)).toBe(true)
	})

	test('the plan runs from a bilan to applications, 5 to 8 steps, dates increasing from the start', () => {
		const start = new Date('2027-01-04T09:00:00Z')
		for (const [fromCode, toCode] of [
			['J1506', 'M1855'],
			['C1206', 'D1102'],
			['J1506', 'J1510'],
			['D1502', 'M1502'],
		] as const) {
			const { plan } = buildTrajectory(graph, { fromCode, toCode, start })
			expect(plan.length).toBeGreaterThanOrEqual(5)
			expect(plan.length).toBeLessThanOrEqual(8)
			expect(plan[0]).toMatchObject({ kind: 'bilan', weeksFromStart: 0, date: '2027-01-04' })
			expect(plan.at(-1)?.kind).toBe('candidature')
			expect(plan.map((step) => step.kind)).toEqual(expect.arrayContaining(['formation', 'certification', 'pratique', 'reseau']))
			for (let index = 1; index < plan.length; index++) {
				expect(plan[index]?.weeksFromStart).toBeGreaterThan(plan[index - 1]?.weeksFromStart ?? 0)
				expect((plan[index]?.date ?? '') > (plan[index - 1]?.date ?? '')).toBe(true)
			}
			for (const step of plan) {
				expect(step.title).not.toMatch(/'/)
				expect(`${step.title} ${step.detail}`).not.toMatch(/ [;:!?]/)
			}
		}
		expect(buildTrajectory(graph, { fromCode: 'J1506', toCode: 'M1855' }).plan.every((step) => step.date === undefined)).toBe(true)
	})

	test('other possible routes: distinct official paths of at most three passerelles, the best one left out', () => {
		const [best] = shortestPaths(graph, 'J1506', 'J1510', { k: 1 })
		const others = alternatives(graph, 'J1506', 'J1510', 3)
		expect(best?.path).toHaveLength(2)
		expect(others.length).toBeGreaterThan(0)
		expect(others.length).toBeLessThanOrEqual(3)
		const seen = new Set([best?.path.map((occupation) => occupation.code).join('>')])
		for (const route of others) {
			const codes = route.path.map((occupation) => occupation.code)
			expect(seen.has(codes.join('>'))).toBe(false)
			seen.add(codes.join('>'))
			expect(codes[0]).toBe('J1506')
			expect(codes.at(-1)).toBe('J1510')
			expect(route.ranks.length).toBeLessThanOrEqual(3)
			route.ranks.forEach((rank, index) => expect(rank).toBe(rankOf(codes[index] ?? '', codes[index + 1] ?? '')))
			expect(route.cost).toBeGreaterThanOrEqual(best?.cost ?? 0)
		}
		expect(alternatives(graph, 'J1506', 'M1855')).toEqual([])

		// Following one of them gives its trajectory; a made-up route is refused.
		const chosen = others[0]
		if (!chosen) return
		const via = chosen.path.slice(1, -1).map((occupation) => occupation.code)
		const trajectory = buildTrajectory(graph, { fromCode: 'J1506', toCode: 'J1510', via })
		expect(trajectory.path.map((occupation) => occupation.code)).toEqual(chosen.path.map((occupation) => occupation.code))
		expectOfficialRoute(trajectory)
		expect(() => buildTrajectory(graph, { fromCode: 'J1506', toCode: 'J1510', via: ['M1855'] })).toThrow(TrajectoryError)
	})

	test('an unknown code or the same occupation twice is a clear error', () => {
		expect(() => buildTrajectory(graph, { fromCode: 'Z9999', toCode: 'M1855' })).toThrow(/Code ROME inconnu.*Z9999/)
		expect(() => buildTrajectory(graph, { fromCode: 'J1506', toCode: 'développeur' })).toThrow(/lettre et quatre chiffres/)
		try {
			buildTrajectory(graph, { fromCode: 'M1855', toCode: 'M1855' })
			expect.unreachable()
		} catch (error) {
			expect(error).toBeInstanceOf(TrajectoryError)
			expect((error as TrajectoryError).reason).toBe('same_occupation')
		}
	})

	test('any two occupations give a trajectory, the same again once their skills are prepared', () => {
		const codes = lexicon.occupations.map((occupation) => occupation.code)
		let seed = 42
		const next = () => {
			seed = (seed * 1103515245 + 12345) % 2 ** 31
			return codes[seed % codes.length] ?? 'M1855'
		}
		const pairs: [string, string][] = [
			['J1506', 'M1855'],
			['C1206', 'D1102'],
			['D1502', 'M1502'],
		]
		while (pairs.length < 300) {
			const pair: [string, string] = [next(), next()]
			if (pair[0] !== pair[1]) pairs.push(pair)
		}
		const build = () => pairs.map(([fromCode, toCode]) => buildTrajectory(graph, { fromCode, toCode, start: new Date('2027-01-04') }))
		// First sight of an occupation prepares its skills; later trajectories reuse them.
		const first = build()
		expect(first.map((trajectory) => [trajectory.from.code, trajectory.to.code])).toEqual(pairs)
		expect(build()).toEqual(first)
	})
})
