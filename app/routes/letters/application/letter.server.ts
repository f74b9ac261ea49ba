import { parseWithZod } from '@conform-to/zod/v4'
import { data, redirect } from 'react-router'
import type { LetterActionData } from '#app/components/letters/letter-editor.tsx'
import { buildLetterBrief } from '#app/domain/letter/brief.ts'
import { LETTER_MAX_LENGTH, replaceParagraph, splitParagraphs } from '#app/domain/letter/paragraphs.ts'
import type { MatchReport } from '#app/domain/match/types.ts'
import { letterActionSchema, STRESS_MAX, type LetterStreamEvent, type WriteLetterRequest } from '#app/components/letters/letter-schema.ts'
import type { VersionSummary } from '#app/components/letters/letter-versions.tsx'
import { isUuid } from '#app/server/applications.server.ts'
import type { CurrentUser } from '#app/server/auth/auth.server.ts'
import { getAiConsent, recordAiConsent } from '#app/server/consent.server.ts'
import { aiMode } from '#app/server/iris.server.ts'
import type { LetterDocument } from '#app/server/letter-export/types.ts'
import {
	getLetterVersion,
	lettersGeneratedThisMonth,
	countGeneratedVersions,
	listLetterVersions,
	saveLetterVersion,
	writeLetter,
	type LetterVersion,
} from '#app/server/letters.server.ts'
import { GatewayRefusal } from '#shared/ai/gateway.ts'
import { countWords } from '#shared/ai/letter-text.ts'
import { loadWorkspace, requireOwnApplication, type Workspace } from './workspace.server.ts'

// Without a CV there is nothing to match: the letter is written from the offer alone.
const emptyMatch: MatchReport = {
	score: 0,
	cap: null,
	categories: [],
	found: [],
	missing: [],
	missingMustHaves: [],
	transferable: [],
	summary: '',
}

const consentUrl = '/compte#ia'

export type WriteRefusal = { status: number; message: string; upgradeUrl?: string }

export type WritePlan = { refusal: WriteRefusal } | { refusal: null; run: (signal: AbortSignal) => AsyncGenerator<LetterStreamEvent, void> }

/**
 * Checks what can be checked before any AI call (the current letter for a
 * rewrite, the premium coach hint), then gives the run: the gateway's events
 * as the screens read them, the finished text saved as a new version. A run
 * whose signal fires saves nothing.
 */
export async function planLetterWriting(workspace: Workspace, options: WriteLetterRequest): Promise<WritePlan> {
	const { user, application, analysis, cv, match, premium } = workspace

	let rewrite: { letter: string; paragraphIndex: number; hint?: string } | undefined
	if (options.rewrite) {
		if (options.rewrite.hint && !premium) {
			return {
				refusal: { status: 403, message: 'La réécriture guidée par le Smart Coach fait partie de l’offre Premium.', upgradeUrl: '/tarifs' },
			}
		}
		const [current] = await listLetterVersions(user, application.id, 1)
		if (!current) {
			return { refusal: { status: 400, message: 'Écrivez d’abord votre lettre\u00a0: il n’y a pas encore de paragraphe à réécrire.' } }
		}
		if (options.rewrite.paragraphIndex >= splitParagraphs(current.body).length) {
			return { refusal: { status: 400, message: 'Ce paragraphe n’existe plus dans votre lettre. Rechargez la page, puis réessayez.' } }
		}
		rewrite = { letter: current.body, paragraphIndex: options.rewrite.paragraphIndex, hint: options.rewrite.hint }
	}

	const brief = buildLetterBrief(
		{ offer: analysis, match: match ?? emptyMatch, cv, jobTitle: application.jobTitle, company: application.company, now: new Date() },
		{ tone: options.tone, length: options.length, stress: options.stress, closing: options.closing },
	)

	async function* run(signal: AbortSignal): AsyncGenerator<LetterStreamEvent, void> {
		const events = writeLetter(user, {
			applicationId: application.id,
			brief,
			variant: rewrite ? undefined : await countGeneratedVersions(user, application.id),
			instruction: options.instruction ?? '',
			offerText: application.offerText,
			rewrite,
			signal,
		})
		let provider: LetterVersion['provider'] = null
		try {
			for await (const event of events) {
				if (event.type === 'start') {
					provider = event.provider
					yield { type: 'meta', provider: event.provider }
				} else if (event.type === 'delta') {
					yield { type: 'delta', text: event.text }
				} else {
					if (signal.aborted) return
					const body = rewrite ? replaceParagraph(rewrite.letter, rewrite.paragraphIndex, event.text) : event.text.trim()
					if (!body || body.length > LETTER_MAX_LENGTH) {
						yield {
							type: 'error',
							code: 'provider_error',
							message: 'Le texte reçu est vide ou trop long pour être enregistré. Réessayez dans un instant.',
						}
						return
					}
					const version = await saveLetterVersion(user, application.id, {
						body,
						origin: rewrite ? 'paragraph' : 'generated',
						tone: options.tone,
						provider,
					})
					yield { type: 'done', version }
				}
			}
		} catch (error) {
			if (error instanceof GatewayRefusal) {
				if (error.code === 'aborted') return
				yield {
					type: 'error',
					code: error.code,
					message: error.userMessage,
					upgradeUrl: error.extra.upgradeUrl,
					consentUrl: error.code === 'consent_required' ? consentUrl : undefined,
				}
				return
			}
			if (signal.aborted) return
			console.error('letter writing failed', error)
			yield { type: 'error', code: 'provider_error', message: 'Votre lettre n’a pas pu être écrite. Réessayez dans un instant.' }
		}
	}

	return { refusal: null, run }
}

export async function loadLetterTab(request: Request, applicationId: string | undefined) {
	const workspace = await loadWorkspace(request, applicationId)
	const { user, application, analysis, cv, match, premium } = workspace
	const [versions, usage, consent] = await Promise.all([
		listLetterVersions(user, application.id),
		lettersGeneratedThisMonth(user),
		getAiConsent(user),
	])
	const current = versions[0] ?? null

	const search = new URL(request.url).searchParams
	const wanted = search.get('version')
	const viewing =
		wanted && isUuid(wanted) && wanted !== current?.id
			? (versions.find((version) => version.id === wanted) ?? (await getLetterVersion(user, application.id, wanted)))
			: null

	// The same gaps the brief will name, so the person answers about what the letter will say.
	const gaps = buildLetterBrief(
		{ offer: analysis, match: match ?? emptyMatch, cv, jobTitle: application.jobTitle, company: application.company, now: new Date() },
		{ tone: 'formel', length: 'standard' },
	).gaps.map((gap) => gap.skill)
	const lastGenerated = versions.find((version) => version.origin === 'generated')

	return {
		applicationId: application.id,
		current,
		restored: current !== null && search.get('restauree') === current.id,
		viewing,
		// The history's texts stay on the server until the person opens one.
		versions: versions.map(
			({ id, origin, provider, createdAt, body }): VersionSummary => ({ id, origin, provider, createdAt, words: countWords(body) }),
		),
		setup: {
			hasCv: cv !== null,
			// Ticked by their `from` wording, which is what the brief filters on: one box per wording.
			transferable: (match?.transferable ?? [])
				.filter((skill, index, all) => all.findIndex((other) => other.from === skill.from) === index)
				.slice(0, STRESS_MAX)
				.map(({ from, to }) => ({ from, to })),
			gaps,
			tone: lastGenerated?.tone ?? 'formel',
		},
		usage,
		consent: consent.aiProcessing,
		mode: aiMode(),
		premium,
	}
}

/** The letter laid out for paper: the sender from the CV, the recipient from the application. */
export function letterDocument(workspace: Workspace, body: string, date = new Date()): LetterDocument {
	const { cv, application, analysis, user } = workspace
	const company = application.company ?? analysis.company ?? undefined
	return {
		sender: {
			name: cv?.name?.trim() || user.displayName?.trim() || '',
			lines: cv?.city ? [cv.city] : [],
			email: cv?.email ?? user.email,
			phone: cv?.phone,
		},
		recipient: {
			company,
			lines: ['À l’attention du service recrutement', ...(analysis.location ? [analysis.location] : [])],
		},
		place: cv?.city,
		date,
		subject: `Candidature au poste de ${application.jobTitle}`,
		body,
		language: 'fr',
	}
}

export async function currentLetter(user: CurrentUser, applicationId: string): Promise<LetterVersion | null> {
	const [current] = await listLetterVersions(user, applicationId, 1)
	return current ?? null
}

const refusalStatus: Record<string, number> = {
	consent_required: 403,
	quota_exceeded: 403,
	blocked: 400,
	output_blocked: 502,
	rate_limited: 429,
	provider_error: 502,
}

/**
 * The letter tab's form posts: save the edited text, restore a version,
 * decide about AI consent, or write the letter without JavaScript (the same
 * run as the stream, read to its end). A refused post changes nothing.
 */
export async function letterAction(request: Request, applicationId: string | undefined) {
	const { user, application } = await requireOwnApplication(request, applicationId)
	const letterUrl = `/letters/candidatures/${application.id}/lettre`
	const submission = parseWithZod(await request.formData(), { schema: letterActionSchema })
	if (submission.status !== 'success') {
		const intent = submission.payload.intent
		const errors = Object.values(submission.error ?? {}).flat()
		return data<LetterActionData>(
			{ intent: typeof intent === 'string' ? intent : undefined, ok: false, result: submission.reply(), message: errors[0] ?? undefined },
			{ status: 400 },
		)
	}

	const value = submission.value
	switch (value.intent) {
		case 'save': {
			const current = await currentLetter(user, application.id)
			if (current?.body === value.body) return data<LetterActionData>({ intent: 'save', ok: true, result: submission.reply(), unchanged: true })
			await saveLetterVersion(user, application.id, { body: value.body, origin: 'edited', tone: current?.tone ?? null })
			return data<LetterActionData>({ intent: 'save', ok: true, result: submission.reply(), saved: true })
		}
		case 'restore': {
			const [version, current] = await Promise.all([
				getLetterVersion(user, application.id, value.versionId),
				currentLetter(user, application.id),
			])
			if (!version) {
				return data<LetterActionData>(
					{ intent: 'restore', ok: false, message: 'Cette version est introuvable. Rechargez la page.' },
					{ status: 404 },
				)
			}
			const restored =
				current && current.body === version.body
					? current
					: await saveLetterVersion(user, application.id, { body: version.body, origin: 'edited', tone: version.tone })
			return redirect(`${letterUrl}?restauree=${restored.id}`)
		}
		case 'consent': {
			// Iris's profile summary is decided on « Mon compte » or in the Iris panel: keep whatever was chosen there.
			const { profileContext } = await getAiConsent(user)
			await recordAiConsent(user, { aiProcessing: value.aiProcessing === 'accept', profileContext })
			return data<LetterActionData>({ intent: 'consent', ok: true })
		}
		case 'generate': {
			const { intent: _intent, ...options } = value
			const workspace = await loadWorkspace(request, applicationId)
			const hasTransferable = (workspace.match?.transferable.length ?? 0) > 0
			const plan = await planLetterWriting(workspace, { ...options, stress: options.stress ?? (hasTransferable ? [] : undefined) })
			if (plan.refusal) {
				return data<LetterActionData>(
					{
						intent: 'generate',
						ok: false,
						result: submission.reply({ formErrors: [plan.refusal.message] }),
						message: plan.refusal.message,
						upgradeUrl: plan.refusal.upgradeUrl,
					},
					{ status: plan.refusal.status },
				)
			}
			for await (const event of plan.run(request.signal)) {
				if (event.type === 'done') return redirect(letterUrl)
				if (event.type === 'error') {
					return data<LetterActionData>(
						{
							intent: 'generate',
							ok: false,
							result: submission.reply({ formErrors: [event.message] }),
							message: event.message,
							upgradeUrl: event.upgradeUrl,
						},
						{ status: refusalStatus[event.code] ?? 502 },
					)
				}
			}
			return data<LetterActionData>(
				{ intent: 'generate', ok: false, message: 'Votre lettre n’a pas pu être écrite. Réessayez dans un instant.' },
				{ status: 502 },
			)
		}
	}
}
