// Iris answers in a small subset of Markdown. It is turned into React elements
// here, never into an HTML string: whatever the model (or an injected prompt)
// writes, text stays text, and only links to our own screens or to a few public
// sites become links. The server filters links too; this is the second lock.
import { Fragment, type ReactNode } from 'react'
import { Link } from 'react-router'
import { allowedExternalHosts, isProductPath } from '#shared/ai/screens.ts'

export type AnswerBlock =
	| { type: 'paragraph'; lines: string[] }
	| { type: 'heading'; text: string }
	| { type: 'list'; ordered: boolean; start: number; items: string[][] }

export type InlineToken =
	| { type: 'text'; text: string }
	| { type: 'strong'; children: InlineToken[] }
	| { type: 'emphasis'; children: InlineToken[] }
	| { type: 'link'; label: string; target: LinkTarget }

export type LinkTarget = { kind: 'product'; to: string } | { kind: 'external'; href: string }

/** Where a link may lead, or null when it must stay text. */
export function linkTarget(href: string): LinkTarget | null {
	const trimmed = href.trim()
	if (isProductPath(trimmed)) return { kind: 'product', to: trimmed }
	let url: URL
	try {
		url = new URL(trimmed)
	} catch {
		return null
	}
	if (url.protocol !== 'https:' || url.username || url.password || url.port) return null
	if (!(allowedExternalHosts as readonly string[]).includes(url.hostname)) return null
	return { kind: 'external', href: url.href }
}

const bulletItem = /^\s*[-*+]\s+(.*)$/
const numberedItem = /^\s*(\d{1,3})[.)]\s+(.*)$/
const heading = /^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/
const separator = /^\s{0,3}([-*_])(?:\s*\1){2,}\s*$/

/** Splits an answer into paragraphs (with their line breaks), headings and lists. */
export function answerBlocks(text: string): AnswerBlock[] {
	const blocks: AnswerBlock[] = []
	// Asserted, not annotated: `close` reassigns it, which narrowing from `= null` would not see.
	let current = null as AnswerBlock | null
	const close = () => {
		if (current) blocks.push(current)
		current = null
	}
	for (const rawLine of text.split(/\r\n?|\n/)) {
		const line = rawLine.trimEnd()
		if (!line.trim() || separator.test(line)) {
			close()
			continue
		}
		const headingMatch = heading.exec(line)
		if (headingMatch) {
			close()
			if (headingMatch[1]) blocks.push({ type: 'heading', text: headingMatch[1] })
			continue
		}
		const bullet = bulletItem.exec(line)
		const numbered = bullet ? null : numberedItem.exec(line)
		if (bullet || numbered) {
			const ordered = Boolean(numbered)
			const itemText = (bullet ? bullet[1] : numbered?.[2]) ?? ''
			if (current?.type === 'list' && current.ordered === ordered) {
				current.items.push([itemText])
			} else {
				close()
				current = { type: 'list', ordered, start: numbered ? Number(numbered[1]) : 1, items: [[itemText]] }
			}
			continue
		}
		// An indented line right under a list item belongs to that item.
		if (current?.type === 'list' && /^\s/.test(line)) {
			current.items.at(-1)?.push(line.trim())
			continue
		}
		if (current?.type === 'paragraph') {
			current.lines.push(line.trim())
			continue
		}
		close()
		current = { type: 'paragraph', lines: [line.trim()] }
	}
	close()
	return blocks
}

// One alternation, tried left to right: image, link, bold, italics.
const inlinePattern =
	/!\[([^\]\n]*)\]\(([^)\n]*)\)|\[([^\]\n]+)\]\(([^)\s]*)(?:\s+"[^"\n]*")?\)|(\*\*|__)(?=\S)(.+?)(?<=\S)\5|([*_])(?=[^\s*_])(.+?)(?<=[^\s*_])\7/u
const wordCharacter = /[\p{L}\p{N}]/u

/** The inline pieces of one line: text, bold, italics and the links that are allowed. */
export function inlineTokens(text: string): InlineToken[] {
	const tokens: InlineToken[] = []
	const pushText = (value: string) => {
		if (!value) return
		const last = tokens.at(-1)
		if (last?.type === 'text') last.text += value
		else tokens.push({ type: 'text', text: value })
	}
	let rest = text
	while (rest) {
		const match = inlinePattern.exec(rest)
		if (!match) {
			pushText(rest)
			break
		}
		const [whole, imageAlt, , linkLabel, linkHref, strongMarker, strongText, emphasisMarker, emphasisText] = match
		const before = rest.slice(0, match.index)
		const after = rest.slice(match.index + whole.length)
		// snake_case and 2*3*4 are not emphasis: underscores and lone stars must stand at word edges.
		const marker = strongMarker ?? emphasisMarker
		const intraword =
			marker !== undefined &&
			(wordCharacter.test(before.at(-1) ?? '') || wordCharacter.test(after.at(0) ?? '')) &&
			(marker.startsWith('_') || marker === '*')
		if (intraword) {
			pushText(before + whole.slice(0, 1))
			rest = rest.slice(match.index + 1)
			continue
		}
		pushText(before)
		if (imageAlt !== undefined) {
			pushText(imageAlt)
		} else if (linkLabel !== undefined) {
			const target = linkTarget(linkHref ?? '')
			const label = tokensText(inlineTokens(linkLabel))
			if (target) tokens.push({ type: 'link', label, target })
			else pushText(label)
		} else if (strongText !== undefined) {
			tokens.push({ type: 'strong', children: inlineTokens(strongText) })
		} else if (emphasisText !== undefined) {
			tokens.push({ type: 'emphasis', children: inlineTokens(emphasisText) })
		}
		rest = after
	}
	return tokens
}

function tokensText(tokens: InlineToken[]): string {
	return tokens
		.map((token) =>
			token.type === 'text' ? token.text : token.type === 'link' ? token.label : tokensText(token.children),
		)
		.join('')
}

/** The answer as a screen reader should hear it: no Markdown marks, one line per block or item. */
export function answerPlainText(text: string): string {
	return answerBlocks(text)
		.flatMap((block) => {
			if (block.type === 'heading') return [tokensText(inlineTokens(block.text))]
			if (block.type === 'paragraph') return [block.lines.map((line) => tokensText(inlineTokens(line))).join(' ')]
			return block.items.map((item) => item.map((line) => tokensText(inlineTokens(line))).join(' '))
		})
		.join('\n')
}

const linkClassName =
	'font-medium text-ember-800 underline decoration-ember-300 underline-offset-4 hover:decoration-ember-700'

function Inline({ tokens }: { tokens: InlineToken[] }) {
	return tokens.map((token, index) => {
		switch (token.type) {
			case 'text':
				return <Fragment key={index}>{token.text}</Fragment>
			case 'strong':
				return (
					<strong key={index} className="font-semibold">
						<Inline tokens={token.children} />
					</strong>
				)
			case 'emphasis':
				return (
					<em key={index}>
						<Inline tokens={token.children} />
					</em>
				)
			case 'link':
				return token.target.kind === 'product' ? (
					<Link key={index} to={token.target.to} className={linkClassName}>
						{token.label}
					</Link>
				) : (
					<a key={index} href={token.target.href} target="_blank" rel="noopener noreferrer" className={linkClassName}>
						{token.label}
						<span className="sr-only"> (nouvel onglet)</span>
					</a>
				)
		}
	})
}

function Lines({ lines }: { lines: string[] }) {
	return lines.map((line, index) => (
		<Fragment key={index}>
			{index > 0 ? <br /> : null}
			<Inline tokens={inlineTokens(line)} />
		</Fragment>
	))
}

/** An Iris answer, safe to show whatever its content. */
export function AnswerText({ text, children }: { text: string; children?: ReactNode }) {
	const blocks = answerBlocks(text)
	return (
		<div className="flex flex-col gap-3 break-words">
			{blocks.map((block, index) => {
				const isLast = index === blocks.length - 1
				// `children` (the streaming caret) follows the last word rather than sitting on its own line.
				const tail = isLast ? children : null
				if (block.type === 'heading') {
					return (
						<p key={index} className="font-semibold text-stone-950">
							<Inline tokens={inlineTokens(block.text)} />
							{tail}
						</p>
					)
				}
				if (block.type === 'paragraph') {
					return (
						<p key={index}>
							<Lines lines={block.lines} />
							{tail}
						</p>
					)
				}
				const ListElement = block.ordered ? 'ol' : 'ul'
				return (
					<ListElement
						key={index}
						start={block.ordered && block.start !== 1 ? block.start : undefined}
						className={
							block.ordered
								? 'list-decimal space-y-1 pl-6 marker:text-stone-600'
								: 'list-disc space-y-1 pl-5 marker:text-ember-700'
						}
					>
						{block.items.map((item, itemIndex) => (
							<li key={itemIndex}>
								<Lines lines={item} />
								{itemIndex === block.items.length - 1 ? tail : null}
							</li>
						))}
					</ListElement>
				)
			})}
			{blocks.length === 0 && children ? <p>{children}</p> : null}
		</div>
	)
}
