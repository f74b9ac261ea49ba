import { getFormProps, getInputProps, useForm, type SubmissionResult } from '@conform-to/react'
import { getZodConstraint, parseWithZod } from '@conform-to/zod/v4'
import { useCallback, useEffect, useRef, useState } from 'react'
import { useFetcher, useFetchers } from 'react-router'
import { z } from 'zod'
import { Badge } from '#app/components/ui/badge.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { Card } from '#app/components/ui/card.tsx'
import { cx } from '#app/components/ui/cx.ts'
import { Field } from '#app/components/ui/field.tsx'
import { formatLongDate, formatShortDay } from '#app/components/ui/format.ts'
import { CheckIcon, ClockIcon, RouteIcon } from '#app/components/ui/icons.tsx'
import type { SavedTrajectory, TrajectoryStep } from '#app/server/trajectories.server.ts'
import { toIsoDay } from './tracker-form.tsx'
import { fromTo, stepKindLabels } from './trajectory-result.tsx'

const stepId = z.uuid({ error: 'Cette étape est introuvable. Rechargez la page.' })

const stepTitle = z
	.string({ error: 'Donnez un titre à cette étape.' })
	.trim()
	.min(1, 'Donnez un titre à cette étape.')
	.max(160, 'Ce titre est trop long (160\u00a0caractères au plus).')

const dueOn = z
	.string()
	.trim()
	.transform((value, ctx) => {
		const iso = toIsoDay(value)
		if (iso && iso >= '2000-01-01' && iso <= '2100-12-31') return iso
		ctx.issues.push({
			code: 'custom',
			message: iso
				? 'Choisissez une date entre l’an 2000 et l’an 2100.'
				: 'Cette date n’existe pas. Indiquez-la sous la forme jj/mm/aaaa, par exemple 15/03/2027.',
			input: value,
		})
		return z.NEVER
	})
	.optional()

export const stepDoneSchema = z.object({ intent: z.literal('cocher'), stepId, done: z.enum(['oui', 'non']) })
export const stepEditSchema = z.object({ intent: z.literal('modifier'), stepId, title: stepTitle, dueOn })
export const stepAddSchema = z.object({
	intent: z.literal('ajouter'),
	trajectoryId: z.uuid({ error: 'Ce plan est introuvable. Rechargez la page.' }),
	title: stepTitle,
	dueOn,
})
export const stepDeleteSchema = z.object({ intent: z.literal('supprimer'), stepId })

export type PlanIntent = 'cocher' | 'modifier' | 'ajouter' | 'supprimer'

/** What an action on the saved plan did, in a sentence read aloud (and shown when the page was posted without JavaScript). */
export type PlanActionResult = {
	ok: boolean
	intent: PlanIntent
	stepId: string | null
	message: string
	result?: SubmissionResult<string[]>
}

/** « 2 étapes sur 7 faites ». */
export function progressLabel(done: number, total: number) {
	if (total === 0) return 'Aucune étape pour l’instant'
	return `${done} ${done > 1 ? 'étapes' : 'étape'} sur ${total} ${done > 1 ? 'faites' : 'faite'}`
}

export function isOverdue(step: Pick<TrajectoryStep, 'dueOn' | 'done'>, today: string) {
	return !step.done && step.dueOn !== null && step.dueOn < today
}

const settled = new WeakSet<object>()

/** A tick shows at once; a refused one comes undone when the page data reloads. */
function useOptimisticSteps(steps: TrajectoryStep[]) {
	const fetchers = useFetchers()
	const done = new Map<string, boolean>()
	for (const fetcher of fetchers) {
		const formData = fetcher.formData
		if (formData?.get('intent') === 'cocher') done.set(String(formData.get('stepId') ?? ''), formData.get('done') === 'oui')
	}
	return steps.map((step) => (done.has(step.id) ? { ...step, done: done.get(step.id)! } : step))
}

/**
 * The saved plan as a checklist: tick a step, change its title or its day,
 * add or remove one. Every change goes through a fetcher, so the page stays
 * where it is; without JavaScript each form posts and the page reloads.
 */
export function TrajectoryPlan({
	plan,
	today,
	justSaved,
	actionResult,
}: {
	plan: SavedTrajectory
	today: string
	justSaved: boolean
	actionResult: PlanActionResult | null
}) {
	const steps = useOptimisticSteps(plan.steps)
	const doneCount = steps.filter((step) => step.done).length
	const overdueCount = steps.filter((step) => isOverdue(step, today)).length
	const from = plan.path[0]
	const to = plan.path.at(-1)
	const percent = steps.length > 0 ? Math.round((doneCount / steps.length) * 100) : 0
	const [announcement, setAnnouncement] = useState<{ text: string; ok: boolean } | null>(
		actionResult ? { text: actionResult.message, ok: actionResult.ok } : null,
	)
	const headingRef = useRef<HTMLHeadingElement>(null)
	const announce = useCallback((result: PlanActionResult) => {
		setAnnouncement({ text: result.message, ok: result.ok })
		// The deleted step's buttons go with it: focus goes back to the plan rather than to the top of the page.
		if (result.ok && result.intent === 'supprimer') headingRef.current?.focus()
	}, [])

	return (
		<Card as="section" id="mon-plan" aria-labelledby="mon-plan-titre" padding="lg" className="flex scroll-mt-20 flex-col gap-6">
			<div className="flex items-start gap-3">
				<div className="flex size-10 shrink-0 items-center justify-center rounded-xl bg-ember-100 text-ember-800">
					<RouteIcon />
				</div>
				<div className="min-w-0">
					<h2 id="mon-plan-titre" ref={headingRef} tabIndex={-1} className="text-xl font-semibold text-balance text-stone-900 focus:outline-none">
						{from && to ? <>Mon plan&nbsp;: {fromTo(from, to, { capitalized: false })}</> : 'Mon plan'}
					</h2>
					<p className="mt-1 text-sm leading-6 text-stone-600">
						{justSaved ? 'Plan enregistré aujourd’hui.' : `Enregistré le ${formatLongDate(plan.createdAt)}.`} Cochez chaque étape faite,
						ajustez les titres et les dates à votre rythme&nbsp;: ce plan est le vôtre.
					</p>
				</div>
			</div>

			<div>
				<p className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
					<span className="text-lg font-semibold text-stone-900 tabular-nums">{progressLabel(doneCount, steps.length)}</span>
					{overdueCount > 0 ? (
						<span className="text-sm font-medium text-ember-800">
							{overdueCount === 1 ? 'dont 1 en retard' : `dont ${overdueCount} en retard`}
						</span>
					) : null}
				</p>
				<div aria-hidden="true" className="mt-2 h-2 overflow-hidden rounded-full bg-stone-200">
					<div className="h-full rounded-full bg-emerald-600 transition-[width]" style={{ width: `${percent}%` }} />
				</div>
				<div aria-live="polite" className="mt-3 text-sm">
					{announcement ? <p className={announcement.ok ? 'text-emerald-800' : 'font-medium text-red-700'}>{announcement.text}</p> : null}
				</div>
			</div>

			{steps.length > 0 ? (
				<ol className="flex flex-col divide-y divide-stone-100 rounded-xl border border-stone-200">
					{steps.map((step) => (
						<StepRow
							key={step.id}
							step={step}
							today={today}
							announce={announce}
							posted={actionResult?.stepId === step.id ? actionResult : null}
						/>
					))}
				</ol>
			) : (
				<p className="text-sm leading-6 text-stone-700">Votre plan est vide. Ajoutez une première étape ci-dessous.</p>
			)}

			<AddStep trajectoryId={plan.id} announce={announce} posted={actionResult?.intent === 'ajouter' ? actionResult : null} />

		</Card>
	)
}

/** Announces each answer of a fetcher once, however often the row renders. */
function useSettled(result: PlanActionResult | undefined, announce: (result: PlanActionResult) => void) {
	useEffect(() => {
		if (!result || settled.has(result)) return
		settled.add(result)
		announce(result)
	}, [result, announce])
}

function StepRow({
	step,
	today,
	announce,
	posted,
}: {
	step: TrajectoryStep
	today: string
	announce: (result: PlanActionResult) => void
	posted: PlanActionResult | null
}) {
	const toggle = useFetcher<PlanActionResult>({ key: `etape-${step.id}-cocher` })
	const edit = useFetcher<PlanActionResult>({ key: `etape-${step.id}-modifier` })
	const remove = useFetcher<PlanActionResult>({ key: `etape-${step.id}-supprimer` })
	useSettled(toggle.data, announce)
	useSettled(edit.data, announce)
	useSettled(remove.data, announce)

	const editResult = edit.data ?? (posted?.intent === 'modifier' ? posted : undefined)
	const [editing, setEditing] = useState(Boolean(editResult && !editResult.ok))
	const summaryRef = useRef<HTMLElement>(null)
	const closedFor = useRef<object | null>(null)
	useEffect(() => {
		if (edit.state !== 'idle' || !edit.data?.ok || closedFor.current === edit.data) return
		closedFor.current = edit.data
		setEditing(false)
		summaryRef.current?.focus()
	}, [edit.state, edit.data])

	const overdue = isOverdue(step, today)
	const deleting = remove.state !== 'idle'
	return (
		<li className={cx('flex gap-3 p-4 transition-opacity', deleting && 'opacity-50')} aria-busy={deleting || undefined}>
			<toggle.Form method="post" className="shrink-0">
				<input type="hidden" name="intent" value="cocher" />
				<input type="hidden" name="stepId" value={step.id} />
				<input type="hidden" name="done" value={step.done ? 'non' : 'oui'} />
				<button
					type="submit"
					aria-pressed={step.done}
					className={cx(
						'flex size-11 items-center justify-center rounded-xl border-2 transition-colors focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-ember-600',
						step.done
							? 'border-emerald-600 bg-emerald-600 text-white'
							: 'border-stone-300 bg-white text-transparent hover:border-emerald-600',
					)}
				>
					<CheckIcon className="size-5" strokeWidth={2.5} />
					<span className="sr-only">Étape faite&nbsp;: {step.title}</span>
				</button>
			</toggle.Form>
			<div className="flex min-w-0 flex-1 flex-col gap-2">
				<div>
					<p className={cx('font-semibold break-words', step.done ? 'text-stone-500 line-through' : 'text-stone-900')}>{step.title}</p>
					<p className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-stone-600">
						{step.done ? <Badge tone="success">Faite</Badge> : null}
						<Badge>{stepKindLabels[step.kind]}</Badge>
						{step.dueOn ? (
							<span className={overdue ? 'font-semibold text-ember-800' : undefined}>Pour le {formatShortDay(step.dueOn)}</span>
						) : (
							<span>Sans date</span>
						)}
						{overdue ? (
							<Badge tone="accent">
								<ClockIcon className="size-3.5" />
								en retard
							</Badge>
						) : null}
					</p>
				</div>
				{step.detail ? (
					<details className="text-sm">
						<summary className="cursor-pointer font-medium text-stone-700 underline-offset-4 hover:text-stone-950 hover:underline">
							Ce qu’il y a à faire
						</summary>
						<p className="mt-2 max-w-prose leading-6 text-stone-700">{step.detail}</p>
					</details>
				) : null}
				<div className="flex flex-wrap items-start gap-x-4 gap-y-2">
					<details open={editing} onToggle={(event) => setEditing(event.currentTarget.open)} className="w-full sm:w-auto sm:flex-1">
						<summary ref={summaryRef} className="cursor-pointer text-sm font-medium text-ember-800 underline-offset-4 hover:underline">
							Modifier<span className="sr-only"> l’étape «&nbsp;{step.title}&nbsp;»</span>
						</summary>
						<EditStep key={`${step.title}|${step.dueOn}`} step={step} fetcher={edit} lastResult={editResult?.result} />
					</details>
					<remove.Form method="post">
						<input type="hidden" name="intent" value="supprimer" />
						<input type="hidden" name="stepId" value={step.id} />
						<button
							type="submit"
							disabled={deleting}
							className="text-sm font-medium text-stone-600 underline-offset-4 hover:text-red-700 hover:underline focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-ember-600"
						>
							{deleting ? 'Suppression…' : 'Supprimer'}
							<span className="sr-only"> l’étape «&nbsp;{step.title}&nbsp;»</span>
						</button>
					</remove.Form>
				</div>
			</div>
		</li>
	)
}

function EditStep({
	step,
	fetcher,
	lastResult,
}: {
	step: TrajectoryStep
	fetcher: ReturnType<typeof useFetcher<PlanActionResult>>
	lastResult: SubmissionResult<string[]> | undefined
}) {
	const saving = fetcher.state !== 'idle'
	const [form, fields] = useForm({
		id: `etape-${step.id}`,
		lastResult,
		constraint: getZodConstraint(stepEditSchema),
		defaultValue: { title: step.title, dueOn: step.dueOn ?? '' },
		shouldValidate: 'onBlur',
		shouldRevalidate: 'onInput',
		onValidate: ({ formData }) => parseWithZod(formData, { schema: stepEditSchema }),
	})
	return (
		<fetcher.Form method="post" className="mt-3 flex flex-col gap-4 rounded-xl bg-stone-50 p-4" {...getFormProps(form)}>
			<input type="hidden" name="intent" value="modifier" />
			<input type="hidden" name="stepId" value={step.id} />
			<Field
				label="Titre de l’étape"
				errors={fields.title.errors}
				errorId={fields.title.errorId}
				inputProps={{ ...getInputProps(fields.title, { type: 'text' }), autoComplete: 'off' }}
			/>
			<Field
				label={
					<>
						Date prévue <span className="font-normal text-stone-500">(facultative)</span>
					</>
				}
				errors={fields.dueOn.errors}
				errorId={fields.dueOn.errorId}
				inputProps={{ ...getInputProps(fields.dueOn, { type: 'date' }), className: 'sm:max-w-56' }}
			/>
			<div>
				<Button type="submit" size="sm" disabled={saving} aria-busy={saving || undefined}>
					{saving ? 'Enregistrement…' : 'Enregistrer'}
				</Button>
			</div>
		</fetcher.Form>
	)
}

function AddStep({
	trajectoryId,
	announce,
	posted,
}: {
	trajectoryId: string
	announce: (result: PlanActionResult) => void
	posted: PlanActionResult | null
}) {
	const fetcher = useFetcher<PlanActionResult>({ key: 'etape-ajouter' })
	useSettled(fetcher.data, announce)
	const saving = fetcher.state !== 'idle'
	const [form, fields] = useForm({
		id: 'etape-nouvelle',
		lastResult: (fetcher.data ?? posted)?.result,
		constraint: getZodConstraint(stepAddSchema),
		shouldValidate: 'onSubmit',
		shouldRevalidate: 'onInput',
		onValidate: ({ formData }) => parseWithZod(formData, { schema: stepAddSchema }),
	})
	return (
		<fetcher.Form method="post" className="flex flex-col gap-4 border-t border-stone-200 pt-6" {...getFormProps(form)}>
			<h3 className="text-base font-semibold text-stone-900">Ajouter une étape</h3>
			<input type="hidden" name="intent" value="ajouter" />
			<input type="hidden" name="trajectoryId" value={trajectoryId} />
			<div className="grid gap-4 sm:grid-cols-[minmax(0,1fr)_14rem]">
				<Field
					label="Titre"
					help={'Par exemple «\u00a0Rencontrer une personne qui exerce le métier\u00a0».'}
					errors={fields.title.errors}
					errorId={fields.title.errorId}
					inputProps={{ ...getInputProps(fields.title, { type: 'text' }), autoComplete: 'off' }}
				/>
				<Field
					label={
						<>
							Date prévue <span className="font-normal text-stone-500">(facultative)</span>
						</>
					}
					help="Le jour où vous voulez l’avoir fait."
					errors={fields.dueOn.errors}
					errorId={fields.dueOn.errorId}
					inputProps={getInputProps(fields.dueOn, { type: 'date' })}
				/>
			</div>
			<div>
				<Button type="submit" variant="secondary" disabled={saving} aria-busy={saving || undefined}>
					{saving ? 'Ajout…' : 'Ajouter l’étape'}
				</Button>
			</div>
		</fetcher.Form>
	)
}
