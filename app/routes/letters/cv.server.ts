import { CvImportError } from '#app/domain/cv/json-resume.ts'
import type { CurrentUser } from '#app/server/auth/auth.server.ts'
import { savePrimaryCv } from '#app/server/cv.server.ts'
import { quotaRefusal } from '#app/server/plans.server.ts'

/**
 * Where to send the person back after saving: a path of Phoenix Letters only,
 * so a crafted link can never redirect elsewhere. null otherwise.
 */
export function safeReturnPath(value: string | null | undefined): string | null {
	if (!value || !value.startsWith('/') || value.startsWith('//') || /[\\\s]/.test(value)) return null
	const base = 'http://phoenix.invalid'
	let url: URL
	try {
		url = new URL(value, base)
	} catch {
		return null
	}
	if (url.origin !== base || !/^\/letters(\/|$)/.test(url.pathname)) return null
	return `${url.pathname}${url.search}${url.hash}`
}

/** Saves the person's main CV, or says in French why it could not be read (nothing is written then). */
export async function saveCv(
	user: CurrentUser,
	input: { format: 'text' | 'json_resume'; text: string },
): Promise<{ ok: true } | { ok: false; message: string }> {
	try {
		await savePrimaryCv(user, input)
		return { ok: true }
	} catch (error) {
		if (error instanceof CvImportError) return { ok: false, message: error.message }
		if (error instanceof SyntaxError) {
			return { ok: false, message: 'Ce texte n’est pas du JSON valide. Exportez votre CV au format JSON Resume, ou collez-en le texte.' }
		}
		const refusal = quotaRefusal(error)
		if (refusal) return { ok: false, message: refusal.message }
		throw error
	}
}
