import { sql } from '#app/server/db.server.ts'

export async function loader() {
	try {
		await sql()`select 1`
		return Response.json({ status: 'ok' })
	} catch {
		return Response.json({ status: 'database unavailable' }, { status: 503 })
	}
}
