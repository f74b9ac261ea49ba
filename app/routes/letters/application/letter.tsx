import { useCallback, useEffect, useState } from 'react'
import { LetterConsent } from '#app/components/letters/letter-consent.tsx'
import { LetterEditor } from '#app/components/letters/letter-editor.tsx'
import { LetterGenerationForm, offlineNotice, usageLine } from '#app/components/letters/letter-generation-form.tsx'
import { LetterLive, LetterStreamNotice } from '#app/components/letters/letter-live.tsx'
import { LetterParagraphs } from '#app/components/letters/letter-paragraphs.tsx'
import type { LetterOptions } from '#app/components/letters/letter-schema.ts'
import { useLetterStream } from '#app/components/letters/letter-stream.ts'
import { LetterVersions, LetterVersionView } from '#app/components/letters/letter-versions.tsx'
import { Card } from '#app/components/ui/card.tsx'
import { InfoIcon } from '#app/components/ui/icons.tsx'
import { StatusMessage } from '#app/components/ui/status-message.tsx'
import type { Route } from './+types/letter'
import { letterAction, loadLetterTab } from './letter.server.ts'

export const meta: Route.MetaFunction = ({ matches }) => {
	const layout = matches.find((match) => match?.id === 'routes/letters/application/layout')?.data as
		| { application: { jobTitle: string } }
		| undefined
	return [{ title: layout ? `Lettre — ${layout.application.jobTitle} — Phoenix Letters` : 'Lettre — Phoenix Letters' }]
}

export async function loader({ request, params }: Route.LoaderArgs) {
	return loadLetterTab(request, params.applicationId)
}

export async function action({ request, params }: Route.ActionArgs) {
	return letterAction(request, params.applicationId)
}

export default function LetterTab({ loaderData, actionData }: Route.ComponentProps) {
	const { applicationId, current, viewing, versions, setup, usage, consent, mode, restored } = loaderData
	const actionUrl = `/letters/candidatures/${applicationId}/lettre`
	const stream = useLetterStream(applicationId)
	const [composing, setComposing] = useState(false)
	const [dirty, setDirty] = useState(false)
	const onDirtyChange = useCallback((value: boolean) => setDirty(value), [])

	// A whole new letter has been saved: back to the editor, showing it.
	useEffect(() => {
		if (stream.saved?.origin !== 'generated') return
		setComposing(false)
		// The streamed text has just been replaced by the editor: take the keyboard there rather than lose it.
		requestAnimationFrame(() => document.getElementById('letter-editor-title')?.focus())
	}, [stream.saved])

	const quotaReached = usage.limit !== null && usage.used >= usage.limit
	const writingLetter = stream.busy && stream.target?.kind === 'letter'
	const showForm = !current || composing
	const write = (options: LetterOptions) => void stream.start(options, { kind: 'letter' })
	const rewrite = (paragraphIndex: number) => {
		if (!current) return
		// The paragraph keeps the tone the letter was written in.
		void stream.start({ tone: current.tone ?? setup.tone, length: 'standard', rewrite: { paragraphIndex } }, { kind: 'paragraph', paragraphIndex })
	}
	const noJsResult = actionData?.intent === 'generate' ? actionData : null

	return (
		<div className="flex flex-col gap-8">
			{stream.notice ? <LetterStreamNotice notice={stream.notice} onDismiss={stream.dismiss} /> : null}
			{restored && !stream.notice ? (
				<StatusMessage tone="success">
					Version restaurée&nbsp;: c’est maintenant votre lettre actuelle. L’historique garde toutes les autres.
				</StatusMessage>
			) : null}
			{noJsResult && !noJsResult.ok && noJsResult.message && !stream.notice ? (
				<LetterStreamNotice notice={{ tone: 'error', message: noJsResult.message, upgradeUrl: noJsResult.upgradeUrl }} onDismiss={() => {}} />
			) : null}

			{showForm ? (
				<Card as="section" aria-labelledby="letter-setup-title" padding="lg">
					<h2 id="letter-setup-title" className="text-xl font-semibold text-stone-900">
						{current ? 'Une nouvelle version de votre lettre' : 'Votre lettre de motivation, écrite à partir de votre analyse'}
					</h2>
					<p className="mt-2 max-w-prose leading-7 text-stone-700">
						{current
							? 'Changez le ton, la longueur ou les atouts mis en avant. Votre lettre actuelle reste dans l’historique.'
							: 'Phoenix s’appuie sur l’offre, votre CV et le Mirror Match pour écrire une première version. Vous la relirez et la modifierez ensuite à votre guise\u00a0: c’est votre lettre.'}
					</p>
					<div className="mt-8">
						<LetterGenerationForm
							setup={setup}
							usage={usage}
							mode={mode}
							regenerating={current !== null}
							busy={stream.busy}
							canWrite={consent === true && !quotaReached}
							lastResult={noJsResult?.result}
							onWrite={write}
							onCancel={current ? () => setComposing(false) : undefined}
							consent={consent === true ? null : <LetterConsent decision={consent} action={actionUrl} />}
						/>
					</div>
				</Card>
			) : null}

			{writingLetter ? <LetterLive text={stream.text} streaming={stream.streaming} onStop={stream.stop} /> : null}

			{current && !showForm ? (
				<div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
					<div className="flex min-w-0 flex-col gap-8">
						{viewing ? <LetterVersionView applicationId={applicationId} version={viewing} actionUrl={actionUrl} /> : null}
						<LetterEditor
							applicationId={applicationId}
							current={current}
							actionUrl={actionUrl}
							locked={stream.busy}
							onDirtyChange={onDirtyChange}
							onNewVersion={() => setComposing(true)}
						/>
						<LetterParagraphs body={current.body} stream={stream} dirty={dirty} onRewrite={rewrite} />
					</div>
					<aside className="flex flex-col gap-6" aria-label="Historique et consommation">
						<LetterVersions versions={versions} viewingId={viewing?.id ?? null} actionUrl={actionUrl} />
						<Card tone="flat" padding="sm" className="text-sm text-stone-700">
							<p className="font-medium text-stone-900 tabular-nums">{usageLine(usage)}</p>
							<p className="mt-1">Modifier, réécrire un paragraphe ou exporter ne compte pas.</p>
							{mode === 'offline' ? (
								<p className="mt-3 flex gap-2 text-stone-600">
									<InfoIcon className="mt-0.5 size-4 shrink-0 text-sky-700" />
									<span>{offlineNotice}</span>
								</p>
							) : null}
						</Card>
					</aside>
				</div>
			) : null}
		</div>
	)
}
