import { getFormProps, getInputProps, useForm } from '@conform-to/react'
import { getZodConstraint, parseWithZod } from '@conform-to/zod/v4'
import { data, Form, Link, redirect, useNavigation } from 'react-router'
import { z } from 'zod'
import { Button } from '#app/components/ui/button.tsx'
import { Field } from '#app/components/ui/field.tsx'
import { StatusMessage } from '#app/components/ui/status-message.tsx'
import { auth, safeNext } from '#app/server/auth/auth.server.ts'
import { clearCookie, readCookies } from '#app/server/auth/cookies.server.ts'
import { publicEnv } from '#app/server/env.server.ts'
import { clientAddressContext } from '#app/server/request-context.server.ts'
import type { Route } from './+types/verify-code'
import { signInFailureMessages } from './messages.ts'
import { allowCodeAttempt, PENDING_EMAIL_COOKIE } from './sign-in.server.ts'

export const verifyCodeSchema = z.object({
	email: z
		.string({ error: 'Indiquez votre adresse e-mail.' })
		.trim()
		.pipe(z.email({ error: 'Cette adresse e-mail ne semble pas valide.' })),
	code: z
		.string({ error: 'Saisissez le code à 6\u00a0chiffres reçu par e-mail.' })
		.transform((value) => value.replace(/\s/g, ''))
		.pipe(z.string().regex(/^\d{6}$/, 'Le code contient exactement 6\u00a0chiffres.')),
	next: z.string().optional(),
})

export const meta: Route.MetaFunction = () => [{ title: 'Saisir mon code — Phoenix' }]

export async function loader({ request }: Route.LoaderArgs) {
	const url = new URL(request.url)
	return {
		email: readCookies(request)[PENDING_EMAIL_COOKIE] ?? '',
		next: safeNext(url.searchParams.get('next')),
		mailboxUrl: publicEnv().MAILBOX_URL ?? null,
	}
}

export async function action({ request, context }: Route.ActionArgs) {
	const formData = await request.formData()
	const submission = parseWithZod(formData, { schema: verifyCodeSchema })
	if (submission.status !== 'success') {
		return data({ result: submission.reply() }, { status: 400 })
	}
	if (!(await allowCodeAttempt(context.get(clientAddressContext)))) {
		return data(
			{ result: submission.reply({ formErrors: ['Trop de tentatives. Patientez quelques minutes puis réessayez.'] }) },
			{ status: 429 },
		)
	}
	const outcome = await auth().verifyCode(request, submission.value)
	if (!outcome.ok) {
		return data(
			{ result: submission.reply({ fieldErrors: { code: [signInFailureMessages[outcome.reason]] } }) },
			{ status: 400 },
		)
	}
	clearCookie(outcome.headers, PENDING_EMAIL_COOKIE)
	throw redirect(safeNext(submission.value.next), { headers: outcome.headers })
}

export default function VerifyCode({ loaderData, actionData }: Route.ComponentProps) {
	const navigation = useNavigation()
	const pending = navigation.state === 'submitting'
	const [form, fields] = useForm({
		lastResult: actionData?.result,
		constraint: getZodConstraint(verifyCodeSchema),
		defaultValue: { email: loaderData.email },
		shouldValidate: 'onBlur',
		shouldRevalidate: 'onInput',
		onValidate: ({ formData }) => parseWithZod(formData, { schema: verifyCodeSchema }),
	})

	return (
		<div className="mx-auto max-w-md px-4 py-12 sm:py-20">
			<h1 className="text-3xl font-bold tracking-tight">Vérifiez vos e-mails</h1>
			<StatusMessage tone="success" className="mt-4" title="Un e-mail est en route">
				<p>
					Si l’adresse est correcte, un e-mail vient de partir
					{loaderData.email ? (
						<>
							{' '}
							vers <strong className="break-all">{loaderData.email}</strong>
						</>
					) : null}
					. Ouvrez le lien qu’il contient, ou saisissez ci-dessous le code à 6&nbsp;chiffres. Ils sont
					valables 15&nbsp;minutes.
				</p>
			</StatusMessage>
			{loaderData.mailboxUrl ? (
				<p className="mt-4 text-sm text-stone-700">
					Environnement local&nbsp;: les e-mails arrivent dans la{' '}
					<a href={loaderData.mailboxUrl} target="_blank" rel="noreferrer" className="font-semibold text-ember-700 underline underline-offset-4">
						boîte de réception locale
					</a>
					.
				</p>
			) : null}
			<Form method="post" className="mt-8 space-y-5" {...getFormProps(form)}>
				<input type="hidden" name="next" value={loaderData.next} />
				<Field
					label="Adresse e-mail"
					errors={fields.email.errors}
					errorId={fields.email.errorId}
					inputProps={{ ...getInputProps(fields.email, { type: 'email' }), autoComplete: 'email' }}
				/>
				<Field
					label="Code à 6 chiffres"
					errors={fields.code.errors}
					errorId={fields.code.errorId}
					inputProps={{
						...getInputProps(fields.code, { type: 'text' }),
						inputMode: 'numeric',
						autoComplete: 'one-time-code',
						maxLength: 7,
						autoFocus: Boolean(loaderData.email),
						className: 'font-mono text-2xl tracking-[0.4em]',
					}}
				/>
				{form.errors ? (
					<StatusMessage tone="error" id={form.errorId}>
						{form.errors.join(' ')}
					</StatusMessage>
				) : null}
				<Button type="submit" size="lg" className="w-full" disabled={pending}>
					{pending ? 'Vérification…' : 'Me connecter'}
				</Button>
			</Form>
			<p className="mt-6 text-sm text-stone-600">
				Rien reçu après quelques minutes&nbsp;? Regardez dans les indésirables, puis{' '}
				<Link to={`/connexion?next=${encodeURIComponent(loaderData.next)}`} className="font-semibold text-ember-700 underline underline-offset-4">
					demandez un nouveau lien
				</Link>
				.
			</p>
		</div>
	)
}
