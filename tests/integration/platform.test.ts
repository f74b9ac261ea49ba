import net from 'node:net'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { freePort } from '#scripts/platform/free-port.ts'
import { startFunctions } from '#scripts/platform/functions.ts'
import { assertPortFree } from '#scripts/platform/ports.ts'
import { startLocalDatabase } from '#scripts/platform/postgres.ts'


describe('Edge Functions on Deno under /functions/v1/<name>', () => {
	let functions: Awaited<ReturnType<typeof startFunctions>>
	beforeAll(async () => {
		functions = await startFunctions({ port: await freePort(), env: {}, log: () => {} })
	}, 90_000)
	afterAll(async () => functions?.stop())

	test('a function answers from Deno at the same URL shape as Supabase', async () => {
		const response = await fetch(`${functions.url}/functions/v1/health`)
		expect(response.status).toBe(200)
		expect(await response.json()).toMatchObject({ status: 'ok', runtime: 'deno' })
	})

	test('an unknown function is a 404 in Supabase’s shape', async () => {
		const response = await fetch(`${functions.url}/functions/v1/nope`)
		expect(response.status).toBe(404)
		expect(await response.json()).toMatchObject({ code: 'NOT_FOUND' })
	})
})

describe('local platform start-up', () => {
	test('a port already in use is reported with the variable that changes it', async () => {
		const blocker = net.createServer()
		await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve))
		const port = (blocker.address() as net.AddressInfo).port
		await expect(assertPortFree(port, 'Postgres', 'PHOENIX_DB_PORT')).rejects.toThrow(
			`Port ${port} (Postgres) is already in use. Stop whatever uses it or choose another port with PHOENIX_DB_PORT=<port>.`,
		)
		await new Promise((resolve) => blocker.close(resolve))
	})

	test('a second start reuses the data folder', async () => {
		const { mkdtemp, chmod, rm } = await import('node:fs/promises')
		const os = await import('node:os')
		const path = await import('node:path')
		const postgres = (await import('postgres')).default
		const dir = await mkdtemp(path.join(os.tmpdir(), 'phoenix-restart-'))
		await chmod(dir, 0o755)
		try {
			const first = await startLocalDatabase({ dataDir: path.join(dir, 'pg'), port: await freePort() })
			const sql = postgres(first.url, { max: 1, onnotice: () => {} })
			await sql`create table kept (note text)`
			await sql`insert into kept values ('toujours là')`
			await sql.end()
			await first.stop()

			const second = await startLocalDatabase({ dataDir: path.join(dir, 'pg'), port: await freePort() })
			const again = postgres(second.url, { max: 1, onnotice: () => {} })
			expect(await again`select note from kept`).toEqual([{ note: 'toujours là' }])
			await again.end()
			await second.stop()
		} finally {
			await rm(dir, { recursive: true, force: true })
		}
	}, 60_000)
})
