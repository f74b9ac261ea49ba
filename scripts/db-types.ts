// `npm run db:types`: regenerates app/server/database.types.ts from the
// migrations, with the Supabase CLI's own generator, on a throw-away database.
import { writeFile } from 'node:fs/promises'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { startPreparedDatabase } from './platform/database.ts'
import { freePort } from './platform/free-port.ts'
import { projectRoot } from './platform/index.ts'
import { generateTypes } from './platform/migrate.ts'

export const databaseTypesFile = path.join(projectRoot, 'app/server/database.types.ts')

const stateDir = await fs.mkdtemp(path.join(os.tmpdir(), 'phoenix-types-'))
await fs.chmod(stateDir, 0o755)
const database = await startPreparedDatabase({ dataDir: path.join(stateDir, 'pg'), port: await freePort(), seed: false })
try {
	await writeFile(databaseTypesFile, await generateTypes(database.url))
	console.log(`wrote ${path.relative(projectRoot, databaseTypesFile)}`)
} finally {
	await database.stop()
	await fs.rm(stateDir, { recursive: true, force: true })
}
