// Phoenix Letters' own engines, measured in-process on the real ROME release
// (read from data/rome/): offer analysis, Mirror Match, trajectories, the
// offline letter writer, the Smart Coach, exports, and the analyser's skill precision / recall
// on its hand-labelled offers.
import fs from 'node:fs/promises'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { coachLetter } from '#app/domain/coach/coach.ts'
import { cvFromText } from '#app/domain/cv/text.ts'
import { matchCvToOffer } from '#app/domain/match/mirror-match.ts'
import { analyzeOffer } from '#app/domain/offer/analyze.ts'
import { createRomeIndex } from '#app/domain/rome/rome-index.ts'
import { buildTrajectory } from '#app/domain/trajectory/build.ts'
import { createMobilityGraph } from '#app/domain/trajectory/graph.ts'
import { letterToDocx } from '#app/server/letter-export/docx.server.ts'
import { letterToPdf } from '#app/server/letter-export/pdf.server.ts'
import { loadRomeLexiconFromFiles } from '#scripts/rome/lexicon.ts'
import { letterParagraphs } from '#shared/ai/letter-text.ts'
import { claireBrief, karimBrief, thomasBrief } from '#shared/ai/offline/letter-briefs.test-support.ts'
import { writeLetter } from '#shared/ai/offline/letter.ts'
import type { LetterLength, LetterTask, LetterTone } from '#shared/ai/types.ts'
import { evaluateOfferCorpus } from '#tests/corpora/offers/evaluate.ts'
import { projectRoot } from '../platform/index.ts'
import { summarise, type BenchResult } from './stripe-webhook.ts'

export type LettersBench = {
	latencies: BenchResult[]
	build: { lexiconMs: number; indexMs: number; graphMs: number }
	corpus: { offers: number; skillPrecision: number; skillRecall: number }
}

function time(samples: number[], work: () => unknown) {
	const started = performance.now()
	work()
	samples.push(performance.now() - started)
}

async function timeAsync(samples: number[], work: () => Promise<unknown>) {
	const started = performance.now()
	await work()
	samples.push(performance.now() - started)
}

const letterBody = (words: number) => {
	const sentence =
		'Infirmière pendant neuf ans, j’ai appris à prioriser, à documenter chaque geste et à travailler avec des équipes pluridisciplinaires ; je mets aujourd’hui cette rigueur au service du développement web. '
	const paragraphs: string[] = ['Madame, Monsieur,']
	let count = 0
	while (count < words) {
		paragraphs.push(sentence.repeat(3).trim())
		count += sentence.split(/\s+/).length * 3
	}
	paragraphs.push('Je vous prie d’agréer, Madame, Monsieur, mes salutations distinguées.', 'Claire Martin')
	return paragraphs.join('\n\n')
}

export async function benchLetters(iterations = 300): Promise<LettersBench> {
	let started = performance.now()
	const lexicon = await loadRomeLexiconFromFiles()
	const lexiconMs = performance.now() - started
	started = performance.now()
	const index = createRomeIndex(lexicon)
	const indexMs = performance.now() - started
	started = performance.now()
	const graph = createMobilityGraph(lexicon)
	const graphMs = performance.now() - started

	const offerText = await fs.readFile(path.join(projectRoot, 'tests/corpora/offer-two-pages.txt'), 'utf8')
	const cv = cvFromText(await fs.readFile(path.join(projectRoot, 'tests/corpora/cv-two-pages.txt'), 'utf8'))
	const analysis = analyzeOffer(offerText, index)

	const analysing: number[] = []
	const matching: number[] = []
	for (let run = 0; run < iterations; run++) {
		time(analysing, () => analyzeOffer(offerText, index))
		time(matching, () => matchCvToOffer(cv, analysis, index))
	}

	// Every occupation to a fixed spread of targets: the worst cases (no path) included.
	const codes = lexicon.occupations.map((occupation) => occupation.code)
	const trajectories: number[] = []
	for (let run = 0; run < iterations; run++) {
		const fromCode = codes[(run * 7919) % codes.length]!
		const toCode = codes[(run * 104729 + 13) % codes.length]!
		time(trajectories, () => buildTrajectory(graph, { fromCode, toCode }))
	}

	// Every tone and length of the sample briefs, since the writer tries more draws for some; rewrites go round the body
	// paragraphs, as each role is rebuilt differently.
	const letterTask = (brief: LetterTask['brief']): LetterTask => ({
		kind: 'letter',
		area: 'letters',
		page: { path: '/letters' },
		question: '',
		history: [],
		brief,
	})
	const letterTasks = [claireBrief, karimBrief, thomasBrief].flatMap((brief) =>
		(['formel', 'chaleureux', 'dynamique'] as LetterTone[]).flatMap((tone) =>
			(['courte', 'standard', 'developpee'] as LetterLength[]).map((length) => letterTask(brief({ tone, length }))),
		),
	)
	const writing: number[] = []
	for (let run = 0; run < iterations; run++) {
		const task = letterTasks[run % letterTasks.length]!
		time(writing, () => writeLetter({ ...task, variant: run }))
	}
	const written = writeLetter(letterTasks[0]!)
	const paragraphCount = letterParagraphs(written).length
	const rewriting: number[] = []
	for (let run = 0; run < iterations / 3; run++) {
		const paragraphIndex = 1 + (run % (paragraphCount - 2))
		const rewrite = { letter: written, paragraphIndex, hint: 'Ajoutez des mots-clés de l’offre.' }
		time(rewriting, () => writeLetter({ ...letterTasks[0]!, rewrite }))
	}

	// The Smart Coach on a real letter (the offline writer's) against the two-page offer.
	const coaching: number[] = []
	for (let run = 0; run < iterations; run++) time(coaching, () => coachLetter(written, { offer: analysis, company: analysis.company }))

	const letter = {
		sender: { name: 'Claire Martin', lines: ['Lyon'], email: 'claire.martin@example.org', phone: '06 12 34 56 78' },
		recipient: { company: 'Santéo', lines: ['Service recrutement', 'Lyon'] },
		place: 'Lyon',
		date: new Date('2026-11-22T10:00:00Z'),
		subject: 'Candidature au poste de développeuse front-end React junior',
		body: letterBody(400),
	}
	const pdf: number[] = []
	const docx: number[] = []
	for (let run = 0; run < 50; run++) {
		await timeAsync(pdf, () => letterToPdf(letter))
		await timeAsync(docx, () => letterToDocx(letter))
	}

	const corpus = evaluateOfferCorpus(index)
	return {
		latencies: [
			summarise('Offer analysis (2-page offer)', analysing),
			summarise('Mirror Match (2-page CV × 2-page offer)', matching),
			summarise('Trajectory (any occupation → any occupation)', trajectories),
			summarise('Offline letter writer: a whole letter', writing),
			summarise('Offline letter writer: one paragraph rewritten', rewriting),
			summarise('Smart Coach (one letter)', coaching),
			summarise('Letter export PDF (400 words)', pdf),
			summarise('Letter export DOCX (400 words)', docx),
		],
		build: { lexiconMs, indexMs, graphMs },
		corpus: { offers: corpus.offers, skillPrecision: corpus.skillPrecision, skillRecall: corpus.skillRecall },
	}
}
