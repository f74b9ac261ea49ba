import fs from 'node:fs'
import path from 'node:path'
import { expect, test } from 'vitest'

// « A route cannot call a provider any other way »: only the gateway builds
// providers. Tests, benchmarks and the providers' own folders are exempt.
const root = path.resolve(import.meta.dirname, '../..')
const providerModules = ['@google/genai', 'ai/providers/gemini', 'ai/offline/engine', 'ai/offline/index']
const allowed = ['supabase/functions/_shared/ai/gateway.ts']

function sourceFiles(dir: string): string[] {
	return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
		const relative = path.join(dir, entry.name)
		if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(relative)
		return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$|deno-test\.ts$|test-support\.ts$/.test(entry.name) ? [relative] : []
	})
}

test('only the AI gateway imports a provider', () => {
	const offenders = [...sourceFiles('app'), ...sourceFiles('supabase/functions')]
		.filter((file) => !allowed.includes(file))
		.filter((file) => !file.includes('/ai/providers/') && !file.includes('/ai/offline/'))
		.filter((file) => {
			const source = fs.readFileSync(path.join(root, file), 'utf8')
			const imports = [...source.matchAll(/from\s+['"]([^'"]+)['"]/g)].map((match) => match[1]!)
			return imports.some((specifier) => providerModules.some((module) => specifier.includes(module)))
		})
	expect(offenders).toEqual([])
	expect(fs.readFileSync(path.join(root, allowed[0]!), 'utf8')).toMatch(/createGeminiProvider\(/)
})
