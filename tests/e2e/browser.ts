import { existsSync } from 'node:fs'

/**
 * Debian's Chromium where it is installed (CI and machines without a
 * Playwright download), otherwise the browser `npx playwright install` fetched.
 */
export function chromiumExecutable(): string | undefined {
	const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[]
	return candidates.find((candidate) => existsSync(candidate))
}

export const chromiumArgs = [
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic',
]
