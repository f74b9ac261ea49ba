import { getFormProps, getInputProps, getTextareaProps, useForm } from '@conform-to/react'
import { getZodConstraint, parseWithZod } from '@conform-to/zod/v4'
import { data, Form, useNavigation } from 'react-router'
import { z } from 'zod'
import { HoneypotField, isHoneypotFilled } from '#app/components/honeypot.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { Field, TextareaField } from '#app/components/ui/field.tsx'
import { PageHeader } from '#app/components/ui/page-header.tsx'
import { StatusMessage } from '#app/components/ui/status-message.tsx'
import { clientAddressContext } from '#app/server/request-context.server.ts'
import type { Route } from './+types/enterprise-contact'
import { allowInquiry, submitInquiry } from './enterprise-contact.server.ts'

export const inquirySchema = z.object({
	organisation: z
		.string({ error: 'Indiquez le nom de votre structure.' })
		.trim()
		.min(2, 'Indiquez le nom de votre structure.')
		.max(160, 'Ce nom est trop long (160\u00a0caractères au plus).'),
	contactName: z
		.string({ error: 'Indiquez votre nom.' })
		.trim()
		.min(2, 'Indiquez votre nom.')
		.max(120, 'Ce nom est trop long.'),
	email: z
		.string({ error: 'Indiquez une adresse e-mail pour vous répondre.' })
		.trim()
		.pipe(z.email({ error: 'Cette adresse e-mail ne semble pas valide.' })),
	seats: z.coerce
		.number({ error: 'Indiquez un nombre.' })
		.int('Indiquez un nombre entier.')
		.min(1, 'Au moins une personne.')
		.max(100000, 'Au-delà de 100\u00a0000, écrivez-le dans votre message.')
		.optional(),
	message: z
		.string({ error: 'Dites-nous en quelques mots ce que vous cherchez.' })
		.trim()
		.min(10, 'Dites-nous en quelques mots ce que vous cherchez (10\u00a0caractères au moins).')
		.max(4000, 'Votre message est trop long (4\u00a0000\u00a0caractères au plus).'),
})

export const meta: Route.MetaFunction = () => [{ title: 'Offre Entreprise — Phoenix' }]

export async function action({ request, context }: Route.ActionArgs) {
	const formData = await request.formData()
	const submission = parseWithZod(formData, { schema: inquirySchema })
	if (isHoneypotFilled(formData)) return { result: submission.reply({ resetForm: true }), sent: true }
	if (submission.status !== 'success') return data({ result: submission.reply(), sent: false }, { status: 400 })
	if (!(await allowInquiry(context.get(clientAddressContext)))) {
		return data(
			{ result: submission.reply({ formErrors: ['Trop de demandes envoyées. Réessayez dans une heure.'] }), sent: false },
			{ status: 429 },
		)
	}
	await submitInquiry(submission.value)
	return { result: submission.reply({ resetForm: true }), sent: true }
}

export default function EnterpriseContact({ actionData }: Route.ComponentProps) {
	const navigation = useNavigation()
	const [form, fields] = useForm({
		lastResult: actionData?.result,
		constraint: getZodConstraint(inquirySchema),
		shouldValidate: 'onBlur',
		onValidate: ({ formData }) => parseWithZod(formData, { schema: inquirySchema }),
	})
	return (
		<div className="mx-auto max-w-2xl px-4 py-10 sm:px-6 sm:py-14">
			<PageHeader
				eyebrow="Offre Entreprise"
				title="Accompagner vos publics avec Phoenix"
				description="Structures d’accompagnement, organismes de formation, services RH en charge de mobilités internes\u00a0: dites-nous qui vous accompagnez, nous revenons vers vous sous deux jours ouvrés."
			/>
			{actionData?.sent ? (
				<StatusMessage tone="success" className="mt-8" title="Merci, votre demande est bien arrivée">
					Nous vous répondons par e-mail sous deux jours ouvrés.
				</StatusMessage>
			) : null}
			<Form method="post" className="relative mt-8 flex flex-col gap-5" {...getFormProps(form)}>
				<HoneypotField />
				<Field label="Structure" errors={fields.organisation.errors} errorId={fields.organisation.errorId} inputProps={{ ...getInputProps(fields.organisation, { type: 'text' }), autoComplete: 'organization' }} />
				<Field label="Votre nom" errors={fields.contactName.errors} errorId={fields.contactName.errorId} inputProps={{ ...getInputProps(fields.contactName, { type: 'text' }), autoComplete: 'name' }} />
				<Field label="Adresse e-mail professionnelle" errors={fields.email.errors} errorId={fields.email.errorId} inputProps={{ ...getInputProps(fields.email, { type: 'email' }), autoComplete: 'email' }} />
				<Field label="Nombre de personnes accompagnées par an (facultatif)" errors={fields.seats.errors} errorId={fields.seats.errorId} inputProps={{ ...getInputProps(fields.seats, { type: 'number' }), inputMode: 'numeric' }} />
				<TextareaField label="Votre besoin" errors={fields.message.errors} errorId={fields.message.errorId} textareaProps={{ ...getTextareaProps(fields.message), rows: 5 }} />
				{form.errors ? <StatusMessage tone="error">{form.errors.join(' ')}</StatusMessage> : null}
				<Button type="submit" size="lg" disabled={navigation.state === 'submitting'}>
					{navigation.state === 'submitting' ? 'Envoi…' : 'Envoyer ma demande'}
				</Button>
			</Form>
		</div>
	)
}
