import type { IrisConversation, IrisMessage, IrisOverview } from '#app/components/iris/protocol.ts'
import type { ProductArea } from '#shared/ai/types.ts'
import type { CurrentUser } from './auth/auth.server.ts'
import { getAiConsent } from './consent.server.ts'
import { asUser, type Row } from './db.server.ts'

// The postgres client returns timestamps as Dates (the generated types say strings).
type ConversationRow = Pick<Row<'iris_conversations'>, 'id' | 'title' | 'area'> & { updated_at: Date }
type MessageRow = Pick<Row<'iris_messages'>, 'id' | 'role' | 'content' | 'status' | 'actions'> & { created_at: Date }
import { env } from './env.server.ts'

export function aiMode(): 'gemini' | 'offline' {
	return env().GEMINI_API_KEY ? 'gemini' : 'offline'
}

export async function getIrisOverview(user: CurrentUser): Promise<IrisOverview> {
	const consent = await getAiConsent(user)
	return asUser(user.claims, async (tx) => {
		const conversations = await tx<ConversationRow[]>`
			select id, title, area, updated_at from public.iris_conversations
			where deleted_at is null order by updated_at desc limit 50`
		const [usage] = await tx<{ used: string; limit_value: number | null }[]>`
			select used, limit_value from public.my_quota_usage() where capability = 'iris_conversations'`
		return {
			signedIn: true,
			consent: { aiProcessing: consent.aiProcessing, profileContext: consent.profileContext, textVersion: consent.textVersion },
			mode: aiMode(),
			quota: { used: Number(usage?.used ?? 0), limit: usage?.limit_value ?? null },
			conversations: conversations.map((conversation) => ({
				id: conversation.id,
				title: conversation.title,
				area: conversation.area as ProductArea,
				updatedAt: conversation.updated_at.toISOString(),
			})),
		}
	})
}

export async function getIrisConversation(user: CurrentUser, id: string): Promise<IrisConversation | null> {
	return asUser(user.claims, async (tx) => {
		const [conversation] = await tx<ConversationRow[]>`
			select id, title, area, updated_at from public.iris_conversations where id = ${id} and deleted_at is null`
		if (!conversation) return null
		const messages = await tx<MessageRow[]>`
			select id, role, content, status, actions, created_at from public.iris_messages
			where conversation_id = ${id} order by created_at, id`
		return {
			conversation: {
				id: conversation.id,
				title: conversation.title,
				area: conversation.area as ProductArea,
				updatedAt: conversation.updated_at.toISOString(),
			},
			messages: messages.map(
				(message): IrisMessage => ({
					id: message.id,
					role: message.role as IrisMessage['role'],
					text: message.content,
					status: message.status as IrisMessage['status'],
					actions: Array.isArray(message.actions) ? (message.actions as IrisMessage['actions']) : [],
					createdAt: message.created_at.toISOString(),
				}),
			),
		}
	})
}

export async function renameIrisConversation(user: CurrentUser, id: string, title: string): Promise<boolean> {
	const rows = await asUser(
		user.claims,
		(tx) => tx`update public.iris_conversations set title = ${title} where id = ${id} and deleted_at is null`,
	)
	return rows.count === 1
}

export async function deleteIrisConversation(user: CurrentUser, id: string): Promise<boolean> {
	const [row] = await asUser(
		user.claims,
		(tx) => tx<{ deleted: boolean }[]>`select public.delete_iris_conversation(${id}) as deleted`,
	)
	return row?.deleted === true
}
