// Trajectory Builder: from the current occupation to the target one over the
// official ROME mobility edges, with the skills to acquire at each step.

export type TrajectoryOccupation = { code: string; label: string }

export type TrajectorySkill = {
	code: string
	label: string
	kind: 'savoir_faire' | 'savoir' | 'savoir_etre'
	isCore: boolean
	/** For a held skill: how the CV or the current occupation words it, when that differs from the label. */
	heldAs?: string
}

export type TrajectoryHop = {
	from: TrajectoryOccupation
	to: TrajectoryOccupation
	/** Official ROME passerelle with its rank, or a direct reconversion with no official edge. */
	kind: 'mobility' | 'reconversion'
	rank?: number
	/** Skills of `to` the person does not hold yet (core first). */
	toAcquire: TrajectorySkill[]
	/** Skills of `to` already held (from the CV or shared with `from`). */
	held: TrajectorySkill[]
}

export type TrajectoryScheme = {
	id: 'cpf' | 'vae' | 'bilan' | 'transitions_pro' | 'france_travail' | 'pro_a'
	name: string
	/** Why it fits this trajectory, in plain French. */
	why: string
	url: string
}

export type TrajectoryStepDraft = {
	title: string
	detail: string
	/** Suggested offset from the start, in weeks. */
	weeksFromStart: number
	kind: 'bilan' | 'formation' | 'pratique' | 'certification' | 'candidature' | 'reseau'
	/** Suggested date (yyyy-mm-dd), when the plan was built with a start date. */
	date?: string
}

export type Trajectory = {
	from: TrajectoryOccupation
	to: TrajectoryOccupation
	/** Occupations in order, from first to last; length 2 for a direct edge or a direct reconversion. */
	path: TrajectoryOccupation[]
	hops: TrajectoryHop[]
	/** Official edges only? false when no ROME path of sensible length exists. */
	official: boolean
	/** Target skills already held overall, and to acquire overall (core first). */
	held: TrajectorySkill[]
	toAcquire: TrajectorySkill[]
	/** Share of the target's core skills already held, 0–1. */
	coverage: number
	/** « Accès au métier » of the target, plain text. */
	access: string | null
	schemes: TrajectoryScheme[]
	plan: TrajectoryStepDraft[]
	/** The route in one or two French sentences (passerelle, chain of passerelles, or reconversion). */
	summary?: string
	/** Hops of the shortest official path with no length limit; null when the ROME has none at all. */
	officialHops?: number | null
	/** Diplomas and titles the « accès au métier » names, in its order (« CAP Boulanger »). */
	diplomas?: string[]
	/** Certifications the ROME lists for the target (savoirs « Certifications et habilitations »), shortest first. */
	certifications?: TrajectorySkill[]
	/** ROME attribution to show with the trajectory (Licence Ouverte). */
	attribution?: string
}
