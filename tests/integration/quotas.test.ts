import { beforeAll, describe, expect, test } from 'vitest'
import { asAnon, asServiceRole, asUser } from '#app/server/db.server.ts'
import { createUser, fixtureSql } from '#tests/support/users.ts'

// Letters count through the real letter_generations table; the probe table for an
// unconfigured capability lives outside `public` so the generated types stay those of the migrations.
beforeAll(async () => {
	const sql = fixtureSql()
	await sql.unsafe(`
		create schema if not exists quota_test;
		grant usage on schema quota_test to authenticated;
		create table if not exists quota_test.mystery (
			id bigserial primary key,
			user_id uuid not null references auth.users (id) on delete cascade,
			created_at timestamptz not null default now()
		);
	`)
	const [attached] = await sql`select count(*)::int as n from public.quota_attachments where table_name = 'quota_test.mystery'::regclass`
	if (attached?.n === 0) await sql`select public.attach_quota('quota_test.mystery', 'capability_nobody_configured')`
})

async function subscribe(userId: string, plan: string, status: string) {
	await asServiceRole('test: subscription state', (tx) => tx`
		insert into public.subscriptions (user_id, plan_id, status) values (${userId}, ${plan}, ${status})
		on conflict (user_id) do update set plan_id = excluded.plan_id, status = excluded.status`)
}

async function insertLetters(user: Awaited<ReturnType<typeof createUser>>, count: number) {
	return Promise.allSettled(
		Array.from({ length: count }, () => asUser(user.claims, (tx) => tx`insert into public.letter_generations (application_id) values (null)`)),
	)
}

async function lettersOf(userId: string) {
	const [row] = await fixtureSql()`select count(*)::int as n from public.letter_generations where user_id = ${userId}`
	return row!.n as number
}

describe('quotas enforced by the database', () => {
	test('50 parallel inserts by a free user against a limit of 3 leave exactly 3 rows', async () => {
		const person = await createUser()
		const results = await insertLetters(person, 50)
		expect(await lettersOf(person.id)).toBe(3)
		const refusals = results.filter((result) => result.status === 'rejected')
		expect(refusals).toHaveLength(47)
		for (const refusal of refusals) {
			expect((refusal as PromiseRejectedResult).reason).toMatchObject({ code: 'PQ001', message: 'quota_exceeded' })
		}
		const detail = JSON.parse((refusals[0] as PromiseRejectedResult).reason.detail)
		expect(detail).toMatchObject({ capability: 'letters_generated', plan: 'gratuit', period: 'month', limit: 3 })
	})

	test('a refused insert writes nothing, even alongside other work in the same transaction', async () => {
		const person = await createUser()
		await insertLetters(person, 3)
		await expect(
			asUser(person.claims, async (tx) => {
				await tx`update public.profiles set display_name = 'Pas enregistré' where id = ${person.id}`
				await tx`insert into public.letter_generations (application_id) values (null)`
			}),
		).rejects.toMatchObject({ code: 'PQ001' })
		const [profile] = await fixtureSql()`select display_name from public.profiles where id = ${person.id}`
		expect(profile?.display_name).toBeNull()
		expect(await lettersOf(person.id)).toBe(3)
	})

	test('premium lifts the limit to 50; the grace period of a failed payment keeps it; a cancelled plan is gratuit', async () => {
		const person = await createUser()
		await subscribe(person.id, 'premium', 'active')
		await insertLetters(person, 10)
		expect(await lettersOf(person.id)).toBe(10)

		await subscribe(person.id, 'premium', 'past_due')
		await insertLetters(person, 1)
		expect(await lettersOf(person.id)).toBe(11)

		await subscribe(person.id, 'premium', 'canceled')
		const [refused] = await insertLetters(person, 1)
		expect(refused?.status).toBe('rejected')
		expect(await lettersOf(person.id)).toBe(11)
	})

	test('a capability no plan configures is refused, never unlimited', async () => {
		const person = await createUser()
		await subscribe(person.id, 'entreprise', 'active')
		await expect(fixtureSql()`insert into quota_test.mystery (user_id) values (${person.id})`).rejects.toMatchObject({
			code: 'PQ001',
		})
	})

	test('days and months start at midnight in Paris', async () => {
		const [row] = await fixtureSql()`
			select public.quota_period_start('day', '2026-11-21 23:30:00+00') as day,
				public.quota_period_start('month', '2026-07-31 22:30:00+00') as month`
		expect(new Date(row!.day).toISOString()).toBe('2026-11-21T23:00:00.000Z')
		expect(new Date(row!.month).toISOString()).toBe('2026-07-31T22:00:00.000Z')
	})

	test('a person sees their usage and limit for each capability', async () => {
		const person = await createUser()
		await insertLetters(person, 2)
		const usage = await asUser(person.claims, (tx) => tx`select * from public.my_quota_usage() where capability = 'letters_generated'`)
		expect(usage).toEqual([{ capability: 'letters_generated', period: 'month', used: '2', limit_value: 3, plan: 'gratuit' }])
		await expect(asAnon((tx) => tx`select * from public.my_quota_usage()`)).rejects.toThrow(/permission denied/)
	})
})

describe('plans and subscriptions row level security', () => {
	test('everyone reads the plans and their limits; nobody but the owner writes them', async () => {
		const plans = await asAnon((tx) => tx`select id, monthly_price_cents from public.plans order by position`)
		expect(plans).toEqual([
			{ id: 'gratuit', monthly_price_cents: 0 },
			{ id: 'premium', monthly_price_cents: 999 },
			{ id: 'entreprise', monthly_price_cents: null },
		])
		const person = await createUser()
		await expect(
			asUser(person.claims, (tx) => tx`update public.plan_limits set limit_value = null where plan_id = 'gratuit'`),
		).rejects.toThrow(/permission denied/)
	})

	test('a subscription is read by its owner only, written by the service role only', async () => {
		const owner = await createUser()
		const other = await createUser()
		await subscribe(owner.id, 'premium', 'active')
		expect(await asUser(owner.claims, (tx) => tx`select plan_id from public.subscriptions`)).toEqual([{ plan_id: 'premium' }])
		expect(await asUser(other.claims, (tx) => tx`select plan_id from public.subscriptions where user_id = ${owner.id}`)).toEqual([])
		await expect(asAnon((tx) => tx`select * from public.subscriptions`)).rejects.toThrow(/permission denied/)
		await expect(
			asUser(owner.claims, (tx) => tx`update public.subscriptions set plan_id = 'entreprise' where user_id = ${owner.id}`),
		).rejects.toThrow(/permission denied/)
		await expect(
			asUser(other.claims, (tx) => tx`insert into public.subscriptions (user_id, plan_id, status) values (${other.id}, 'premium', 'active')`),
		).rejects.toThrow(/permission denied/)
	})
})
