import { data } from 'react-router'
import { isUuid } from '#app/server/applications.server.ts'
import { letterToDocx } from '#app/server/letter-export/docx.server.ts'
import { letterFileName } from '#app/server/letter-export/filename.ts'
import { letterToPdf } from '#app/server/letter-export/pdf.server.ts'
import { getLetterVersion } from '#app/server/letters.server.ts'
import type { Route } from './+types/export'
import { currentLetter, letterDocument } from './letter.server.ts'
import { loadWorkspace } from './workspace.server.ts'

const formats = {
	pdf: { contentType: 'application/pdf', render: letterToPdf },
	docx: { contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', render: letterToDocx },
} as const

/**
 * GET /letters/candidatures/:applicationId/export/:format (pdf or docx) — the
 * current letter, or `?version=<id>`, laid out on A4 with the sender from the
 * CV and the recipient from the application, as a download.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
	const kind = params.format === 'pdf' || params.format === 'docx' ? params.format : null
	if (!kind) throw data({ message: 'Ce format d’export n’existe pas. Choisissez PDF ou Word.' }, { status: 404 })
	const workspace = await loadWorkspace(request, params.applicationId)
	const { user, application } = workspace

	const wanted = new URL(request.url).searchParams.get('version')
	const version = wanted
		? isUuid(wanted)
			? await getLetterVersion(user, application.id, wanted)
			: null
		: await currentLetter(user, application.id)
	if (!version) {
		const message = wanted ? 'Cette version de la lettre est introuvable.' : 'Cette candidature n’a pas encore de lettre à exporter.'
		throw data({ message }, { status: 404 })
	}

	const letter = letterDocument(workspace, version.body)
	const bytes = await formats[kind].render(letter)
	const fileName = letterFileName(letter, kind)
	return new Response(new Uint8Array(bytes), {
		headers: {
			'Content-Type': formats[kind].contentType,
			'Content-Disposition': `attachment; filename="${fileName}"`,
			'Content-Length': String(bytes.byteLength),
			'Cache-Control': 'private, no-store',
		},
	})
}
