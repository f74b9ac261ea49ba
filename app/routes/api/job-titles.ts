import { z } from 'zod'
import { searchJobTitles } from '#app/server/rome.server.ts'
import type { Route } from './+types/job-titles.ts'

const searchSchema = z.object({
	q: z
		.string({ error: 'Saisissez au moins 2 caractères pour chercher un métier.' })
		.trim()
		.min(2, 'Saisissez au moins 2 caractères pour chercher un métier.')
		.max(80, 'Votre recherche est trop longue : 80 caractères au plus.'),
})

/**
 * GET /api/metiers?q=… — job title autocomplete (ROME 4.0) for the
 * occupation fields. Public reference data, so responses may be cached.
 */
export async function loader({ request }: Route.LoaderArgs) {
	const url = new URL(request.url)
	const parsed = searchSchema.safeParse({ q: url.searchParams.get('q') ?? undefined })
	if (!parsed.success) {
		const message = parsed.error.issues[0]?.message ?? 'Recherche invalide.'
		return Response.json({ error: message }, { status: 400, headers: { 'Cache-Control': 'no-store' } })
	}
	const jobTitles = await searchJobTitles(parsed.data.q, 10)
	return Response.json(
		{ results: jobTitles },
		{ headers: { 'Cache-Control': 'public, max-age=3600' } },
	)
}
