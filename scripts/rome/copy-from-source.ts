/**
 * Recreates data/rome/<version>/ from a France Travail `RefRomeCsv` export
 * folder. Run by hand when a new ROME release comes out (see data/rome/README.md):
 *
 *   node --import tsx scripts/rome/copy-from-source.ts /path/to/RefRomeCsv
 *
 * The app and the loader never read the source folder; they read the gzip
 * copies this script writes into the repository.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

/** The tables the product uses now (loader) and soon (domains). */
export const romeTables = [
	'unix_referentiel_code_rome',
	'unix_referentiel_appellation',
	'unix_rubrique_mobilite',
	'unix_referentiel_competence',
	'unix_referentiel_savoir',
	'unix_liens_rome_referentiels',
	// The only file that says which skills are « cœur de métier » (coeur_metier).
	'unix_coherence_item',
	'unix_texte',
	'unix_grand_domaine',
	'unix_domaine_professionnel',
] as const

const projectRoot = path.resolve(import.meta.dirname, '../..')

async function copyFromSource(sourceDir: string) {
	const names = await fs.readdir(sourceDir)
	const version = detectVersion(names)
	const targetDir = path.join(projectRoot, 'data', 'rome', version)
	const publishedSums = await readPublishedSums(sourceDir)

	await fs.rm(targetDir, { recursive: true, force: true })
	await fs.mkdir(targetDir, { recursive: true })

	const sums: string[] = []
	for (const table of romeTables) {
		const fileName = `${table}_${version}_utf8.csv`
		if (!names.includes(fileName)) throw new Error(`${fileName} is missing from ${sourceDir}`)
		const content = await fs.readFile(path.join(sourceDir, fileName))
		const sha256 = createHash('sha256').update(content).digest('hex')
		const published = publishedSums.get(fileName)
		if (published && published !== sha256) {
			throw new Error(`${fileName}: checksum ${sha256} differs from the source's SHA256SUMS (${published})`)
		}
		// Level 9 and no name/mtime in the header: the same CSV always gives the same bytes.
		await fs.writeFile(path.join(targetDir, `${fileName}.gz`), gzipSync(content, { level: 9 }))
		sums.push(`${sha256}  ${fileName}`)
		console.log(`${fileName}.gz  (${content.length} bytes, sha256 ${sha256.slice(0, 12)}…)`)
	}
	await fs.writeFile(path.join(targetDir, 'SHA256SUMS'), `${sums.join('\n')}\n`)
	console.log(`data/rome/${version}/ written (${romeTables.length} files)`)
}

function detectVersion(names: string[]) {
	const versions = new Set(
		names.map((name) => /^unix_referentiel_code_rome_(v\d+)_utf8\.csv$/.exec(name)?.[1]).filter((v) => v !== undefined),
	)
	if (versions.size !== 1) {
		throw new Error(`expected exactly one unix_referentiel_code_rome_vNNN_utf8.csv, found ${versions.size}`)
	}
	return [...versions][0]!
}

async function readPublishedSums(sourceDir: string) {
	const sums = new Map<string, string>()
	const text = await fs.readFile(path.join(sourceDir, 'SHA256SUMS'), 'utf8').catch(() => '')
	for (const line of text.split('\n')) {
		const match = /^([0-9a-f]{64})\s+\*?(.+)$/.exec(line.trim())
		if (match) sums.set(match[2]!, match[1]!)
	}
	return sums
}

const sourceDir = process.argv[2]
if (!sourceDir) {
	console.error('Usage: node --import tsx scripts/rome/copy-from-source.ts <RefRomeCsv folder>')
	process.exit(1)
}
await copyFromSource(path.resolve(sourceDir))
