// What the Iris panel and the app's /api/iris routes say to each other. The
// stream itself comes from the `iris` Edge Function, relayed unchanged.
import type { ProductArea } from '#shared/ai/types.ts'

export type IrisAction = { label: string; href: string }

export type IrisMessageStatus = 'streaming' | 'complete' | 'stopped' | 'interrupted' | 'blocked' | 'failed'

export type IrisMessage = {
	id: string
	role: 'user' | 'assistant'
	text: string
	status: IrisMessageStatus
	actions: IrisAction[]
	createdAt: string
}

export type IrisConversationSummary = { id: string; title: string; area: ProductArea; updatedAt: string }

/** GET /api/iris → the panel's opening state. */
export type IrisOverview = {
	signedIn: boolean
	/** null: never asked; the panel shows the consent request before any AI call. */
	consent: { aiProcessing: boolean | null; profileContext: boolean; textVersion: string }
	mode: 'gemini' | 'offline'
	quota: { used: number; limit: number | null }
	conversations: IrisConversationSummary[]
}

/** GET /api/iris/conversations/:id */
export type IrisConversation = { conversation: IrisConversationSummary; messages: IrisMessage[] }

/** POST /api/iris/messages (JSON) → text/event-stream of IrisEvent. */
export type IrisAsk = {
	conversationId?: string
	message: string
	area: ProductArea
	page: { path: string; title?: string }
	/** Ask again for the answer to this user message (retry, or resume an interrupted answer). */
	retryOf?: string
}

/** One server-sent event: `event: <type>` and `data: <JSON of the rest>`. */
export type IrisEvent =
	| { type: 'meta'; conversationId: string; userMessageId: string; messageId: string; provider: 'gemini' | 'offline'; persona: string }
	| { type: 'delta'; text: string }
	| { type: 'done'; text: string; actions: IrisAction[] }
	/** resetConversation: the conversation was new and is gone; the next question starts a new one. */
	| { type: 'blocked'; message: string; resetConversation?: boolean }
	| { type: 'error'; message: string; code: string; upgradeUrl?: string; resetConversation?: boolean }
