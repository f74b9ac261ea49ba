// Writing a letter (or one paragraph) while it streams in: POST to the writing
// endpoint, read its server-sent events, stop on demand. Once the version is
// saved, the page's loaders run again so the editor and the history show it.
// Leaving the tab does not stop the writing: the letter already counts toward
// the month, so it is saved and waits in the history.
import { useCallback, useRef, useState } from 'react'
import { useRevalidator } from 'react-router'
import { createSseParser } from '#app/components/iris/sse.ts'
import type { LetterVersion } from '#app/server/letters.server.ts'
import type { LetterStreamEvent, WriteLetterBody } from './letter-schema.ts'

/** What is being written: the whole letter, or one paragraph (from the editor or a Smart Coach finding). */
export type StreamTarget = { kind: 'letter' } | { kind: 'paragraph'; paragraphIndex: number; findingId?: string }

export type StreamNotice = {
	tone: 'error' | 'info' | 'success'
	message: string
	upgradeUrl?: string
	consentUrl?: string
	/** The session ended: the way back is signing in again. */
	signIn?: boolean
	/** The refusal came from consent: the page shows its consent form. */
	code?: string
}

type Phase = 'idle' | 'streaming' | 'saving'

const unreachable = 'Le service est momentanément injoignable. Vérifiez votre connexion, puis réessayez.'
const cutOff = 'L’écriture a été coupée en route et rien n’a été enregistré. Réessayez dans un instant.'

function parseEvent(type: string, data: string): LetterStreamEvent | null {
	try {
		const payload: unknown = JSON.parse(data)
		if (!payload || typeof payload !== 'object') return null
		return { ...payload, type } as LetterStreamEvent
	} catch {
		return null
	}
}

export function useLetterStream(applicationId: string) {
	const revalidator = useRevalidator()
	const [phase, setPhase] = useState<Phase>('idle')
	const [target, setTarget] = useState<StreamTarget | null>(null)
	const [text, setText] = useState('')
	const [provider, setProvider] = useState<'gemini' | 'offline' | null>(null)
	const [notice, setNotice] = useState<StreamNotice | null>(null)
	const [saved, setSaved] = useState<LetterVersion | null>(null)
	const controllerRef = useRef<AbortController | null>(null)

	const start = useCallback(
		async (body: WriteLetterBody, what: StreamTarget) => {
			if (controllerRef.current) return
			const controller = new AbortController()
			controllerRef.current = controller
			setPhase('streaming')
			setTarget(what)
			setText('')
			setProvider(null)
			setNotice(null)
			setSaved(null)
			let finished = false
			const stoppedNotice: StreamNotice = {
				tone: 'info',
				message:
					what.kind === 'letter'
						? 'Écriture arrêtée\u00a0: rien n’a été enregistré. Cette lettre commencée compte tout de même parmi vos lettres du mois.'
						: 'Réécriture arrêtée\u00a0: votre paragraphe n’a pas changé.',
			}

			const handle = async (event: LetterStreamEvent) => {
				switch (event.type) {
					case 'meta':
						setProvider(event.provider)
						return
					case 'delta':
						setText((current) => current + event.text)
						return
					case 'done':
						finished = true
						setPhase('saving')
						// The page shows the new version only once its data has been read again.
						await revalidator.revalidate()
						setSaved(event.version)
						setNotice({
							tone: 'success',
							message:
								what.kind === 'letter'
									? 'Votre lettre est écrite et enregistrée.'
									: 'Le paragraphe a été réécrit et la lettre enregistrée.',
						})
						return
					case 'error':
						finished = true
						setNotice({ tone: 'error', message: event.message, upgradeUrl: event.upgradeUrl, consentUrl: event.consentUrl, code: event.code })
						if (event.code === 'consent_required') void revalidator.revalidate()
						return
				}
			}

			try {
				const response = await fetch(`/api/candidatures/${encodeURIComponent(applicationId)}/lettre`, {
					method: 'POST',
					headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream' },
					body: JSON.stringify(body),
					signal: controller.signal,
				})
				if (!response.ok || !response.body || !response.headers.get('Content-Type')?.includes('text/event-stream')) {
					const failure = (await response.json().catch(() => null)) as { message?: string; upgradeUrl?: string } | null
					setNotice({
						tone: 'error',
						message: failure?.message || 'Votre lettre n’a pas pu être écrite. Réessayez dans un instant.',
						upgradeUrl: failure?.upgradeUrl,
						signIn: response.status === 401,
					})
					return
				}
				const queue: LetterStreamEvent[] = []
				const parser = createSseParser(({ event, data }) => {
					const parsed = parseEvent(event, data)
					if (parsed) queue.push(parsed)
				})
				const reader = response.body.getReader()
				const decoder = new TextDecoder()
				for (;;) {
					const { done, value } = await reader.read()
					if (done) break
					parser.push(decoder.decode(value, { stream: true }))
					for (const event of queue.splice(0)) await handle(event)
				}
				parser.push(decoder.decode())
				parser.end()
				for (const event of queue.splice(0)) await handle(event)
				if (!finished) setNotice(controller.signal.aborted ? stoppedNotice : { tone: 'error', message: cutOff })
			} catch {
				if (finished) return
				setNotice(controller.signal.aborted ? stoppedNotice : { tone: 'error', message: unreachable })
			} finally {
				if (controllerRef.current === controller) controllerRef.current = null
				setPhase('idle')
				setTarget(null)
				setText('')
			}
		},
		[applicationId, revalidator],
	)

	const stop = useCallback(() => controllerRef.current?.abort(), [])

	return {
		/** A request is under way (writing, or saving and reloading the page's data). */
		busy: phase !== 'idle',
		streaming: phase === 'streaming',
		target,
		text,
		provider,
		notice,
		saved,
		start,
		stop,
		dismiss: () => setNotice(null),
	}
}

export type LetterStream = ReturnType<typeof useLetterStream>
