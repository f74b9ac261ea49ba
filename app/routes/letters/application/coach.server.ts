import { parseWithZod } from '@conform-to/zod/v4'
import { data } from 'react-router'
import { coachActionSchema } from '#app/components/letters/letter-schema.ts'
import { applyFix, StaleFixError } from '#app/domain/coach/apply.ts'
import { coachLetter } from '#app/domain/coach/coach.ts'
import type { CoachCheck, CoachFinding, CoachReport, CoachSeverity } from '#app/domain/coach/types.ts'
import { LETTER_MAX_LENGTH, paragraphIndexAt } from '#app/domain/letter/paragraphs.ts'
import { getLetterVersion, saveLetterVersion } from '#app/server/letters.server.ts'
import { currentLetter } from './letter.server.ts'
import { loadWorkspace, type Workspace } from './workspace.server.ts'

/** How many findings, with their fixes, the free plan shows. */
export const FREE_FINDINGS = 2

const severityRank: Record<CoachSeverity, number> = { important: 3, conseil: 2, detail: 1 }

/** A finding as the screen shows it, with the paragraph an AI rewrite would replace. */
export type CoachFindingView = CoachFinding & { paragraphIndex: number | null }

function runCoach(workspace: Workspace, body: string): CoachReport {
	return coachLetter(body, {
		offer: workspace.analysis,
		company: workspace.application.company,
		candidateName: workspace.cv?.name ?? null,
	})
}

/**
 * What the free plan sees in full: the two findings that weigh most (most
 * serious first, then in reading order), so the preview is the useful part.
 */
function visibleFindings(report: CoachReport, premium: boolean): CoachFinding[] {
	if (premium) return report.findings
	const shown = new Set(
		report.findings
			.map((finding, order) => ({ finding, order }))
			.sort((a, b) => severityRank[b.finding.severity] - severityRank[a.finding.severity] || a.order - b.order)
			.slice(0, FREE_FINDINGS)
			.map(({ finding }) => finding),
	)
	return report.findings.filter((finding) => shown.has(finding))
}

export async function loadCoachTab(request: Request, applicationId: string | undefined) {
	const workspace = await loadWorkspace(request, applicationId)
	const { user, application, premium } = workspace
	const current = await currentLetter(user, application.id)
	if (!current) return { applicationId: application.id, premium, letter: null, report: null }

	const report = runCoach(workspace, current.body)
	const counts = new Map<CoachCheck, number>()
	for (const finding of report.findings) counts.set(finding.check, (counts.get(finding.check) ?? 0) + 1)
	const findings = visibleFindings(report, premium).map(
		(finding): CoachFindingView => ({
			...finding,
			paragraphIndex: finding.rewritable && finding.start !== undefined ? paragraphIndexAt(current.body, finding.start) : null,
		}),
	)
	return {
		applicationId: application.id,
		premium,
		letter: { id: current.id, body: current.body, tone: current.tone, createdAt: current.createdAt },
		report: {
			score: report.score,
			words: report.words,
			total: report.findings.length,
			counts: [...counts].map(([check, count]) => ({ check, count })),
			findings,
			hidden: report.findings.length - findings.length,
		},
	}
}

export type CoachActionData = { ok: boolean; message: string; stale?: boolean }

/**
 * « Appliquer »: the finding is found again on the version the person was
 * reading, and its fix applied to the current version, where its text still
 * stands. A fix whose text has changed since is refused and nothing is saved.
 */
export async function coachAction(request: Request, applicationId: string | undefined) {
	const workspace = await loadWorkspace(request, applicationId)
	const { user, application, premium } = workspace
	const submission = parseWithZod(await request.formData(), { schema: coachActionSchema })
	if (submission.status !== 'success') {
		const message = Object.values(submission.error ?? {}).flat()[0] ?? 'Cette demande est incomplète. Rechargez la page.'
		return data<CoachActionData>({ ok: false, message }, { status: 400 })
	}
	const { versionId, findingId } = submission.value

	const [seen, current] = await Promise.all([getLetterVersion(user, application.id, versionId), currentLetter(user, application.id)])
	if (!seen || !current) {
		return data<CoachActionData>({ ok: false, message: 'Cette version de la lettre est introuvable. Rechargez la page.' }, { status: 404 })
	}
	const finding = visibleFindings(runCoach(workspace, seen.body), premium).find((candidate) => candidate.id === findingId)
	if (!finding?.fix) {
		return data<CoachActionData>(
			{ ok: false, message: 'Cette suggestion n’est plus d’actualité. Les conseils ci-dessous sont à jour.', stale: true },
			{ status: 409 },
		)
	}

	let body: string
	try {
		body = applyFix(current.body, finding.fix)
	} catch (error) {
		if (!(error instanceof StaleFixError)) throw error
		return data<CoachActionData>(
			{
				ok: false,
				stale: true,
				message:
					'Ce passage a changé depuis l’analyse, la correction n’a donc pas été appliquée et votre lettre n’a pas bougé. Les conseils ci-dessous sont à jour.',
			},
			{ status: 409 },
		)
	}
	if (body === current.body) return data<CoachActionData>({ ok: true, message: 'Ce passage était déjà corrigé.' })
	if (!body.trim() || body.length > LETTER_MAX_LENGTH) {
		return data<CoachActionData>(
			{ ok: false, message: 'Cette correction rendrait la lettre vide ou trop longue\u00a0: elle n’a pas été appliquée.' },
			{ status: 400 },
		)
	}
	await saveLetterVersion(user, application.id, { body, origin: 'coach', tone: current.tone })
	return data<CoachActionData>({ ok: true, message: 'Correction appliquée\u00a0: une nouvelle version de votre lettre est enregistrée.' })
}
