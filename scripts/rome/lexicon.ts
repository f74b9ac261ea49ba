// The ROME lexicon straight from data/rome/ (no database): for the command
// line, the unit tests and the benchmarks. The server reads the same shape
// from Postgres (app/server/rome-lexicon.server.ts).
import path from 'node:path'
import type { RomeLexicon } from '#app/domain/rome/lexicon.ts'
import { defaultDataDir, newestVersion, readRelease } from './load.ts'

const cache = new Map<string, Promise<RomeLexicon>>()

/** The newest release in dataDir as a RomeLexicon; read once per process. */
export function loadRomeLexiconFromFiles(dataDir = defaultDataDir): Promise<RomeLexicon> {
	const key = path.resolve(dataDir)
	let lexicon = cache.get(key)
	if (!lexicon) cache.set(key, (lexicon = readLexicon(key)))
	return lexicon
}

async function readLexicon(dataDir: string): Promise<RomeLexicon> {
	const version = await newestVersion(dataDir)
	const release = await readRelease(path.join(dataDir, version), version)
	const texts = new Map(
		release.texts.occupationCode.map((code, index) => [
			code,
			{ definition: release.texts.definition[index] ?? undefined, access: release.texts.access[index] ?? undefined },
		]),
	)
	return {
		version,
		occupations: release.occupations.code.map((code, index) => ({
			code,
			label: release.occupations.label[index] ?? code,
			...texts.get(code),
		})),
		jobTitles: release.jobTitles.code.map((code, index) => ({
			code,
			label: release.jobTitles.label[index] ?? '',
			occupationCode: release.jobTitles.occupationCode[index] ?? '',
		})),
		skills: release.skills.code.map((code, index) => ({
			code,
			label: release.skills.label[index] ?? '',
			kind: release.skills.kind[index] ?? 'savoir',
			category: release.skills.category[index] ?? '',
		})),
		occupationSkills: release.occupationSkills.occupationCode.map((occupationCode, index) => ({
			occupationCode,
			skillCode: release.occupationSkills.skillCode[index] ?? '',
			isCore: release.occupationSkills.isCore[index] === 'true',
		})),
		mobilities: release.mobilities.fromCode.map((fromCode, index) => ({
			fromCode,
			toCode: release.mobilities.toCode[index] ?? '',
			rank: release.mobilities.rank[index] ?? 0,
		})),
	}
}
