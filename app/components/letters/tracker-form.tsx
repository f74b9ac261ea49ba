import { getFormProps, getInputProps, getSelectProps, getTextareaProps, useForm, type SubmissionResult } from '@conform-to/react'
import { getZodConstraint, parseWithZod } from '@conform-to/zod/v4'
import { Form, useNavigation } from 'react-router'
import { z } from 'zod'
import { applicationStatuses, followUpAfterDays, statusLabels, type ApplicationStatus } from '#app/domain/application/tracker.ts'
import { Button } from '#app/components/ui/button.tsx'
import { cx } from '#app/components/ui/cx.ts'
import { ErrorList } from '#app/components/ui/error-list.tsx'
import { formatShortDay } from '#app/components/ui/format.ts'
import { Field, TextareaField } from '#app/components/ui/field.tsx'

export const NOTES_MAX_LENGTH = 4000

/** yyyy-mm-dd as date inputs send it, or jj/mm/aaaa as a person types it where the browser has no date picker; null if no such day. */
export function toIsoDay(value: string): string | null {
	const french = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value)
	const iso = french ? `${french[3]}-${french[2]!.padStart(2, '0')}-${french[1]!.padStart(2, '0')}` : value
	if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null
	const date = new Date(`${iso}T12:00:00Z`)
	return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : null
}

const day = (message: string) =>
	z
		.string()
		.trim()
		.transform((value, ctx) => {
			const iso = toIsoDay(value)
			if (iso) return iso
			ctx.issues.push({ code: 'custom', message, input: value })
			return z.NEVER
		})
		.optional()

export type TrackingInput = {
	jobTitle: string
	company?: string
	status: ApplicationStatus
	sentOn?: string
	nextFollowUpOn?: string
	notes?: string
}

/** The day it was sent as it will be saved: marking it « Envoyée » without a date means today. */
export function effectiveSentOn(input: Pick<TrackingInput, 'status' | 'sentOn'>, today: string): string | null {
	return input.sentOn ?? (input.status === 'envoyee' ? today : null)
}

/** The « Suivi » form; `today` is the Paris date, the latest day a candidacy can have been sent. */
export function trackingSchema(today: string) {
	return z
		.object({
			intent: z.literal('save'),
			jobTitle: z
				.string({ error: 'Indiquez l’intitulé du poste.' })
				.trim()
				.min(1, 'Indiquez l’intitulé du poste.')
				.max(160, 'Cet intitulé est trop long (160\u00a0caractères au plus).'),
			company: z.string().trim().max(120, 'Ce nom est trop long (120\u00a0caractères au plus).').optional(),
			status: z.enum(applicationStatuses, { error: 'Choisissez un statut dans la liste.' }),
			sentOn: day('Cette date d’envoi n’existe pas. Indiquez-la sous la forme jj/mm/aaaa, par exemple 22/11/2026.'),
			nextFollowUpOn: day('Cette date de relance n’existe pas. Indiquez-la sous la forme jj/mm/aaaa, par exemple 02/12/2026.'),
			notes: z
				.string()
				.trim()
				.max(NOTES_MAX_LENGTH, 'Vos notes dépassent 4\u00a0000\u00a0caractères\u00a0: raccourcissez-les un peu.')
				.optional(),
		})
		.superRefine((value, ctx) => {
			if (value.sentOn && value.sentOn > today) {
				ctx.addIssue({
					code: 'custom',
					path: ['sentOn'],
					message: 'La date d’envoi ne peut pas être dans le futur\u00a0: indiquez le jour où vous avez envoyé votre candidature.',
				})
			}
			const sentOn = effectiveSentOn(value, today)
			if (sentOn && value.nextFollowUpOn && value.nextFollowUpOn < sentOn) {
				ctx.addIssue({
					code: 'custom',
					path: ['nextFollowUpOn'],
					message: `La relance vient après l’envoi\u00a0: choisissez le ${formatShortDay(sentOn)} ou une date plus tardive.`,
				})
			}
		})
}

export type TrackedApplication = {
	jobTitle: string
	company: string | null
	status: ApplicationStatus
	sentOn: string | null
	nextFollowUpOn: string | null
	notes: string | null
}

const selectClassName =
	'block w-full rounded-lg border bg-white px-3.5 py-2.5 text-base text-stone-900 shadow-sm focus-visible:outline-3 focus-visible:outline-offset-0 focus-visible:outline-ember-600'

const characters = new Intl.NumberFormat('fr-FR')

/** Company, job title, status, dates and notes of one application; checked in the browser, then again on the server. */
export function TrackingForm({
	application,
	today,
	lastResult,
}: {
	application: TrackedApplication
	today: string
	lastResult: SubmissionResult<string[]> | undefined
}) {
	const navigation = useNavigation()
	const saving = navigation.state === 'submitting' && navigation.formData?.get('intent') === 'save'
	const schema = trackingSchema(today)
	const [form, fields] = useForm({
		lastResult,
		constraint: getZodConstraint(schema),
		defaultValue: {
			intent: 'save',
			jobTitle: application.jobTitle,
			company: application.company ?? '',
			status: application.status,
			sentOn: application.sentOn ?? '',
			nextFollowUpOn: application.nextFollowUpOn ?? '',
			notes: application.notes ?? '',
		},
		shouldValidate: 'onBlur',
		shouldRevalidate: 'onInput',
		onValidate: ({ formData }) => parseWithZod(formData, { schema }),
	})
	const status = fields.status.value
	const sentOn = fields.sentOn.value ? toIsoDay(fields.sentOn.value) : null
	const notesLength = fields.notes.value?.length ?? 0
	const statusHelpId = `${fields.status.id}-help`

	return (
		<Form method="post" className="flex flex-col gap-6" {...getFormProps(form)}>
			<input type="hidden" name="intent" value="save" />
			<ErrorList id={form.errorId} errors={form.errors} />
			<div className="grid gap-5 sm:grid-cols-2">
				<Field
					label="Intitulé du poste"
					errors={fields.jobTitle.errors}
					errorId={fields.jobTitle.errorId}
					inputProps={{ ...getInputProps(fields.jobTitle, { type: 'text' }), autoComplete: 'off' }}
				/>
				<Field
					label={
						<>
							Entreprise <span className="font-normal text-stone-500">(facultatif)</span>
						</>
					}
					errors={fields.company.errors}
					errorId={fields.company.errorId}
					inputProps={{ ...getInputProps(fields.company, { type: 'text' }), autoComplete: 'organization' }}
				/>
			</div>

			<div className="flex flex-col gap-1.5">
				<label htmlFor={fields.status.id} className="text-sm font-semibold text-stone-900">
					Statut
				</label>
				<p id={statusHelpId} className="text-sm text-stone-600">
					Où en est cette candidature. Passez-la à «&nbsp;Envoyée&nbsp;» le jour où vous l’envoyez.
				</p>
				{(() => {
					const { key, ...select } = getSelectProps(fields.status)
					return (
						<select
							key={key}
							{...select}
							aria-describedby={cx(statusHelpId, select['aria-describedby'])}
							className={cx(selectClassName, fields.status.errors ? 'border-red-600' : 'border-stone-300', 'sm:max-w-xs')}
						>
							{applicationStatuses.map((option) => (
								<option key={option} value={option}>
									{statusLabels[option]}
								</option>
							))}
						</select>
					)
				})()}
				<ErrorList id={fields.status.errorId} errors={fields.status.errors} />
			</div>

			<div className="grid gap-5 sm:grid-cols-2">
				<Field
					label={
						<>
							Envoyée le <span className="font-normal text-stone-500">(facultatif)</span>
						</>
					}
					help={
						status === 'envoyee' && !fields.sentOn.value
							? 'Laissez vide si vous l’envoyez aujourd’hui\u00a0: Phoenix indiquera la date du jour.'
							: 'Le jour où vous avez envoyé votre candidature.'
					}
					errors={fields.sentOn.errors}
					errorId={fields.sentOn.errorId}
					inputProps={{ ...getInputProps(fields.sentOn, { type: 'date' }), max: today, className: 'sm:max-w-56' }}
				/>
				<Field
					label={
						<>
							Prochaine relance <span className="font-normal text-stone-500">(facultatif)</span>
						</>
					}
					help={`Phoenix vous la rappellera sur votre page Phoenix Letters. D’habitude, on relance ${followUpAfterDays}\u00a0jours après l’envoi.`}
					errors={fields.nextFollowUpOn.errors}
					errorId={fields.nextFollowUpOn.errorId}
					inputProps={{ ...getInputProps(fields.nextFollowUpOn, { type: 'date' }), min: sentOn ?? undefined, className: 'sm:max-w-56' }}
				/>
			</div>

			<div className="flex flex-col gap-1">
				<TextareaField
					label={
						<>
							Notes <span className="font-normal text-stone-500">(facultatif)</span>
						</>
					}
					help="Le nom de votre contact, ce qui s’est dit au téléphone, les questions à préparer pour l’entretien…"
					errors={fields.notes.errors}
					errorId={fields.notes.errorId}
					textareaProps={{ ...getTextareaProps(fields.notes), rows: 6 }}
				/>
				<p className={cx('self-end text-sm tabular-nums', notesLength > NOTES_MAX_LENGTH ? 'font-semibold text-red-700' : 'text-stone-500')}>
					{characters.format(notesLength)}&nbsp;/&nbsp;{characters.format(NOTES_MAX_LENGTH)} caractères
				</p>
			</div>

			<div>
				<Button type="submit" disabled={saving} className="w-full sm:w-auto">
					{saving ? 'Enregistrement…' : 'Enregistrer le suivi'}
				</Button>
			</div>
		</Form>
	)
}
