import { getFormProps, useForm, type SubmissionResult } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import { useFetcher } from 'react-router'
import { Button, buttonClassName } from '#app/components/ui/button.tsx'
import { Card } from '#app/components/ui/card.tsx'
import { cx } from '#app/components/ui/cx.ts'
import { ErrorList } from '#app/components/ui/error-list.tsx'
import { CheckIcon, DownloadIcon, SparklesIcon } from '#app/components/ui/icons.tsx'
import { StatusMessage } from '#app/components/ui/status-message.tsx'
import { normalizeLineBreaks } from '#app/domain/letter/paragraphs.ts'
import type { LetterVersion } from '#app/server/letters.server.ts'
import { countWords } from '#shared/ai/letter-text.ts'
import { saveLetterSchema } from './letter-schema.ts'

export type LetterActionData = {
	intent?: string
	ok: boolean
	result?: SubmissionResult<string[]>
	saved?: boolean
	unchanged?: boolean
	message?: string
	upgradeUrl?: string
}

// Runs before paint on the client; the server has no layout to measure.
const useIsomorphicLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect

/** A textarea as tall as its text, so the whole letter reads without an inner scrollbar. */
function useAutoGrow(value: string) {
	const ref = useRef<HTMLTextAreaElement>(null)
	useIsomorphicLayoutEffect(() => {
		const textarea = ref.current
		if (!textarea) return
		textarea.style.height = 'auto'
		textarea.style.height = `${textarea.scrollHeight + 2}px`
	}, [value])
	return ref
}

const exportFormats = [
	{ format: 'pdf', label: 'PDF' },
	{ format: 'docx', label: 'Word (DOCX)' },
] as const

/** Where the export of a letter (or of one version of it) downloads from. */
export function exportHref(applicationId: string, format: 'pdf' | 'docx', versionId?: string) {
	return `/letters/candidatures/${applicationId}/export/${format}${versionId ? `?version=${versionId}` : ''}`
}

export function ExportLinks({ applicationId, versionId, size = 'sm' }: { applicationId: string; versionId?: string; size?: 'sm' | 'md' }) {
	return (
		<>
			{exportFormats.map(({ format, label }) => (
				<a key={format} href={exportHref(applicationId, format, versionId)} download className={buttonClassName({ variant: 'secondary', size })}>
					<DownloadIcon className="size-4" />
					{label}
				</a>
			))}
		</>
	)
}

/**
 * The current letter, editable: « Enregistrer » keeps a new version (nothing
 * when the text is unchanged), « Copier » puts it on the clipboard, the
 * exports lay out the last saved version.
 */
export function LetterEditor({
	applicationId,
	current,
	actionUrl,
	locked,
	onDirtyChange,
	onNewVersion,
}: {
	applicationId: string
	current: LetterVersion
	actionUrl: string
	/** A letter or a paragraph is being written: the text must not move under the person’s cursor. */
	locked: boolean
	onDirtyChange: (dirty: boolean) => void
	onNewVersion: () => void
}) {
	const fetcher = useFetcher<LetterActionData>({ key: `letter-save-${applicationId}` })
	const [draft, setDraft] = useState(current.body)
	const [base, setBase] = useState(current)
	// A new version (saved, written, restored) replaces the text being edited.
	if (base.id !== current.id) {
		setBase(current)
		setDraft(current.body)
	}
	const dirty = normalizeLineBreaks(draft).trim() !== current.body
	useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange])

	const saving = fetcher.state !== 'idle'
	const [form, fields] = useForm({
		id: `letter-editor-${applicationId}`,
		lastResult: fetcher.state === 'idle' && fetcher.data?.intent === 'save' ? fetcher.data.result : undefined,
		shouldValidate: 'onSubmit',
		onValidate: ({ formData }) => parseWithZod(formData, { schema: saveLetterSchema }),
	})

	const textareaRef = useAutoGrow(draft)
	const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle')
	useEffect(() => {
		if (copy !== 'copied') return
		const timer = window.setTimeout(() => setCopy('idle'), 4000)
		return () => window.clearTimeout(timer)
	}, [copy])

	const copyLetter = async () => {
		try {
			await navigator.clipboard.writeText(normalizeLineBreaks(draft).trim())
			setCopy('copied')
		} catch {
			textareaRef.current?.select()
			setCopy('failed')
		}
	}

	const words = countWords(draft)
	const outcome = fetcher.state === 'idle' && fetcher.data?.intent === 'save' && fetcher.data.ok ? fetcher.data : null

	return (
		<Card as="section" aria-labelledby="letter-editor-title" padding="lg" className="flex flex-col gap-4">
			<div className="flex flex-wrap items-baseline justify-between gap-3">
				<h2 id="letter-editor-title" tabIndex={-1} className="text-xl font-semibold text-stone-900 outline-none">
					Votre lettre
				</h2>
				<p id="letter-editor-meta" className="text-sm text-stone-600 tabular-nums">
					{words}&nbsp;mot{words > 1 ? 's' : ''}
					{dirty ? <span className="ml-2 font-medium text-amber-800">· modifications non enregistrées</span> : null}
				</p>
			</div>
			<fetcher.Form method="post" action={actionUrl} {...getFormProps(form)} className="flex flex-col gap-4">
				<input type="hidden" name="intent" value="save" />
				<label htmlFor={fields.body.id} className="sr-only">
					Texte de votre lettre
				</label>
				<textarea
					ref={textareaRef}
					id={fields.body.id}
					name={fields.body.name}
					value={draft}
					onChange={(event) => setDraft(event.target.value)}
					readOnly={locked}
					rows={16}
					spellCheck
					lang="fr"
					aria-invalid={fields.body.errors ? true : undefined}
					aria-describedby={cx('letter-editor-meta', fields.body.errors && fields.body.errorId) || undefined}
					className={cx(
						'block min-h-64 w-full resize-none overflow-hidden rounded-xl border bg-white px-4 py-3 font-serif text-base leading-7 text-stone-900 shadow-inner focus-visible:outline-3 focus-visible:outline-offset-0 focus-visible:outline-ember-600 read-only:bg-stone-50 sm:px-6 sm:py-5',
						fields.body.errors ? 'border-red-600' : 'border-stone-300',
					)}
				/>
				<ErrorList id={fields.body.errorId} errors={fields.body.errors} />
				<div className="flex flex-col gap-3 sm:flex-row sm:flex-wrap sm:items-center">
					<Button type="submit" disabled={!dirty || saving || locked}>
						{saving ? 'Enregistrement…' : 'Enregistrer'}
					</Button>
					<Button variant="secondary" onClick={() => void copyLetter()}>
						{copy === 'copied' ? <CheckIcon className="size-4 text-emerald-700" /> : null}
						{copy === 'copied' ? 'Copiée' : 'Copier'}
					</Button>
					<div className="flex flex-wrap gap-3">
						<ExportLinks applicationId={applicationId} />
					</div>
				</div>
			</fetcher.Form>
			<div aria-live="polite" className="text-sm">
				{copy === 'copied' ? <p className="text-emerald-800">Lettre copiée dans le presse-papiers.</p> : null}
				{copy === 'failed' ? (
					<p className="text-stone-700">La copie automatique n’a pas fonctionné. Le texte est sélectionné&nbsp;: copiez-le avec Ctrl+C (ou Cmd+C).</p>
				) : null}
				{outcome && !dirty ? (
					<p className="text-stone-700">
						{outcome.unchanged ? 'Aucune modification depuis la dernière version\u00a0: rien de nouveau à enregistrer.' : 'Nouvelle version enregistrée.'}
					</p>
				) : null}
			</div>
			{dirty ? (
				<p className="text-sm text-stone-600">Les exports et la réécriture d’un paragraphe partent de la dernière version enregistrée.</p>
			) : null}

			<div className="mt-2 flex flex-col gap-2 border-t border-stone-200 pt-4 sm:flex-row sm:items-center sm:justify-between">
				<p className="text-sm text-stone-700">Envie d’une toute autre version, avec un autre ton ou d’autres atouts&nbsp;?</p>
				<Button variant="ghost" onClick={onNewVersion} disabled={locked} className="self-start whitespace-normal sm:self-auto">
					<SparklesIcon className="size-4" />
					Nouvelle version
				</Button>
			</div>
			{fetcher.state === 'idle' && fetcher.data?.intent === 'save' && !fetcher.data.ok && fetcher.data.message && !fields.body.errors ? (
				<StatusMessage tone="error">{fetcher.data.message}</StatusMessage>
			) : null}
		</Card>
	)
}
