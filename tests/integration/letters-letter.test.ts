import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, test } from 'vitest'
import { createSseParser } from '#app/components/iris/sse.ts'
import type { LetterStreamEvent, WriteLetterBody } from '#app/components/letters/letter-schema.ts'
import { splitParagraphs } from '#app/domain/letter/paragraphs.ts'
import type { CurrentUser } from '#app/server/auth/auth.server.ts'
import { letterParagraphs } from '#shared/ai/letter-text.ts'
import { formPost, routeContext } from '#tests/support/routes.ts'
import { createSessionToken, createUser, fixtureSql } from '#tests/support/users.ts'

// The letter's writing, editing and export as the Lettre tab calls them: a real
// session cookie, the real database, the gateway in this process on the
// offline engine (no model key), the sample CV and offer of Claire.
delete process.env.GEMINI_API_KEY

const samples = join(import.meta.dirname, '..', '..', 'samples')
const offerText = readFileSync(join(samples, 'offers', 'dev-front-junior.txt'), 'utf8')
const claireResume = readFileSync(join(samples, 'cvs', 'claire-infirmiere-vers-dev.json'), 'utf8')

const write = await import('#app/routes/api/letters/write.ts')
const letterRoute = await import('#app/routes/letters/application/letter.tsx')
const exportRoute = await import('#app/routes/letters/application/export.ts')
const { savePrimaryCv } = await import('#app/server/cv.server.ts')
const { recordAiConsent } = await import('#app/server/consent.server.ts')
const { saveLetterVersion } = await import('#app/server/letters.server.ts')
const { rome } = await import('#app/server/rome-lexicon.server.ts')

type Args = never
type Person = Awaited<ReturnType<typeof createUser>> & { cookie: string; user: CurrentUser }

async function person(options: { cv?: boolean; consent?: boolean } = {}): Promise<Person> {
	const created = await createUser()
	const { token } = await createSessionToken(created)
	const user: CurrentUser = { id: created.id, email: created.email, claims: created.claims, accessToken: token, displayName: null }
	if (options.cv ?? true) await savePrimaryCv(user, { format: 'json_resume', text: claireResume })
	if (options.consent ?? true) await recordAiConsent(user, { aiProcessing: true, profileContext: false })
	return { ...created, user, cookie: `phoenix_session=${token}` }
}

async function applicationOf(owner: { id: string }) {
	const [row] = await fixtureSql()<{ id: string }[]>`
		insert into public.applications (user_id, job_title, company, offer_text)
		values (${owner.id}, 'Développeuse front-end React junior', 'Santéo', ${offerText}) returning id`
	return row!.id
}

const standard: WriteLetterBody = { tone: 'chaleureux', length: 'standard' }

function post(applicationId: string, body: unknown, cookie?: string, signal?: AbortSignal) {
	return write.action({
		request: new Request(`http://localhost:3000/api/candidatures/${applicationId}/lettre`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json', origin: 'http://localhost:3000', ...(cookie ? { cookie } : {}) },
			body: typeof body === 'string' ? body : JSON.stringify(body),
			signal,
		}),
		params: { applicationId },
		context: routeContext(),
	} as unknown as Args) as Promise<Response>
}

/** The events of a stream, as the browser's parser reads them. */
async function events(response: Response): Promise<LetterStreamEvent[]> {
	expect(response.headers.get('Content-Type')).toContain('text/event-stream')
	const received: LetterStreamEvent[] = []
	const parser = createSseParser(({ event, data }) => received.push({ ...JSON.parse(data), type: event }))
	parser.push(await response.text())
	parser.end()
	return received
}

async function generate(applicationId: string, cookie: string, body: WriteLetterBody = standard) {
	const stream = await events(await post(applicationId, body, cookie))
	const done = stream.find((event) => event.type === 'done')
	return { stream, done: done?.type === 'done' ? done.version : null }
}

async function versionsOf(applicationId: string) {
	return fixtureSql()<{ id: string; body: string; origin: string; tone: string | null; provider: string | null }[]>`
		select id, body, origin, tone, provider from public.letter_versions where application_id = ${applicationId} order by created_at`
}

async function generationsOf(userId: string) {
	const [row] = await fixtureSql()<{ count: string }[]>`select count(*) from public.letter_generations where user_id = ${userId}`
	return Number(row!.count)
}

function letterPost(applicationId: string, fields: Record<string, string>, cookie: string) {
	return letterRoute.action({
		request: formPost(`/letters/candidatures/${applicationId}/lettre`, fields, { cookie }),
		params: { applicationId },
		context: routeContext(),
	} as unknown as Args)
}

/** A loader's or action's outcome, returned or thrown: status and data. */
async function outcome(run: () => Promise<unknown>): Promise<{ status: number; data: unknown; headers: Headers }> {
	const read = (value: unknown) => {
		if (value instanceof Response) return { status: value.status, data: null, headers: value.headers }
		if (value && typeof value === 'object' && (value as { type?: string }).type === 'DataWithResponseInit') {
			const { data, init } = value as { data: unknown; init?: ResponseInit }
			return { status: init?.status ?? 200, data, headers: new Headers(init?.headers) }
		}
		return { status: 200, data: value, headers: new Headers() }
	}
	try {
		return read(await run())
	} catch (thrown) {
		const result = read(thrown)
		if (result.status === 200) throw thrown
		return result
	}
}

beforeAll(async () => {
	// Loads the ROME data once for the whole file (about 2 s), as the app does on its first request.
	await rome()
}, 60_000)

describe('POST /api/candidatures/:id/lettre', () => {
	test('without consent to AI processing: a French error event pointing to the consent, and nothing written', async () => {
		const claire = await person({ consent: false })
		const applicationId = await applicationOf(claire)
		const { stream, done } = await generate(applicationId, claire.cookie)
		expect(done).toBeNull()
		const error = stream.find((event) => event.type === 'error')
		expect(error).toMatchObject({ code: 'consent_required', consentUrl: '/compte#ia' })
		expect(error?.type === 'error' && error.message).toMatch(/accord/)
		expect(await versionsOf(applicationId)).toHaveLength(0)
		expect(await generationsOf(claire.id)).toBe(0)
	})

	test('with consent: the letter streams in, is saved as a generated version and counts toward the month', async () => {
		const claire = await person()
		const applicationId = await applicationOf(claire)
		const { stream, done } = await generate(applicationId, claire.cookie)

		expect(stream[0]).toEqual({ type: 'meta', provider: 'offline' })
		const deltas = stream.filter((event) => event.type === 'delta')
		expect(deltas.length).toBeGreaterThan(0)
		expect(done).toMatchObject({ origin: 'generated', tone: 'chaleureux', provider: 'offline' })
		expect(stream.at(-1)?.type).toBe('done')

		const [saved, ...others] = await versionsOf(applicationId)
		expect(others).toHaveLength(0)
		expect(saved).toMatchObject({ id: done!.id, body: done!.body, origin: 'generated', provider: 'offline' })
		// The person's own name comes back in the letter; no masked placeholder is left.
		expect(saved!.body).toContain('Claire Martin')
		expect(saved!.body).not.toMatch(/\[[A-Z_]+_\d+\]/)
		expect(saved!.body).toContain('Santéo')
		expect(await generationsOf(claire.id)).toBe(1)
		// A « paragraph 2 » means the same block to the screens and to the writers.
		expect(splitParagraphs(saved!.body).map((paragraph) => paragraph.text)).toEqual(letterParagraphs(saved!.body))
	})

	test('the free plan writes 3 letters a month: the 4th is refused with the way to Premium, and nothing is written', async () => {
		const claire = await person()
		const applicationId = await applicationOf(claire)
		for (let round = 0; round < 3; round++) expect((await generate(applicationId, claire.cookie)).done).not.toBeNull()
		const fourth = await generate(applicationId, claire.cookie)
		expect(fourth.done).toBeNull()
		const error = fourth.stream.find((event) => event.type === 'error')
		expect(error).toMatchObject({ code: 'quota_exceeded', upgradeUrl: '/tarifs' })
		expect(error?.type === 'error' && error.message).toMatch(/lettre/i)
		expect(await generationsOf(claire.id)).toBe(3)
		expect(await versionsOf(applicationId)).toHaveLength(3)
	})

	test('an invalid body is refused in French before anything is written', async () => {
		const claire = await person()
		const applicationId = await applicationOf(claire)
		const refusals = [
			{ tone: 'sarcastique', length: 'standard' },
			{ tone: 'formel', length: 'standard', stress: ['a', 'b', 'c', 'd', 'e', 'f', 'g'] },
			{ tone: 'formel', length: 'standard', closing: 'x'.repeat(301) },
			{ tone: 'formel', length: 'standard', instruction: 'x'.repeat(501) },
			{ tone: 'formel', length: 'standard', rewrite: { paragraphIndex: -1 } },
			'{pas du json',
		]
		for (const body of refusals) {
			const response = await post(applicationId, body, claire.cookie)
			expect(response.status).toBe(400)
			const { message } = (await response.json()) as { message: string }
			expect(message.length).toBeGreaterThan(5)
		}
		const tone = (await (await post(applicationId, refusals[0], claire.cookie)).json()) as { message: string }
		expect(tone.message).toBe('Choisissez un ton pour votre lettre.')
		expect(await versionsOf(applicationId)).toHaveLength(0)
		expect(await generationsOf(claire.id)).toBe(0)
	})

	test('without a session: 401 in French; another person’s application: 404, and nothing written', async () => {
		const owner = await person()
		const intruder = await person()
		const applicationId = await applicationOf(owner)
		const anonymous = await post(applicationId, standard)
		expect(anonymous.status).toBe(401)
		expect(((await anonymous.json()) as { message: string }).message).toMatch(/Reconnectez-vous/)

		const foreign = await post(applicationId, standard, intruder.cookie)
		expect(foreign.status).toBe(404)
		expect(((await foreign.json()) as { message: string }).message).toMatch(/n’existe pas/)
		const unknown = await post('not-a-uuid', standard, intruder.cookie)
		expect(unknown.status).toBe(404)
		expect(await versionsOf(applicationId)).toHaveLength(0)
		expect(await generationsOf(intruder.id)).toBe(0)
	})

	test('a paragraph rewrite changes that paragraph only, is saved as such, and does not count toward the month', async () => {
		const claire = await person()
		const applicationId = await applicationOf(claire)
		const first = (await generate(applicationId, claire.cookie)).done!
		const before = splitParagraphs(first.body)
		const index = before.findIndex((paragraph, position) => position > 0 && paragraph.text.split(/\s+/).length > 20)
		expect(index).toBeGreaterThan(0)

		const { done } = await generate(applicationId, claire.cookie, { ...standard, rewrite: { paragraphIndex: index } })
		expect(done).toMatchObject({ origin: 'paragraph', provider: 'offline' })
		const after = splitParagraphs(done!.body)
		expect(after).toHaveLength(before.length)
		after.forEach((paragraph, position) => {
			if (position === index) expect(paragraph.text).not.toBe(before[position]!.text)
			else expect(paragraph.text).toBe(before[position]!.text)
		})
		expect((await versionsOf(applicationId)).map((version) => version.origin)).toEqual(['generated', 'paragraph'])
		expect(await generationsOf(claire.id)).toBe(1)
	})

	test('a rewrite needs a letter; a rewrite following a coach hint is a Premium tool', async () => {
		const claire = await person()
		const applicationId = await applicationOf(claire)
		const none = await post(applicationId, { ...standard, rewrite: { paragraphIndex: 0 } }, claire.cookie)
		expect(none.status).toBe(400)
		expect(((await none.json()) as { message: string }).message).toMatch(/Écrivez d’abord votre lettre/)

		await saveLetterVersion(claire.user, applicationId, { body: 'Madame, Monsieur,\n\nJe candidate avec plaisir à votre offre de développeuse.', origin: 'edited' })
		const coached = await post(applicationId, { ...standard, rewrite: { paragraphIndex: 1, hint: 'Soyez plus concrète.' } }, claire.cookie)
		expect(coached.status).toBe(403)
		expect(await coached.json()).toMatchObject({ upgradeUrl: '/tarifs' })
		const beyond = await post(applicationId, { ...standard, rewrite: { paragraphIndex: 7 } }, claire.cookie)
		expect(beyond.status).toBe(400)
		expect(await versionsOf(applicationId)).toHaveLength(1)
	})

	test('a request stopped by the person saves no version and shows no error', async () => {
		const claire = await person()
		const applicationId = await applicationOf(claire)
		const before = new AbortController()
		before.abort()
		const stream = await events(await post(applicationId, standard, claire.cookie, before.signal))
		expect(stream.filter((event) => event.type === 'done' || event.type === 'error')).toEqual([])

		// Stopped once the writing has started: the first event has arrived, the letter is not finished.
		const during = new AbortController()
		const response = await post(applicationId, standard, claire.cookie, during.signal)
		const reader = response.body!.getReader()
		const first = new TextDecoder().decode((await reader.read()).value)
		expect(first).toContain('event: meta')
		during.abort()
		await reader.cancel()
		await new Promise((resolve) => setTimeout(resolve, 300))
		expect(await versionsOf(applicationId)).toHaveLength(0)
	})
})

describe('the Lettre tab', () => {
	test('the loader gives the history without its texts, the transferable skills, the gaps, the usage and the mode', async () => {
		const claire = await person()
		const applicationId = await applicationOf(claire)
		await saveLetterVersion(claire.user, applicationId, { body: 'Madame, Monsieur,\n\nPremière version.', origin: 'edited' })
		const current = await saveLetterVersion(claire.user, applicationId, { body: 'Madame, Monsieur,\n\nSeconde version.', origin: 'edited' })
		const { data } = await outcome(() =>
			letterRoute.loader({
				request: new Request(`http://localhost:3000/letters/candidatures/${applicationId}/lettre`, { headers: { cookie: claire.cookie } }),
				params: { applicationId },
				context: routeContext(),
			} as unknown as Args),
		)
		const tab = data as Awaited<ReturnType<typeof letterRoute.loader>>
		expect(tab.current?.id).toBe(current.id)
		expect(tab.versions).toHaveLength(2)
		expect(tab.versions[0]).not.toHaveProperty('body')
		expect(tab.setup.hasCv).toBe(true)
		expect(tab.setup.transferable.length).toBeGreaterThan(0)
		expect(tab.usage).toEqual({ used: 0, limit: 3 })
		expect(tab.consent).toBe(true)
		expect(tab.mode).toBe('offline')
	})

	test('saving: a new edited version; the same text again adds nothing; an empty or oversized letter is refused and changes nothing', async () => {
		const claire = await person()
		const applicationId = await applicationOf(claire)
		const first = await saveLetterVersion(claire.user, applicationId, { body: 'Madame, Monsieur,\n\nMa lettre.', origin: 'generated', tone: 'formel' })

		const saved = await outcome(() => letterPost(applicationId, { intent: 'save', body: 'Madame, Monsieur,\r\n\r\nMa lettre, relue.\r\n' }, claire.cookie))
		expect(saved.data).toMatchObject({ ok: true, saved: true })
		const again = await outcome(() => letterPost(applicationId, { intent: 'save', body: 'Madame, Monsieur,\n\nMa lettre, relue.' }, claire.cookie))
		expect(again.data).toMatchObject({ ok: true, unchanged: true })

		const empty = await outcome(() => letterPost(applicationId, { intent: 'save', body: '   ' }, claire.cookie))
		expect(empty.status).toBe(400)
		const huge = await outcome(() => letterPost(applicationId, { intent: 'save', body: 'a'.repeat(20_001) }, claire.cookie))
		expect(huge.status).toBe(400)
		expect(JSON.stringify(huge.data)).toContain('raccourcissez-la')

		const versions = await versionsOf(applicationId)
		expect(versions.map((version) => [version.origin, version.body, version.tone])).toEqual([
			['generated', first.body, 'formel'],
			['edited', 'Madame, Monsieur,\n\nMa lettre, relue.', 'formel'],
		])
	})

	test('restoring an old version saves it as a new edited version and says so; another person cannot', async () => {
		const claire = await person()
		const intruder = await person()
		const applicationId = await applicationOf(claire)
		const old = await saveLetterVersion(claire.user, applicationId, { body: 'Madame, Monsieur,\n\nL’ancienne.', origin: 'generated' })
		await saveLetterVersion(claire.user, applicationId, { body: 'Madame, Monsieur,\n\nLa nouvelle.', origin: 'edited' })

		const foreign = await outcome(() => letterPost(applicationId, { intent: 'restore', versionId: old.id }, intruder.cookie))
		expect(foreign.status).toBe(404)

		const restored = await outcome(() => letterPost(applicationId, { intent: 'restore', versionId: old.id }, claire.cookie))
		const versions = await versionsOf(applicationId)
		expect(versions).toHaveLength(3)
		expect(versions[2]).toMatchObject({ origin: 'edited', body: old.body })
		expect(restored.headers.get('Location')).toBe(`/letters/candidatures/${applicationId}/lettre?restauree=${versions[2]!.id}`)
	})

	test('the consent asked inline is recorded; a missing choice is refused', async () => {
		const claire = await person({ consent: false })
		const applicationId = await applicationOf(claire)
		const missing = await outcome(() => letterPost(applicationId, { intent: 'consent' }, claire.cookie))
		expect(missing.status).toBe(400)
		expect(await fixtureSql()`select 1 from public.consents where user_id = ${claire.id}`).toHaveLength(0)
		const accepted = await outcome(() => letterPost(applicationId, { intent: 'consent', aiProcessing: 'accept' }, claire.cookie))
		expect(accepted.data).toMatchObject({ ok: true })
		const [row] = await fixtureSql()<{ granted: boolean }[]>`
			select granted from public.consents where user_id = ${claire.id} and purpose = 'ai_processing' order by id desc limit 1`
		expect(row?.granted).toBe(true)
	})

	test('without JavaScript, the form writes the letter and comes back to the tab', async () => {
		const claire = await person()
		const applicationId = await applicationOf(claire)
		const result = await outcome(() => letterPost(applicationId, { intent: 'generate', tone: 'formel', length: 'courte' }, claire.cookie))
		expect(result.headers.get('Location')).toBe(`/letters/candidatures/${applicationId}/lettre`)
		expect((await versionsOf(applicationId)).map((version) => version.origin)).toEqual(['generated'])
	})
})

describe('GET /letters/candidatures/:id/export/:format', () => {
	function download(applicationId: string, format: string, cookie: string, query = '') {
		return outcome(() =>
			exportRoute.loader({
				request: new Request(`http://localhost:3000/letters/candidatures/${applicationId}/export/${format}${query}`, { headers: { cookie } }),
				params: { applicationId, format },
				context: routeContext(),
			} as unknown as Args),
		)
	}

	test('the current letter as PDF and as Word, named after the company; an earlier version on request', async () => {
		const claire = await person()
		const applicationId = await applicationOf(claire)
		const old = await saveLetterVersion(claire.user, applicationId, { body: 'Madame, Monsieur,\n\nL’ancienne version.\n\nClaire Martin', origin: 'edited' })
		await saveLetterVersion(claire.user, applicationId, { body: 'Madame, Monsieur,\n\nLa version actuelle.\n\nClaire Martin', origin: 'edited' })

		const response = (await exportRoute.loader({
			request: new Request(`http://localhost:3000/letters/candidatures/${applicationId}/export/pdf`, { headers: { cookie: claire.cookie } }),
			params: { applicationId, format: 'pdf' },
			context: routeContext(),
		} as unknown as Args)) as Response
		expect(response.headers.get('Content-Type')).toBe('application/pdf')
		expect(response.headers.get('Content-Disposition')).toMatch(/^attachment; filename="lettre-motivation-santeo-\d{4}-\d{2}-\d{2}\.pdf"$/)
		const pdf = Buffer.from(await response.arrayBuffer())
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')

		const word = (await exportRoute.loader({
			request: new Request(`http://localhost:3000/letters/candidatures/${applicationId}/export/docx?version=${old.id}`, {
				headers: { cookie: claire.cookie },
			}),
			params: { applicationId, format: 'docx' },
			context: routeContext(),
		} as unknown as Args)) as Response
		expect(word.headers.get('Content-Type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
		expect(word.headers.get('Content-Disposition')).toMatch(/filename="lettre-motivation-santeo-[\d-]+\.docx"/)
		const mammoth = await import('mammoth')
		const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(await word.arrayBuffer()) })
		expect(text).toContain('L’ancienne version.')
		expect(text).not.toContain('La version actuelle.')
		expect(text).toContain('Candidature au poste de Développeuse front-end React junior')
		expect(text).toContain('claire.martin@example.org')
	})

	test('no letter yet, an unknown format, an unknown version or another person’s application: 404', async () => {
		const claire = await person()
		const intruder = await person()
		const applicationId = await applicationOf(claire)
		expect((await download(applicationId, 'pdf', claire.cookie)).status).toBe(404)
		await saveLetterVersion(claire.user, applicationId, { body: 'Madame, Monsieur,\n\nMa lettre.', origin: 'edited' })
		expect((await download(applicationId, 'odt', claire.cookie)).status).toBe(404)
		expect((await download(applicationId, 'pdf', claire.cookie, '?version=00000000-0000-4000-8000-000000000000')).status).toBe(404)
		expect((await download(applicationId, 'pdf', intruder.cookie)).status).toBe(404)
		expect((await download(applicationId, 'pdf', claire.cookie)).status).toBe(200)
	})
})
