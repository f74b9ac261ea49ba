import { describe, expect, test } from 'vitest'
import { loader } from './job-titles.ts'

type LoaderArgs = Parameters<typeof loader>[0]

function get(query: string | null) {
	const url = new URL('http://localhost:3000/api/metiers')
	if (query !== null) url.searchParams.set('q', query)
	return loader({ request: new Request(url), params: {}, context: {} } as unknown as LoaderArgs)
}

describe('GET /api/metiers', () => {
	test('answers matching job titles with their occupation, cacheable', async () => {
		const response = await get('  dev web ')
		expect(response.status).toBe(200)
		expect(response.headers.get('Cache-Control')).toBe('public, max-age=3600')
		expect(response.headers.get('Content-Type')).toMatch(/application\/json/)
		const body = (await response.json()) as { results: unknown[] }
		expect(body.results[0]).toEqual({
			code: '14156',
			label: 'Développeur / Développeuse web',
			occupationCode: 'M1855',
			occupationLabel: 'Développeur / Développeuse web',
		})
		expect(body.results.length).toBeLessThanOrEqual(10)
	})

	test('answers an empty list when nothing matches', async () => {
		const response = await get('zzzz')
		expect(response.status).toBe(200)
		expect(await response.json()).toEqual({ results: [] })
	})

	test.each([
		['a 1-character query', 'a'],
		['a query of spaces around 1 character', '   b  '],
		['a missing query', null],
		['a query over 80 characters', 'x'.repeat(81)],
	])('rejects %s with 400 and a French message', async (_case, query) => {
		const response = await get(query)
		expect(response.status).toBe(400)
		expect(response.headers.get('Cache-Control')).toBe('no-store')
		const body = (await response.json()) as { error: string }
		expect(Object.keys(body)).toEqual(['error'])
		expect(body.error).toMatch(/caractères/)
	})
})
