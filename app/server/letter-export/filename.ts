import { foldAccents } from '#shared/ai/offline/text.ts'
import { parisToday } from '#app/domain/application/tracker.ts'
import type { LetterDocument } from '#app/server/letter-export/types.ts'

// Lower-case ASCII, digits and hyphens only: the name survives every mail client, file system and Content-Disposition header.
function slug(text: string): string {
	return foldAccents(text)
		.toLowerCase()
		.replace(/['’]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 40)
		.replace(/-+$/, '')
}

/** « lettre-motivation-santeo-2026-11-22.pdf »; without a company, « lettre-motivation-2026-11-22.pdf ». */
export function letterFileName(letter: LetterDocument, extension: 'pdf' | 'docx'): string {
	const company = slug(letter.recipient.company ?? '')
	return ['lettre-motivation', company, parisToday(letter.date)].filter(Boolean).join('-') + `.${extension}`
}
