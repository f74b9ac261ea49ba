import { getFormProps, getInputProps, useForm } from '@conform-to/react'
import { getZodConstraint, parseWithZod } from '@conform-to/zod/v4'
import { data, Form, Link, redirect, useNavigation, useSearchParams } from 'react-router'
import { z } from 'zod'
import { HoneypotField, isHoneypotFilled } from '#app/components/honeypot.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { Field } from '#app/components/ui/field.tsx'
import { StatusMessage } from '#app/components/ui/status-message.tsx'
import { getCurrentUser, safeNext } from '#app/server/auth/auth.server.ts'
import { cookieOptions, setCookie } from '#app/server/auth/cookies.server.ts'
import { clientAddressContext } from '#app/server/request-context.server.ts'
import type { Route } from './+types/sign-in'
import { PENDING_EMAIL_COOKIE, requestSignIn } from './sign-in.server.ts'

export const signInSchema = z.object({
	email: z
		.string({ error: 'Indiquez votre adresse e-mail.' })
		.trim()
		.max(254, 'Cette adresse est trop longue.')
		.pipe(z.email({ error: "Cette adresse e-mail ne semble pas valide (exemple\u00a0: prenom.nom@exemple.fr)." })),
	next: z.string().optional(),
})

export const meta: Route.MetaFunction = () => [
	{ title: 'Connexion — Phoenix' },
	{ name: 'description', content: 'Connectez-vous à Phoenix avec un lien envoyé par e-mail, sans mot de passe.' },
]

export async function loader({ request }: Route.LoaderArgs) {
	const next = safeNext(new URL(request.url).searchParams.get('next'))
	if (await getCurrentUser(request)) throw redirect(next)
	return null
}

export async function action({ request, context }: Route.ActionArgs) {
	const formData = await request.formData()
	const submission = parseWithZod(formData, { schema: signInSchema })
	if (isHoneypotFilled(formData)) {
		// Answer a bot exactly as a person, and send nothing.
		throw redirect('/connexion/code')
	}
	if (submission.status !== 'success') {
		return data({ result: submission.reply() }, { status: 400 })
	}
	const next = safeNext(submission.value.next)
	const outcome = await requestSignIn({
		email: submission.value.email,
		next,
		clientAddress: context.get(clientAddressContext),
	})
	if (!outcome.ok) {
		return data(
			{
				result: submission.reply({
					formErrors: [
						'Trop de demandes de connexion en peu de temps. Patientez quelques minutes puis réessayez.',
					],
				}),
			},
			{ status: 429 },
		)
	}
	const headers = new Headers()
	setCookie(headers, PENDING_EMAIL_COOKIE, submission.value.email, cookieOptions(15 * 60))
	throw redirect(`/connexion/code?next=${encodeURIComponent(next)}`, { headers })
}

export default function SignIn({ actionData }: Route.ComponentProps) {
	const [searchParams] = useSearchParams()
	const navigation = useNavigation()
	const pending = navigation.state === 'submitting' && navigation.formAction === '/connexion'
	const [form, fields] = useForm({
		lastResult: actionData?.result,
		constraint: getZodConstraint(signInSchema),
		shouldValidate: 'onBlur',
		shouldRevalidate: 'onInput',
		onValidate: ({ formData }) => parseWithZod(formData, { schema: signInSchema }),
	})
	const next = searchParams.get('next') ?? ''

	return (
		<div className="mx-auto max-w-md px-4 py-12 sm:py-20">
			<h1 className="text-3xl font-bold tracking-tight">Connexion</h1>
			<p className="mt-3 text-stone-700">
				Pas de mot de passe à retenir&nbsp;: indiquez votre adresse e-mail, nous vous envoyons un lien de
				connexion et un code à 6&nbsp;chiffres. Pas encore de compte&nbsp;? Il sera créé à votre première
				connexion.
			</p>
			<Form method="post" action="/connexion" className="relative mt-8 space-y-5" {...getFormProps(form)}>
				<HoneypotField />
				<input type="hidden" name="next" value={next} />
				<Field
					label="Adresse e-mail"
					errors={fields.email.errors}
					errorId={fields.email.errorId}
					inputProps={{
						...getInputProps(fields.email, { type: 'email' }),
						autoComplete: 'email',
						autoFocus: true,
						placeholder: 'prenom.nom@exemple.fr',
					}}
				/>
				{form.errors ? (
					<StatusMessage tone="error" id={form.errorId}>
						{form.errors.join(' ')}
					</StatusMessage>
				) : null}
				<Button type="submit" size="lg" className="w-full" disabled={pending}>
					{pending ? 'Envoi en cours…' : 'Recevoir mon lien de connexion'}
				</Button>
			</Form>
			<p className="mt-6 text-sm text-stone-600">
				Vous avez déjà reçu un code&nbsp;?{' '}
				<Link to={`/connexion/code${next ? `?next=${encodeURIComponent(next)}` : ''}`} className="font-semibold text-ember-700 underline underline-offset-4">
					Saisir mon code
				</Link>
			</p>
		</div>
	)
}
