import { readFile } from 'node:fs/promises'
import { expect, inject, test } from 'vitest'
import { generateTypes } from '#scripts/platform/migrate.ts'

test('app/server/database.types.ts matches the schema the migrations build (run `npm run db:types` after a migration)', async () => {
	const committed = await readFile(new URL('../../app/server/database.types.ts', import.meta.url), 'utf8')
	const generated = await generateTypes(inject('databaseUrl'))
	expect(committed).toBe(generated)
})
