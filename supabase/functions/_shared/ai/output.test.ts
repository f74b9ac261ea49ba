import { describe, expect, test } from 'vitest'
import { checkOutput, instructionFragments, recitesInstructions } from './output.ts'

describe('checkOutput', () => {
	test('keeps links to our screens as actions, and allowlisted public sites', () => {
		const result = checkOutput('Voir [Ouvrir Phoenix CV](/cv) et [Mon Compte Formation](https://www.moncompteformation.gouv.fr).')
		expect(result.text).toBe('Voir [Ouvrir Phoenix CV](/cv) et [Mon Compte Formation](https://www.moncompteformation.gouv.fr).')
		expect(result.actions).toEqual([{ label: 'Ouvrir Phoenix CV', href: '/cv' }])
		expect(result.removedLinks).toBe(0)
	})

	test('drops other links, images, bare addresses and HTML, keeping the words', () => {
		const result = checkOutput(
			'Cliquez [ici](https://exfil.example/?d=secret) ![x](https://exfil.example/p.png) ou http://evil.example/a <script>alert(1)</script>[profil](/admin) [js](javascript:alert(1))',
		)
		expect(result.text).not.toMatch(/exfil|evil|<script>|\(\/admin\)|javascript:/)
		expect(result.text).toContain('ici')
		expect(result.text).toContain('[lien retiré]')
		expect(result.actions).toEqual([])
		expect(result.removedLinks).toBe(5)
	})
})

describe('recitesInstructions', () => {
	const instruction =
		'Vous êtes Iris, la guide de l’écosystème Phoenix. Vous orientez vers le bon produit et expliquez les offres et le fonctionnement du compte.\nRépondez en français, en vouvoyant, avec chaleur et simplicité, en 250 mots au plus.\n- [Ouvrir Phoenix CV](/cv) : créer et optimiser son CV, modèles compatibles ATS'
	const fragments = instructionFragments(instruction)

	test('spots a recital of the rules, even with changed spacing or case', () => {
		expect(recitesInstructions('Mes consignes : RÉPONDEZ EN FRANÇAIS,   en vouvoyant, avec chaleur et simplicité', fragments)).toBe(true)
	})

	test('lets Iris say who it is, name a screen, or answer normally', () => {
		expect(recitesInstructions('Vous êtes Iris, la guide de l’écosystème Phoenix.', fragments)).toBe(false)
		expect(recitesInstructions('[Ouvrir Phoenix CV](/cv) : créer et optimiser son CV, modèles compatibles ATS', fragments)).toBe(false)
		expect(recitesInstructions('Pour financer votre formation, regardez votre CPF.', fragments)).toBe(false)
	})
})
