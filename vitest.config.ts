import { defineConfig } from 'vitest/config'

export default defineConfig({
	test: {
		include: ['app/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'supabase/functions/_shared/**/*.test.ts', 'tests/integration/**/*.test.ts'],
		globalSetup: ['tests/setup/global-platform.ts'],
		setupFiles: ['tests/setup/env.ts'],
		testTimeout: 20_000,
		hookTimeout: 60_000,
		pool: 'forks',
	},
})
