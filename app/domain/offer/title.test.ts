import { describe, expect, test } from 'vitest'
import { cleanJobTitle, extractTitle, isFeminineOf } from './title.ts'

describe('cleanJobTitle', () => {
	test.each([
		['Développeur·se Front-End React Junior (H/F)', 'Développeur Front-End React Junior'],
		['Développeur.euse back-end Java', 'Développeur back-end Java'],
		['Chargé(e) de recrutement H/F', 'Chargé de recrutement'],
		['Chargé·e de recrutement F/H', 'Chargé de recrutement'],
		['Aide-soignant(e) de nuit (F/H)', 'Aide-soignant de nuit'],
		['Assistant(e) administratif(ve) en alternance', 'Assistant administratif'],
		['Pâtissier(ère) confirmé(e)', 'Pâtissier confirmé'],
		['Gestionnaire de paie confirmé·e (F/H/X)', 'Gestionnaire de paie confirmé'],
		['Vendeur·se en boulangerie', 'Vendeur en boulangerie'],
		['Boulanger / Boulangère', 'Boulanger'],
		['Menuisier poseur / Menuisière poseuse', 'Menuisier poseur'],
		['Formateur / Formatrice bureautique indépendant(e)', 'Formateur bureautique indépendant'],
		['Hôte / Hôtesse de caisse', 'Hôte de caisse'],
		['Apprenti boulanger / boulangère', 'Apprenti boulanger'],
		['Plombier chauffagiste (F/H) en CDI', 'Plombier chauffagiste'],
	])('%s → %s', (raw, cleaned) => {
		expect(cleanJobTitle(raw)).toBe(cleaned)
	})

	test('a slash between two different things is kept as written', () => {
		expect(cleanJobTitle('Conducteur PL / SPL (H/F)')).toBe('Conducteur PL / SPL')
		expect(cleanJobTitle('Technicien support N1/N2 (H/F)')).toBe('Technicien support N1/N2')
		expect(cleanJobTitle('UX/UI Designer (H/F)')).toBe('UX/UI Designer')
	})

	test('a heading in capitals reads in sentence case, acronyms kept', () => {
		expect(cleanJobTitle('INFIRMIER / INFIRMIÈRE DIPLÔMÉ(E) D’ÉTAT')).toBe('Infirmier diplômé d’État')
		expect(cleanJobTitle('LIVREUR / LIVREUSE VL H/F')).toBe('Livreur VL')
	})

	test('a dot in a name is not an inclusive ending', () => {
		expect(cleanJobTitle('Développeur Node.js (H/F)')).toBe('Développeur Node.js')
	})
})

describe('isFeminineOf', () => {
	test.each([
		['Formateur', 'Formatrice'],
		['Boulanger', 'Boulangère'],
		['Serveur', 'Serveuse'],
		['Chef', 'Cheffe'],
		['Hôte', 'Hôtesse'],
		['Technicien', 'Technicienne'],
		['Boulanger-pâtissier', 'Boulangère-pâtissière'],
	])('%s / %s', (masculine, feminine) => {
		expect(isFeminineOf(masculine, feminine, true)).toBe(true)
	})

	test('two different words are not a doublet', () => {
		expect(isFeminineOf('Conducteur', 'SPL', true)).toBe(false)
		expect(isFeminineOf('Java', 'Spring', true)).toBe(false)
	})
})

describe('extractTitle', () => {
	test('the first part of the heading, without contract and place', () => {
		expect(extractTitle('Chargé(e) de recrutement et ressources humaines — CDI — Nantes\n\nEnseigne…')).toBe(
			'Chargé de recrutement et ressources humaines',
		)
		expect(extractTitle('Boulanger / Boulangère — CAP accepté — CDI 35 h — Bordeaux Chartrons\n')).toBe('Boulanger')
	})

	test('a heading that opens with the contract gives the next part', () => {
		expect(extractTitle('Stage – Data Analyst (H/F) – 6 mois – Bordeaux\n')).toBe('Data Analyst')
		expect(extractTitle('CDI - Comptable unique H/F - Rouen\n')).toBe('Comptable unique')
	})

	test('« Intitulé du poste : » is read, blank lines before the heading are skipped', () => {
		expect(extractTitle('\n\nIntitulé du poste : Magasinier cariste (H/F)\nLieu : Rouen')).toBe('Magasinier cariste')
	})

	test('no title in an empty text', () => {
		expect(extractTitle('   \n ')).toBeNull()
	})
})
