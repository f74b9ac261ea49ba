import { defineConfig, devices } from '@playwright/test'
import { chromiumArgs, chromiumExecutable } from './tests/e2e/browser.ts'

const executablePath = chromiumExecutable()

export default defineConfig({
	testDir: 'tests/e2e',
	globalSetup: './tests/e2e/global-setup.ts',
	fullyParallel: false,
	workers: 1,
	retries: process.env.CI ? 1 : 0,
	timeout: 45_000,
	expect: { timeout: 10_000 },
	reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
	use: {
		baseURL: process.env.PHOENIX_E2E_APP_URL,
		trace: 'retain-on-failure',
		locale: 'fr-FR',
		timezoneId: 'Europe/Paris',
		launchOptions: {
			executablePath,
			args: [...chromiumArgs, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
		},
	},
	projects: [
		{ name: 'desktop', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } } },
		{ name: 'phone', use: { ...devices['Pixel 7'], viewport: { width: 360, height: 780 } }, grep: /@phone/ },
	],
})
