import type { SubmissionResult } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { data, redirect } from 'react-router'
import type { JobTitleChoice } from '#app/components/job-title-combobox.tsx'
import { trajectoryQuerySchema, type TrajectoryQuery } from '#app/components/letters/trajectory-form.tsx'
import {
	stepAddSchema,
	stepDeleteSchema,
	stepDoneSchema,
	stepEditSchema,
	type PlanActionResult,
	type PlanIntent,
} from '#app/components/letters/trajectory-plan.tsx'
import { parisToday } from '#app/domain/application/tracker.ts'
import { cvPlainText } from '#app/domain/cv/text-of.ts'
import type { Cv } from '#app/domain/cv/types.ts'
import { romeAttribution, type RomeLexicon } from '#app/domain/rome/lexicon.ts'
import type { RomeIndex } from '#app/domain/rome/rome-index.ts'
import { buildTrajectory, shortestPaths, TrajectoryError, type TrajectoryInput } from '#app/domain/trajectory/build.ts'
import type { MobilityGraph } from '#app/domain/trajectory/graph.ts'
import { typeset } from '#app/domain/trajectory/wording.ts'
import type {
	Trajectory,
	TrajectoryOccupation,
	TrajectoryScheme,
	TrajectorySkill,
	TrajectoryStepDraft,
} from '#app/domain/trajectory/types.ts'
import { getProfile } from '#app/routes/account/account.server.ts'
import { requireUser, type CurrentUser } from '#app/server/auth/auth.server.ts'
import { getPrimaryCv } from '#app/server/cv.server.ts'
import { hasLettersPremiumTools } from '#app/server/premium.server.ts'
import { rome } from '#app/server/rome-lexicon.server.ts'
import {
	addTrajectoryStep,
	deleteTrajectoryStep,
	editTrajectoryStep,
	getSavedTrajectory,
	saveTrajectory,
	setTrajectoryStepDone,
	type SavedTrajectory,
} from '#app/server/trajectories.server.ts'

/** What the free plan shows of a result: the path, the coverage, the schemes, these first skills to acquire and plan steps. */
export const freeSkillsToAcquire = 5
export const freePlanSteps = 2
/** « Autres chemins possibles »: up to this many official routes besides the one shown. */
const alternativesShown = 3

export type HopView = { from: TrajectoryOccupation; to: TrajectoryOccupation; kind: 'mobility' | 'reconversion'; rank: number | null }

export type HopDetail = HopView & { held: TrajectorySkill[]; toAcquire: TrajectorySkill[] }

export type AlternativeView = { path: TrajectoryOccupation[]; ranks: number[]; href: string }

/** What Premium adds to a result; null on the free plan, so none of it reaches the browser. */
export type TrajectoryDetails = {
	hops: HopDetail[]
	access: string | null
	diplomas: string[]
	certifications: TrajectorySkill[]
	alternatives: AlternativeView[]
}

export type TrajectoryView = {
	/** The question as job title codes (and the route followed), to save it or link to it again. */
	query: { de: string; vers: string; via: string | null }
	from: TrajectoryOccupation
	to: TrajectoryOccupation
	path: TrajectoryOccupation[]
	official: boolean
	summary: string
	hops: HopView[]
	/** Share of the target's core skills already held, 0–1. */
	coverage: number
	/** Whether a CV was read, besides the starting occupation. */
	fromCv: boolean
	toAcquire: TrajectorySkill[]
	toAcquireCount: number
	schemes: TrajectoryScheme[]
	plan: TrajectoryStepDraft[]
	planCount: number
	details: TrajectoryDetails | null
	/** What Premium would show on top of this view. */
	hidden: { skills: number; steps: number; alternatives: number; hopDetails: boolean }
	attribution: string
}

export type TrajectoryPage = {
	today: string
	premium: boolean
	hasCv: boolean
	defaults: { de: JobTitleChoice | null; vers: JobTitleChoice | null }
	/** The validated question (errors in French), when one was asked. */
	queryResult: SubmissionResult<string[]> | null
	/** An alternative route that could not be followed; the cheapest one is shown instead. */
	viaError: string | null
	result: TrajectoryView | null
	saved: SavedTrajectory | null
	justSaved: boolean
}

type Rome = { lexicon: RomeLexicon; index: RomeIndex; graph: MobilityGraph }

const jobTitleIndexes = new WeakMap<RomeLexicon, Map<string, { label: string; occupationCode: string }>>()

/** Job titles by code, built once per lexicon: the form sends job titles, the graph speaks occupations. */
function jobTitleOf(lexicon: RomeLexicon, code: string) {
	let titles = jobTitleIndexes.get(lexicon)
	if (!titles) {
		titles = new Map(lexicon.jobTitles.map((title) => [title.code, { label: title.label, occupationCode: title.occupationCode }]))
		jobTitleIndexes.set(lexicon, titles)
	}
	return titles.get(code) ?? null
}

const unknownJobTitle = 'Ce métier ne figure pas dans le répertoire ROME. Choisissez-le dans la liste proposée.'

/** The page: the saved plan, the question prefilled from the URL or the profile, and the result when both job titles are given. */
export async function loadTrajectoryPage(request: Request): Promise<TrajectoryPage> {
	const user = await requireUser(request)
	const url = new URL(request.url)
	const today = parisToday(new Date())
	const [profile, saved, premium, stored, romeData] = await Promise.all([
		getProfile(user),
		getSavedTrajectory(user),
		hasLettersPremiumTools(user),
		getPrimaryCv(user),
		rome(),
	])
	const choice = (code: string | null): JobTitleChoice | null => {
		const title = code ? jobTitleOf(romeData.lexicon, code.trim()) : null
		return code && title ? { code: code.trim(), label: title.label } : null
	}
	const params = url.searchParams
	const page: TrajectoryPage = {
		today,
		premium,
		hasCv: stored !== null,
		defaults: {
			de: choice(params.get('de')) ?? profile.currentJobTitle,
			vers: choice(params.get('vers')) ?? profile.targetJobTitle,
		},
		queryResult: null,
		viaError: null,
		result: null,
		saved,
		justSaved: params.get('enregistre') === '1',
	}
	if (!params.has('de') && !params.has('vers')) return page

	const submission = parseWithZod(params, { schema: trajectoryQuerySchema })
	if (submission.status !== 'success') return { ...page, queryResult: submission.reply() }
	const computed = computeTrajectory(romeData, submission.value, stored?.cv ?? null, today)
	if (!computed.ok)
		return { ...page, queryResult: submission.reply({ fieldErrors: computed.fieldErrors, formErrors: computed.formErrors }) }
	return {
		...page,
		queryResult: submission.reply(),
		viaError: computed.viaError,
		result: viewOf(romeData, computed.trajectory, computed.query, stored !== null, premium),
	}
}

type Computed =
	| { ok: true; trajectory: Trajectory; query: TrajectoryView['query']; viaError: string | null }
	| { ok: false; fieldErrors: Record<string, string[]>; formErrors: string[] }

/** The trajectory for a valid question, or the French reason there is none. A route that cannot be followed falls back to the cheapest. */
function computeTrajectory({ lexicon, index, graph }: Rome, query: TrajectoryQuery, cv: Cv | null, today: string): Computed {
	const from = jobTitleOf(lexicon, query.de)
	const to = jobTitleOf(lexicon, query.vers)
	if (!from || !to) {
		return {
			ok: false,
			fieldErrors: { ...(from ? {} : { de: [unknownJobTitle] }), ...(to ? {} : { vers: [unknownJobTitle] }) },
			formErrors: [],
		}
	}
	const input: TrajectoryInput = {
		fromCode: from.occupationCode,
		toCode: to.occupationCode,
		...heldEvidence(cv, index),
		// The starting occupation is the one the person says they work in: its skills are theirs too, CV or not.
		countOccupationSkills: true,
		start: new Date(`${today}T00:00:00Z`),
	}
	const via = query.via?.split(',') ?? null
	try {
		if (via) {
			try {
				return {
					ok: true,
					trajectory: buildTrajectory(graph, { ...input, via }),
					query: { de: query.de, vers: query.vers, via: query.via ?? null },
					viaError: null,
				}
			} catch (error) {
				// A route from an old or edited link: the question still deserves an answer, the cheapest route.
				if (!(error instanceof TrajectoryError)) throw error
				const trajectory = buildTrajectory(graph, input)
				return {
					ok: true,
					trajectory,
					query: { de: query.de, vers: query.vers, via: null },
					viaError: `${error.message} Voici le chemin le plus direct.`,
				}
			}
		}
		return { ok: true, trajectory: buildTrajectory(graph, input), query: { de: query.de, vers: query.vers, via: null }, viaError: null }
	} catch (error) {
		if (error instanceof TrajectoryError) {
			const message =
				error.reason === 'same_occupation' ? `${error.message} Choisissez comme métier visé un autre métier que le vôtre.` : error.message
			return {
				ok: false,
				fieldErrors: error.reason === 'same_occupation' ? { vers: [message] } : {},
				formErrors: error.reason === 'same_occupation' ? [] : [message],
			}
		}
		throw error
	}
}

/** What the CV says the person can do: ROME skills it names, their canonical keys, and the CV's own wordings (shown back as « heldAs »). */
function heldEvidence(
	cv: Cv | null,
	index: RomeIndex,
): Pick<TrajectoryInput, 'heldSkillCodes' | 'heldSkillKeys' | 'skillKey' | 'heldSkillLabels'> {
	if (!cv) return {}
	const mentions = index.findSkills(cvPlainText(cv))
	return {
		heldSkillCodes: [...new Set(mentions.flatMap((mention) => (mention.romeCode ? [mention.romeCode] : [])))],
		heldSkillKeys: [...new Set(mentions.map((mention) => mention.key))],
		skillKey: index.skillKey,
		heldSkillLabels: [...new Set(cv.skills.flatMap((group) => group.keywords))],
	}
}

function trajectoryHref(query: { de: string; vers: string; via?: string | null }, extra: Record<string, string> = {}) {
	const params = new URLSearchParams({ de: query.de, vers: query.vers, ...(query.via ? { via: query.via } : {}), ...extra })
	return `/letters/trajectoire?${params.toString()}`
}

/** ROME labels keep the export's straight apostrophes; the page shows French typography. */
function typesetSkill(skill: TrajectorySkill): TrajectorySkill {
	return { ...skill, label: typeset(skill.label), ...(skill.heldAs ? { heldAs: typeset(skill.heldAs) } : {}) }
}

/** The result as the browser receives it: everything with Premium; on the free plan, only what it shows. */
function viewOf(
	{ graph }: Rome,
	trajectory: Trajectory,
	query: TrajectoryView['query'],
	fromCv: boolean,
	premium: boolean,
): TrajectoryView {
	const current = trajectory.path.map((occupation) => occupation.code).join('>')
	const alternatives = trajectory.official
		? shortestPaths(graph, trajectory.from.code, trajectory.to.code, { k: alternativesShown + 1 })
				.filter((route) => route.path.map((occupation) => occupation.code).join('>') !== current)
				.slice(0, alternativesShown)
				.map((route) => {
					const via = route.path.slice(1, -1).map((occupation) => occupation.code)
					return {
						path: route.path,
						ranks: route.ranks,
						href: trajectoryHref({ de: query.de, vers: query.vers, via: via.join(',') || null }),
					}
				})
		: []
	const hops = trajectory.hops.map((hop) => ({ from: hop.from, to: hop.to, kind: hop.kind, rank: hop.rank ?? null }))
	const toAcquire = (premium ? trajectory.toAcquire : trajectory.toAcquire.slice(0, freeSkillsToAcquire)).map(typesetSkill)
	const plan = premium ? trajectory.plan : trajectory.plan.slice(0, freePlanSteps)
	return {
		query,
		from: trajectory.from,
		to: trajectory.to,
		path: trajectory.path,
		official: trajectory.official,
		summary: trajectory.summary ?? '',
		hops,
		coverage: trajectory.coverage,
		fromCv,
		toAcquire,
		toAcquireCount: trajectory.toAcquire.length,
		schemes: trajectory.schemes,
		plan,
		planCount: trajectory.plan.length,
		details: premium
			? {
					hops: trajectory.hops.map((hop, index) => ({
						...(hops[index] as HopView),
						held: hop.held.map(typesetSkill),
						toAcquire: hop.toAcquire.map(typesetSkill),
					})),
					access: trajectory.access,
					diplomas: trajectory.diplomas ?? [],
					certifications: (trajectory.certifications ?? []).map(typesetSkill),
					alternatives,
				}
			: null,
		hidden: premium
			? { skills: 0, steps: 0, alternatives: 0, hopDetails: false }
			: {
					skills: trajectory.toAcquire.length - toAcquire.length,
					steps: trajectory.plan.length - plan.length,
					alternatives: alternatives.length,
					hopDetails: true,
				},
		attribution: trajectory.attribution ?? romeAttribution(graph.version),
	}
}

const stepNotFound = 'Cette étape est introuvable\u00a0: elle a peut-être été supprimée. Rechargez la page.'

function planResult(result: PlanActionResult, status = 200) {
	return data<PlanActionResult>(result, { status })
}

/** The form's actions: save the plan of the result shown, or change the saved checklist. */
export async function trajectoryAction(request: Request) {
	const user = await requireUser(request)
	const formData = await request.formData()
	const intent = formData.get('intent')
	switch (intent) {
		case 'enregistrer':
			return savePlan(user, formData)
		case 'cocher':
		case 'modifier':
		case 'ajouter':
		case 'supprimer':
			return changePlan(user, intent, formData)
		default:
			return planResult(
				{ ok: false, intent: 'modifier', stepId: null, message: 'Cette action n’est pas reconnue. Rechargez la page puis réessayez.' },
				400,
			)
	}
}

/**
 * Recomputes the trajectory from the question (never trusting a plan sent by
 * the browser) and saves it with its dated steps, replacing the previous plan.
 */
async function savePlan(user: CurrentUser, formData: FormData) {
	const submission = parseWithZod(formData, { schema: trajectoryQuerySchema })
	if (submission.status !== 'success') {
		return data(
			{
				ok: false as const,
				intent: 'enregistrer' as const,
				message: 'Choisissez vos deux métiers, puis calculez le chemin avant de l’enregistrer.',
			},
			{ status: 400 },
		)
	}
	const [premium, stored, romeData] = await Promise.all([hasLettersPremiumTools(user), getPrimaryCv(user), rome()])
	const today = parisToday(new Date())
	const computed = computeTrajectory(romeData, submission.value, stored?.cv ?? null, today)
	if (!computed.ok) {
		const message = [...computed.formErrors, ...Object.values(computed.fieldErrors).flat()][0] ?? 'Ce chemin ne peut pas être enregistré.'
		return data({ ok: false as const, intent: 'enregistrer' as const, message }, { status: 400 })
	}
	// The free plan saves the steps it shows (the first ones, which start the change): a plan the person can act on
	// and tick, completed with their own steps. Saving is not where Premium draws the line; seeing the whole plan is.
	const plan = premium ? computed.trajectory.plan : computed.trajectory.plan.slice(0, freePlanSteps)
	await saveTrajectory(user, { ...computed.trajectory, plan })
	return redirect(`${trajectoryHref(computed.query, { enregistre: '1' })}#mon-plan`)
}

const schemas = { cocher: stepDoneSchema, modifier: stepEditSchema, ajouter: stepAddSchema, supprimer: stepDeleteSchema } as const

async function changePlan(user: CurrentUser, intent: PlanIntent, formData: FormData) {
	const submission = parseWithZod(formData, { schema: schemas[intent] })
	const rawStepId = typeof formData.get('stepId') === 'string' ? String(formData.get('stepId')) : null
	if (submission.status !== 'success') {
		const errors = submission.error ?? {}
		// A malformed id cannot be one of the person's steps.
		if (errors.stepId || errors.trajectoryId) return planResult({ ok: false, intent, stepId: null, message: stepNotFound }, 404)
		const message = Object.values(errors).flat()[0] ?? 'Cette demande est incomplète. Rechargez la page puis réessayez.'
		return planResult({ ok: false, intent, stepId: rawStepId, message, result: submission.reply() }, 400)
	}
	const value = submission.value
	switch (value.intent) {
		case 'cocher': {
			const done = value.done === 'oui'
			if (!(await setTrajectoryStepDone(user, value.stepId, done)))
				return planResult({ ok: false, intent, stepId: null, message: stepNotFound }, 404)
			return planResult({ ok: true, intent, stepId: value.stepId, message: done ? 'Étape cochée, bravo\u00a0!' : 'Étape remise à faire.' })
		}
		case 'modifier': {
			if (!(await editTrajectoryStep(user, value.stepId, { title: value.title, dueOn: value.dueOn ?? null }))) {
				return planResult({ ok: false, intent, stepId: null, message: stepNotFound }, 404)
			}
			return planResult({ ok: true, intent, stepId: value.stepId, message: 'Étape modifiée.', result: submission.reply() })
		}
		case 'ajouter': {
			const id = await addTrajectoryStep(user, value.trajectoryId, { title: value.title, dueOn: value.dueOn ?? null })
			if (!id)
				return planResult(
					{ ok: false, intent, stepId: null, message: 'Ce plan est introuvable\u00a0: il a peut-être été remplacé. Rechargez la page.' },
					404,
				)
			return planResult({
				ok: true,
				intent,
				stepId: id,
				message: 'Étape ajoutée à votre plan.',
				result: submission.reply({ resetForm: true }),
			})
		}
		case 'supprimer': {
			if (!(await deleteTrajectoryStep(user, value.stepId)))
				return planResult({ ok: false, intent, stepId: null, message: stepNotFound }, 404)
			return planResult({ ok: true, intent, stepId: value.stepId, message: 'Étape supprimée.' })
		}
	}
}
