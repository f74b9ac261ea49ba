// Greedy line breaking at ordinary spaces only: no-break spaces (U+00A0)
// hold their neighbours together, so « : » or « » » never opens a line.

export type WrappedLine = {
	text: string
	/** Natural width, before any justification. */
	width: number
	/** Whether the line is stretched to the full measure: every line of a paragraph but its last. */
	justify: boolean
}

const cannotStartLine = /^[\u00A0:;!?»,.)]/

/** Cuts a word wider than the measure (a long address or link) into pieces that fit. */
function splitLongWord(word: string, maxWidth: number, measure: (text: string) => number): string[] {
	const pieces: string[] = []
	let rest = [...word]
	while (rest.length > 0 && measure(rest.join('')) > maxWidth) {
		let count = 1
		while (count < rest.length && measure(rest.slice(0, count + 1).join('')) <= maxWidth) count++
		while (count > 1 && cannotStartLine.test(rest[count] ?? '')) count--
		pieces.push(rest.slice(0, count).join(''))
		rest = rest.slice(count)
	}
	if (rest.length > 0) pieces.push(rest.join(''))
	return pieces
}

/**
 * Breaks one line of text (no line feed in it) into lines no wider than `maxWidth`.
 * With `justify`, every line but the last is marked to be stretched; a line without
 * a space cannot be stretched and stays flush left.
 */
export function wrapText(text: string, maxWidth: number, measure: (text: string) => number, options: { justify: boolean }): WrappedLine[] {
	const spaceWidth = measure(' ')
	const words = text.split(' ').filter(Boolean).flatMap((word) => splitLongWord(word, maxWidth, measure))
	const lines: WrappedLine[] = []
	let current: string[] = []
	let width = 0
	const flush = () => {
		if (current.length === 0) return
		lines.push({ text: current.join(' '), width, justify: options.justify && current.length > 1 })
		current = []
		width = 0
	}
	for (const word of words) {
		const wordWidth = measure(word)
		if (current.length > 0 && width + spaceWidth + wordWidth > maxWidth + 0.001) flush()
		width += (current.length > 0 ? spaceWidth : 0) + wordWidth
		current.push(word)
	}
	flush()
	const last = lines.at(-1)
	if (last) last.justify = false
	return lines
}
