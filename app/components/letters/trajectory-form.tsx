import { getFormProps, useForm, type SubmissionResult } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form, useNavigation } from 'react-router'
import { z } from 'zod'
import { JobTitleCombobox, type JobTitleChoice } from '#app/components/job-title-combobox.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { Card } from '#app/components/ui/card.tsx'
import { ErrorList } from '#app/components/ui/error-list.tsx'
import { ArrowRightIcon } from '#app/components/ui/icons.tsx'

const jobTitleCode = (missing: string) =>
	z
		.string({ error: missing })
		.trim()
		.regex(/^\d{1,8}$/, 'Choisissez un métier dans la liste proposée.')

/**
 * The builder's question, sent as search parameters so that a result can be
 * shared and reloaded: `de` and `vers` are ROME job title codes, `via` the
 * intermediate occupations of another official route, comma-separated.
 */
export const trajectoryQuerySchema = z.object({
	de: jobTitleCode('Indiquez votre métier actuel (ou le dernier exercé), puis choisissez-le dans la liste proposée.'),
	vers: jobTitleCode('Indiquez le métier que vous visez, puis choisissez-le dans la liste proposée.'),
	via: z
		.string()
		.trim()
		.regex(/^[A-Z]\d{4}(,[A-Z]\d{4}){0,4}$/, 'Ce chemin n’est pas reconnu. Choisissez-en un dans la liste des autres chemins possibles.')
		.optional(),
})

export type TrajectoryQuery = z.infer<typeof trajectoryQuerySchema>

/** « D’où partez-vous, où allez-vous ? »: two job titles, prefilled from the profile, sent with GET. */
export function TrajectoryForm({
	from,
	to,
	lastResult,
	hasResult,
}: {
	from: JobTitleChoice | null
	to: JobTitleChoice | null
	lastResult: SubmissionResult<string[]> | null
	hasResult: boolean
}) {
	const navigation = useNavigation()
	const pending =
		navigation.state === 'loading' && navigation.formMethod?.toLowerCase() === 'get' && navigation.formAction === '/letters/trajectoire'
	const [form, fields] = useForm({
		id: 'trajectoire',
		lastResult,
		shouldValidate: 'onSubmit',
		onValidate: ({ formData }) => parseWithZod(formData, { schema: trajectoryQuerySchema }),
	})

	return (
		<Card as="section" aria-labelledby="trajectoire-question" padding="lg">
			<h2 id="trajectoire-question" className="text-xl font-semibold text-stone-900">
				D’où partez-vous, où allez-vous&nbsp;?
			</h2>
			<p className="mt-1 max-w-prose text-sm leading-6 text-stone-600">
				Phoenix cherche le chemin entre vos deux métiers dans le répertoire officiel des métiers de France Travail (ROME), puis compare ce
				que demande le métier visé avec votre CV et votre métier actuel.
			</p>
			<Form method="get" action="/letters/trajectoire" className="mt-6 flex flex-col gap-6" {...getFormProps(form)}>
				<div className="grid gap-6 md:grid-cols-2">
					<JobTitleCombobox
						name={fields.de.name}
						id={fields.de.id}
						label="Mon métier actuel (ou le dernier exercé)"
						description={'Par exemple «\u00a0infirmier\u00a0» ou «\u00a0conseiller bancaire\u00a0».'}
						defaultValue={from}
						errors={fields.de.errors}
					/>
					<JobTitleCombobox
						name={fields.vers.name}
						id={fields.vers.id}
						label="Le métier que je vise"
						description={'Par exemple «\u00a0développeur web\u00a0» ou «\u00a0boulanger\u00a0».'}
						defaultValue={to}
						errors={fields.vers.errors}
					/>
				</div>
				<ErrorList id={form.errorId} errors={form.errors} />
				<div className="flex flex-col gap-3 sm:flex-row sm:items-center">
					<Button type="submit" disabled={pending} aria-busy={pending || undefined} className="w-full sm:w-auto">
						{pending ? 'Calcul du chemin…' : hasResult ? 'Recalculer le chemin' : 'Voir mon chemin'}
						<ArrowRightIcon className="size-5" />
					</Button>
					<p className="text-sm text-stone-600">Le résultat a sa propre adresse&nbsp;: vous pouvez la garder ou la partager.</p>
				</div>
			</Form>
		</Card>
	)
}
