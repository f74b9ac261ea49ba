import {
	isRouteErrorResponse,
	Link,
	Links,
	Meta,
	Outlet,
	Scripts,
	ScrollRestoration,
	useRouteLoaderData,
} from 'react-router'
import type { Route } from './+types/root'
import stylesheet from './app.css?url'
import { IrisPanel } from './components/iris/index.ts'
import { SiteFooter } from './components/layout/site-footer.tsx'
import { SiteHeader } from './components/layout/site-header.tsx'
import { useNonce } from './components/nonce.tsx'
import { getCurrentUser, sessionCookiesMiddleware } from './server/auth/auth.server.ts'
import { publicEnv } from './server/env.server.ts'
import { securityMiddleware } from './server/security.server.ts'

export const middleware: Route.MiddlewareFunction[] = [securityMiddleware, sessionCookiesMiddleware]

export async function loader({ request }: Route.LoaderArgs) {
	const user = await getCurrentUser(request)
	return {
		user: user ? { email: user.email, displayName: user.displayName } : null,
		env: publicEnv(),
	}
}

export function Layout({ children }: { children: React.ReactNode }) {
	const nonce = useNonce()
	const data = useRouteLoaderData<typeof loader>('root')
	return (
		<html lang="fr" className="h-full">
			<head>
				<meta charSet="utf-8" />
				<meta name="viewport" content="width=device-width, initial-scale=1" />
				<Meta />
				{/* Written here rather than through `links`: <Links> stamps the CSP nonce on each
				    <link>, which browsers keep visible there but React cannot know on hydration. */}
				<link rel="stylesheet" href={stylesheet} />
				<link rel="icon" href="/favicon.svg" type="image/svg+xml" />
				<Links />
			</head>
			<body className="flex min-h-full flex-col bg-stone-50 font-sans text-stone-900 antialiased">
				<a
					href="#contenu"
					className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded-md focus:bg-white focus:px-4 focus:py-2 focus:shadow"
				>
					Aller au contenu
				</a>
				<SiteHeader user={data?.user ?? null} />
				<main id="contenu" className="flex-1" tabIndex={-1}>
					{children}
				</main>
				<SiteFooter />
				<IrisPanel signedIn={Boolean(data?.user)} />
				<ScrollRestoration nonce={nonce} />
				<Scripts nonce={nonce} />
			</body>
		</html>
	)
}

export default function App() {
	return <Outlet />
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
	let title = 'Une erreur inattendue est survenue'
	let message = 'Nous en sommes désolés. Réessayez dans un instant\u00a0; si le problème persiste, écrivez-nous.'
	let stack: string | undefined

	if (isRouteErrorResponse(error)) {
		if (error.status === 404) {
			title = 'Page introuvable'
			message = 'Cette adresse ne correspond à aucune page de Phoenix. Vérifiez l’adresse ou repartez de l’accueil.'
		} else if (error.status === 403) {
			title = 'Action refusée'
			message =
				typeof error.data === 'object' && error.data && 'message' in error.data
					? String(error.data.message)
					: 'Vous n’avez pas accès à cette action.'
		}
	} else if (import.meta.env.DEV && error instanceof Error) {
		stack = error.stack
	}

	return (
		<section className="mx-auto max-w-2xl px-4 py-16 text-center sm:px-6">
			<h1 className="text-3xl font-bold tracking-tight text-stone-900">{title}</h1>
			<p className="mt-4 text-lg text-stone-700">{message}</p>
			<p className="mt-8">
				<Link to="/" className="font-semibold text-ember-700 underline underline-offset-4 hover:text-ember-800">
					Revenir à l’accueil
				</Link>
			</p>
			{stack ? (
				<pre className="mt-8 overflow-x-auto rounded-lg bg-stone-900 p-4 text-left text-xs text-stone-100">{stack}</pre>
			) : null}
		</section>
	)
}
