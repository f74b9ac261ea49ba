import { Outlet } from 'react-router'
import { requireUser } from '#app/server/auth/auth.server.ts'
import type { Route } from './+types/layout'

export async function loader({ request }: Route.LoaderArgs) {
	const user = await requireUser(request)
	return { user: { email: user.email, displayName: user.displayName } }
}

export default function ProductsLayout() {
	return <Outlet />
}
