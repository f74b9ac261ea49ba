import { describe, expect, test } from 'vitest'
import { parseContract } from './contract.ts'
import { readSections } from './sections.ts'

const contractOf = (text: string) => parseContract(readSections(text).map((line) => ({ folded: line.folded, kind: line.kind })))

describe('parseContract', () => {
	test.each([
		['Développeur web (H/F) — CDI — Lyon\n\nVos missions\n- coder', ['CDI']],
		['Auxiliaire de vie – CDD 6 mois – Toulouse\n', ['CDD']],
		['Stage – Data Analyst (H/F) – 6 mois – Bordeaux\n', ['stage']],
		['Assistant(e) administratif(ve) en alternance – Paris 15e\n', ['alternance']],
		['Commis de cuisine\n\nContrat d’apprentissage de 2 ans.', ['alternance']],
		['Électricien H/F – Mission intérim longue durée – Grenoble\n', ['intérim']],
		['Formateur bureautique – Missions freelance – Rennes\n', ['freelance']],
		['Backend Developer\n\nWhat we offer\nPermanent contract (CDI), fully remote.', ['CDI']],
		['Serveur\n\nNous recherchons un serveur pour la saison (CDD saisonnier).', ['CDD']],
		['Consultant SAP\n\nProfil\nStatut d’indépendant ou portage salarial obligatoire.', ['freelance']],
	] as const)('%s', (text, expected) => {
		expect(contractOf(text)).toEqual(expected)
	})

	test('experience of internships or apprenticeships asked in the profile is not the contract', () => {
		const text =
			'Développeur·se React (H/F) — CDI — Lyon\n\nProfil recherché\n- Première expérience (stage, alternance ou projets personnels)'
		expect(contractOf(text)).toEqual(['CDI'])
	})

	test('a temping agency is not a temping contract, a prospect of CDI is not a CDI', () => {
		expect(contractOf('Chargé·e de recrutement – Agence intérim BTP – CDD 8 mois – Toulouse\n')).toEqual(['CDD'])
		expect(contractOf('Cariste H/F – Lyon\n\nMission d’intérim de 3 mois, possibilité d’embauche en CDI.')).toEqual(['intérim'])
	})

	test('apprenticeships the recruiter deals with are not the contract', () => {
		const text = 'Chargé RH — CDI — Nantes\n\nMissions :\n• Relations avec les écoles pour l’alternance et les stages'
		expect(contractOf(text)).toEqual(['CDI'])
	})

	test('nothing stated, nothing found', () => {
		expect(contractOf('Boulanger\n\nVos missions : pétrissage.')).toEqual([])
	})
})
