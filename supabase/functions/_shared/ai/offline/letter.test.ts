import { describe, expect, test } from 'vitest'
import { createEnvelope } from '../guard/index.ts'
import { buildLetterSystemInstruction } from '../letter-prompt.ts'
import { countWords, letterParagraphs, letterWordTargets } from '../letter-text.ts'
import { instructionFragments, recitesInstructions } from '../output.ts'
import { Anonymizer } from '../pii/index.ts'
import { maskTask } from '../tasks.ts'
import type { LetterBrief, LetterLength, LetterTask, LetterTone, PreparedCall, ProviderChunk } from '../types.ts'
import { createOfflineEngine } from './engine.ts'
import { claireBrief, karimBrief, sparseBrief, thomasBrief } from './letter-briefs.test-support.ts'
import { hintIntents, paragraphRole, writeLetter } from './letter.ts'
import { createRomeFixture } from './rome-fixture.test-support.ts'

/** Set phrases recruiters skim past: the writer never produces them, and a rewrite leaves none. */
const letterCliches: readonly RegExp[] = [
	/force de proposition/i,
	/dynamique et motivée?/i,
	/motivée? et dynamique/i,
	/je me permets de/i,
	/leader (?:sur son marché|dans son domaine)/i,
	/n[’']hésitez pas à/i,
	/sens du relationnel/i,
	/esprit d[’']équipe développé/i,
	/polyvalente? et rigoureu(?:x|se)/i,
	/c[’']est avec (?:un grand|beaucoup d[’']) intérêt que/i,
	/votre entreprise (?:prestigieuse|renommée)/i,
]

const tones: LetterTone[] = ['formel', 'chaleureux', 'dynamique']
const lengths: LetterLength[] = ['courte', 'standard', 'developpee']
const briefs = { claire: claireBrief, thomas: thomasBrief, karim: karimBrief }

function letterTask(brief: LetterBrief, extra: Partial<LetterTask> = {}): LetterTask {
	return { kind: 'letter', area: 'letters', page: { path: '/letters' }, question: '', history: [], brief, ...extra }
}

/** What the person reads: the task masked as the gateway masks it, written offline, restored. */
function throughGateway(task: LetterTask) {
	const anonymizer = new Anonymizer()
	const masked = maskTask(task, task.question, anonymizer)
	if (masked.kind !== 'letter') throw new Error('expected a letter task')
	const written = writeLetter(masked)
	return { masked, written, text: anonymizer.restore(written) }
}

/** Compared as a reader would: case, apostrophes and spaces aside. */
function plain(text: string) {
	return text
		.replace(/[’']/g, "'")
		.replace(/[\u00A0\u202F]/g, ' ')
		.toLocaleLowerCase('fr')
}

function expectFrenchTypography(text: string) {
	expect(text).not.toContain("'")
	const withoutLinks = text.replace(/https?:\/\/\S+/g, '')
	for (const match of withoutLinks.matchAll(/[:;!?]/g))
		expect(withoutLinks[match.index - 1], withoutLinks.slice(match.index - 30, match.index + 1)).toBe('\u00A0')
	for (const match of text.matchAll(/«/g)) expect(text[match.index + 1]).toBe('\u00A0')
	for (const match of text.matchAll(/»/g)) expect(text[match.index - 1]).toBe('\u00A0')
	expect(text).not.toMatch(/ {2,}|\s[.,]/)
}

describe('the offline letter writer', () => {
	for (const [who, make] of Object.entries(briefs)) {
		for (const tone of tones) {
			for (const length of lengths) {
				test(`${who}, ${tone}, ${length}: a complete letter of the right length`, () => {
					const brief = make({ tone, length })
					const { text, written } = throughGateway(letterTask(brief))
					const paragraphs = letterParagraphs(text)

					const words = countWords(text)
					const target = letterWordTargets[length]
					expect(words, text).toBeGreaterThanOrEqual(target * 0.75)
					expect(words, text).toBeLessThanOrEqual(target * 1.25)

					// Salutation, 4 or 5 body paragraphs, closing formula, the name last.
					expect(paragraphs[0]).toBe(brief.target.recipient ? `${brief.target.recipient},` : 'Madame, Monsieur,')
					expect(paragraphs.length - 3).toBeGreaterThanOrEqual(4)
					expect(paragraphs.length - 3).toBeLessThanOrEqual(5)
					expect(paragraphs.at(-1)).toBe(brief.candidate.name)
					expect(plain(paragraphs.at(-2) ?? '')).toMatch(/salutations|cordialement/)
					expect(text).not.toMatch(/\[[A-Z_]+_\d+\]/)
					expect(written).toContain('[PERSONNE_1]')
					expect(written).not.toContain(brief.candidate.name!)

					const reader = plain(text)
					expect(reader).toContain(plain(brief.target.jobTitle))
					if (brief.target.company) expect(reader).toContain(plain(brief.target.company))
					for (const skill of brief.transferableSkills) expect(reader).toContain(plain(skill.to))
					for (const gap of brief.gaps) {
						expect(reader).toContain(plain(gap.skill))
						if (gap.closing) expect(reader).toContain(plain(gap.closing))
					}
					// The company in its own words, quoted or in apposition after its name.
					const fact = plain(brief.companyFacts[0]!).replace(plain(`${brief.target.company} est `), '')
					expect(reader).toContain(fact.slice(0, 30))

					// The change is stated head-on in the first paragraph, with the former trade.
					const opening = plain(paragraphs[1] ?? '')
					expect(opening).toContain(plain(brief.candidate.formerJob!))
					expect(opening).toMatch(/reconver|changer de métier|change de cap|nouveau cap|changement/)
					expect(opening).not.toMatch(/désolé|malgré|excuse|pardon/)
					// A concrete ask ends the body.
					expect(plain(paragraphs.at(-3) ?? '')).toMatch(/entretien/)

					// No address block: the export adds the person's details.
					if (brief.candidate.email) expect(text).not.toContain(brief.candidate.email)
					if (brief.candidate.phone) expect(text).not.toContain(brief.candidate.phone)
					for (const cliche of letterCliches) expect(text).not.toMatch(cliche)
					expect(text).not.toMatch(/undefined|null|\(\s*\)|«\s*»/)
					expectFrenchTypography(text)
				})
			}
		}
	}

	test('the ask suits the trade: a technical test for a developer, a trial day for a baker, an interview for HR', () => {
		const ask = (brief: LetterBrief) => plain(letterParagraphs(throughGateway(letterTask(brief)).text).at(-3) ?? '')
		expect(ask(claireBrief())).toContain('test technique')
		expect(ask(thomasBrief())).toContain('journée d')
		const hr = ask(karimBrief())
		expect(hr).toContain('entretien')
		expect(hr).not.toMatch(/test technique|journée d/)
	})

	test('tones read differently: a classic closing when formal, different wordings throughout', () => {
		const letters = tones.map((tone) => throughGateway(letterTask(claireBrief({ tone, length: 'standard' }))).text)
		expect(new Set(letters).size).toBe(3)
		expect(plain(letterParagraphs(letters[0]!).at(-2) ?? '')).toMatch(/je vous prie (d'agréer|de recevoir)/)
		for (const letter of letters.slice(1)) expect(plain(letterParagraphs(letter).at(-2) ?? '')).not.toMatch(/je vous prie/)
		const openings = letters.map((letter) => letterParagraphs(letter)[1])
		expect(new Set(openings).size).toBe(3)
	})

	test('the same brief always gives the same letter; another variant gives another wording of the same facts', () => {
		const brief = thomasBrief({ tone: 'chaleureux', length: 'standard' })
		expect(writeLetter(letterTask(brief))).toBe(writeLetter(letterTask(brief)))
		const variants = [0, 1, 2, 3, 4].map((variant) => throughGateway(letterTask(brief, { variant })).text)
		expect(new Set(variants).size).toBeGreaterThanOrEqual(3)
		for (const letter of variants) {
			expect(plain(letter)).toContain(plain(brief.gaps[0]!.skill))
			expect(letterParagraphs(letter).at(-1)).toBe('Thomas Girard')
		}
	})

	test('a thin brief gives a shorter, honest letter rather than invented details', () => {
		for (const tone of tones) {
			const brief = sparseBrief({ tone, length: 'standard' })
			const { text } = throughGateway(letterTask(brief))
			expect(text).toContain('gestionnaire de paie')
			expect(text).toContain('assistante de direction')
			expect(letterParagraphs(text).at(-1)).toBe('Sophie Bernard')
			expect(text).not.toMatch(/undefined|\(\s*\)|«\s*»|:\s*\./)
			expect(text).not.toMatch(/\d/)
			expect(countWords(text)).toBeLessThanOrEqual(letterWordTargets.standard * 1.1)
			expectFrenchTypography(text)
		}
	})

	test('elides before a vowel and keeps names and acronyms as written', () => {
		const brief = { ...sparseBrief(), target: { jobTitle: 'assistant ressources humaines', company: 'Orange' } }
		const text = writeLetter(letterTask({ ...brief, candidate: { formerJob: 'Infirmière', formerYears: 3 } }))
		expect(text).toMatch(/poste d’assistant ressources humaines/)
		expect(text).toMatch(/comme infirmière/)
		expect(text).toContain('Orange')
		const claire = writeLetter(letterTask(claireBrief({ tone: 'formel', length: 'standard' })))
		expect(claire).toContain('React')
		expect(claire).toContain('TypeScript')
		expect(claire).not.toMatch(/ de [aeiouéèêh]/i)
	})

	test('writes nothing the letter prompt forbids the gateway to let through', () => {
		const envelope = createEnvelope()
		for (const [, make] of Object.entries(briefs)) {
			for (const tone of tones) {
				const task = letterTask(make({ tone, length: 'developpee' }))
				const fragments = instructionFragments(buildLetterSystemInstruction(task, envelope, { flagged: false }))
				expect(recitesInstructions(writeLetter(task), fragments)).toBe(false)
			}
		}
	})
})

describe('rewriting one paragraph', () => {
	const brief = claireBrief({ tone: 'chaleureux', length: 'standard' })
	const letter = throughGateway(letterTask(brief)).text
	const paragraphs = letterParagraphs(letter)

	function rewrite(index: number, hint?: string, source = letter) {
		return throughGateway(letterTask(brief, { rewrite: { letter: source, paragraphIndex: index, ...(hint ? { hint } : {}) } })).text
	}

	function sharedWords(left: string, right: string) {
		const words = (text: string) =>
			new Set(
				plain(text)
					.split(/[^\p{L}\p{N}]+/u)
					.filter((word) => word.length > 3),
			)
		const a = words(left)
		const b = words(right)
		return [...a].filter((word) => b.has(word)).length / Math.max(a.size, b.size)
	}

	test('knows each paragraph’s role in a letter it wrote', () => {
		expect(paragraphs.map((_, index) => paragraphRole(paragraphs, index, brief))).toEqual([
			'salutation',
			'opening',
			'transfer',
			'strengths',
			'gaps',
			'company',
			'closing',
			'signature',
		])
	})

	test('gives back one paragraph with the same role, genuinely reworded, deterministically', () => {
		for (const index of [1, 2, 3, 4, 5]) {
			const original = paragraphs[index]!
			const rewritten = rewrite(index)
			expect(rewritten).not.toContain('\n')
			expect(rewritten).not.toBe(original)
			expect(sharedWords(rewritten, original), `${original}\n→ ${rewritten}`).toBeLessThan(0.85)
			expect(paragraphRole([...paragraphs.slice(0, index), rewritten, ...paragraphs.slice(index + 1)], index, brief)).toBe(
				paragraphRole(paragraphs, index, brief),
			)
			expect(rewrite(index)).toBe(rewritten)
			expectFrenchTypography(rewritten)
		}
		expect(plain(rewrite(1))).toContain('infirmière')
		expect(plain(rewrite(5))).toMatch(/entretien/)
	})

	test('follows the hint: keywords of the offer, something concrete, shorter, the company', () => {
		const strengths = paragraphs[3]!
		const withKeywords = rewrite(3, 'Ajoutez des mots-clés de l’offre.')
		const added = brief.keywords.filter(
			(keyword) => !plain(strengths).includes(plain(keyword)) && plain(withKeywords).includes(plain(keyword)),
		)
		expect(added.length).toBeGreaterThanOrEqual(2)

		const transfer = paragraphs[2]!
		const concrete = rewrite(2, 'Ce paragraphe reste vague : donnez un exemple concret.')
		expect(brief.proofs.some((proof) => !plain(transfer).includes(plain(proof)) && plain(concrete).includes(plain(proof)))).toBe(true)

		const opening = paragraphs[1]!
		const personal = rewrite(1, 'Trop générique : personnalisez pour l’entreprise.')
		expect(plain(personal)).toContain(plain(brief.companyFacts[0]!).slice(0, 40))
		expect(plain(opening)).not.toContain(plain(brief.companyFacts[0]!).slice(0, 40))

		const company = paragraphs[5]!
		expect(countWords(rewrite(5, 'Raccourcissez ce paragraphe.'))).toBeLessThan(countWords(company))
	})

	test('rewrites a paragraph the person wrote: set phrases gone, their name restored', () => {
		const own = [
			'Madame, Monsieur,',
			'Dynamique et motivée, je suis force de proposition et je me permets de vous adresser ma candidature. Claire Martin, infirmière pendant 9 ans.',
			'Je sais travailler en équipe.',
			'Cordialement,',
			'Claire Martin',
		].join('\n\n')
		const rewritten = rewrite(1, 'Évitez les formules toutes faites.', own)
		for (const cliche of letterCliches) expect(rewritten).not.toMatch(cliche)
		expect(rewritten).toContain('infirmière')
		expect(rewritten).not.toMatch(/\[[A-Z_]+_\d+\]/)
		// Too short to say what it is: its place between the opening and the closing decides.
		expect(paragraphRole(letterParagraphs(own), 2, brief)).toBe('company')
		expect(plain(rewrite(2, undefined, own))).toMatch(/entretien/)
		expect(rewrite(4, undefined, own)).toBe('Claire Martin')
	})

	test('reads what a Smart Coach hint asks', () => {
		expect(hintIntents('Ajoutez les mots-clés de l’offre')).toMatchObject({ keywords: true, concrete: false })
		expect(hintIntents('Phrase vague : soyez plus précis, chiffrez')).toMatchObject({ concrete: true })
		expect(hintIntents('Paragraphe trop long, raccourcissez')).toMatchObject({ shorter: true, longer: false })
		expect(hintIntents('Assumez votre reconversion')).toMatchObject({ careerChange: true })
		expect(hintIntents('')).toEqual({
			concrete: false,
			keywords: false,
			shorter: false,
			longer: false,
			personal: false,
			careerChange: false,
		})
	})
})

describe('the offline engine with a letter task', () => {
	test('streams the letter in sentence-sized chunks, then one usage estimate', async () => {
		const task = letterTask(karimBrief())
		const engine = createOfflineEngine({ rome: createRomeFixture() })
		const call: PreparedCall = {
			feature: 'letter',
			systemInstruction: 'Consignes.',
			contents: [{ role: 'user', text: 'Dossier' }],
			task,
			maxOutputTokens: 2048,
			temperature: 0.7,
		}
		const chunks: ProviderChunk[] = []
		for await (const chunk of engine.stream(call)) chunks.push(chunk)
		const texts = chunks.flatMap((chunk) => (chunk.type === 'text' ? [chunk.text] : []))
		expect(texts.length).toBeGreaterThan(10)
		expect(texts.join('')).toBe(writeLetter(task))
		expect(chunks.at(-1)?.type).toBe('usage')
		expect(chunks.filter((chunk) => chunk.type === 'usage')).toHaveLength(1)
	})

	test('stops when asked', async () => {
		const controller = new AbortController()
		controller.abort()
		const engine = createOfflineEngine({ rome: createRomeFixture() })
		const call: PreparedCall = {
			feature: 'letter',
			systemInstruction: '',
			contents: [],
			task: letterTask(claireBrief()),
			maxOutputTokens: 2048,
			temperature: 0.7,
			signal: controller.signal,
		}
		await expect(async () => {
			for await (const _ of engine.stream(call)) void _
		}).rejects.toMatchObject({ code: 'aborted' })
	})
})

describe('typography of what the writer quotes', () => {
	test('straight apostrophes and colons from the brief come out French', () => {
		const brief = { ...claireBrief(), companyFacts: ["L'équipe: 12 personnes passionnées; on recrute!"] }
		const text = writeLetter(letterTask(brief))
		expect(text).toContain('L’équipe\u00A0: 12 personnes passionnées\u00A0; on recrute\u00A0!')
	})
})
