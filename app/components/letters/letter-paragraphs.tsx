import { useEffect, useRef } from 'react'
import { Button } from '#app/components/ui/button.tsx'
import { Card } from '#app/components/ui/card.tsx'
import { cx } from '#app/components/ui/cx.ts'
import { ChevronDownIcon, SparklesIcon } from '#app/components/ui/icons.tsx'
import { splitParagraphs } from '#app/domain/letter/paragraphs.ts'
import { countWords } from '#shared/ai/letter-text.ts'
import type { LetterStream } from './letter-stream.ts'

/** Below this, a paragraph is a salutation, a closing formula or a signature: nothing to rewrite. */
const minimumWords = 8

/**
 * The current letter paragraph by paragraph, each with « Réécrire ce
 * paragraphe »: the rewrite streams in its place, the rest of the letter
 * does not move. Free, and never counted as a new letter. The editor above
 * already shows the whole letter: on phones the paragraphs stay folded until
 * asked for; from tablet width up they are open.
 */
export function LetterParagraphs({
	body,
	stream,
	dirty,
	onRewrite,
}: {
	body: string
	stream: LetterStream
	/** Unsaved edits: a rewrite starts from the saved version, so it waits for them. */
	dirty: boolean
	onRewrite: (paragraphIndex: number) => void
}) {
	const paragraphs = splitParagraphs(body)
	const rewriting = stream.busy && stream.target?.kind === 'paragraph' ? stream.target.paragraphIndex : null
	const details = useRef<HTMLDetailsElement>(null)
	useEffect(() => {
		if (details.current && window.matchMedia('(min-width: 768px)').matches) details.current.open = true
	}, [])
	return (
		<Card as="section" aria-labelledby="letter-paragraphs-title" padding="lg">
			<h2 id="letter-paragraphs-title" className="text-xl font-semibold text-stone-900">
				Réécrire un paragraphe
			</h2>
			<p className="mt-1 text-sm leading-6 text-stone-700">
				Un passage ne vous ressemble pas&nbsp;? Phoenix en propose une autre formulation, le reste de la lettre ne bouge pas. Cela ne compte
				pas dans vos lettres du mois, et l’ancienne version reste dans l’historique.
			</p>
			{dirty ? (
				<p className="mt-3 rounded-xl bg-amber-50 p-3 text-sm leading-6 text-amber-950">
					Enregistrez d’abord vos modifications&nbsp;: la réécriture part de la dernière version enregistrée.
				</p>
			) : null}
			<details ref={details} className="group mt-4">
				<summary className="inline-flex min-h-11 cursor-pointer list-none items-center gap-2 rounded-lg font-semibold text-ember-800 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-ember-600 [&::-webkit-details-marker]:hidden">
					Choisir le paragraphe à réécrire
					<ChevronDownIcon className="size-5 shrink-0 transition-transform group-open:rotate-180" />
				</summary>
				<ol className="mt-2 flex flex-col gap-3">
					{paragraphs.map((paragraph) => {
						const live = rewriting === paragraph.index
						const rewritable = countWords(paragraph.text) >= minimumWords
						return (
							<li
								key={`${paragraph.index}-${paragraph.text.slice(0, 24)}`}
								className={cx('rounded-xl border p-4', live ? 'border-ember-300 bg-ember-50/60' : 'border-stone-200')}
							>
								<p className="text-xs font-semibold tracking-wide text-stone-500 uppercase">Paragraphe {paragraph.index + 1}</p>
								{live ? (
									<div aria-live="polite" aria-busy={stream.streaming} className="mt-1 font-serif leading-7 whitespace-pre-wrap text-stone-900">
										{stream.text || <span className="text-stone-500">Phoenix réécrit ce paragraphe…</span>}
									</div>
								) : (
									<p className="mt-1 font-serif leading-7 whitespace-pre-wrap text-stone-800">{paragraph.text}</p>
								)}
								{rewritable ? (
									<div className="mt-3 flex flex-wrap gap-3">
										{live && stream.streaming ? (
											<Button variant="secondary" size="sm" onClick={stream.stop}>
												<span aria-hidden="true" className="size-2.5 rounded-xs bg-current" />
												Arrêter
											</Button>
										) : (
											<Button
												variant="secondary"
												size="sm"
												onClick={() => onRewrite(paragraph.index)}
												disabled={dirty || stream.busy}
												aria-label={live ? undefined : `Réécrire ce paragraphe (paragraphe ${paragraph.index + 1})`}
											>
												<SparklesIcon className="size-4" />
												{live ? 'Enregistrement…' : 'Réécrire ce paragraphe'}
											</Button>
										)}
									</div>
								) : null}
							</li>
						)
					})}
				</ol>
			</details>
		</Card>
	)
}
