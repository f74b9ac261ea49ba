import { describe, expect, test } from 'vitest'
import { allowedExternalHosts, isProductPath, screenById } from '../screens.ts'
import { helpArticles, type HelpArticle } from './help-content.ts'
import { createHelpIndex, searchHelp } from './retrieval.ts'

describe('searchHelp', () => {
	test.each([
		['Comment financer ma formation avec mon CPF ?', 'cpf'],
		['C’est quoi la VAE ?', 'vae'],
		['Un bilan de compétences, ça se passe comment ?', 'bilan-competences'],
		['Transitions Pro, ça marche comment ?', 'transitions-pro'],
		['Je veux démissionner pour me reconvertir', 'resignation-for-retraining'],
		['Pôle emploi peut-il m’aider ?', 'france-travail'],
		['Combien coûte Premium ?', 'plans-quotas'],
		['Comment résilier mon abonnement ?', 'subscription'],
		['Comment supprimer mon compte ?', 'data-rights'],
		['Je ne reçois pas le lien de connexion', 'sign-in'],
		['Comment présenter ma reconversion dans une lettre ?', 'career-change-letter'],
		['Quelles questions en entretien sur ma reconversion ?', 'interview-career-change'],
		['Comment importer mon ancien CV en PDF ?', 'cv-import'],
		['Est-ce que mon journal est privé ?', 'rise-journal'],
		['Je doute de moi, j’ai peur de ne pas être légitime', 'career-doubts'],
		['L’IA de Phoenix pollue-t-elle ?', 'green-ai'],
	])('« %s » → %s', (question, id) => {
		expect(searchHelp(question)[0]?.article.id).toBe(id)
	})

	test('hits come best first, with the terms they matched and the share of the question they cover', () => {
		const hits = searchHelp('financer une formation avec le CPF', { limit: 5 })
		expect(hits.length).toBeGreaterThan(1)
		for (const [index, hit] of hits.entries()) {
			if (index > 0) expect(hit.score).toBeLessThanOrEqual(hits[index - 1]?.score ?? Infinity)
			expect(hit.matchedTerms.length).toBeGreaterThan(0)
			expect(hit.coverage).toBeGreaterThan(0)
			expect(hit.coverage).toBeLessThanOrEqual(1)
		}
		expect(hits[0]?.matchedTerms).toContain('cpf')
	})

	test('area restricts the articles, limit caps them', () => {
		const hits = searchHelp('export PDF analyse ATS', { area: 'cv', limit: 2 })
		expect(hits).toHaveLength(2)
		for (const hit of hits) expect(hit.article.area).toBe('cv')
		expect(searchHelp('export PDF analyse ATS', { area: ['rise'] })).toEqual([])
	})

	test('preferred areas rank higher without excluding the others', () => {
		const neutral = searchHelp('analyse ATS', { limit: 10 })
		const preferringLetters = searchHelp('analyse ATS', { limit: 10, preferAreas: ['letters'] })
		expect(preferringLetters[0]?.article.area).toBe('letters')
		expect(preferringLetters.map((hit) => hit.article.id).sort()).toEqual(neutral.map((hit) => hit.article.id).sort())
	})

	test('a question about something else finds nothing, an empty one too', () => {
		expect(searchHelp('Quelle est la recette de la pâte à crêpes ?')).toEqual([])
		expect(searchHelp('   ')).toEqual([])
	})

	test('an index can be built over any articles', () => {
		const article: HelpArticle = { id: 'only', area: 'portal', title: 'Le fournil', keywords: ['pain'], body: 'Le levain se nourrit chaque jour.', screens: ['home'] }
		const index = createHelpIndex([article])
		expect(index.search('nourrir le levain')[0]?.article.id).toBe('only')
		expect(index.search('banque')).toEqual([])
	})
})

describe('help content', () => {
	test('25 to 40 articles with unique ids, each with a title, keywords, a body and known screens', () => {
		expect(helpArticles.length).toBeGreaterThanOrEqual(25)
		expect(helpArticles.length).toBeLessThanOrEqual(40)
		expect(new Set(helpArticles.map((article) => article.id)).size).toBe(helpArticles.length)
		for (const article of helpArticles) {
			expect(article.title.length).toBeGreaterThan(5)
			expect(article.keywords.length).toBeGreaterThan(2)
			expect(article.body.length).toBeGreaterThan(150)
			expect(article.screens.length).toBeGreaterThan(0)
			for (const id of article.screens) expect(() => screenById(id)).not.toThrow()
		}
	})

	test('covers the four products, the French schemes and the advice people need', () => {
		const ids = new Set(helpArticles.map((article) => article.id))
		for (const id of ['mirror-match', 'smart-coach', 'trajectory-builder', 'application-tracker', 'cv-ats-templates', 'cv-export', 'cv-import', 'rise-journal', 'rise-mood', 'rise-goals', 'rise-coaching', 'plans-quotas', 'consent', 'data-rights', 'green-ai', 'cpf', 'vae', 'bilan-competences', 'transitions-pro', 'france-travail', 'alternance', 'cep', 'career-change-letter', 'transferable-skills', 'interview-career-change']) {
			expect(ids, id).toContain(id)
		}
	})

	test('quotas match the plans: 3 letters, 1 CV, 30 entries, 3 coachings, 5 Iris conversations, 9,99 €', () => {
		const plans = helpArticles.find((article) => article.id === 'plans-quotas')?.body ?? ''
		for (const fact of ['3 lettres par mois', '1 CV', '30 entrées de journal', '3 coachings par mois', '5 conversations avec Iris par jour', '9,99\u00A0€']) {
			expect(plans).toContain(fact)
		}
	})

	test('links go only to product screens or to the allowed public sites', () => {
		for (const article of helpArticles) {
			for (const [, href] of article.body.matchAll(/\]\(([^)]+)\)/g)) {
				if (href?.startsWith('/')) expect(isProductPath(href), href).toBe(true)
				else expect(allowedExternalHosts as readonly string[], href).toContain(new URL(href ?? '').host)
			}
		}
	})

	test('French typography: curly apostrophes, non-breaking spaces before ; : ! ? and inside guillemets', () => {
		for (const article of helpArticles) {
			const text = `${article.title}\n${article.body}`.replace(/\]\([^)]*\)/g, ']')
			expect(text, article.id).not.toMatch(/'/)
			expect(text, article.id).not.toMatch(/ [;:!?»]/)
			expect(text, article.id).not.toMatch(/« /)
			expect(text, article.id).not.toMatch(/\S[;:!?]/)
		}
	})
})
