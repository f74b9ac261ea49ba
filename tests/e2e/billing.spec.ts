import { expect, test } from '@playwright/test'
import { signInWithCode } from './support.ts'

test('a free person subscribes to Premium (simulated Checkout), the webhook lifts the limits, and the portal opens', async ({ page }) => {
	await signInWithCode(page)
	await page.goto('/compte/abonnement')
	await expect(page.getByText('Simulation', { exact: true })).toBeVisible()
	await expect(page.getByRole('heading', { name: /Offre actuelle.*Gratuit/ })).toBeVisible()
	await expect(page.getByRole('meter', { name: /Lettres de motivation générées/ })).toHaveAttribute('aria-valuemax', '3')

	// Without Stripe keys, « Passer Premium » completes at once through the simulator and the signed webhook.
	await page.getByRole('button', { name: /Passer Premium/ }).click()

	await expect(page).toHaveURL(/\/compte\/abonnement\?paiement=ok/)
	await expect(page.getByRole('heading', { name: /Offre actuelle.*Premium/ })).toBeVisible()
	await expect(page.getByText('Bienvenue dans Premium')).toBeVisible()
	await expect(page.getByText(/Paiement simulé/)).toBeVisible()
	await expect(page.getByRole('meter', { name: /Lettres de motivation générées/ })).toHaveAttribute('aria-valuemax', '50')
	await expect(page.getByText(/Prochain renouvellement le \d{1,2} \p{L}+ \d{4}/u)).toBeVisible()

	await page.getByRole('button', { name: /Gérer mon abonnement/ }).click()
	await expect(page.getByRole('heading', { name: 'Gérer mon abonnement' })).toBeVisible()
	await page.getByRole('button', { name: 'Résilier' }).click()
	await page.goto('/compte/abonnement')
	await expect(page.getByText(/Résiliée.*Premium reste actif jusqu’au/)).toBeVisible()
})

test('the pricing page sends a visitor to sign in before Checkout, then back', async ({ page }) => {
	await page.goto('/tarifs')
	await page.getByRole('link', { name: 'Passer Premium' }).click()
	await expect(page).toHaveURL(/\/connexion\?next=%2Fcompte%2Fabonnement$/)
})
