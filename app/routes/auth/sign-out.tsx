import { redirect } from 'react-router'
import { auth } from '#app/server/auth/auth.server.ts'
import type { Route } from './+types/sign-out'

export async function loader() {
	throw redirect('/')
}

export async function action({ request }: Route.ActionArgs) {
	const formData = await request.formData()
	const scope = formData.get('scope') === 'global' ? 'global' : 'local'
	const headers = await auth().signOut(request, scope)
	throw redirect('/?deconnecte=1', { headers })
}
