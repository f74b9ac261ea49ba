// What may come out of a model: links only to our own screens or to a short
// list of public sites, no images (a classic exfiltration channel), no raw
// HTML. Links to our screens become the answer's suggested actions.
import { allowedExternalHosts, isProductPath } from './screens.ts'

export type AnswerAction = { label: string; href: string }

export type CheckedOutput = { text: string; actions: AnswerAction[]; removedLinks: number }

const imagePattern = /!\[([^\]]*)\]\(([^)]*)\)/g
const linkPattern = /\[([^\]\n]{1,120})\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g
const htmlTagPattern = /<\/?[a-z][^>]*>/gi
const bareUrlPattern = /\bhttps?:\/\/[^\s)<>\]]+/gi

export function isAllowedHref(href: string): boolean {
	if (isProductPath(href)) return true
	try {
		const url = new URL(href)
		return url.protocol === 'https:' && (allowedExternalHosts as readonly string[]).includes(url.host) && !url.username
	} catch {
		return false
	}
}

export function checkOutput(text: string): CheckedOutput {
	let removedLinks = 0
	const actions: AnswerAction[] = []
	let checked = text.replace(imagePattern, (_match, alt: string) => {
		removedLinks++
		return alt
	})
	checked = checked.replace(linkPattern, (match, label: string, href: string) => {
		if (!isAllowedHref(href)) {
			removedLinks++
			return label
		}
		if (href.startsWith('/') && !actions.some((action) => action.href === href && action.label === label)) {
			actions.push({ label: label.trim(), href })
		}
		return match
	})
	checked = checked.replace(htmlTagPattern, '')
	// Bare addresses outside markdown links: keep allowed ones, drop the rest.
	checked = checked.replace(bareUrlPattern, (url, offset: number, whole: string) => {
		if (whole.slice(Math.max(0, offset - 2), offset) === '](') return url
		if (isAllowedHref(url)) return url
		removedLinks++
		return '[lien retiré]'
	})
	return { text: checked, actions: actions.slice(0, 4), removedLinks }
}

const FRAGMENT_LENGTH = 48

function squeeze(text: string) {
	return text.toLowerCase().replace(/[\s\u00a0\u200b-\u200d\u2060\ufeff]+/g, ' ')
}

/**
 * The pieces of a system instruction whose appearance in an answer means the
 * model is reciting its instructions: the start of every long sentence of the
 * persona and the rules. Left out: the opening sentence (who Iris is, which it
 * may say) and the screen list (naming a screen is normal). Checked as the answer streams, so a recital is stopped within its
 * first sentence, before the stream's held-back tail reaches the person.
 */
export function instructionFragments(systemInstruction: string): string[] {
	return systemInstruction
		.split(/\n+|(?<=[.!?])\s+/)
		.map((sentence) => squeeze(sentence.trim()))
		.slice(1)
		.filter((sentence) => sentence.length >= FRAGMENT_LENGTH && !sentence.startsWith('- ['))
		.map((sentence) => sentence.slice(0, FRAGMENT_LENGTH))
}

export function recitesInstructions(output: string, fragments: readonly string[]): boolean {
	const text = squeeze(output)
	return fragments.some((fragment) => text.includes(fragment))
}
