import fs from 'node:fs/promises'
import path from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import postgres from 'postgres'
import { extractText, getDocumentProxy } from 'unpdf'
import { signInWithCode, watchConsole } from './support.ts'

// Phoenix Letters in the browser, from a pasted offer to a tracked
// application: the real analyser and Mirror Match, letters through the AI
// gateway (the Gemini SDK against its local fake, and the offline engine of an
// app started without a key), the editor, the PDF export, the Smart Coach,
// the Trajectory Builder and the monthly limit.

const samples = path.resolve(import.meta.dirname, '../../samples')
const offerText = () => fs.readFile(path.join(samples, 'offers/dev-front-junior.txt'), 'utf8')
const claireJsonResume = () => fs.readFile(path.join(samples, 'cvs/claire-infirmiere-vers-dev.json'), 'utf8')

function database() {
	return postgres(process.env.PHOENIX_E2E_DATABASE_URL!, { max: 1, onnotice: () => {} })
}

async function userId(email: string) {
	const sql = database()
	try {
		const [row] = await sql<{ id: string }[]>`select id from auth.users where email = ${email}`
		return row!.id
	} finally {
		await sql.end()
	}
}

async function pasteOffer(page: Page, base = '') {
	await page.goto(`${base}/letters/candidatures/nouvelle`)
	await page.getByLabel('Collez le texte de l’offre').fill(await offerText())
	await page.getByRole('button', { name: 'Analyser l’offre' }).click()
	await page.waitForURL(/\/letters\/candidatures\/[0-9a-f-]{36}$/)
	return page.url().match(/candidatures\/([0-9a-f-]{36})/)![1]!
}

async function importClaireCv(page: Page, base = '') {
	await page.goto(`${base}/letters/mon-cv`)
	await page.getByLabel('Contenu du fichier').fill(await claireJsonResume())
	await page.getByRole('button', { name: 'Importer ce JSON Resume' }).click()
	await expect(page.getByText('Claire Martin').first()).toBeVisible()
}

async function acceptAiConsent(page: Page) {
	await page.getByRole('button', { name: 'J’accepte' }).click()
	await expect(page.getByRole('button', { name: 'Écrire ma lettre' })).toBeEnabled()
}

async function writeLetter(page: Page) {
	await page.getByRole('button', { name: 'Écrire ma lettre' }).click()
	const letter = page.getByLabel('Texte de votre lettre')
	await expect(letter).toBeVisible({ timeout: 30_000 })
	return letter
}

test('an offer pasted, analysed, matched with the demo CV, a letter written, edited, exported and coached, the application tracked @phone', async ({
	page,
}) => {
	const problems = watchConsole(page)
	const email = await signInWithCode(page)
	const applicationId = await pasteOffer(page)

	// The analysis: title, contract, place, must-have skills.
	const main = page.getByRole('main')
	await expect(main.getByRole('heading', { level: 1 })).toContainText('Développeur')
	await expect(main.getByText('CDI').first()).toBeVisible()
	await expect(main.getByText(/Lyon/).first()).toBeVisible()
	await expect(main.getByText('React', { exact: true }).first()).toBeVisible()
	await expect(main.getByText('Indispensable').first()).toBeVisible()

	// Mirror Match needs a CV: import the demo one, then the report shows a score and what was found.
	await importClaireCv(page)
	await page.goto(`/letters/candidatures/${applicationId}/match`)
	await expect(page.getByRole('meter', { name: 'Score Mirror Match' })).toHaveAttribute('aria-valuenow', /^\d{1,3}$/)
	await expect(page.getByText('TypeScript').first()).toBeVisible()

	// The letter, through the Gemini SDK and its fake: streamed, saved, with the real name restored.
	await page.goto(`/letters/candidatures/${applicationId}/lettre`)
	await acceptAiConsent(page)
	const letter = await writeLetter(page)
	await expect(letter).toHaveValue(/Claire Martin/)
	await expect(letter).not.toHaveValue(/\[PERSONNE_\d+\]/)

	// Edit and save a new version; a colon without its space is left for the coach to catch.
	const edited = `${await letter.inputValue()}\n\nMon objectif: rejoindre l’équipe de Santéo dès janvier.`
	await letter.fill(edited)
	await page.getByRole('button', { name: 'Enregistrer', exact: true }).click()
	await expect(page.getByText('Nouvelle version enregistrée.')).toBeVisible()

	// The PDF export opens and holds the edited text.
	const downloadPromise = page.waitForEvent('download')
	await page.getByRole('link', { name: /PDF/ }).first().click()
	const download = await downloadPromise
	expect(download.suggestedFilename()).toMatch(/\.pdf$/)
	const pdf = await getDocumentProxy(new Uint8Array(await fs.readFile((await download.path())!)))
	const { text } = await extractText(pdf, { mergePages: true })
	expect(text).toContain('Candidature au poste de')
	expect(text).toContain('rejoindre l’équipe de Santéo')

	// The Smart Coach (Premium): the missing no-break space is found and fixed in one click.
	const sql = database()
	try {
		await sql`
			insert into public.subscriptions (user_id, stripe_subscription_id, stripe_customer_id, plan_id, status, current_period_end)
			values (${await userId(email)}, ${`sub_e2e_${Date.now()}`}, ${`cus_e2e_${Date.now()}`}, 'premium', 'active', now() + interval '30 days')`
	} finally {
		await sql.end()
	}
	await page.goto(`/letters/candidatures/${applicationId}/coach`)
	await expect(page.getByLabel('Score du Smart Coach')).toBeVisible()
	const finding = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /Espace insécable manquante/ }) })
	await expect(finding).toHaveCount(1)
	await finding.getByRole('button', { name: 'Appliquer' }).click()
	await expect(page.getByRole('heading', { name: /Espace insécable manquante/ })).toHaveCount(0)
	await page.goto(`/letters/candidatures/${applicationId}/lettre`)
	await expect(page.getByLabel('Texte de votre lettre')).toHaveValue(/objectif\u00a0: rejoindre/)

	// Tracking: sent today, then listed as « Envoyée » on the Letters home.
	await page.goto(`/letters/candidatures/${applicationId}/suivi`)
	await page.getByLabel('Statut').selectOption('envoyee')
	await page.getByRole('button', { name: 'Enregistrer le suivi' }).click()
	await expect(page.getByText('Suivi enregistré')).toBeVisible()
	await page.goto('/letters')
	await expect(page.getByRole('main').getByText(/Statut\s*:\s*Envoyée/).filter({ visible: true }).first()).toBeVisible()
	await page.goto('/letters?vue=tableau')
	await expect(page.getByRole('heading', { name: /Envoyée/ })).toBeVisible()

	expect(problems).toEqual([])
})

test('without a Gemini key the offline engine writes the letter; the monthly limit stops the fourth and points to Premium', async ({
	page,
}) => {
	const base = process.env.PHOENIX_E2E_OFFLINE_APP_URL!
	const problems = watchConsole(page)
	await page.goto(`${base}/`)
	const email = await signInWithCode(page, undefined, base)
	const applicationId = await pasteOffer(page, base)
	await importClaireCv(page, base)

	await page.goto(`${base}/letters/candidatures/${applicationId}/lettre`)
	await expect(page.getByText(/hors ligne/i).first()).toBeVisible()
	await acceptAiConsent(page)
	const letter = await writeLetter(page)
	await expect(letter).toHaveValue(/Santéo/)
	await expect(letter).toHaveValue(/Claire Martin\s*$/)

	// Two more letters this month (counted in the database, as the app counts them): the fourth is refused.
	const sql = database()
	try {
		const id = await userId(email)
		await sql`insert into public.letter_generations (user_id) values (${id}), (${id})`
	} finally {
		await sql.end()
	}
	// The page still offers a new version: the server refuses it in French, with the way to Premium.
	await page.getByRole('button', { name: 'Nouvelle version' }).click()
	await page.getByRole('button', { name: /Écrire (ma lettre|une nouvelle version)/ }).click()
	await expect(page.getByText(/3\u00a0lettres par mois/).first()).toBeVisible()
	await expect(page.getByRole('link', { name: /Premium|offres/ }).first()).toHaveAttribute('href', '/tarifs')
	// Reloaded, the page says the month's letters are used before anyone tries.
	await page.reload()
	await page.waitForLoadState('networkidle')
	await page.getByRole('button', { name: 'Nouvelle version' }).click()
	await expect(page.getByText('Lettres générées ce mois-ci\u00a0: 3 sur 3')).toBeVisible()
	await expect(page.getByRole('button', { name: /Écrire une nouvelle version/ })).toBeDisabled()
	expect(problems).toEqual([])
})

test('a trajectory from nurse to web developer: an honest reconversion, a plan saved and ticked off @phone', async ({ page }) => {
	const problems = watchConsole(page)
	await signInWithCode(page)
	await page.goto('/letters/trajectoire')

	const from = page.getByRole('combobox', { name: /Mon métier actuel/ })
	await from.fill('infirmiere soins gen')
	await page.getByRole('option', { name: /Infirmier \/ Infirmière en soins généraux/ }).first().click()
	const to = page.getByRole('combobox', { name: /Le métier que je vise/ })
	await to.fill('developpeur')
	await page.getByRole('option', { name: 'Développeur / Développeuse web', exact: true }).click()
	await page.getByRole('button', { name: /Voir mon chemin/ }).click()

	await expect(page.getByText(/vraie reconversion/i).first()).toBeVisible()
	await expect(page.getByText(/Licence Ouverte/).first()).toBeVisible()
	await expect(page.getByText(/bilan de compétences/i).first()).toBeVisible()

	await page.getByRole('button', { name: 'Enregistrer ce plan' }).click()
	const firstStep = page.getByRole('button', { name: /^Étape faite/ }).first()
	await expect(firstStep).toHaveAttribute('aria-pressed', 'false')
	await firstStep.click()
	await expect(firstStep).toHaveAttribute('aria-pressed', 'true')
	await expect(page.getByText(/1 étape sur \d+ faite/)).toBeVisible()
	await page.reload()
	await expect(page.getByRole('button', { name: /^Étape faite/ }).first()).toHaveAttribute('aria-pressed', 'true')
	expect(problems).toEqual([])
})
