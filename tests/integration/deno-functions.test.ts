import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { expect, inject, test } from 'vitest'
import { denoBin } from '#scripts/platform/functions.ts'
import { projectRoot } from '#scripts/platform/index.ts'
import { startFakeGemini } from '#tests/fakes/gemini.ts'

const run = promisify(execFile)

// The Deno tests (the Iris handler, the Gemini provider under Deno's npm
// resolution), run by Deno against this run's database and the Gemini fake,
// so `npm test` covers them.
test('Deno tests of the Edge Functions pass', async () => {
	const gemini = await startFakeGemini({ retryDelaySeconds: 0.02 })
	const args = [
		'test',
		'--quiet',
		'--allow-net',
		'--allow-env',
		'--allow-read',
		'--no-prompt',
		'--config',
		'supabase/functions/iris/deno.json',
		'supabase/functions/tests/iris-test.ts',
		'supabase/functions/_shared/ai/providers/gemini.deno-test.ts',
	]
	const env = {
		...process.env,
		DATABASE_URL: inject('databaseUrl'),
		FAKE_GEMINI_URL: gemini.url,
		FAKE_GEMINI_API_KEY: gemini.apiKey,
		NO_COLOR: '1',
		DENO_NO_UPDATE_CHECK: '1',
	}
	let output: string
	let status = 0
	try {
		const result = await run(denoBin(), args, { cwd: projectRoot, env, timeout: 120_000 })
		output = `${result.stdout}\n${result.stderr}`
	} catch (error) {
		const failed = error as { stdout?: string; stderr?: string; code?: number }
		output = `${failed.stdout}\n${failed.stderr}`
		status = failed.code ?? 1
	} finally {
		await gemini.stop()
	}
	expect(status, output).toBe(0)
	expect(output, output).toMatch(/ok \| 2 passed/)
	expect(output).not.toMatch(/\| [1-9]\d* ignored/)
}, 150_000)
