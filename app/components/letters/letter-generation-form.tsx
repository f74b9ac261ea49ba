import { getFormProps, getTextareaProps, useForm, type SubmissionResult } from '@conform-to/react'
import { getZodConstraint, parseWithZod } from '@conform-to/zod/v4'
import type { ReactNode } from 'react'
import { Form, Link, useLocation } from 'react-router'
import { Button, ButtonLink } from '#app/components/ui/button.tsx'
import { ErrorList } from '#app/components/ui/error-list.tsx'
import { TextareaField } from '#app/components/ui/field.tsx'
import { ArrowRightIcon, InfoIcon, PenIcon } from '#app/components/ui/icons.tsx'
import { StatusMessage } from '#app/components/ui/status-message.tsx'
import {
	CLOSING_MAX_LENGTH,
	INSTRUCTION_MAX_LENGTH,
	lengthChoices,
	generateLetterSchema,
	toneChoices,
	type LetterOptions,
} from './letter-schema.ts'

export type LetterSetup = {
	hasCv: boolean
	transferable: { from: string; to: string }[]
	gaps: string[]
	tone: LetterOptions['tone']
}

export type LetterUsage = { used: number; limit: number | null }

/** « Lettres générées ce mois-ci : 1 sur 3 ». */
export function usageLine({ used, limit }: LetterUsage) {
	return limit === null
		? `Lettres générées ce mois-ci\u00a0: ${used} (sans limite)`
		: `Lettres générées ce mois-ci\u00a0: ${used} sur ${limit}`
}

export const offlineNotice =
	'Mode hors ligne\u00a0: la lettre est construite par Phoenix à partir de l’offre, de votre CV et du référentiel ROME, sans modèle d’IA. Relisez-la et personnalisez-la.'

const cardChoice =
	'flex h-full cursor-pointer flex-col gap-1 rounded-xl border border-stone-300 bg-white p-4 shadow-sm transition-colors hover:border-stone-400 has-checked:border-ember-600 has-checked:bg-ember-50 has-checked:ring-1 has-checked:ring-ember-600 has-focus-visible:outline-3 has-focus-visible:outline-offset-2 has-focus-visible:outline-ember-600 has-disabled:cursor-not-allowed has-disabled:opacity-60'

/**
 * How the letter will be written: tone, length, the strengths to stress, how
 * the gaps are being closed, an extra instruction. With JavaScript the letter
 * streams in (`onWrite`); without, the form posts and the page comes back
 * with the letter written.
 */
export function LetterGenerationForm({
	setup,
	usage,
	mode,
	regenerating,
	busy,
	canWrite,
	lastResult,
	onWrite,
	onCancel,
	consent,
}: {
	setup: LetterSetup
	usage: LetterUsage
	mode: 'gemini' | 'offline'
	/** A letter exists: this writes a new version of it. */
	regenerating: boolean
	/** A letter or a paragraph is being written. */
	busy: boolean
	/** Consent given and quota left. */
	canWrite: boolean
	lastResult?: SubmissionResult<string[]> | null
	onWrite: (options: LetterOptions) => void
	onCancel?: () => void
	/** The consent request, shown above the form while consent is missing. */
	consent?: ReactNode
}) {
	const [form, fields] = useForm({
		id: 'letter-generation',
		lastResult,
		constraint: getZodConstraint(generateLetterSchema),
		defaultValue: {
			intent: 'generate',
			tone: setup.tone,
			length: 'standard',
			stress: setup.transferable.map((skill) => skill.from),
		},
		shouldValidate: 'onBlur',
		shouldRevalidate: 'onInput',
		onValidate: ({ formData }) => parseWithZod(formData, { schema: generateLetterSchema }),
		onSubmit(event, { submission }) {
			event.preventDefault()
			if (submission?.status !== 'success') return
			const { intent: _intent, ...options } = submission.value
			// Every box unticked means « none », not « all » (an absent list would stress them all).
			onWrite({
				...options,
				stress: options.stress ?? (setup.transferable.length > 0 ? [] : undefined),
			})
		},
	})
	const location = useLocation()
	const quotaReached = usage.limit !== null && usage.used >= usage.limit
	const left = usage.limit === null ? null : Math.max(0, usage.limit - usage.used)

	return (
		// The consent request is a form of its own: it sits before this one, never inside it (nested forms are invalid HTML).
		<div className="flex flex-col gap-8">
			{consent}
			<Form method="post" {...getFormProps(form)} className="flex flex-col gap-8">
				<input type="hidden" name="intent" value="generate" />
				{/* Only there to disable every choice at once while the letter is being written. */}
				<fieldset role="none" disabled={busy} className="flex flex-col gap-8">
					<fieldset aria-describedby={fields.tone.errorId}>
						<legend className="text-base font-semibold text-stone-900">Le ton de votre lettre</legend>
						<div className="mt-3 grid gap-3 sm:grid-cols-3">
							{toneChoices.map((choice) => (
								<label key={choice.value} className={cardChoice}>
									<span className="flex items-center gap-2 font-semibold text-stone-900">
										<input
											type="radio"
											name={fields.tone.name}
											value={choice.value}
											defaultChecked={fields.tone.initialValue === choice.value}
											className="size-4 accent-ember-700"
										/>
										{choice.label}
									</span>
									<span className="text-sm leading-6 text-stone-700">{choice.description}</span>
								</label>
							))}
						</div>
						<ErrorList id={fields.tone.errorId} errors={fields.tone.errors} className="mt-2" />
					</fieldset>

					<fieldset aria-describedby={fields.length.errorId}>
						<legend className="text-base font-semibold text-stone-900">Sa longueur</legend>
						<div className="mt-3 grid gap-3 sm:grid-cols-3">
							{lengthChoices.map((choice) => (
								<label key={choice.value} className={cardChoice}>
									<span className="flex items-center gap-2 font-semibold text-stone-900">
										<input
											type="radio"
											name={fields.length.name}
											value={choice.value}
											defaultChecked={fields.length.initialValue === choice.value}
											className="size-4 accent-ember-700"
										/>
										{choice.label}
									</span>
									<span className="text-sm text-stone-700">environ {choice.words}&nbsp;mots</span>
								</label>
							))}
						</div>
						<ErrorList id={fields.length.errorId} errors={fields.length.errors} className="mt-2" />
					</fieldset>

					{setup.transferable.length > 0 ? (
						<fieldset aria-describedby={`${fields.stress.id}-help ${fields.stress.errorId}`}>
							<legend className="text-base font-semibold text-stone-900">Ce que vous apportez de votre métier actuel</legend>
							<p id={`${fields.stress.id}-help`} className="mt-1 text-sm text-stone-600">
								Le Mirror Match a traduit ces savoir-faire dans les mots du nouveau métier. Décochez ceux que vous préférez ne pas mettre en
								avant.
							</p>
							<ul className="mt-3 flex flex-col gap-2">
								{setup.transferable.map((skill) => (
									<li key={skill.from}>
										<label className="flex cursor-pointer gap-3 rounded-xl border border-stone-200 bg-white p-3 hover:border-stone-300 has-checked:border-ember-200 has-checked:bg-ember-50/50">
											<input
												type="checkbox"
												name={fields.stress.name}
												value={skill.from}
												defaultChecked={
													fields.stress.initialValue === undefined || [fields.stress.initialValue].flat().includes(skill.from)
												}
												className="mt-1 size-4 shrink-0 accent-ember-700"
											/>
											<span className="min-w-0">
												<span className="block font-medium text-stone-900">{skill.to}</span>
												<span className="block text-sm text-stone-600">Dans votre métier actuel&nbsp;: {skill.from}</span>
											</span>
										</label>
									</li>
								))}
							</ul>
							<ErrorList id={fields.stress.errorId} errors={fields.stress.errors} className="mt-2" />
						</fieldset>
					) : null}

					{setup.gaps.length > 0 ? (
						<TextareaField
							label={
								<>
									Comment comblez-vous les écarts&nbsp;? <span className="font-normal text-stone-500">(facultatif)</span>
								</>
							}
							help={
								<>
									L’offre demande aussi&nbsp;: <strong className="font-semibold text-stone-800">{setup.gaps.join(', ')}</strong>. Une
									formation en cours, un projet personnel, un apprentissage en autodidacte&nbsp;? Dites-le en une phrase, la lettre en
									parlera franchement.
								</>
							}
							errors={fields.closing.errors}
							errorId={fields.closing.errorId}
							textareaProps={{
								...getTextareaProps(fields.closing),
								rows: 2,
								maxLength: CLOSING_MAX_LENGTH,
								placeholder: 'Par exemple\u00a0: je suis une formation React en ligne depuis septembre.',
							}}
						/>
					) : null}

					<TextareaField
						label={
							<>
								Une consigne en plus&nbsp;? <span className="font-normal text-stone-500">(facultatif)</span>
							</>
						}
						help="Ce que vous tenez à voir dans la lettre, ou à éviter."
						errors={fields.instruction.errors}
						errorId={fields.instruction.errorId}
						textareaProps={{
							...getTextareaProps(fields.instruction),
							rows: 2,
							maxLength: INSTRUCTION_MAX_LENGTH,
							placeholder: 'Par exemple\u00a0: mentionnez que je suis disponible dès janvier.',
						}}
					/>
				</fieldset>

				{!setup.hasCv ? (
					<StatusMessage tone="info" title="Votre lettre sera plus juste avec votre CV">
						Sans CV, Phoenix écrit à partir de l’offre seule, sans votre parcours ni vos atouts.{' '}
						<Link
							to={`/letters/mon-cv?retour=${encodeURIComponent(location.pathname)}`}
							className="font-semibold underline underline-offset-4"
						>
							Ajouter mon CV
						</Link>
					</StatusMessage>
				) : null}

				<div className="flex flex-col gap-4 border-t border-stone-200 pt-6">
					<div className="flex flex-col gap-1 text-sm text-stone-700">
						<p className="font-medium text-stone-900 tabular-nums">{usageLine(usage)}</p>
						{regenerating && left !== null && !quotaReached ? (
							<p>
								Une nouvelle version compte comme une lettre générée&nbsp;: il vous en restera {left - 1} ce mois-ci. Modifier votre lettre
								ou réécrire un paragraphe, en revanche, ne compte pas.
							</p>
						) : null}
						{mode === 'offline' ? (
							<p className="flex gap-2 text-stone-600">
								<InfoIcon className="mt-0.5 size-4 shrink-0 text-sky-700" />
								<span>{offlineNotice}</span>
							</p>
						) : null}
					</div>

					{quotaReached ? (
						<StatusMessage
							tone="warning"
							title="Vous avez utilisé toutes vos lettres de ce mois-ci"
							action={
								<ButtonLink to="/tarifs" size="sm">
									Voir l’offre Premium
								</ButtonLink>
							}
						>
							Elles reviennent le 1er du mois prochain. D’ici là, vous pouvez toujours modifier vos lettres, réécrire un paragraphe et les
							exporter.
						</StatusMessage>
					) : null}

					<ErrorList id={form.errorId} errors={form.errors} />
					<div className="flex flex-col gap-3 sm:flex-row sm:items-center">
						<Button type="submit" size="lg" disabled={busy || !canWrite} className="whitespace-normal">
							<PenIcon className="size-5" />
							{regenerating ? 'Écrire une nouvelle version' : 'Écrire ma lettre'}
						</Button>
						{onCancel ? (
							<Button variant="ghost" onClick={onCancel} disabled={busy}>
								Revenir à ma lettre
								<ArrowRightIcon className="size-4" />
							</Button>
						) : null}
					</div>
				</div>
			</Form>
		</div>
	)
}
