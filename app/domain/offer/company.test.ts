import { describe, expect, test } from 'vitest'
import { parseCompany } from './company.ts'

describe('parseCompany', () => {
	test.each([
		['Santéo est une jeune entreprise lyonnaise de 45 personnes qui conçoit des outils numériques.', 'Santéo'],
		['Rejoignez Batijob, réseau d’agences d’emploi spécialisées dans le bâtiment !', 'Batijob'],
		['Fleetwise is a Paris-based SaaS startup helping logistics companies.', 'Fleetwise'],
		['Maison Arnal, pâtisserie de quartier reconnue, cherche un pâtissier.', 'Maison Arnal'],
		['ESN régionale de 150 collaborateurs, Centrinfo assure l’infogérance de PME.', 'Centrinfo'],
		['Entreprise familiale créée en 1987, Sanitherm intervient chez les particuliers.', 'Sanitherm'],
		['La boulangerie Au Pain d’Alsace (3 boutiques) recherche un·e vendeur·se.', 'Au Pain d’Alsace'],
		['L’EHPAD Les Tilleuls (82 résidents), établissement associatif, renforce son équipe.', 'EHPAD Les Tilleuls'],
		['Marque française de mode éthique, Linon & Lin compte 18 boutiques en France.', 'Linon & Lin'],
	])('%s', (line, company) => {
		expect(parseCompany([line], [])).toBe(company)
	})

	test('no name when the offer describes the employer without naming it', () => {
		expect(
			parseCompany(['Groupe de distribution de matériel agricole (4 sociétés, 120 salariés), nous renforçons notre service.'], []),
		).toBeNull()
		expect(parseCompany(['Nous sommes une enseigne régionale de grande distribution.'], [])).toBeNull()
		expect(parseCompany(['Pour notre client, leader de la livraison de colis, nous recherchons des livreurs.'], [])).toBeNull()
	})

	test('an employer named in the heading', () => {
		expect(parseCompany([], ['CHU de Lille', 'Lille (59)'])).toBe('CHU de Lille')
	})
})
