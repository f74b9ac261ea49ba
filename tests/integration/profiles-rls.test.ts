import { describe, expect, test } from 'vitest'
import { asAnon, asServiceRole, asUser, sql } from '#app/server/db.server.ts'
import { createUser, fixtureSql } from '#tests/support/users.ts'

// The RLS matrix for public.profiles: anonymous, another person, the owner, the service role.
describe('profiles row level security', () => {
	test('a profile is created for each new auth.users row', async () => {
		const owner = await createUser()
		const [profile] = await fixtureSql()`select id, display_name from public.profiles where id = ${owner.id}`
		expect(profile).toEqual({ id: owner.id, display_name: null })
	})

	test('anonymous visitors can neither read nor write profiles', async () => {
		const owner = await createUser()
		await expect(asAnon((tx) => tx`select * from public.profiles`)).rejects.toThrow(/permission denied/)
		await expect(
			asAnon((tx) => tx`update public.profiles set display_name = 'Intrus' where id = ${owner.id}`),
		).rejects.toThrow(/permission denied/)
	})

	test('another person sees no profile but their own and cannot change anyone else’s', async () => {
		const owner = await createUser()
		const other = await createUser()
		const visible = await asUser(other.claims, (tx) => tx`select id from public.profiles`)
		expect(visible.map((row) => row.id)).toEqual([other.id])
		const updated = await asUser(
			other.claims,
			(tx) => tx`update public.profiles set display_name = 'Intrus' where id = ${owner.id}`,
		)
		expect(updated.count).toBe(0)
		const [unchanged] = await fixtureSql()`select display_name from public.profiles where id = ${owner.id}`
		expect(unchanged?.display_name).toBeNull()
		await expect(asUser(other.claims, (tx) => tx`delete from public.profiles where id = ${owner.id}`)).rejects.toThrow(
			/permission denied/,
		)
	})

	test('the owner reads and edits their profile, but not its id, and cannot insert or delete', async () => {
		const owner = await createUser()
		const [mine] = await asUser(owner.claims, (tx) => tx`select id from public.profiles where id = ${owner.id}`)
		expect(mine?.id).toBe(owner.id)

		const updated = await asUser(
			owner.claims,
			(tx) => tx`update public.profiles set display_name = 'Claire', target_job_title_code = '14156' where id = ${owner.id}`,
		)
		expect(updated.count).toBe(1)

		const someoneElse = await createUser()
		await expect(
			asUser(owner.claims, (tx) => tx`update public.profiles set id = ${someoneElse.id} where id = ${owner.id}`),
		).rejects.toThrow(/permission denied/)
		await expect(
			asUser(owner.claims, (tx) => tx`insert into public.profiles (id) values (gen_random_uuid())`),
		).rejects.toThrow(/permission denied/)
		await expect(asUser(owner.claims, (tx) => tx`delete from public.profiles where id = ${owner.id}`)).rejects.toThrow(
			/permission denied/,
		)
	})

	test('a refused update leaves the profile as it was', async () => {
		const owner = await createUser()
		await asUser(owner.claims, (tx) => tx`update public.profiles set display_name = 'Avant' where id = ${owner.id}`)
		await expect(
			asUser(owner.claims, async (tx) => {
				await tx`update public.profiles set display_name = 'Après' where id = ${owner.id}`
				await tx`update public.profiles set target_job_title_code = 'pas-un-code' where id = ${owner.id}`
			}),
		).rejects.toThrow(/foreign key/)
		const [row] = await fixtureSql()`select display_name from public.profiles where id = ${owner.id}`
		expect(row?.display_name).toBe('Avant')
	})

	test('the service role sees every profile', async () => {
		const first = await createUser()
		const second = await createUser()
		const rows = await asServiceRole('test: admin read', (tx) =>
			tx`select id from public.profiles where id in (${first.id}, ${second.id})`,
		)
		expect(rows).toHaveLength(2)
	})

	test('claims are bound per transaction and never leak to the next one', async () => {
		const owner = await createUser()
		await Promise.all(Array.from({ length: 20 }, () => asUser(owner.claims, (tx) => tx`select 1`)))
		const after = await Promise.all(
			Array.from({ length: 20 }, async () => (await sql()`select auth.uid() as uid, current_user as role`)[0]),
		)
		expect(new Set(after.map((row) => JSON.stringify(row)))).toEqual(new Set([JSON.stringify({ uid: null, role: 'postgres' })]))
	})
})
