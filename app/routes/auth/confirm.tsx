import { data, Form, Link, redirect, useNavigation } from 'react-router'
import { z } from 'zod'
import { Button } from '#app/components/ui/button.tsx'
import { StatusMessage } from '#app/components/ui/status-message.tsx'
import { auth, safeNext } from '#app/server/auth/auth.server.ts'
import { clearCookie } from '#app/server/auth/cookies.server.ts'
import type { Route } from './+types/confirm'
import { signInFailureMessages } from './messages.ts'
import { PENDING_EMAIL_COOKIE } from './sign-in.server.ts'

const confirmSchema = z.object({
	token_hash: z.string().min(10).max(200),
	type: z.enum(['email', 'magiclink']).default('email'),
	next: z.string().optional(),
})

export const meta: Route.MetaFunction = () => [{ title: 'Confirmer la connexion — Phoenix' }]

/**
 * The link only shows a button: mail scanners that open every link must not
 * spend the single-use token before the person does.
 */
export async function loader({ request }: Route.LoaderArgs) {
	const params = Object.fromEntries(new URL(request.url).searchParams)
	const parsed = confirmSchema.safeParse(params)
	return { link: parsed.success ? { ...parsed.data, next: safeNext(parsed.data.next) } : null }
}

export async function action({ request }: Route.ActionArgs) {
	const parsed = confirmSchema.safeParse(Object.fromEntries(await request.formData()))
	if (!parsed.success) return data({ error: signInFailureMessages.invalid }, { status: 400 })
	const outcome = await auth().confirmLink(request, { tokenHash: parsed.data.token_hash, type: parsed.data.type })
	if (!outcome.ok) return data({ error: signInFailureMessages[outcome.reason] }, { status: 400 })
	clearCookie(outcome.headers, PENDING_EMAIL_COOKIE)
	throw redirect(safeNext(parsed.data.next), { headers: outcome.headers })
}

export default function Confirm({ loaderData, actionData }: Route.ComponentProps) {
	const navigation = useNavigation()
	const error = actionData?.error ?? (loaderData.link ? null : signInFailureMessages.invalid)
	return (
		<div className="mx-auto max-w-md px-4 py-12 text-center sm:py-20">
			<h1 className="text-3xl font-bold tracking-tight">Connexion à Phoenix</h1>
			{error ? (
				<>
					<StatusMessage tone="error" className="mt-6 text-left">
						{error}
					</StatusMessage>
					<p className="mt-6">
						<Link to="/connexion" className="font-semibold text-ember-700 underline underline-offset-4">
							Recevoir un nouveau lien
						</Link>
					</p>
				</>
			) : loaderData.link ? (
				<Form method="post" className="mt-8">
					<input type="hidden" name="token_hash" value={loaderData.link.token_hash} />
					<input type="hidden" name="type" value={loaderData.link.type} />
					<input type="hidden" name="next" value={loaderData.link.next} />
					<p className="text-stone-700">Un dernier clic pour ouvrir votre session sur cet appareil.</p>
					<Button type="submit" size="lg" autoFocus className="mt-6 w-full" disabled={navigation.state === 'submitting'}>
						{navigation.state === 'submitting' ? 'Connexion…' : 'Me connecter'}
					</Button>
				</Form>
			) : null}
		</div>
	)
}
