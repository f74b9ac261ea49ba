import { expect, test } from '@playwright/test'
import { signInWithCode, watchConsole } from './support.ts'

const publicPages = [
	{ path: '/', heading: /reconversion/i },
	{ path: '/tarifs', heading: /Gratuit pour commencer/ },
	{ path: '/mentions-legales', heading: 'Mentions légales' },
	{ path: '/cgu', heading: /Conditions générales/ },
	{ path: '/confidentialite', heading: /confidentialité/i },
	{ path: '/connexion', heading: 'Connexion' },
	{ path: '/green-ai', heading: /empreinte de notre IA/ },
]
const productPages = ['/letters', '/cv', '/rise', '/compte']

async function expectFitsTheScreen(page: import('@playwright/test').Page) {
	// On a phone the browser widens its layout viewport to fit overflowing content: compare with the screen.
	const overflow = (await page.evaluate(() => document.documentElement.scrollWidth)) - page.viewportSize()!.width
	expect(overflow).toBeLessThanOrEqual(0)
}

test('public pages render in French, hydrate without errors and fit a phone @phone', async ({ page }) => {
	const problems = watchConsole(page)
	for (const { path, heading } of publicPages) {
		await page.goto(path)
		await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
		await expect(page.getByRole('heading', { level: 1 })).toContainText(heading)
		await expectFitsTheScreen(page)
	}
	expect(problems).toEqual([])
})

test('each product shows what it will do and where to start @phone', async ({ page }) => {
	const problems = watchConsole(page)
	await signInWithCode(page)
	for (const path of productPages) {
		await page.goto(path)
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
		await expectFitsTheScreen(page)
	}
	await page.goto('/letters')
	await expect(page.getByRole('link', { name: /compte|métier visé/i }).first()).toBeVisible()
	expect(problems).toEqual([])
})

test('the header switches products and the footer leads to the legal pages, by keyboard', async ({ page }) => {
	await signInWithCode(page)
	await page.goto('/letters')
	const products = page.getByRole('banner').getByRole('navigation', { name: 'Produits' })
	await products.getByRole('link', { name: /CV/ }).focus()
	await page.keyboard.press('Enter')
	await expect(page).toHaveURL(/\/cv$/)
	await expect(products.getByRole('link', { name: /CV/ })).toHaveAttribute('aria-current', 'page')
	await page.getByRole('contentinfo').getByRole('link', { name: 'Confidentialité' }).click()
	await expect(page).toHaveURL(/\/confidentialite$/)
})

test('the pricing page and the account meters read the plans from the database', async ({ page }) => {
	await page.goto('/tarifs')
	const premium = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Premium' }) })
	await expect(premium).toContainText('9,99')
	await expect(premium).toContainText('50\u00a0lettres par mois')
	const free = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Gratuit' }) })
	await expect(free).toContainText('3\u00a0lettres par mois')
	await expect(free).toContainText('5\u00a0conversations avec Iris par jour')

	await signInWithCode(page)
	await page.goto('/compte')
	await expect(page.getByRole('heading', { name: /Mon offre.*Gratuit/ })).toBeVisible()
	await expect(page.getByRole('meter', { name: /Lettres de motivation générées/ })).toHaveAttribute('aria-valuemax', '3')
	await expect(page.getByRole('link', { name: 'Passer Premium' })).toHaveAttribute('href', '/compte/abonnement')
})
