// A server-sent events parser fed with text as it arrives, for streams that
// EventSource cannot open (it only issues GET). It follows the parsing rules of
// the HTML standard: lines end with CRLF, LF or CR, `:` starts a comment, data
// lines are joined with LF, and an event left unfinished when the stream ends
// is dropped, since a cut-off JSON payload is worse than none.

export type SseEvent = {
	/** The `event:` field, `message` when absent. */
	event: string
	data: string
	/** The last `id:` seen on the stream, as EventSource's `lastEventId`. */
	id: string
}

export type SseParser = {
	/** Feeds decoded text; chunks may split lines, CRLF pairs and events anywhere. */
	push: (chunk: string) => void
	/** The stream is over: forgets what was left unfinished. */
	end: () => void
}

export function createSseParser(onEvent: (event: SseEvent) => void): SseParser {
	let buffer = ''
	let atStart = true
	// A CR closing the previous chunk may be the first half of a CRLF.
	let skipLineFeed = false
	let eventType = ''
	let data: string[] = []
	let lastId = ''

	function dispatch() {
		const type = eventType || 'message'
		eventType = ''
		if (data.length === 0) return
		const event = { event: type, data: data.join('\n'), id: lastId }
		data = []
		onEvent(event)
	}

	function processLine(line: string) {
		if (line === '') return dispatch()
		if (line.startsWith(':')) return
		const colon = line.indexOf(':')
		const field = colon === -1 ? line : line.slice(0, colon)
		let value = colon === -1 ? '' : line.slice(colon + 1)
		if (value.startsWith(' ')) value = value.slice(1)
		if (field === 'data') data.push(value)
		else if (field === 'event') eventType = value
		else if (field === 'id' && !value.includes('\0')) lastId = value
	}

	return {
		push(chunk) {
			if (!chunk) return
			buffer += chunk
			if (atStart) {
				atStart = false
				if (buffer.startsWith('\uFEFF')) buffer = buffer.slice(1)
			}
			if (skipLineFeed && buffer.startsWith('\n')) buffer = buffer.slice(1)
			skipLineFeed = false
			let start = 0
			for (let index = 0; index < buffer.length; index++) {
				const char = buffer[index]
				if (char !== '\n' && char !== '\r') continue
				processLine(buffer.slice(start, index))
				if (char === '\r') {
					if (index + 1 === buffer.length) skipLineFeed = true
					else if (buffer[index + 1] === '\n') index++
				}
				start = index + 1
			}
			buffer = buffer.slice(start)
		},
		end() {
			buffer = ''
			eventType = ''
			data = []
			skipLineFeed = false
		},
	}
}
