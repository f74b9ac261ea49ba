import { randomUUID } from 'node:crypto'
import { expect, type Page } from '@playwright/test'

type Mail = { id: number; to: string[]; subject: string; text: string }

export function newEmail(label = 'e2e') {
	return `${label}.${randomUUID().slice(0, 8)}@exemple.fr`
}

/** Reads the newest email to `to` from the local mail catcher's API. */
export async function readLatestEmail(to: string, timeoutMs = 10_000): Promise<{ link: string; code: string }> {
	const deadline = Date.now() + timeoutMs
	while (Date.now() < deadline) {
		const response = await fetch(`${process.env.PHOENIX_E2E_MAILBOX_URL}/api/messages?to=${encodeURIComponent(to)}`)
		const [mail] = (await response.json()) as Mail[]
		if (mail) {
			const link = mail.text.match(/https?:\/\/\S+\/auth\/confirm\?\S+/)?.[0]
			const code = mail.text.match(/\b(\d{6})\b/)?.[1]
			if (link && code) return { link, code }
		}
		await new Promise((resolve) => setTimeout(resolve, 100))
	}
	throw new Error(`no sign-in email to ${to}`)
}

export async function requestSignInLink(page: Page, email: string, base = '') {
	await page.goto(`${base}/connexion`)
	await page.getByLabel('Adresse e-mail').fill(email)
	await page.getByRole('button', { name: 'Recevoir mon lien de connexion' }).click()
	await expect(page.getByRole('heading', { name: 'Vérifiez vos e-mails' })).toBeVisible()
}

/** Signs in through the real form, the real email and the real code; `base` for another app than the default one. */
export async function signInWithCode(page: Page, email = newEmail(), base = '') {
	await requestSignInLink(page, email, base)
	const { code } = await readLatestEmail(email)
	await page.getByLabel('Code à 6 chiffres').fill(code)
	await page.getByRole('button', { name: 'Me connecter' }).click()
	await page.waitForURL((url) => !url.pathname.startsWith('/connexion'))
	return email
}

/** Console errors and uncaught exceptions of a page: a journey expects none. */
export function watchConsole(page: Page) {
	const problems: string[] = []
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`${new URL(page.url()).pathname}: ${message.text()}`)
	})
	page.on('pageerror', (error) => problems.push(`${new URL(page.url()).pathname}: ${error.message}`))
	return problems
}
