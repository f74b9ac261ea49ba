import { describe, expect, test } from 'vitest'
import { asAnon, asServiceRole, asUser } from '#app/server/db.server.ts'
import { createUser } from '#tests/support/users.ts'

// The RLS matrix of Phoenix Letters' tables (cvs, applications, letter_versions,
// letter_generations, trajectories, trajectory_steps) for anonymous visitors,
// another person, the owner and the service role.

type Person = Awaited<ReturnType<typeof createUser>>

async function applicationOf(person: Person) {
	const [row] = await asUser(
		person.claims,
		(tx) => tx<{ id: string }[]>`
			insert into public.applications (job_title, company, offer_text) values ('Boulanger', 'Maison Dupuy', 'Offre de boulanger à Bordeaux.')
			returning id`,
	)
	return row!.id
}

async function trajectoryOf(person: Person) {
	const [row] = await asUser(
		person.claims,
		(tx) => tx<{ id: string }[]>`
			insert into public.trajectories (from_code, to_code, path)
			values ('C1206', 'D1102', '[{"code":"C1206","label":"Conseiller bancaire"},{"code":"D1102","label":"Boulanger"}]'::jsonb)
			returning id`,
	)
	const [step] = await asUser(
		person.claims,
		(tx) => tx<{ id: string }[]>`
			insert into public.trajectory_steps (trajectory_id, position, title, kind) values (${row!.id}, 0, 'Préparer le CAP', 'formation')
			returning id`,
	)
	return { trajectoryId: row!.id, stepId: step!.id }
}

const tables = ['cvs', 'applications', 'letter_versions', 'letter_generations', 'trajectories', 'trajectory_steps'] as const

describe('Phoenix Letters tables', () => {
	test('anonymous visitors can neither read nor write any of them', async () => {
		for (const table of tables) {
			await expect(asAnon((tx) => tx.unsafe(`select * from public.${table}`))).rejects.toThrow(/permission denied/)
		}
		await expect(asAnon((tx) => tx`insert into public.applications (job_title, offer_text) values ('x', 'y')`)).rejects.toThrow(
			/permission denied/,
		)
	})

	test('the owner reads and writes their own rows; another person sees none and cannot attach rows to them', async () => {
		const owner = await createUser()
		const other = await createUser()
		const applicationId = await applicationOf(owner)
		await asUser(owner.claims, (tx) => tx`insert into public.cvs (content, source) values ('{"experiences":[]}'::jsonb, 'text')`)
		await asUser(owner.claims, (tx) => tx`insert into public.letter_versions (application_id, body, origin) values (${applicationId}, 'Madame, Monsieur,', 'edited')`)
		await asUser(owner.claims, (tx) => tx`insert into public.letter_generations (application_id) values (${applicationId})`)
		const { trajectoryId, stepId } = await trajectoryOf(owner)

		for (const table of tables) {
			expect(await asUser(owner.claims, (tx) => tx.unsafe(`select 1 from public.${table}`)), table).toHaveLength(1)
			expect(await asUser(other.claims, (tx) => tx.unsafe(`select 1 from public.${table}`)), table).toHaveLength(0)
		}

		// Another person's application, trajectory or step: updates and deletes touch nothing, inserts are refused.
		expect(await asUser(other.claims, (tx) => tx`update public.applications set status = 'refus' where id = ${applicationId} returning id`)).toHaveLength(0)
		expect(await asUser(other.claims, (tx) => tx`delete from public.applications where id = ${applicationId} returning id`)).toHaveLength(0)
		expect(await asUser(other.claims, (tx) => tx`update public.trajectory_steps set title = 'Piraté' where id = ${stepId} returning id`)).toHaveLength(0)
		await expect(
			asUser(other.claims, (tx) => tx`insert into public.letter_versions (application_id, body, origin) values (${applicationId}, 'Intrus', 'edited')`),
		).rejects.toMatchObject({ code: '23503' })
		await expect(
			asUser(other.claims, (tx) => tx`insert into public.trajectory_steps (trajectory_id, position, title) values (${trajectoryId}, 1, 'Intrus')`),
		).rejects.toMatchObject({ code: '23503' })
		await expect(
			asUser(other.claims, (tx) => tx`insert into public.applications (user_id, job_title, offer_text) values (${owner.id}, 'x', 'y')`),
		).rejects.toThrow(/permission denied/)

		expect(await asUser(owner.claims, (tx) => tx`update public.applications set status = 'envoyee' where id = ${applicationId} returning id`)).toHaveLength(1)
	})

	test('history stays history: versions are never rewritten, generations never given back by the person', async () => {
		const owner = await createUser()
		const applicationId = await applicationOf(owner)
		await asUser(owner.claims, (tx) => tx`insert into public.letter_versions (application_id, body, origin) values (${applicationId}, 'Première version', 'edited')`)
		await asUser(owner.claims, (tx) => tx`insert into public.letter_generations (application_id) values (${applicationId})`)
		await expect(asUser(owner.claims, (tx) => tx`update public.letter_versions set body = 'Réécrite'`)).rejects.toThrow(/permission denied/)
		await expect(asUser(owner.claims, (tx) => tx`delete from public.letter_generations`)).rejects.toThrow(/permission denied/)
		await expect(asUser(owner.claims, (tx) => tx`update public.letter_generations set created_at = now() - interval '2 months'`)).rejects.toThrow(
			/permission denied/,
		)
	})

	test('the service role sees every row, for the server’s own named work', async () => {
		const owner = await createUser()
		const applicationId = await applicationOf(owner)
		await asUser(owner.claims, (tx) => tx`insert into public.letter_generations (application_id) values (${applicationId})`)
		const rows = await asServiceRole('test', (tx) => tx`select 1 from public.letter_generations where user_id = ${owner.id}`)
		expect(rows).toHaveLength(1)
		expect(await asServiceRole('test', (tx) => tx`delete from public.letter_generations where user_id = ${owner.id} returning id`)).toHaveLength(1)
		expect(await asServiceRole('test', (tx) => tx`select 1 from public.applications where id = ${applicationId}`)).toHaveLength(1)
	})
})
