import fs from 'node:fs/promises'
import path from 'node:path'
import { beforeAll, describe, expect, test } from 'vitest'
import type { RomeLexicon } from '#app/domain/rome/lexicon.ts'
import { loadRomeLexiconFromFiles } from '#scripts/rome/lexicon.ts'
import { resolveOccupation } from './resolve.ts'

const samples = path.join(import.meta.dirname, '../../../samples')

let lexicon: RomeLexicon

beforeAll(async () => {
	lexicon = await loadRomeLexiconFromFiles()
})

/** The occupation that owns a job title, straight from the data. */
function ownerOf(title: string): string | undefined {
	return lexicon.jobTitles.find((jobTitle) => jobTitle.label === title)?.occupationCode
}

describe('resolveOccupation', () => {
	test('takes a ROME code in any case and refuses one that does not exist', () => {
		const web = resolveOccupation(lexicon, 'm1855')
		expect(web?.code).toBe('M1855')
		expect(web?.label).toBe(lexicon.occupations.find((occupation) => occupation.code === 'M1855')?.label)
		expect(resolveOccupation(lexicon, 'Z9999')).toBeNull()
	})

	test('finds the occupations of the samples from the words a person types', () => {
		expect(resolveOccupation(lexicon, 'infirmière')?.code).toBe('J1506')
		expect(resolveOccupation(lexicon, 'Infirmier')?.code).toBe('J1506')
		expect(resolveOccupation(lexicon, 'développeur web')?.code).toBe('M1855')
		expect(resolveOccupation(lexicon, 'boulanger')?.code).toBe('D1102')
		expect(resolveOccupation(lexicon, 'conseillère bancaire')?.code).toBe('C1206')
		expect(resolveOccupation(lexicon, 'Chargée de recrutement')?.code).toBe(ownerOf('Chargé / Chargée de recrutement'))
	})

	test('reads offer-style titles: « H/F », inclusive writing, typographic elisions, plurals', () => {
		expect(resolveOccupation(lexicon, 'Développeur·se web H/F')?.code).toBe('M1855')
		expect(resolveOccupation(lexicon, 'Conseiller(ère) de clientèle bancaire (F/H)')?.code).toBe('C1206')
		expect(resolveOccupation(lexicon, 'chargé d’accueil en banque')?.code).toBe(ownerOf("Chargé / Chargée d'accueil en banque"))
		expect(resolveOccupation(lexicon, 'infirmières')?.code).toBe('J1506')
	})

	test('prefers the title that adds the fewest words to the query, and says which title matched', () => {
		const web = resolveOccupation(lexicon, 'développeuse web')
		expect(web?.title).toBe('Développeur / Développeuse web')
		// An acronym in parentheses is a name too.
		expect(resolveOccupation(lexicon, 'IDE')?.code).toBe('J1506')
	})

	test('resolves the current job of each sample CV', async () => {
		const karim = JSON.parse(await fs.readFile(path.join(samples, 'cvs/karim-manager-vers-rh.json'), 'utf8')) as {
			work: { position: string }[]
		}
		const position = karim.work[0]?.position ?? ''
		const resolved = resolveOccupation(lexicon, position)
		expect(resolved).not.toBeNull()
		// A store department manager: the ROME fiche of department heads in food retail.
		expect(lexicon.jobTitles.some((title) => title.occupationCode === resolved?.code && /rayon/i.test(title.label))).toBe(true)
	})

	test('gives up on words no job title holds', () => {
		expect(resolveOccupation(lexicon, 'xyzzy plugh')).toBeNull()
		expect(resolveOccupation(lexicon, '   ')).toBeNull()
	})
})
