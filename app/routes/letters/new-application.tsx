import { getFormProps, getInputProps, getTextareaProps, useForm } from '@conform-to/react'
import { getZodConstraint, parseWithZod } from '@conform-to/zod/v4'
import { data, Form, redirect, useNavigation } from 'react-router'
import { z } from 'zod'
import { Button } from '#app/components/ui/button.tsx'
import { Card } from '#app/components/ui/card.tsx'
import { Field, TextareaField } from '#app/components/ui/field.tsx'
import { SearchIcon, ShieldIcon, SparklesIcon } from '#app/components/ui/icons.tsx'
import { PageHeader } from '#app/components/ui/page-header.tsx'
import { StatusMessage } from '#app/components/ui/status-message.tsx'
import { requireUser } from '#app/server/auth/auth.server.ts'
import sampleOffer from '../../../samples/offers/dev-front-junior.txt?raw'
import type { Route } from './+types/new-application'
import { createApplicationFromOffer } from './new-application.server.ts'

const offerTextMin = 200
const offerTextMax = 20_000

export const newApplicationSchema = z.object({
	offerText: z
		.string({ error: 'Collez le texte de l’offre pour que Phoenix puisse l’analyser.' })
		.trim()
		.min(
			offerTextMin,
			'Ce texte est un peu court pour une offre (200\u00a0caractères au moins)\u00a0: collez-la en entier, avec les missions et le profil recherché.',
		)
		.max(offerTextMax, 'Ce texte est trop long (20\u00a0000\u00a0caractères au plus)\u00a0: gardez l’offre elle-même, sans le reste de la page.'),
	jobTitle: z.string().trim().max(160, 'Cet intitulé est trop long (160\u00a0caractères au plus).').optional(),
	company: z.string().trim().max(120, 'Ce nom est trop long (120\u00a0caractères au plus).').optional(),
	offerUrl: z
		.string()
		.trim()
		.max(2000, 'Cette adresse est trop longue (2\u00a0000\u00a0caractères au plus).')
		.pipe(z.url({ protocol: /^https?$/, error: 'Indiquez une adresse web complète, qui commence par https:// (ou http://).' }))
		.optional(),
})

export const meta: Route.MetaFunction = () => [{ title: 'Nouvelle candidature — Phoenix Letters' }]

export async function action({ request }: Route.ActionArgs) {
	const user = await requireUser(request)
	const submission = parseWithZod(await request.formData(), { schema: newApplicationSchema })
	if (submission.status !== 'success') return data({ result: submission.reply() }, { status: 400 })
	const id = await createApplicationFromOffer(user, submission.value)
	return redirect(`/letters/candidatures/${id}`)
}

const characters = new Intl.NumberFormat('fr-FR')

export default function NewApplication({ actionData }: Route.ComponentProps) {
	const navigation = useNavigation()
	const pending = navigation.state !== 'idle' && navigation.formMethod?.toLowerCase() === 'post'
	const [form, fields] = useForm({
		lastResult: actionData?.result,
		constraint: getZodConstraint(newApplicationSchema),
		shouldValidate: 'onBlur',
		shouldRevalidate: 'onInput',
		onValidate: ({ formData }) => parseWithZod(formData, { schema: newApplicationSchema }),
	})
	const length = fields.offerText.value?.length ?? 0
	return (
		<div className="mx-auto max-w-6xl px-4 py-10 sm:px-6 sm:py-12 lg:px-8">
			<PageHeader
				icon={<SearchIcon className="size-7" />}
				eyebrow="Phoenix Letters"
				title="Nouvelle candidature"
				description={
					'Collez une offre d’emploi qui vous attire. Phoenix la lit pour vous\u00a0: le métier, les compétences demandées, ce qui est indispensable et ce qui est un plus.'
				}
			/>
			<div className="mt-10 grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
				<Card padding="lg">
					<Form method="post" className="flex flex-col gap-6" {...getFormProps(form)}>
						<div className="flex flex-col gap-2">
							{/* No maxLength: the browser would cut a long paste silently, where the schema explains what is too long. */}
							<TextareaField
								label="Collez le texte de l’offre"
								help="Tout le texte de l’annonce, de l’intitulé jusqu’au salaire. Inutile de le mettre en forme."
								errors={fields.offerText.errors}
								errorId={fields.offerText.errorId}
								textareaProps={{ ...getTextareaProps(fields.offerText), maxLength: undefined, rows: 14, className: 'text-sm sm:text-base' }}
							/>
							<div className="flex flex-wrap items-center justify-between gap-3">
								<Button
									variant="ghost"
									size="sm"
									className="-ml-3 whitespace-normal"
									onClick={() => form.update({ name: fields.offerText.name, value: sampleOffer, validated: false })}
								>
									<SparklesIcon className="size-4" />
									Essayer avec une offre d’exemple
								</Button>
								<p className="text-sm text-stone-500 tabular-nums">
									{characters.format(length)}&nbsp;/&nbsp;{characters.format(offerTextMax)} caractères
								</p>
							</div>
						</div>

						<fieldset className="flex flex-col gap-5">
							<legend className="text-sm font-semibold text-stone-900">
								Quelques précisions <span className="font-normal text-stone-600">(facultatif)</span>
							</legend>
							<p className="-mt-2 text-sm text-stone-600">
								Laissez vide&nbsp;: Phoenix reprendra l’intitulé et l’entreprise lus dans l’offre. Vous pourrez les modifier ensuite.
							</p>
							<div className="grid gap-5 sm:grid-cols-2">
								<Field
									label="Intitulé du poste"
									errors={fields.jobTitle.errors}
									errorId={fields.jobTitle.errorId}
									inputProps={{ ...getInputProps(fields.jobTitle, { type: 'text' }), autoComplete: 'off' }}
								/>
								<Field
									label="Entreprise"
									errors={fields.company.errors}
									errorId={fields.company.errorId}
									inputProps={{ ...getInputProps(fields.company, { type: 'text' }), autoComplete: 'organization' }}
								/>
							</div>
							<Field
								label="Adresse de l’annonce"
								help="Pour la retrouver facilement, par exemple sur France Travail ou le site de l’entreprise."
								errors={fields.offerUrl.errors}
								errorId={fields.offerUrl.errorId}
								inputProps={{ ...getInputProps(fields.offerUrl, { type: 'url' }), inputMode: 'url', placeholder: 'https://' }}
							/>
						</fieldset>

						{form.errors ? <StatusMessage tone="error">{form.errors.join(' ')}</StatusMessage> : null}
						<div className="flex flex-col gap-3 sm:flex-row sm:items-center">
							<Button type="submit" size="lg" disabled={pending}>
								{pending ? 'Analyse en cours…' : 'Analyser l’offre'}
							</Button>
							<p aria-live="polite" className="text-sm text-stone-600">
								{pending ? 'Quelques secondes, Phoenix lit l’offre…' : ''}
							</p>
						</div>
					</Form>
				</Card>
				<aside aria-labelledby="new-application-tips" className="flex flex-col gap-6">
					<Card tone="tinted">
						<h2 id="new-application-tips" className="font-semibold text-stone-900">
							Quoi coller&nbsp;?
						</h2>
						<ul className="mt-3 flex list-disc flex-col gap-2 pl-5 text-sm leading-6 text-stone-800">
							<li>Sélectionnez tout le texte de l’annonce (missions, profil recherché, conditions) puis copiez-le ici.</li>
							<li>Pas besoin que ce soit propre&nbsp;: les puces, les émojis et les retours à la ligne ne gênent pas.</li>
							<li>Une offre qui ne vous correspond pas à 100&nbsp;%&nbsp;? C’est normal en reconversion. L’analyse vous dira ce qui compte vraiment.</li>
						</ul>
					</Card>
					<Card tone="flat">
						<div className="flex gap-3">
							<ShieldIcon className="mt-0.5 size-5 shrink-0 text-emerald-700" />
							<div>
								<h2 className="text-sm font-semibold text-stone-900">Vos données restent chez vous</h2>
								<p className="mt-1 text-sm leading-6 text-stone-700">
									L’offre est enregistrée uniquement dans votre compte et n’est jamais partagée. Son analyse est faite par
									Phoenix lui-même, sans service d’intelligence artificielle extérieur.
								</p>
							</div>
						</div>
					</Card>
				</aside>
			</div>
		</div>
	)
}
