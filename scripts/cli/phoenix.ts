// `npm run phoenix -- <command>`: Phoenix's engines on the command line, for
// batch use and audits. Reads its input on stdin (or files named by options),
// or with --jsonl one {"id", …} object per line, and prints JSON (one result
// per line, with the same id, in --jsonl mode).
import fs from 'node:fs/promises'
import { z } from 'zod'
import { cvFromJsonResume } from '#app/domain/cv/json-resume.ts'
import { cvFromText } from '#app/domain/cv/text.ts'
import type { Cv } from '#app/domain/cv/types.ts'
import { matchCvToOffer } from '#app/domain/match/mirror-match.ts'
import { analyzeOffer } from '#app/domain/offer/analyze.ts'
import type { RomeLexicon } from '#app/domain/rome/lexicon.ts'
import { buildRome, type Rome } from '#app/domain/rome/rome.ts'
import { buildTrajectory } from '#app/domain/trajectory/build.ts'
import { resolveOccupation } from '#app/domain/trajectory/resolve.ts'
import { loadRomeLexiconFromFiles } from '#scripts/rome/lexicon.ts'
import { screenText } from '#shared/ai/guard/index.ts'
import { Anonymizer, findPii } from '#shared/ai/pii/index.ts'

let romePromise: Promise<Rome> | undefined
/** Read from data/rome/ on first use only: the text commands start instantly. */
function rome(): Promise<Rome> {
	romePromise ??= loadRomeLexiconFromFiles().then(buildRome)
	return romePromise
}

class UsageError extends Error {}

type Input = { text?: string; fields: Record<string, unknown>; options: Record<string, string> }

type Command = {
	summary: string
	/** Options taking a value (« --cv file »). */
	options?: string[]
	/** What one --jsonl line holds besides "id". */
	line: z.ZodType<Record<string, unknown>>
	/** Without --jsonl: read stdin as the text? */
	readsStdin: boolean
	run: (input: Input) => unknown | Promise<unknown>
}

const textLine = z.object({ text: z.string({ error: '"text" must be a string' }) })

function cvFrom(content: unknown): Cv {
	if (typeof content === 'string') {
		const trimmed = content.trim()
		return trimmed.startsWith('{') ? cvFromJsonResume(JSON.parse(trimmed)) : cvFromText(content)
	}
	return cvFromJsonResume(content)
}

function occupationCode(input: string, lexicon: RomeLexicon) {
	const occupation = resolveOccupation(lexicon, input)
	if (!occupation) throw new UsageError(`No ROME occupation or job title matches "${input}"`)
	return occupation.code
}

const commands: Record<string, Command> = {
	anonymize: {
		summary: 'masks personal data (names, phones, emails, NIR, IBAN, SIRET, addresses…) with typed placeholders',
		line: textLine,
		readsStdin: true,
		run({ text = '' }) {
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
		line: textLine,
		readsStdin: true,
		run({ text = '' }) {
			const result = screenText(text, { source: 'user' })
			return { verdict: result.verdict, score: result.score, reasons: result.reasons.map((reason) => reason.rule) }
		},
	},
	'analyze-offer': {
		summary: 'analyses a job offer: title, ROME occupations, hard and soft skills (must-have or not), education, experience, contract, location, salary',
		line: textLine,
		readsStdin: true,
		async run({ text = '' }) {
			const { index } = await rome()
			const analysis = analyzeOffer(text, index)
			return {
				title: analysis.title,
				company: analysis.company,
				rome: analysis.rome.map(({ code, label, score }) => ({ code, label, score: Math.round(score * 100) / 100 })),
				hardSkills: analysis.hardSkills.map(({ label, mustHave, tool }) => ({ label, mustHave, ...(tool ? { tool } : {}) })),
				softSkills: analysis.softSkills.map((skill) => skill.label),
				education: analysis.education,
				experienceYears: analysis.experienceYears,
				contract: analysis.contract,
				location: analysis.location,
				remote: analysis.remote,
				salary: analysis.salary && { min: analysis.salary.min, max: analysis.salary.max, period: analysis.salary.period, basis: analysis.salary.basis },
			}
		},
	},
	match: {
		summary: 'Mirror Match of a CV (JSON Resume or text) against an offer: score 0–100, per-category scores, found, missing',
		options: ['--cv', '--offer'],
		line: z.object({
			cv: z.union([z.string(), z.record(z.string(), z.unknown())], { error: '"cv" must be a text or a JSON Resume object' }),
			offer: z.string({ error: '"offer" must be a string' }),
		}),
		readsStdin: false,
		async run({ fields, options }) {
			const cvContent = fields.cv ?? (options['--cv'] ? await readFile(options['--cv']) : undefined)
			const offerText = (fields.offer as string | undefined) ?? (options['--offer'] ? await readFile(options['--offer']) : undefined)
			if (cvContent === undefined || offerText === undefined) throw new UsageError('match needs --cv <file> and --offer <file>')
			const { index } = await rome()
			const report = matchCvToOffer(cvFrom(cvContent), analyzeOffer(offerText, index), index)
			return {
				score: report.score,
				cap: report.cap,
				categories: Object.fromEntries(report.categories.map((category) => [category.id, category.score])),
				found: report.found,
				missing: report.missing,
			}
		},
	},
	trajectory: {
		summary: 'path of ROME occupations from one occupation to another (ROME code or job title) and the skills to acquire at each step',
		options: ['--from', '--to'],
		line: z.object({ from: z.string({ error: '"from" must be a string' }), to: z.string({ error: '"to" must be a string' }) }),
		readsStdin: false,
		async run({ fields, options }) {
			const from = (fields.from as string | undefined) ?? options['--from']
			const to = (fields.to as string | undefined) ?? options['--to']
			if (!from || !to) throw new UsageError('trajectory needs --from <ROME code or job title> and --to <ROME code or job title>')
			const { lexicon, graph } = await rome()
			const trajectory = buildTrajectory(graph, { fromCode: occupationCode(from, lexicon), toCode: occupationCode(to, lexicon) })
			return {
				from: trajectory.from,
				to: trajectory.to,
				official: trajectory.official,
				path: trajectory.path,
				steps: trajectory.hops.map((hop) => ({
					from: hop.from.code,
					to: hop.to.code,
					kind: hop.kind,
					...(hop.rank ? { rank: hop.rank } : {}),
					toAcquire: hop.toAcquire.map((skill) => skill.label),
				})),
				toAcquire: trajectory.toAcquire.map((skill) => skill.label),
				schemes: trajectory.schemes.map((scheme) => scheme.id),
			}
		},
	},
}

async function readFile(file: string) {
	try {
		return await fs.readFile(file, 'utf8')
	} catch {
		throw new UsageError(`Cannot read ${file}`)
	}
}

function usage() {
	const lines = Object.entries(commands).map(
		([name, command]) => `  ${`${name}${command.options ? ` ${command.options.map((option) => `${option} …`).join(' ')}` : ''}`.padEnd(34)}${command.summary}`,
	)
	return [
		'Usage: npm run -s phoenix -- <command> [options] [--jsonl] < input',
		'',
		'Commands:',
		...lines,
		'',
		'Without --jsonl, stdin is one text (or the files named by the options are read) and one JSON object is printed.',
		'With --jsonl, each input line is {"id": …, …} (anonymize, guard, analyze-offer: "text"; match: "cv", "offer"; trajectory: "from", "to")',
		'and each output line carries the same id.',
	].join('\n')
}

async function readStdin() {
	const chunks: Buffer[] = []
	for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
	return Buffer.concat(chunks).toString('utf8')
}

function parseFlags(command: Command, flags: string[]) {
	const options: Record<string, string> = {}
	let jsonl = false
	for (let index = 0; index < flags.length; index++) {
		const flag = flags[index] ?? ''
		if (flag === '--jsonl') jsonl = true
		else if (command.options?.includes(flag)) {
			const value = flags[++index]
			if (value === undefined) throw new UsageError(`Option ${flag} needs a value`)
			options[flag] = value
		} else throw new UsageError(`Unknown option ${flag}`)
	}
	return { options, jsonl }
}

function idOf(line: string) {
	try {
		return (JSON.parse(line) as { id?: unknown }).id ?? null
	} catch {
		return null
	}
}

async function main(argv: string[]) {
	const [name, ...flags] = argv
	if (!name || name === '--help' || name === '-h') {
		console.log(usage())
		return 0
	}
	const command = commands[name]
	if (!command) {
		console.error(`Unknown command "${name}"\n\n${usage()}`)
		return 2
	}
	let parsedFlags: ReturnType<typeof parseFlags>
	try {
		parsedFlags = parseFlags(command, flags)
	} catch (error) {
		console.error(`${(error as Error).message}\n\n${usage()}`)
		return 2
	}
	const { options, jsonl } = parsedFlags
	if (!jsonl) {
		try {
			const text = command.readsStdin ? await readStdin() : undefined
			console.log(JSON.stringify(await command.run({ text, fields: {}, options })))
			return 0
		} catch (error) {
			console.error((error as Error).message)
			return error instanceof UsageError ? 2 : 1
		}
	}
	let failures = 0
	const schema = z.object({ id: z.union([z.string(), z.number()], { error: '"id" must be a string or a number' }) }).and(command.line)
	const lines = (await readStdin()).split(/\r?\n/)
	for (const [index, line] of lines.entries()) {
		if (!line.trim()) continue
		try {
			let json: unknown
			try {
				json = JSON.parse(line)
			} catch {
				throw new Error('not valid JSON')
			}
			const result = schema.safeParse(json)
			if (!result.success) throw new Error(result.error.issues[0]?.message ?? 'invalid line')
			const { id, ...fields } = result.data as { id: string | number } & Record<string, unknown>
			const output = await command.run({ text: typeof fields.text === 'string' ? fields.text : undefined, fields, options })
			console.log(JSON.stringify({ id, ...(output as object) }))
		} catch (error) {
			failures++
			console.log(JSON.stringify({ id: idOf(line), line: index + 1, error: (error as Error).message }))
		}
	}
	return failures > 0 ? 1 : 0
}

process.exitCode = await main(process.argv.slice(2))
