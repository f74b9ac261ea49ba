import { describe, expect, test } from 'vitest'
import { createSseParser, type SseEvent } from './sse.ts'

function parse(chunks: string[], { end = true } = {}) {
	const events: SseEvent[] = []
	const parser = createSseParser((event) => events.push(event))
	for (const chunk of chunks) parser.push(chunk)
	if (end) parser.end()
	return events
}

const irisStream =
	'event: meta\ndata: {"conversationId":"c1","userMessageId":"u1","messageId":"a1","provider":"offline","persona":"letters"}\n\n' +
	': keep-alive\n\n' +
	'event: delta\ndata: {"text":"Bonjour, "}\n\n' +
	'event: delta\ndata: {"text":"voici l’étape\\u00a0: « CPF »."}\n\n' +
	'event: done\ndata: {"text":"Bonjour, voici l’étape\\u00a0: « CPF ».","actions":[]}\n\n'

describe('createSseParser', () => {
	test('reads typed events with JSON data', () => {
		const events = parse([irisStream])
		expect(events.map((event) => event.event)).toEqual(['meta', 'delta', 'delta', 'done'])
		expect(JSON.parse(events[2]!.data)).toEqual({ text: 'voici l’étape\u00a0: « CPF ».' })
	})

	test('gives the same events whatever the split, at every position', () => {
		const whole = parse([irisStream])
		for (let index = 0; index <= irisStream.length; index++) {
			expect(parse([irisStream.slice(0, index), irisStream.slice(index)])).toEqual(whole)
		}
	})

	test('gives the same events when fed one UTF-8 byte at a time through a streaming decoder', () => {
		const bytes = new TextEncoder().encode(irisStream)
		const decoder = new TextDecoder()
		const chunks = [...bytes].map((byte) => decoder.decode(new Uint8Array([byte]), { stream: true }))
		expect(parse(chunks)).toEqual(parse([irisStream]))
	})

	test('accepts CRLF and lone CR line endings, even with CRLF split across chunks', () => {
		const crlf = irisStream.replaceAll('\n', '\r\n')
		const cr = irisStream.replaceAll('\n', '\r')
		const expected = parse([irisStream])
		expect(parse([crlf])).toEqual(expected)
		expect(parse([cr])).toEqual(expected)
		for (let index = 0; index <= crlf.length; index++) {
			expect(parse([crlf.slice(0, index), crlf.slice(index)])).toEqual(expected)
		}
	})

	test('a CR at the end of a chunk followed by another line does not swallow it', () => {
		expect(parse(['data: a\r', 'data: b\r\r'])).toEqual([{ event: 'message', data: 'a\nb', id: '' }])
	})

	test('joins multi-line data with line feeds and strips one leading space only', () => {
		expect(parse(['data: first\ndata:  indented\ndata:third\ndata\n\n'])).toEqual([
			{ event: 'message', data: 'first\n indented\nthird\n', id: '' },
		])
	})

	test('ignores comments, unknown fields and events without data', () => {
		expect(parse([': comment\nretry: 1000\nfoo: bar\nevent: ping\n\n:another\n\nevent: delta\ndata: x\n\n'])).toEqual([
			{ event: 'delta', data: 'x', id: '' },
		])
	})

	test('the event type does not leak into the next event', () => {
		expect(parse(['event: delta\ndata: 1\n\ndata: 2\n\n']).map((event) => event.event)).toEqual(['delta', 'message'])
	})

	test('keeps the last id', () => {
		expect(parse(['id: 7\ndata: a\n\ndata: b\n\n']).map((event) => event.id)).toEqual(['7', '7'])
	})

	test('skips a leading byte order mark', () => {
		expect(parse(['\uFEFFdata: a\n\n'])).toEqual([{ event: 'message', data: 'a', id: '' }])
	})

	test('drops an event the stream cut off before its blank line', () => {
		const events: SseEvent[] = []
		const parser = createSseParser((event) => events.push(event))
		parser.push('event: delta\ndata: {"text":"a"}\n\nevent: delta\ndata: {"te')
		parser.end()
		expect(events).toHaveLength(1)
		parser.push('x"}\n\n')
		expect(events).toHaveLength(1)
	})

	test('waits for the blank line before dispatching', () => {
		expect(parse(['event: done\ndata: {}\n'], { end: false })).toEqual([])
	})
})
