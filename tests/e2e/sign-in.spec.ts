import { expect, test } from '@playwright/test'
import { newEmail, readLatestEmail, requestSignInLink, signInWithCode } from './support.ts'

test('a newcomer signs in with the link read in the local mailbox and lands in Letters', async ({ page }) => {
	const email = newEmail('lien')
	await page.goto('/letters')
	await expect(page).toHaveURL(/\/connexion\?next=%2Fletters$/)
	await page.getByLabel('Adresse e-mail').fill(email)
	await page.getByRole('button', { name: 'Recevoir mon lien de connexion' }).click()
	await expect(page.getByRole('status')).toContainText(email)

	// The person opens the local mailbox page, as a developer would, and follows the link.
	await page.goto(process.env.PHOENIX_E2E_MAILBOX_URL!)
	await page.getByRole('link', { name: new RegExp(`Votre lien de connexion à Phoenix.*${email.replace(/\./g, '\\.')}`) }).click()
	const button = page.frameLocator('iframe').getByRole('link', { name: 'Me connecter à Phoenix' })
	const link = await button.getAttribute('href')
	expect(link).toContain('/auth/confirm?token_hash=')
	await page.goto(link!)
	await page.getByRole('button', { name: 'Me connecter' }).click()
	await expect(page).toHaveURL(/\/letters$/)
	await expect(page.getByRole('heading', { level: 1 })).toContainText(/Letters|lettre/i)

	// The link works once.
	await page.context().clearCookies()
	await page.goto(link!)
	await page.getByRole('button', { name: 'Me connecter' }).click()
	await expect(page.getByRole('alert')).toContainText("n’est pas valable")
})

test('a person signs in with the 6-digit code typed on another device', async ({ page }) => {
	await signInWithCode(page)
	await expect(page).toHaveURL(/\/letters$/)
})

test('a wrong code is explained in French and does not sign in', async ({ page }) => {
	const email = newEmail('code')
	await requestSignInLink(page, email)
	const { code } = await readLatestEmail(email)
	await page.getByLabel('Code à 6 chiffres').fill(code === '000000' ? '111111' : '000000')
	await page.getByRole('button', { name: 'Me connecter' }).click()
	await expect(page.getByText("Ce code ou ce lien n’est pas valable")).toBeVisible()
	await page.goto('/compte')
	await expect(page).toHaveURL(/\/connexion\?next=%2Fcompte$/)
})

test('a protected page sends to sign-in and back to that page afterwards', async ({ page }) => {
	await page.goto('/compte')
	await expect(page).toHaveURL(/\/connexion\?next=%2Fcompte$/)
	const email = newEmail('retour')
	await page.getByLabel('Adresse e-mail').fill(email)
	await page.getByRole('button', { name: 'Recevoir mon lien de connexion' }).click()
	const { code } = await readLatestEmail(email)
	await page.getByLabel('Code à 6 chiffres').fill(code)
	await page.getByRole('button', { name: 'Me connecter' }).click()
	await expect(page).toHaveURL(/\/compte$/)
	await expect(page.getByRole('heading', { name: 'Mon compte' })).toBeVisible()
})

test('the profile is edited with the job-title autocomplete, then the person signs out', async ({ page }) => {
	await signInWithCode(page)
	await page.goto('/compte')
	await page.getByLabel('Prénom et nom').fill('Claire Martin')

	const current = page.getByRole('combobox', { name: /Métier actuel/ })
	await current.fill('infirmiere soins gen')
	await page.getByRole('option', { name: /Infirmier \/ Infirmière en soins généraux/ }).first().click()

	const target = page.getByRole('combobox', { name: 'Métier visé' })
	await target.fill('developpeur')
	await page.getByRole('option', { name: 'Développeur / Développeuse web', exact: true }).click()
	await expect(target).toHaveValue('Développeur / Développeuse web')

	await page.getByRole('button', { name: 'Enregistrer mon profil' }).click()
	await expect(page.getByRole('status').filter({ hasText: 'Profil enregistré' })).toBeVisible()

	await page.reload()
	await expect(page.getByRole('combobox', { name: 'Métier visé' })).toHaveValue('Développeur / Développeuse web')
	await expect(page.getByRole('combobox', { name: /Métier actuel/ })).toHaveValue(/Infirmier \/ Infirmière en soins généraux/)
	await expect(page.getByLabel('Prénom et nom')).toHaveValue('Claire Martin')

	await page.getByRole('button', { name: 'Me déconnecter de tous les appareils' }).click()
	await expect(page).toHaveURL(/\/\?deconnecte=1$/)
	await page.goto('/letters')
	await expect(page).toHaveURL(/\/connexion\?next=%2Fletters$/)
})

test('a form posted from another site is refused', async ({ page, request }) => {
	await page.goto('/')
	const response = await request.post('/connexion', {
		form: { email: 'victime@exemple.fr' },
		headers: { Origin: 'https://evil.example' },
		maxRedirects: 0,
	})
	expect([400, 403]).toContain(response.status())
	const noOrigin = await request.post('/connexion', { form: { email: 'victime@exemple.fr' }, maxRedirects: 0 })
	expect(noOrigin.status()).toBe(403)
})

test('pages carry a nonce-based CSP and the usual security headers; errors show no stack', async ({ page }) => {
	const response = await page.goto('/')
	const headers = response!.headers()
	const nonce = headers['content-security-policy']?.match(/'nonce-([^']+)'/)?.[1]
	expect(nonce).toBeTruthy()
	expect(headers['x-frame-options']).toBe('DENY')
	expect(headers['x-content-type-options']).toBe('nosniff')
	expect(headers['strict-transport-security']).toContain('max-age=')
	const again = await page.request.get('/')
	expect(again.headers()['content-security-policy']).not.toContain(nonce!)

	const missing = await page.goto('/cette-page-n-existe-pas')
	expect(missing!.status()).toBe(404)
	await expect(page.getByRole('heading', { name: 'Page introuvable' })).toBeVisible()
	await expect(page.locator('pre')).toHaveCount(0)
})

test('sign-in works on a phone @phone', async ({ page }) => {
	await page.goto('/')
	await signInWithCode(page)
	await expect(page).toHaveURL(/\/letters$/)
	// On a phone the browser widens its layout viewport to fit overflowing content: compare with the screen.
	const overflow = (await page.evaluate(() => document.documentElement.scrollWidth)) - page.viewportSize()!.width
	expect(overflow).toBeLessThanOrEqual(0)
})
