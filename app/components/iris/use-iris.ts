// Everything the Iris panel knows and does: the overview (consent, quota,
// history), the conversation on screen and the answer being streamed. The
// panel stays mounted across navigations, so this state lives as long as the
// tab; sessionStorage carries the open panel and its conversation over a reload.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useLocation, useRevalidator } from 'react-router'
import type { ProductArea } from '#shared/ai/types.ts'
import { IRIS_MESSAGE_MAX_LENGTH } from '#shared/iris-limits.ts'
import type { IrisAsk, IrisConversation, IrisEvent, IrisMessage, IrisOverview } from './protocol.ts'
import { answerPlainText } from './render-answer.tsx'
import { createSseParser } from './sse.ts'

/** Same limit as the `iris` function's validation, checked here to say so before sending. */
export { IRIS_MESSAGE_MAX_LENGTH }

export function areaFromPath(pathname: string): ProductArea {
	const within = (prefix: string) => pathname === prefix || pathname.startsWith(`${prefix}/`)
	if (within('/letters')) return 'letters'
	if (within('/cv')) return 'cv'
	if (within('/rise')) return 'rise'
	return 'portal'
}

export type ChatMessage = IrisMessage & {
	/** Stopped with « Arrêter » in this tab, rather than cut off by a reload or the network. */
	stoppedHere?: boolean
}

export type IrisNotice =
	| { kind: 'error'; message: string; upgradeUrl?: string; signIn?: boolean; canResend?: boolean }
	| { kind: 'blocked'; message: string }

export type IrisView = 'chat' | 'history'

type LoadState = 'idle' | 'loading' | 'ready' | 'error'

export type RetryPlan = { kind: 'retryOf'; userMessageId: string } | { kind: 'resend' } | null

const storageKey = 'phoenix:iris'
const unreachable = 'Iris est momentanément injoignable. Vérifiez votre connexion et réessayez.'

type StoredPanel = { open: boolean; conversationId: string | null }

function readStoredPanel(): StoredPanel | null {
	try {
		const value: unknown = JSON.parse(window.sessionStorage.getItem(storageKey) ?? 'null')
		if (!value || typeof value !== 'object') return null
		const { open, conversationId } = value as Record<string, unknown>
		return { open: open === true, conversationId: typeof conversationId === 'string' ? conversationId : null }
	} catch {
		return null
	}
}

function writeStoredPanel(panel: StoredPanel) {
	try {
		window.sessionStorage.setItem(storageKey, JSON.stringify(panel))
	} catch {
		// Storage can be disabled (private browsing, policies): the panel just won't survive a reload.
	}
}

let localIds = 0
const localId = () => `local-${++localIds}`
const isLocalId = (id: string) => id.startsWith('local-')

/** An answer that ended without `done`: it can be asked again. */
export function isUnfinished(message: ChatMessage, liveMessageId: string | null) {
	if (message.role !== 'assistant' || message.id === liveMessageId) return false
	return message.status === 'streaming' || message.status === 'stopped' || message.status === 'interrupted' || message.status === 'failed'
}

async function readJson(response: Response): Promise<Record<string, unknown> | null> {
	if (!response.headers.get('Content-Type')?.includes('application/json')) return null
	const body: unknown = await response.json().catch(() => null)
	return body && typeof body === 'object' ? (body as Record<string, unknown>) : null
}

function messageOf(body: Record<string, unknown> | null, fallback: string) {
	return typeof body?.message === 'string' && body.message ? body.message : fallback
}

type FormResult<T> = ({ ok: true } & T) | { ok: false; message: string }

async function postForm<T = object>(url: string, fields: Record<string, string>): Promise<FormResult<T>> {
	try {
		const response = await fetch(url, {
			method: 'POST',
			headers: { Accept: 'application/json' },
			body: new URLSearchParams(fields),
		})
		const body = await readJson(response)
		if (response.ok && body?.ok === true) return body as { ok: true } & T
		return { ok: false, message: messageOf(body, 'Cette action n’a pas abouti. Réessayez dans un instant.') }
	} catch {
		return { ok: false, message: unreachable }
	}
}

function parseEvent(type: string, data: string): IrisEvent | null {
	try {
		const payload: unknown = JSON.parse(data)
		if (!payload || typeof payload !== 'object') return null
		return { ...payload, type } as IrisEvent
	} catch {
		return null
	}
}

export function useIris({ signedIn }: { signedIn: boolean }) {
	const location = useLocation()
	const revalidator = useRevalidator()
	const area = areaFromPath(location.pathname)

	const [open, setOpenState] = useState(false)
	const [restored, setRestored] = useState(false)
	const [view, setView] = useState<IrisView>('chat')
	const [overview, setOverview] = useState<IrisOverview | null>(null)
	const [overviewState, setOverviewState] = useState<LoadState>('idle')
	const [conversationId, setConversationId] = useState<string | null>(null)
	const [conversationTitle, setConversationTitle] = useState<string | null>(null)
	const [conversationState, setConversationState] = useState<LoadState>('idle')
	const [messages, setMessages] = useState<ChatMessage[]>([])
	const [liveMessageId, setLiveMessageId] = useState<string | null>(null)
	const [notice, setNotice] = useState<IrisNotice | null>(null)
	const [draft, setDraft] = useState('')
	const [announcement, setAnnouncement] = useState('')

	const abortRef = useRef<AbortController | null>(null)
	// Bumped whenever the conversation on screen is replaced, so a late answer cannot land in the new one.
	const generationRef = useRef(0)
	const loadedConversationRef = useRef<string | null>(null)

	const streaming = liveMessageId !== null

	useEffect(() => {
		const stored = readStoredPanel()
		if (stored && signedIn) setConversationId(stored.conversationId)
		if (stored?.open) setOpenState(true)
		setRestored(true)
		// Read once, after hydration: the server cannot know what this tab stored.
	}, [])

	useEffect(() => {
		if (restored) writeStoredPanel({ open, conversationId })
	}, [restored, open, conversationId])

	const loadOverview = useCallback(async ({ quiet = false } = {}) => {
		if (!quiet) setOverviewState('loading')
		try {
			const response = await fetch('/api/iris', { headers: { Accept: 'application/json' } })
			const body = await readJson(response)
			if (!response.ok || !body) throw new Error(`overview ${response.status}`)
			setOverview(body as IrisOverview)
			setOverviewState('ready')
		} catch {
			if (!quiet) setOverviewState('error')
		}
	}, [])

	const forgetConversation = useCallback(() => {
		generationRef.current++
		abortRef.current?.abort()
		abortRef.current = null
		loadedConversationRef.current = null
		setLiveMessageId(null)
		setConversationId(null)
		setConversationTitle(null)
		setConversationState('idle')
		setMessages([])
		setNotice(null)
	}, [])

	// A sign-in or sign-out in this tab: nothing of the previous state may stay on screen.
	const previousSignedIn = useRef(signedIn)
	useEffect(() => {
		if (previousSignedIn.current === signedIn) return
		previousSignedIn.current = signedIn
		forgetConversation()
		setOverview(null)
		setOverviewState('idle')
		setView('chat')
	}, [signedIn, forgetConversation])

	useEffect(() => {
		if (open && signedIn && overviewState === 'idle') void loadOverview()
	}, [open, signedIn, overviewState, loadOverview])

	const loadConversation = useCallback(async (id: string) => {
		const generation = generationRef.current
		loadedConversationRef.current = id
		setConversationState('loading')
		try {
			const response = await fetch(`/api/iris/conversations/${encodeURIComponent(id)}`, { headers: { Accept: 'application/json' } })
			const body = await readJson(response)
			if (generation !== generationRef.current) return
			if (response.status === 404 || response.status === 401) {
				// Deleted elsewhere, or belonging to another session: start afresh rather than show an error.
				loadedConversationRef.current = null
				setConversationId(null)
				setConversationTitle(null)
				setMessages([])
				setConversationState('idle')
				return
			}
			if (!response.ok || !body) throw new Error(`conversation ${response.status}`)
			const { conversation, messages: loaded } = body as IrisConversation
			setConversationTitle(conversation.title)
			setMessages(loaded)
			setConversationState('ready')
		} catch {
			if (generation === generationRef.current) setConversationState('error')
		}
	}, [])

	useEffect(() => {
		if (!open || !signedIn || !conversationId || streaming) return
		if (loadedConversationRef.current === conversationId) return
		void loadConversation(conversationId)
	}, [open, signedIn, conversationId, streaming, loadConversation])

	const resetAfterRefusal = useCallback(
		(question: string) => {
			forgetConversation()
			setDraft((current) => (current.trim() ? current : question))
		},
		[forgetConversation],
	)

	const ask = useCallback(
		async (request: IrisAsk, placeholders: { userId: string; assistantId: string }) => {
			const generation = generationRef.current
			const isCurrent = () => generation === generationRef.current
			const controller = new AbortController()
			abortRef.current = controller
			let assistantId = placeholders.assistantId
			let userId = placeholders.userId
			let received = false
			let finished = false
			let text = ''
			const patchAssistant = (patch: Partial<ChatMessage>) =>
				setMessages((current) => current.map((message) => (message.id === assistantId ? { ...message, ...patch } : message)))
			// Nothing was stored yet: take the question off the screen and give it back to the person.
			const giveBack = () => {
				setMessages((current) => current.filter((message) => message.id !== assistantId && message.id !== userId))
				setDraft((current) => (current.trim() ? current : request.message))
			}

			setNotice(null)
			setLiveMessageId(assistantId)
			setAnnouncement('Iris prépare sa réponse.')

			const handle = (event: IrisEvent) => {
				if (!isCurrent()) return
				switch (event.type) {
					case 'meta': {
						received = true
						const previousAssistantId = assistantId
						const previousUserId = userId
						assistantId = event.messageId
						userId = event.userMessageId
						setLiveMessageId(event.messageId)
						setMessages((current) =>
							current.map((message) =>
								message.id === previousAssistantId
									? { ...message, id: event.messageId }
									: message.id === previousUserId
										? { ...message, id: event.userMessageId }
										: message,
							),
						)
						loadedConversationRef.current = event.conversationId
						setConversationId(event.conversationId)
						return
					}
					case 'delta':
						text += event.text
						patchAssistant({ text })
						return
					case 'done':
						finished = true
						text = event.text
						patchAssistant({ text: event.text, actions: event.actions ?? [], status: 'complete' })
						setAnnouncement(`Iris a répondu\u00a0: ${answerPlainText(event.text)}`)
						return
					case 'blocked':
						finished = true
						setAnnouncement('')
						if (event.resetConversation) resetAfterRefusal(request.message)
						else if (received) patchAssistant({ text: '', status: 'blocked', actions: [] })
						else giveBack()
						setNotice({ kind: 'blocked', message: event.message })
						return
					case 'error':
						finished = true
						setAnnouncement('')
						if (event.code === 'consent_required') {
							setOverview((current) => current && { ...current, consent: { ...current.consent, aiProcessing: null } })
						}
						if (event.resetConversation) resetAfterRefusal(request.message)
						else if (received) patchAssistant({ status: text ? 'interrupted' : 'failed' })
						else giveBack()
						setNotice({
							kind: 'error',
							message: event.message,
							upgradeUrl: event.upgradeUrl,
							// Without a stored question, « Réessayer » sends the text given back to the input.
							canResend: (event.resetConversation || !received) && event.code !== 'consent_required' && !event.upgradeUrl,
						})
						return
				}
			}

			try {
				const response = await fetch('/api/iris/messages', {
					method: 'POST',
					headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream' },
					body: JSON.stringify(request),
					signal: controller.signal,
				})
				const isStream = response.headers.get('Content-Type')?.includes('text/event-stream')
				if (!response.ok || !isStream || !response.body) {
					const body = await readJson(response)
					if (!isCurrent()) return
					const message = messageOf(body, 'Iris n’a pas pu répondre. Réessayez dans un instant.')
					if (response.status === 404 && request.conversationId) {
						resetAfterRefusal(request.message)
						setNotice({ kind: 'error', message: `${message} Votre question vous attend ci-dessous pour une nouvelle conversation.`, canResend: true })
					} else {
						giveBack()
						setNotice({
							kind: 'error',
							message,
							signIn: response.status === 401,
							canResend: response.status !== 401 && response.status !== 400,
						})
					}
					setAnnouncement('')
					return
				}
				const reader = response.body.getReader()
				const decoder = new TextDecoder()
				const parser = createSseParser(({ event, data }) => {
					const parsed = parseEvent(event, data)
					if (parsed) handle(parsed)
				})
				for (;;) {
					const { done, value } = await reader.read()
					if (done) break
					parser.push(decoder.decode(value, { stream: true }))
				}
				parser.push(decoder.decode())
				parser.end()
				if (!finished && isCurrent()) {
					if (received) patchAssistant({ status: text ? 'interrupted' : 'failed' })
					else giveBack()
					setNotice({ kind: 'error', message: 'La réponse d’Iris a été coupée en route.', canResend: !received })
					setAnnouncement('')
				}
			} catch {
				if (!isCurrent() || finished) return
				setAnnouncement('')
				if (controller.signal.aborted) {
					if (received) patchAssistant({ status: 'stopped', stoppedHere: true })
					else giveBack()
					return
				}
				if (received) patchAssistant({ status: text ? 'interrupted' : 'failed' })
				else giveBack()
				setNotice({ kind: 'error', message: unreachable, canResend: !received })
			} finally {
				if (abortRef.current === controller) {
					abortRef.current = null
					setLiveMessageId(null)
				}
				// The quota and the history may have changed (a new conversation, a refund).
				void loadOverview({ quiet: true })
			}
		},
		[loadOverview, resetAfterRefusal],
	)

	// The same bounds as the function's validation: a very long URL or title must not cost the question.
	const page = () => ({ path: location.pathname.slice(0, 300), title: document.title.slice(0, 160) || undefined })

	const send = (text: string = draft) => {
		const question = text.trim()
		if (!question || streaming || conversationState === 'loading') return
		if (question.length > IRIS_MESSAGE_MAX_LENGTH) {
			setNotice({
				kind: 'error',
				message: `Votre message dépasse ${IRIS_MESSAGE_MAX_LENGTH.toLocaleString('fr-FR')} caractères\u00a0: raccourcissez-le.`,
			})
			return
		}
		const now = new Date().toISOString()
		const userId = localId()
		const assistantId = localId()
		setMessages((current) => [
			...current,
			{ id: userId, role: 'user', text: question, status: 'complete', actions: [], createdAt: now },
			{ id: assistantId, role: 'assistant', text: '', status: 'streaming', actions: [], createdAt: now },
		])
		if (text === draft) setDraft('')
		void ask({ conversationId: conversationId ?? undefined, message: question, area, page: page() }, { userId, assistantId })
	}

	const retryPlan = useMemo((): RetryPlan => {
		if (streaming) return null
		const last = messages.at(-1)
		const question = messages.at(-2)
		if (last && isUnfinished(last, null) && question?.role === 'user' && !isLocalId(question.id) && conversationId) {
			return { kind: 'retryOf', userMessageId: question.id }
		}
		if (notice?.kind === 'error' && notice.canResend && draft.trim()) return { kind: 'resend' }
		return null
	}, [streaming, messages, conversationId, notice, draft])

	const retry = () => {
		if (!retryPlan) return
		if (retryPlan.kind === 'resend') return send(draft)
		const index = messages.findIndex((message) => message.id === retryPlan.userMessageId)
		const question = messages[index]
		if (!question || !conversationId) return
		const assistantId = localId()
		setMessages((current) => [
			...current.slice(0, index + 1),
			{ id: assistantId, role: 'assistant', text: '', status: 'streaming', actions: [], createdAt: new Date().toISOString() },
		])
		void ask(
			{ conversationId, message: question.text, area, page: page(), retryOf: question.id },
			{ userId: question.id, assistantId },
		)
	}

	const stop = () => abortRef.current?.abort()

	const newConversation = () => {
		forgetConversation()
		setView('chat')
	}

	const openConversation = (id: string) => {
		setView('chat')
		if (id === conversationId && conversationState !== 'error') return
		forgetConversation()
		setConversationId(id)
	}

	const reloadConversation = () => {
		if (!conversationId) return
		void loadConversation(conversationId)
	}

	const renameConversation = async (id: string, title: string): Promise<string | null> => {
		const result = await postForm(`/api/iris/conversations/${encodeURIComponent(id)}`, { intent: 'rename', title })
		if (!result.ok) return result.message
		const cleaned = title.trim()
		setOverview(
			(current) =>
				current && {
					...current,
					conversations: current.conversations.map((conversation) =>
						conversation.id === id ? { ...conversation, title: cleaned } : conversation,
					),
				},
		)
		if (id === conversationId) setConversationTitle(cleaned)
		return null
	}

	const deleteConversation = async (id: string): Promise<string | null> => {
		const result = await postForm(`/api/iris/conversations/${encodeURIComponent(id)}`, { intent: 'delete' })
		if (!result.ok) return result.message
		setOverview(
			(current) =>
				current && { ...current, conversations: current.conversations.filter((conversation) => conversation.id !== id) },
		)
		if (id === conversationId) forgetConversation()
		return null
	}

	const decideConsent = async (accept: boolean, profileContext: boolean): Promise<string | null> => {
		const fields: Record<string, string> = { aiProcessing: accept ? 'accept' : 'refuse' }
		if (accept && profileContext) fields.profileContext = 'on'
		const result = await postForm<{ consent: IrisOverview['consent'] }>('/api/iris/consent', fields)
		if (!result.ok) return result.message
		setOverview((current) => current && { ...current, consent: result.consent })
		setNotice(null)
		// Pages that show consents (« Mon compte ») must not keep the old answer.
		void revalidator.revalidate()
		return null
	}

	const currentTitle =
		conversationTitle ?? overview?.conversations.find((conversation) => conversation.id === conversationId)?.title ?? null

	return {
		area,
		open,
		setOpen: setOpenState,
		view,
		setView,
		overview,
		overviewState,
		reloadOverview: () => void loadOverview(),
		conversationId,
		conversationTitle: currentTitle,
		conversationState,
		reloadConversation,
		messages,
		liveMessageId,
		streaming,
		notice,
		dismissNotice: () => setNotice(null),
		draft,
		setDraft,
		announcement,
		send,
		stop,
		retryPlan,
		retry,
		newConversation,
		openConversation,
		renameConversation,
		deleteConversation,
		decideConsent,
	}
}

export type IrisState = ReturnType<typeof useIris>
