// `npm run phoenix -- <command>`: Phoenix's engines on the command line, for
// batch use and audits. Reads a text on stdin, or with --jsonl one
// {"id", "text"} object per line, and prints JSON (one result per line, with
// the same id, in --jsonl mode).
import { z } from 'zod'
import { screenText } from '#shared/ai/guard/index.ts'
import { Anonymizer, findPii } from '#shared/ai/pii/index.ts'

type Command = { summary: string; run: (text: string) => unknown }

const commands: Record<string, Command> = {
	anonymize: {
		summary: 'masks personal data (names, phones, emails, NIR, IBAN, SIRET, addresses…) with typed placeholders',
		run(text) {
			const anonymizer = new Anonymizer()
			const spans = findPii(text)
			const masked = anonymizer.mask(text)
			// The placeholders and where they were, never the values themselves.
			const placeholders = new Map([...anonymizer.vault].map(([placeholder, value]) => [value, placeholder]))
			return {
				text: masked,
				entities: spans.map((span) => ({ type: span.type, start: span.start, end: span.end, placeholder: placeholders.get(span.value) ?? null })),
			}
		},
	},
	guard: {
		summary: 'screens a text for prompt injection: verdict allow / flag / block, score and the rules that matched',
		run(text) {
			const result = screenText(text, { source: 'user' })
			return { verdict: result.verdict, score: result.score, reasons: result.reasons.map((reason) => reason.rule) }
		},
	},
}

const lineSchema = z.object({
	id: z.union([z.string(), z.number()], { error: '"id" must be a string or a number' }),
	text: z.string({ error: '"text" must be a string' }),
})

function usage() {
	const lines = Object.entries(commands).map(([name, command]) => `  ${name.padEnd(12)}${command.summary}`)
	return `Usage: npm run phoenix -- <command> [--jsonl] < input\n\nCommands:\n${lines.join('\n')}\n\nWithout --jsonl, stdin is one text and one JSON object is printed.\nWith --jsonl, each input line is {"id": …, "text": …} and each output line carries the same id.`
}

async function readStdin() {
	const chunks: Buffer[] = []
	for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
	return Buffer.concat(chunks).toString('utf8')
}

async function main(argv: string[]) {
	const [name, ...flags] = argv
	if (!name || name === '--help' || name === '-h') {
		console.log(usage())
		return 0
	}
	const command = commands[name]
	const unknownFlags = flags.filter((flag) => flag !== '--jsonl')
	if (!command || unknownFlags.length > 0) {
		console.error(`${command ? `Unknown option ${unknownFlags[0]}` : `Unknown command "${name}"`}\n\n${usage()}`)
		return 2
	}
	const input = await readStdin()
	if (!flags.includes('--jsonl')) {
		console.log(JSON.stringify(command.run(input)))
		return 0
	}
	let failures = 0
	const lines = input.split(/\r?\n/)
	lines.forEach((line, index) => {
		if (!line.trim()) return
		let parsed: z.infer<typeof lineSchema>
		try {
			const result = lineSchema.safeParse(JSON.parse(line))
			if (!result.success) throw new Error(result.error.issues[0]?.message ?? 'invalid line')
			parsed = result.data
		} catch (error) {
			failures++
			const id = (() => {
				try {
					return (JSON.parse(line) as { id?: unknown }).id ?? null
				} catch {
					return null
				}
			})()
			console.log(JSON.stringify({ id, line: index + 1, error: error instanceof SyntaxError ? 'not valid JSON' : (error as Error).message }))
			return
		}
		console.log(JSON.stringify({ id: parsed.id, ...(command.run(parsed.text) as object) }))
	})
	return failures > 0 ? 1 : 0
}

process.exitCode = await main(process.argv.slice(2))
