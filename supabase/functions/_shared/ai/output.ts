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
