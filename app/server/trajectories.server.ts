import type { Trajectory, TrajectoryOccupation, TrajectoryStepDraft } from '#app/domain/trajectory/types.ts'
import type { CurrentUser } from './auth/auth.server.ts'
import { asUser } from './db.server.ts'

export type TrajectoryStep = {
	id: string
	position: number
	title: string
	detail: string | null
	kind: TrajectoryStepDraft['kind']
	/** yyyy-mm-dd */
	dueOn: string | null
	done: boolean
}

export type SavedTrajectory = {
	id: string
	fromCode: string
	toCode: string
	path: TrajectoryOccupation[]
	createdAt: string
	steps: TrajectoryStep[]
}

type TrajectoryRow = { id: string; from_code: string; to_code: string; path: TrajectoryOccupation[]; created_at: Date }
type StepRow = { id: string; position: number; title: string; detail: string | null; kind: TrajectoryStep['kind']; due_on: Date | null; done_at: Date | null }

const isoDate = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null)

/** The person's latest saved trajectory with its plan, or null. */
export async function getSavedTrajectory(user: CurrentUser): Promise<SavedTrajectory | null> {
	return asUser(user.claims, async (tx) => {
		const [trajectory] = await tx<TrajectoryRow[]>`
			select id, from_code, to_code, path, created_at from public.trajectories order by created_at desc limit 1`
		if (!trajectory) return null
		const steps = await tx<StepRow[]>`
			select id, position, title, detail, kind, due_on, done_at from public.trajectory_steps
			where trajectory_id = ${trajectory.id} order by position, created_at`
		return {
			id: trajectory.id,
			fromCode: trajectory.from_code,
			toCode: trajectory.to_code,
			path: trajectory.path,
			createdAt: trajectory.created_at.toISOString(),
			steps: steps.map((step) => ({
				id: step.id,
				position: step.position,
				title: step.title,
				detail: step.detail,
				kind: step.kind,
				dueOn: isoDate(step.due_on),
				done: step.done_at !== null,
			})),
		}
	})
}

/** Saves a computed trajectory and its plan (each step on the day the plan gave it), replacing the previous one. */
export async function saveTrajectory(user: CurrentUser, trajectory: Trajectory): Promise<string> {
	return asUser(user.claims, async (tx) => {
		await tx`delete from public.trajectories`
		const path = tx.json(trajectory.path as unknown as Parameters<typeof tx.json>[0])
		const [row] = await tx<{ id: string }[]>`
			insert into public.trajectories (from_code, to_code, path)
			values (${trajectory.from.code}, ${trajectory.to.code}, ${path}) returning id`
		if (!row) throw new Error('trajectory insert returned no row')
		for (const [position, step] of trajectory.plan.entries()) {
			await tx`
				insert into public.trajectory_steps (trajectory_id, position, title, detail, kind, due_on)
				values (${row.id}, ${position}, ${step.title}, ${step.detail}, ${step.kind}, ${step.date ?? null})`
		}
		return row.id
	})
}

export async function setTrajectoryStepDone(user: CurrentUser, stepId: string, done: boolean): Promise<boolean> {
	return asUser(user.claims, async (tx) => {
		const rows = await tx`
			update public.trajectory_steps set done_at = case when ${done} then coalesce(done_at, now()) else null end
			where id = ${stepId} returning id`
		return rows.length === 1
	})
}

/** Only the title and the due day, so an edit never undoes a tick sent at the same moment. */
export async function editTrajectoryStep(user: CurrentUser, stepId: string, change: { title: string; dueOn: string | null }): Promise<boolean> {
	return asUser(user.claims, async (tx) => {
		const rows = await tx`
			update public.trajectory_steps set title = ${change.title}, due_on = ${change.dueOn}
			where id = ${stepId} returning id`
		return rows.length === 1
	})
}

const foreignKeyViolation = '23503'

/** The new step's id, or null when the trajectory is not the person's (or no longer exists). */
export async function addTrajectoryStep(user: CurrentUser, trajectoryId: string, step: { title: string; dueOn: string | null }) {
	try {
		return await asUser(user.claims, async (tx) => {
			const [row] = await tx<{ id: string }[]>`
				insert into public.trajectory_steps (trajectory_id, position, title, due_on)
				select ${trajectoryId}, coalesce(max(position) + 1, 0), ${step.title}, ${step.dueOn}
				from public.trajectory_steps where trajectory_id = ${trajectoryId}
				returning id`
			return row?.id ?? null
		})
	} catch (error) {
		// RLS hides another person's trajectory, so the composite foreign key (trajectory, owner) is what refuses it.
		if ((error as { code?: unknown }).code === foreignKeyViolation) return null
		throw error
	}
}

export async function deleteTrajectoryStep(user: CurrentUser, stepId: string): Promise<boolean> {
	return asUser(user.claims, async (tx) => {
		const rows = await tx`delete from public.trajectory_steps where id = ${stepId} returning id`
		return rows.length === 1
	})
}
