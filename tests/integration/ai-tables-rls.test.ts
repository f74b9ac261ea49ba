import { describe, expect, test } from 'vitest'
import { asAnon, asServiceRole, asUser } from '#app/server/db.server.ts'
import { createUser, fixtureSql } from '#tests/support/users.ts'

// The RLS matrix of the AI tables: consents, ai_usage, iris_conversations, iris_messages,
// for anonymous visitors, another person, the owner and the service role.

async function conversationOf(user: Awaited<ReturnType<typeof createUser>>, title = 'Ma question') {
	const [row] = await asUser(
		user.claims,
		(tx) => tx<{ id: string }[]>`insert into public.iris_conversations (area, title) values ('letters', ${title}) returning id`,
	)
	await asUser(
		user.claims,
		(tx) => tx`insert into public.iris_messages (conversation_id, role, content) values (${row!.id}, 'user', 'Bonjour Iris')`,
	)
	return row!.id
}

describe('consents', () => {
	test('the owner records decisions as new rows and reads the latest one; nobody rewrites history', async () => {
		const owner = await createUser()
		await asUser(owner.claims, (tx) => tx`insert into public.consents (purpose, granted, text_version) values ('ai_processing', true, '2026-11-22')`)
		await asUser(owner.claims, (tx) => tx`insert into public.consents (purpose, granted, text_version) values ('ai_processing', false, '2026-11-22')`)
		const current = await asUser(owner.claims, (tx) => tx`select purpose, granted from public.my_consents`)
		expect(current).toEqual([{ purpose: 'ai_processing', granted: false }])
		await expect(asUser(owner.claims, (tx) => tx`update public.consents set granted = true`)).rejects.toThrow(/permission denied/)
		await expect(asUser(owner.claims, (tx) => tx`delete from public.consents`)).rejects.toThrow(/permission denied/)
		const rows = await fixtureSql()`select granted from public.consents where user_id = ${owner.id} order by id`
		expect(rows.map((row) => row.granted)).toEqual([true, false])
	})

	test('nobody records or reads a decision for someone else; anonymous visitors have no access', async () => {
		const owner = await createUser()
		const other = await createUser()
		await asUser(owner.claims, (tx) => tx`insert into public.consents (purpose, granted, text_version) values ('ai_processing', true, '2026-11-22')`)
		await expect(
			asUser(other.claims, (tx) => tx`insert into public.consents (user_id, purpose, granted, text_version) values (${owner.id}, 'ai_processing', false, '2026-11-22')`),
		).rejects.toThrow(/permission denied/)
		expect(await asUser(other.claims, (tx) => tx`select * from public.consents`)).toHaveLength(0)
		expect(await asUser(other.claims, (tx) => tx`select * from public.my_consents`)).toHaveLength(0)
		await expect(asAnon((tx) => tx`select * from public.consents`)).rejects.toThrow(/permission denied/)
		const serviceView = await asServiceRole('test', (tx) => tx`select 1 from public.consents where user_id = ${owner.id}`)
		expect(serviceView).toHaveLength(1)
	})

	test('an unknown purpose or a malformed text version is refused', async () => {
		const owner = await createUser()
		await expect(
			asUser(owner.claims, (tx) => tx`insert into public.consents (purpose, granted, text_version) values ('marketing', true, '2026-11-22')`),
		).rejects.toThrow(/check constraint/)
		await expect(
			asUser(owner.claims, (tx) => tx`insert into public.consents (purpose, granted, text_version) values ('ai_processing', true, 'v1')`),
		).rejects.toThrow(/check constraint/)
	})
})

describe('ai_usage', () => {
	test('only the service role writes usage; the owner reads their own rows; others and visitors read nothing', async () => {
		const owner = await createUser()
		const other = await createUser()
		await asServiceRole('test', (tx) => tx`
			insert into public.ai_usage (user_id, feature, provider, model, input_tokens, output_tokens, latency_ms, energy_wh, carbon_g, outcome)
			values (${owner.id}, 'iris', 'offline', 'phoenix-offline-1', 100, 200, 12, 0.0001, 0.000003, 'ok')`)
		await expect(
			asUser(owner.claims, (tx) => tx`
				insert into public.ai_usage (user_id, feature, provider, model, latency_ms, energy_wh, carbon_g, outcome)
				values (${owner.id}, 'iris', 'gemini', 'x', 1, 0, 0, 'ok')`),
		).rejects.toThrow(/permission denied/)
		expect(await asUser(owner.claims, (tx) => tx`select feature from public.ai_usage`)).toEqual([{ feature: 'iris' }])
		expect(await asUser(other.claims, (tx) => tx`select feature from public.ai_usage`)).toHaveLength(0)
		await expect(asAnon((tx) => tx`select * from public.ai_usage`)).rejects.toThrow(/permission denied/)
		await expect(asUser(owner.claims, (tx) => tx`delete from public.ai_usage`)).rejects.toThrow(/permission denied/)
	})

	test('the public summary aggregates without exposing anyone, and is readable anonymously', async () => {
		const rows = await asAnon((tx) => tx`select * from public.green_ai_summary()`)
		for (const row of rows) expect(Object.keys(row)).not.toContain('user_id')
		expect(rows.some((row) => row.feature === 'iris')).toBe(true)
	})
})

describe('iris conversations and messages', () => {
	test('the owner reads, renames and deletes their conversations; deletion erases the messages and keeps no title', async () => {
		const owner = await createUser()
		const id = await conversationOf(owner)
		const renamed = await asUser(owner.claims, (tx) => tx`update public.iris_conversations set title = 'CV de boulangère' where id = ${id}`)
		expect(renamed.count).toBe(1)
		const [deleted] = await asUser(owner.claims, (tx) => tx`select public.delete_iris_conversation(${id}) as deleted`)
		expect(deleted?.deleted).toBe(true)
		const [left] = await fixtureSql()`select title, deleted_at from public.iris_conversations where id = ${id}`
		expect(left?.title).toBe('Conversation supprimée')
		expect(left?.deleted_at).not.toBeNull()
		expect(await fixtureSql()`select 1 from public.iris_messages where conversation_id = ${id}`).toHaveLength(0)
		// A deleted conversation takes no new messages and cannot be renamed back.
		await expect(
			asUser(owner.claims, (tx) => tx`insert into public.iris_messages (conversation_id, role, content) values (${id}, 'user', 'encore')`),
		).rejects.toThrow(/row-level security/)
		const again = await asUser(owner.claims, (tx) => tx`update public.iris_conversations set title = 'x' where id = ${id}`)
		expect(again.count).toBe(0)
	})

	test('another person can neither see, write into, rename nor delete someone’s conversation', async () => {
		const owner = await createUser()
		const other = await createUser()
		const id = await conversationOf(owner)
		expect(await asUser(other.claims, (tx) => tx`select * from public.iris_conversations`)).toHaveLength(0)
		expect(await asUser(other.claims, (tx) => tx`select * from public.iris_messages`)).toHaveLength(0)
		await expect(
			asUser(other.claims, (tx) => tx`insert into public.iris_messages (conversation_id, role, content) values (${id}, 'user', 'intrus')`),
		).rejects.toThrow(/row-level security/)
		const renamed = await asUser(other.claims, (tx) => tx`update public.iris_conversations set title = 'intrus' where id = ${id}`)
		expect(renamed.count).toBe(0)
		const [deleted] = await asUser(other.claims, (tx) => tx`select public.delete_iris_conversation(${id}) as deleted`)
		expect(deleted?.deleted).toBe(false)
		expect(await fixtureSql()`select 1 from public.iris_messages where conversation_id = ${id}`).toHaveLength(1)
		await expect(
			asUser(other.claims, (tx) => tx`insert into public.iris_conversations (user_id, area, title) values (${owner.id}, 'cv', 'x')`),
		).rejects.toThrow(/permission denied|row-level security/)
	})

	test('anonymous visitors have no access; the service role sees everything', async () => {
		const owner = await createUser()
		const id = await conversationOf(owner)
		await expect(asAnon((tx) => tx`select * from public.iris_conversations`)).rejects.toThrow(/permission denied/)
		await expect(asAnon((tx) => tx`select * from public.iris_messages`)).rejects.toThrow(/permission denied/)
		const seen = await asServiceRole('test', (tx) => tx`select 1 from public.iris_messages where conversation_id = ${id}`)
		expect(seen).toHaveLength(1)
	})

	test('the daily quota counts conversations started: 5 for gratuit, and deleting one gives none back', async () => {
		const owner = await createUser()
		const ids: string[] = []
		for (let index = 0; index < 5; index++) ids.push(await conversationOf(owner, `Question ${index + 1}`))
		await expect(conversationOf(owner, 'Sixième')).rejects.toMatchObject({ code: 'PQ001' })
		await asUser(owner.claims, (tx) => tx`select public.delete_iris_conversation(${ids[0]!})`)
		await expect(conversationOf(owner, 'Après suppression')).rejects.toMatchObject({ code: 'PQ001' })
		const [usage] = await asUser(
			owner.claims,
			(tx) => tx`select used, limit_value from public.my_quota_usage() where capability = 'iris_conversations'`,
		)
		expect({ used: Number(usage?.used), limit: usage?.limit_value }).toEqual({ used: 5, limit: 5 })
	})
})
