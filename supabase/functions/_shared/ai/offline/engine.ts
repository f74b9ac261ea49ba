// The offline engine: Iris without a model. It recognises what the person
// asks (intents.ts), looks the occupations up in ROME, retrieves the help
// articles that answer the rest (retrieval.ts), and writes the answer from
// templates, in the voice of the product area's persona. Deterministic: the
// same task, profile and date always give the same answer, which is what
// makes it testable and honest about where each sentence comes from.
import { screenById, type ScreenId } from '../screens.ts'
import {
	AiProviderError,
	type ChatTurn,
	type IrisTask,
	type ModelProvider,
	type PreparedCall,
	type ProductArea,
	type ProfileSummary,
	type ProviderChunk,
	type RomeKnowledge,
	type RomeMobility,
	type RomeOccupationMatch,
	type RomeOccupationProfile,
	type RomeSkill,
} from '../types.ts'
import { helpArticleById, type HelpArea, type HelpArticle } from './help-content.ts'
import { detectIntent, type Employment, type HelpTopic, type Intent, type OccupationFocus, type OccupationMention, type Scheme } from './intents.ts'
import { writeLetter } from './letter.ts'
import { searchHelp, type HelpHit } from './retrieval.ts'
import { analyze, frenchTypography, informativeStems, normalizeText, plain, sharedCount, splitSentences, stopWords } from './text.ts'

export const offlineModel = 'phoenix-offline-1'

export type OfflineEngineOptions = {
	rome: RomeKnowledge
	/** The clock the dated next steps and the greeting read; injected in tests. */
	now?: () => Date
}

/** Answers Iris tasks, and letter tasks with the letter writer (letter.ts). */
export function createOfflineEngine(options: OfflineEngineOptions): ModelProvider {
	const now = options.now ?? (() => new Date())
	return {
		name: 'offline',
		model: offlineModel,
		async *stream(call: PreparedCall): AsyncIterable<ProviderChunk> {
			throwIfAborted(call.signal)
			const answer =
				call.task.kind === 'letter'
					? writeLetter(call.task)
					: await untilAborted(answerOffline(call.task, { rome: options.rome, now: now() }), call.signal)
			for (const sentence of splitSentences(answer)) {
				throwIfAborted(call.signal)
				yield { type: 'text', text: sentence }
			}
			throwIfAborted(call.signal)
			yield { type: 'usage', usage: estimateUsage(call, answer) }
		},
	}
}

/** Gemini counts tokens; offline there is none, so the same rough rule as everywhere else: four characters a token. */
function estimateUsage(call: PreparedCall, answer: string) {
	const inputCharacters = call.systemInstruction.length + call.contents.reduce((sum, turn) => sum + turn.text.length, 0)
	return { inputTokens: Math.ceil(inputCharacters / 4), outputTokens: Math.ceil(answer.length / 4) }
}

function abortedError(signal: AbortSignal) {
	return new AiProviderError('aborted', 'La réponse a été interrompue.', { cause: signal.reason })
}

function throwIfAborted(signal: AbortSignal | undefined) {
	if (signal?.aborted) throw abortedError(signal)
}

/** A ROME lookup cannot be cancelled, but the person who stopped the answer should not wait for it. */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
	if (!signal) return work
	return new Promise<T>((resolve, reject) => {
		const onAbort = () => reject(abortedError(signal))
		signal.addEventListener('abort', onAbort, { once: true })
		work.then(
			(value) => {
				signal.removeEventListener('abort', onAbort)
				resolve(value)
			},
			(error: unknown) => {
				signal.removeEventListener('abort', onAbort)
				reject(error)
			},
		)
	})
}

/** What an answer depends on besides the task: the referential and the current time. */
export type OfflineContext = { rome: RomeKnowledge; now: Date }

type Context = OfflineContext

/** A failure of the referential itself (its database), as opposed to a bug of ours. */
class RomeUnavailableError extends Error {
	constructor(cause: unknown) {
		super('ROME knowledge unavailable', { cause })
		this.name = 'RomeUnavailableError'
	}
}

function guarded(rome: RomeKnowledge): RomeKnowledge {
	const wrap =
		<Args extends unknown[], Result>(method: (...args: Args) => Promise<Result>) =>
		async (...args: Args): Promise<Result> => {
			try {
				return await method(...args)
			} catch (error) {
				throw new RomeUnavailableError(error)
			}
		}
	return {
		findOccupations: wrap(rome.findOccupations.bind(rome)),
		describeOccupation: wrap(rome.describeOccupation.bind(rome)),
		mobilitiesFrom: wrap(rome.mobilitiesFrom.bind(rome)),
	}
}

/** The whole answer to an Iris task, as the person will read it (markdown-lite, French typography). */
export async function answerOffline(task: IrisTask, context: OfflineContext): Promise<string> {
	const intent = detectIntent(task.question)
	const persona = personas[task.area]
	const guardedContext: Context = { ...context, rome: guarded(context.rome) }
	const conversation: Conversation = { task, intent, persona, context: guardedContext, remembered: rememberedMentions(task.history) }
	let answer: string
	try {
		answer = await compose(conversation)
	} catch (error) {
		if (!(error instanceof RomeUnavailableError)) throw error
		// The referential is a database away; without it the help articles still answer.
		answer = await composeHelp(conversation, intent.kind === 'help' ? intent.topic : undefined, { romeUnavailable: true })
	}
	// Typography is applied once, to everything, so that ROME texts and the person's own words come out right too.
	return frenchTypography(answer.replace(/\n{3,}/g, '\n\n').trim())
}

type Conversation = {
	task: IrisTask
	intent: Intent
	persona: Persona
	context: Context
	remembered: { from?: OccupationMention; to?: OccupationMention }
}

async function compose(conversation: Conversation): Promise<string> {
	const { intent } = conversation
	switch (intent.kind) {
		case 'distress':
			return distressAnswer()
		case 'career_change':
			return composeCareerChange(conversation, intent.from, intent.to)
		case 'mobility':
			return composeMobility(conversation, intent.from)
		case 'occupation':
			return composeOccupation(conversation, intent.occupation, intent.focus)
		case 'help':
			return composeHelp(conversation, intent.topic)
		case 'greeting':
			return composeGreeting(conversation)
		case 'thanks':
			return composeThanks(conversation)
		case 'unknown':
			return composeHelp(conversation, undefined)
	}
}

// ——— Personas ———

type Persona = {
	area: ProductArea
	/** What Iris does here, after « Je suis Iris. » */
	introduction: string
	/** First line of an answer about a change of occupation. */
	careerOpening: string
	/** First line of an answer from the help articles. */
	helpOpening: string
	home: ScreenId
	examples: [string, string, string]
}

const personas: Record<ProductArea, Persona> = {
	letters: {
		area: 'letters',
		introduction: 'Ici, dans Phoenix Letters, je vous aide à analyser une offre, à raconter votre reconversion dans une lettre et à tracer le chemin d’un métier à l’autre.',
		careerOpening: 'Voici ce que dit le référentiel des métiers sur ce changement, et comment le faire valoir dans vos candidatures.',
		helpOpening: 'Voici l’essentiel, côté candidatures.',
		home: 'letters',
		examples: ['Comment passer d’infirmière à développeuse web ?', 'Comment présenter ma reconversion dans une lettre ?', 'À quoi sert Mirror Match ?'],
	},
	cv: {
		area: 'cv',
		introduction: 'Ici, dans Phoenix CV, je vous aide à bâtir un CV clair, lisible par les logiciels de recrutement, qui met en valeur votre parcours et votre nouveau cap.',
		careerOpening: 'Voici ce que dit le référentiel des métiers sur ce changement, et ce qu’il change pour votre CV.',
		helpOpening: 'Voici l’essentiel, côté CV et parcours.',
		home: 'cv',
		examples: ['Comment faire un CV de reconversion ?', 'Quelles compétences pour devenir développeur web ?', 'Mon CV est-il lisible par les logiciels de recrutement ?'],
	},
	rise: {
		area: 'rise',
		introduction: 'Ici, dans Phoenix Rise, je vous accompagne à votre rythme : prendre du recul, mettre des mots sur ce que vous vivez, avancer par petits pas. Je ne suis pas thérapeute, mais je peux vous aider à y voir plus clair.',
		careerOpening: 'Changer de métier, c’est un vrai cap, et il se franchit pas à pas. Voici quelques repères tirés des données officielles, sans pression.',
		helpOpening: 'Voici ce que je peux vous en dire.',
		home: 'rise',
		examples: ['J’ai peur de ne pas être légitime, que faire ?', 'Comment me fixer des objectifs ?', 'Comment passer de conseiller bancaire à boulanger ?'],
	},
	portal: {
		area: 'portal',
		introduction: 'Je vous guide dans Phoenix : lettres, CV, journal, et les dispositifs qui financent une reconversion.',
		careerOpening: 'Voici une vue d’ensemble de ce changement d’après le référentiel des métiers, et les outils de Phoenix qui vous y aideront.',
		helpOpening: 'Voici l’essentiel.',
		home: 'home',
		examples: ['Comment financer une formation avec mon CPF ?', 'Quelles sont les offres de Phoenix ?', 'Quels métiers après infirmière ?'],
	},
}

const romeSource = 'Source : ROME 4.0, France Travail.'

const external = {
	cpf: '[Mon Compte Formation](https://www.moncompteformation.gouv.fr)',
	vae: '[France VAE](https://vae.gouv.fr)',
	transitionsPro: '[Transitions Pro](https://www.transitionspro.fr)',
	franceTravail: '[France Travail](https://www.francetravail.fr)',
	helpline: '[3114.fr](https://www.3114.fr)',
} as const

function link(id: ScreenId, label?: string): string {
	const screen = screenById(id)
	return `[${label ?? screen.action}](${screen.path})`
}

// ——— Distress: helplines, nothing else ———

function distressAnswer(): string {
	return [
		'Merci de me l’avoir écrit. Ce que vous traversez a l’air très lourd, et vous n’avez pas à le porter sans aide.',
		'Des personnes formées peuvent vous écouter, maintenant :',
		[
			`- **3114**, numéro national de prévention du suicide : gratuit, 24h/24 et 7j/7 (${external.helpline}).`,
			'- **SOS Amitié** : 09\u00A072\u00A039\u00A040\u00A050, 24h/24, une écoute anonyme.',
			'- **En cas de danger immédiat** : appelez le **15** (SAMU) ou le **112**.',
		].join('\n'),
		'Si vous le pouvez, parlez-en aussi à une personne proche ou à votre médecin. Je suis un assistant automatique : je ne remplace pas une écoute humaine, mais ces lignes sont là pour vous, à toute heure.',
	].join('\n\n')
}

// ——— Resolving occupations ———

type Resolved = {
	profile: RomeOccupationProfile
	/** How to name it in a sentence: the person's words when they gave them. */
	words: string
	/** True when the words are the person's (gender and wording as typed), false for a ROME label. */
	personsWords: boolean
	/** What was typed, when ROME only matched part of it. */
	approximateOf?: string
	alternatives: RomeOccupationMatch[]
}

type Resolution = { resolved: Resolved | null; asked?: OccupationMention }

// « développeur·se », « conseiller(ère) »: the search wants one form.
const inclusiveSuffix = /(\p{L})(?:[·•‧.]|\()(?:e|se|euse|ice|rice|trice|ne|ère|ere|le|fe)\)?s?(?=\s|$)/giu

function candidatePhrases(phrase: string): string[] {
	// Placeholders (« [PERSONNE_1] ») are never part of a job title.
	const words = phrase
		.replace(inclusiveSuffix, '$1')
		.split(/\s+/)
		.filter((word) => word && !/^\[[A-Z_]+_\d+\]$/.test(word))
	const isStopWord = (word: string) => stopWords.has(normalizeText(word).replace(/'$/, ''))
	const candidates: string[] = []
	const add = (slice: string[]) => {
		let start = 0
		let end = slice.length
		while (start < end && isStopWord(slice[start] ?? '')) start++
		while (end > start && isStopWord(slice[end - 1] ?? '')) end--
		const candidate = slice.slice(start, end).join(' ')
		if (candidate.length >= 2 && !candidates.includes(candidate)) candidates.push(candidate)
	}
	add(words)
	add(words.map((word) => (word.length > 4 ? word.replace(/s$/i, '') : word)))
	for (let count = words.length - 1; count >= 1; count--) add(words.slice(0, count))
	for (let start = 1; start < words.length; start++) add(words.slice(start))
	return candidates.slice(0, 10)
}

async function resolveMention(rome: RomeKnowledge, mention: OccupationMention): Promise<Resolved | null> {
	const wanted = analyze(mention.phrase).length
	for (const candidate of candidatePhrases(mention.phrase)) {
		const kept = analyze(candidate).length
		// Half the words or more: « dresseur de licornes » may be close to « dresseur », « assistante de [PERSONNE_1] » is not « assistante ».
		if (kept * 2 < wanted) continue
		const matches = await rome.findOccupations(candidate, 5)
		const best = matches[0]
		if (!best) continue
		const profile = await rome.describeOccupation(best.code)
		if (!profile) continue
		const approximate = kept < wanted
		return {
			profile,
			words: inSentence(approximate ? candidate : mention.phrase.replace(inclusiveSuffix, '$1')),
			personsWords: true,
			...(approximate ? { approximateOf: mention.phrase } : {}),
			alternatives: matches.slice(1).filter((match) => match.code !== best.code),
		}
	}
	return null
}

async function resolveFromProfile(rome: RomeKnowledge, job: string | undefined, code: string | undefined): Promise<Resolved | null> {
	if (code) {
		const profile = await rome.describeOccupation(code)
		if (profile) return { profile, words: job ? inSentence(job) : profile.label, personsWords: Boolean(job), alternatives: [] }
	}
	if (job) {
		const resolved = await resolveMention(rome, { phrase: job, explicit: false })
		if (resolved) return { ...resolved, alternatives: [] }
	}
	return null
}

/**
 * The occupation of one side of the change: what the question says, else
 * what the conversation said earlier, else the consented profile. A weak
 * guess (« je suis … ») that ROME does not know gives way silently.
 */
async function resolveSide(conversation: Conversation, side: 'from' | 'to', mention: OccupationMention | undefined): Promise<Resolution> {
	const { rome } = conversation.context
	if (mention) {
		const resolved = await resolveMention(rome, mention)
		if (resolved || mention.explicit) return { resolved, asked: mention }
	}
	const remembered = conversation.remembered[side]
	if (remembered) {
		const resolved = await resolveMention(rome, remembered)
		if (resolved) return { resolved }
	}
	const profile = conversation.task.profile
	const resolved =
		side === 'from'
			? await resolveFromProfile(rome, profile?.currentJob, profile?.currentRomeCode)
			: await resolveFromProfile(rome, profile?.targetJob, profile?.targetRomeCode)
	return { resolved }
}

/** Occupations named in earlier user turns: « et pour le financer ? » is about the change discussed just before. */
function rememberedMentions(history: ChatTurn[]): { from?: OccupationMention; to?: OccupationMention } {
	const remembered: { from?: OccupationMention; to?: OccupationMention } = {}
	for (const turn of [...history].reverse().slice(0, 8)) {
		if (turn.role !== 'user') continue
		const intent = detectIntent(turn.text)
		const from = 'from' in intent ? intent.from : undefined
		const to = 'to' in intent ? intent.to : intent.kind === 'occupation' ? intent.occupation : undefined
		remembered.from ??= from
		remembered.to ??= to
		if (remembered.from && remembered.to) break
	}
	return remembered
}

// ——— Skills ———


function isCertification(skill: RomeSkill): boolean {
	if (skill.kind !== 'savoir') return false
	if (/certif|habilitation|diplôme/i.test(skill.category ?? '')) return true
	return /^(?:licence|master|bts|but|dut|cap|bp|bac|titre|diplôme|diplome|ingénieur diplômé|certificat|cqp|mc|brevet|mention complémentaire|doctorat)\b/i.test(skill.label)
}

type HeldSkill = { target: RomeSkill; because?: { kind: 'same' } | { kind: 'close'; source: RomeSkill } | { kind: 'cv'; cvSkill: string } }

type SkillComparison = {
	held: HeldSkill[]
	toAcquire: RomeSkill[]
	knowledge: RomeSkill[]
	certifications: RomeSkill[]
	/** Savoir-être of the target: rarely « to acquire », always worth naming. */
	attitudes: RomeSkill[]
}

/**
 * What the target occupation asks that the person likely has (same ROME
 * skill, a skill of their occupation worded alike, or a skill of their CV)
 * and what is left to learn, the skills closest to the occupation's
 * definition first.
 */
function compareSkills(target: RomeOccupationProfile, source: RomeOccupationProfile | null, cvSkills: readonly string[]): SkillComparison {
	const sourceSkills = source?.skills ?? []
	const sourceCodes = new Set(sourceSkills.map((skill) => skill.code))
	const sourceLabels = new Map(sourceSkills.map((skill) => [normalizeText(skill.label), skill]))
	const sourceStems = sourceSkills.filter((skill) => skill.kind !== 'savoir_etre' && !isCertification(skill)).map((skill) => ({ skill, stems: informativeStems(skill.label) }))
	const cvStems = cvSkills.map((cvSkill) => ({ cvSkill, stems: informativeStems(cvSkill) })).filter((entry) => entry.stems.size > 0)

	const held: HeldSkill[] = []
	const open: RomeSkill[] = []
	for (const skill of target.skills) {
		if (isCertification(skill)) continue
		if (sourceCodes.has(skill.code) || sourceLabels.has(normalizeText(skill.label))) {
			held.push({ target: skill, because: { kind: 'same' } })
			continue
		}
		const stems = informativeStems(skill.label)
		const cv = cvStems.find((entry) => {
			const shared = sharedCount(entry.stems, stems)
			return shared > 0 && (shared === entry.stems.size || shared === stems.size)
		})
		if (cv) {
			held.push({ target: skill, because: { kind: 'cv', cvSkill: cv.cvSkill } })
			continue
		}
		if (skill.kind !== 'savoir_etre') {
			// Most of the target's words, and a good part of the source's: « collaborer avec les équipes
			// multidisciplinaires » pairs across trades, « proposer des solutions de … » does not.
			const close = sourceStems.find((entry) => {
				const shared = sharedCount(entry.stems, stems)
				return shared >= 2 && shared / stems.size >= 0.6 && shared / entry.stems.size >= 0.4
			})
			if (close) {
				held.push({ target: skill, because: { kind: 'close', source: close.skill } })
				continue
			}
		}
		open.push(skill)
	}

	// The ROME order is arbitrary; skills echoing the occupation's own definition say most about it.
	const centralStems = informativeStems(`${target.label} ${target.definition ?? ''}`)
	const rank = (skills: RomeSkill[]) =>
		skills
			.map((skill, index) => ({
				skill,
				index,
				transverse: /transverse/i.test(skill.category ?? '') ? 1 : 0,
				central: sharedCount(informativeStems(skill.label), centralStems) > 0 ? 0 : 1,
			}))
			.sort((left, right) => left.transverse - right.transverse || left.central - right.central || left.index - right.index)
			.map((entry) => entry.skill)

	const order = { same: 0, close: 1, cv: 2 } as const
	held.sort((left, right) => order[left.because?.kind ?? 'same'] - order[right.because?.kind ?? 'same'])
	return {
		held,
		toAcquire: rank(open.filter((skill) => skill.kind === 'savoir_faire')),
		knowledge: rank(open.filter((skill) => skill.kind === 'savoir')),
		// The shortest names are the generic diplomas (« Licence mention informatique »), the clearest to quote.
		certifications: target.skills.filter(isCertification).sort((left, right) => left.label.length - right.label.length),
		attitudes: target.skills.filter((skill) => skill.kind === 'savoir_etre'),
	}
}

// ——— Mobility ———

type Path = { kind: 'direct'; rank: number } | { kind: 'via'; steps: RomeMobility[] } | { kind: 'none'; nearby: RomeMobility[] }

/** Official ROME mobility from one occupation to another: direct, or through one intermediate occupation. */
async function findPath(rome: RomeKnowledge, fromCode: string, toCode: string): Promise<Path> {
	const direct = await rome.mobilitiesFrom(fromCode, 20)
	const edge = direct.find((mobility) => mobility.code === toCode)
	if (edge) return { kind: 'direct', rank: edge.rank }
	const secondHops = await Promise.all(
		direct.map(async (step) => ((await rome.mobilitiesFrom(step.code, 20)).some((mobility) => mobility.code === toCode) ? step : null)),
	)
	const steps = secondHops.filter((step): step is RomeMobility => step !== null).slice(0, 2)
	return steps.length > 0 ? { kind: 'via', steps } : { kind: 'none', nearby: direct.slice(0, 3) }
}

// ——— Wording helpers ———

/** A label inside a sentence: lower-case first letter, unless it is an acronym (« HTML »). */
function inSentence(label: string): string {
	const text = plain(label)
	return /^\p{Lu}\p{Lu}/u.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1)
}

/** « de » before a word, elided before a vowel: « de boulanger », « d’infirmière ». */
function de(words: string): string {
	return /^[aeiouyhàâäéèêëîïôöùûü]/i.test(words) ? `d’${words}` : `de ${words}`
}

/** How to name an occupation in a sentence: the person's words, else the first form of the ROME label. */
function nameOf(resolved: Resolved): string {
	return resolved.personsWords ? resolved.words : inSentence(shortLabel(resolved.profile.label))
}

function capitalized(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1)
}

function occupationTitle(profile: RomeOccupationProfile): string {
	return `**${plain(profile.label)}** (${profile.code})`
}

/** « Formateur / Formatrice » → « Formateur »: short enough for an example question. */
function shortLabel(label: string): string {
	return plain(label).split(' / ')[0]?.replace(/\s*\([^)]*\)\s*/g, ' ').trim() ?? plain(label)
}

function firstSentences(text: string | undefined, count: number, maxLength = 320): string {
	if (!text) return ''
	const joined = text
		.split('\n')
		.map((line) => line.trim())
		.filter(Boolean)
		.map((line) => (/[.!?…]$/.test(line) ? line : `${line}.`))
		.join(' ')
	const sentences = plain(joined)
		.split(/(?<=[a-zà-ÿ)»][.!?…])\s+(?=\p{Lu})/u)
		.filter(Boolean)
	let summary = ''
	for (const sentence of sentences.slice(0, count)) {
		const next = summary ? `${summary} ${sentence}` : sentence
		if (summary && next.length > maxLength) break
		summary = next
	}
	return /[.!?]$/.test(summary) ? summary : summary ? `${summary}.` : ''
}

/** What an article says in one sentence: its opening, without the list it may introduce. */
function articleSummary(article: HelpArticle): string {
	const opening = article.body.split('\n\n')[0]?.replace(/\s*:\s*$/, '.') ?? ''
	return firstSentences(opening.replace(/\]\([^)]*\)/g, ']').replace(/\[([^\]]*)\]/g, '$1'), 1)
}

/** The first line of a ROME definition: the sentence that says what the job is. */
function definitionLead(profile: RomeOccupationProfile): string {
	const firstLine = profile.definition?.split('\n').find((line) => line.trim()) ?? ''
	return firstSentences(firstLine, 1, 400)
}

function list(items: string[]): string {
	return items.map((item) => `- ${item}`).join('\n')
}

function enumerate(labels: string[]): string {
	if (labels.length <= 1) return labels.join('')
	return `${labels.slice(0, -1).join(', ')} et ${labels.at(-1)}`
}

function frenchDate(date: Date): string {
	const parts = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Paris' }).formatToParts(date)
	const part = (type: string) => parts.find((candidate) => candidate.type === type)?.value ?? ''
	const day = part('day')
	return `${day === '1' ? '1er' : day} ${part('month')} ${part('year')}`
}

function inDays(context: Context, days: number): string {
	return frenchDate(new Date(context.now.getTime() + days * 24 * 60 * 60 * 1000))
}

function parisHour(date: Date): number {
	const hour = new Intl.DateTimeFormat('fr-FR', { hour: 'numeric', hourCycle: 'h23', timeZone: 'Europe/Paris' }).formatToParts(date).find((part) => part.type === 'hour')
	return Number(hour?.value ?? 12)
}

function resolutionNotes(label: 'from' | 'to', resolved: Resolved): string[] {
	const notes: string[] = []
	if (resolved.approximateOf) {
		notes.push(`Je n’ai pas trouvé « ${resolved.approximateOf} » tel quel dans le ROME ; la fiche la plus proche est ${plain(resolved.profile.label)} (${resolved.profile.code}). Si ce n’est pas ${label === 'from' ? 'votre métier' : 'le métier visé'}, donnez-moi son intitulé exact.`)
	} else if (resolved.alternatives.length > 0 && resolved.personsWords) {
		const others = resolved.alternatives.slice(0, 2).map((match) => `${plain(match.label)} (${match.code})`)
		notes.push(`Pour « ${resolved.words} », j’ai retenu la fiche ${plain(resolved.profile.label)} ; si vous pensiez plutôt à ${others.join(' ou à ')}, dites-le-moi.`)
	}
	return notes
}

// ——— Schemes ———

type SchemeChoice = { employment?: Employment; overlap: number; path: Path['kind'] | 'unknown'; asked: Scheme[]; accessText?: string }

function schemeLines(choice: SchemeChoice): string[] {
	const lines = new Map<Scheme, string>()
	const asked = new Set(choice.asked)
	const cpf = `**CPF** : vos droits à la formation financent une formation certifiante ; consultez-les sur ${external.cpf}.`
	const bilan = '**Bilan de compétences** : pour éprouver le projet et en tirer un plan avant d’investir dans une formation ; il peut être financé par le CPF.'
	const vaeReason = choice.overlap >= 3 ? 'une partie de vos compétences est commune aux deux métiers' : 'le ROME reconnaît ces deux métiers comme proches'
	const vae = `**VAE** : ${vaeReason} ; la validation des acquis de l’expérience peut faire reconnaître une certification du métier visé (${external.vae}).`
	const transitionsPro = `**Transitions Pro** : ${choice.employment === 'employed' ? 'comme vous êtes en poste' : 'si vous êtes en poste'}, le projet de transition professionnelle peut financer une formation longue en maintenant votre rémunération (${external.transitionsPro}).`
	const franceTravail = `**France Travail** : ${choice.employment === 'job_seeking' ? 'comme vous cherchez un emploi' : 'si vous cherchez un emploi'}, votre conseiller peut compléter le financement (aide individuelle à la formation) et proposer une immersion en entreprise (${external.franceTravail}).`
	const alternance = '**Alternance** : apprentissage ou contrat de professionnalisation, vous êtes payé pendant que vous vous formez ; la difficulté est de trouver l’entreprise, à chercher dès la formation choisie.'
	const resignation = '**Démission-reconversion** : sous conditions, elle ouvre droit au chômage, à condition de faire valider le projet par Transitions Pro **avant** de démissionner.'
	const cep = '**Conseil en évolution professionnelle (CEP)** : un accompagnement gratuit et confidentiel pour construire le projet et combiner les financements.'

	lines.set('cpf', cpf)
	if (choice.path === 'none' || choice.overlap < 3 || asked.has('bilan')) lines.set('bilan', bilan)
	if (choice.overlap >= 3 || choice.path === 'direct' || asked.has('vae')) lines.set('vae', vae)
	if (choice.employment !== 'job_seeking' || asked.has('transitions_pro')) lines.set('transitions_pro', transitionsPro)
	if (choice.employment !== 'employed' || asked.has('france_travail')) lines.set('france_travail', franceTravail)
	if (asked.has('alternance') || /apprentissage|alternance/i.test(choice.accessText ?? '')) lines.set('alternance', alternance)
	if (asked.has('resignation')) lines.set('resignation', resignation)
	if (asked.has('cep')) lines.set('cep', cep)
	// What the person asked about first, then the rest in the order above.
	return [...choice.asked.map((scheme) => lines.get(scheme)), ...lines.values()].filter((line, index, all): line is string => Boolean(line) && all.indexOf(line) === index)
}

// ——— Career change ———

async function composeCareerChange(conversation: Conversation, fromMention?: OccupationMention, toMention?: OccupationMention): Promise<string> {
	const { rome } = conversation.context
	const [from, to] = await Promise.all([resolveSide(conversation, 'from', fromMention), resolveSide(conversation, 'to', toMention)])

	if (!to.resolved) {
		if (to.asked) return unknownOccupationAnswer(to.asked, 'to', from.resolved)
		return composeNoTarget(conversation, from.resolved)
	}
	if (!from.resolved) {
		if (from.asked) {
			const request = unknownOccupationAnswer(from.asked, 'from', null)
			return `${request}\n\n${await targetOverview(conversation, to.resolved, 'career')}`
		}
		return targetOverview(conversation, to.resolved, 'career', { askForCurrentJob: true })
	}
	if (from.resolved.profile.code === to.resolved.profile.code) return sameOccupationAnswer(from.resolved)

	const path = await findPath(rome, from.resolved.profile.code, to.resolved.profile.code)
	const comparison = compareSkills(to.resolved.profile, from.resolved.profile, conversation.task.profile?.skills ?? [])
	return conversation.persona.area === 'rise'
		? riseCareerChange(conversation, from.resolved, to.resolved, path, comparison)
		: fullCareerChange(conversation, from.resolved, to.resolved, path, comparison)
}

function pathParagraph(from: Resolved, to: Resolved, path: Path): string {
	if (path.kind === 'direct') {
		return `**Passerelle officielle** : oui. Le ROME cite ce métier parmi les mobilités prévues depuis le vôtre : vos compétences y sont reconnues comme proches, un argument à mettre en avant.`
	}
	if (path.kind === 'via') {
		const routes = path.steps.map((step) => `${plain(step.label)} (${step.code})`)
		const role = routes.length > 1 ? 'Ces métiers intermédiaires peuvent servir d’étape' : 'Ce métier intermédiaire peut servir d’étape'
		return `**Passerelle officielle** : pas de passage direct, mais un chemin en deux temps existe dans le ROME, par ${routes.join(' ou par ')}. ${role}, ou simplement montrer que vos compétences se rapprochent.`
	}
	const nearby = path.nearby.map((mobility) => plain(mobility.label))
	const nearbyText = nearby.length > 0 ? ` Depuis votre métier, les passerelles officielles mènent plutôt vers : ${enumerate(nearby)}.` : ''
	return `**Passerelle officielle** : le ROME ne prévoit pas de passage direct entre ${nameOf(from)} et ${nameOf(to)}, ni par un métier intermédiaire. C’est une vraie reconversion : elle passe en général par une formation, et elle est tout à fait possible.${nearbyText}`
}

function heldLines(comparison: SkillComparison, limit: number): string[] {
	return comparison.held.slice(0, limit).map(({ target, because }) => {
		if (because?.kind === 'close') return `${plain(target.label)} (proche de ce que vous faites déjà : « ${inSentence(because.source.label)} »)`
		if (because?.kind === 'cv') return `${plain(target.label)} (d’après votre CV : « ${plain(because.cvSkill)} »)`
		return plain(target.label)
	})
}

function skillSections(comparison: SkillComparison, options: { held: number; toAcquire: number; knowledge: number }): string[] {
	const sections: string[] = []
	const held = heldLines(comparison, options.held)
	sections.push(
		held.length > 0
			? `**Ce que vous avez déjà** :\n${list(held)}`
			: '**Ce que vous avez déjà** : les deux fiches du ROME ont peu de compétences en commun, mais votre expérience reste un appui : racontez ce qu’elle vous a appris, exemples à l’appui.',
	)
	const toAcquire = comparison.toAcquire.slice(0, options.toAcquire).map((skill) => plain(skill.label))
	const knowledge = comparison.knowledge.slice(0, options.knowledge).map((skill) => inSentence(skill.label))
	if (toAcquire.length > 0 || knowledge.length > 0) {
		const knowledgeLine = knowledge.length > 0 ? `\nSavoirs à travailler : ${knowledge.join(', ')}.` : ''
		sections.push(`**À acquérir en priorité** :\n${list(toAcquire)}${knowledgeLine}`.replace(':\n\n', ':\n'))
	}
	return sections
}

function accessParagraph(profile: RomeOccupationProfile, comparison: SkillComparison, sentences = 2): string {
	const access = firstSentences(profile.access, sentences)
	const certifications = comparison.certifications.slice(0, 3).map((skill) => `« ${plain(skill.label)} »`)
	const certificationText = certifications.length > 0 ? ` Certifications citées par le ROME : ${certifications.join(', ')}.` : ''
	if (!access && !certificationText) return ''
	return `**Accès au métier** : ${access ? inSentence(access) : 'le ROME ne précise pas de diplôme obligatoire.'}${certificationText}`
}

function personaTip(conversation: Conversation, from: Resolved, to: Resolved, comparison: SkillComparison): string {
	const close = comparison.held.find((held) => held.because?.kind === 'close')
	const same = comparison.held.find((held) => held.because?.kind === 'same')
	const gap = comparison.toAcquire[0]
	switch (conversation.persona.area) {
		case 'letters': {
			const opening =
				from.personsWords && to.personsWords
					? `annoncez le changement dès la première phrase, par exemple : « ${capitalized(from.words)} de métier, je me forme aujourd’hui pour devenir ${to.words}. »`
					: 'annoncez le changement dès la première phrase, en nommant votre métier actuel et celui que vous visez.'
			const translation =
				close?.because?.kind === 'close'
					? ` Traduisez ensuite une compétence : « ${inSentence(close.because.source.label)} » devient « ${inSentence(close.target.label)} ».`
					: same
						? ` Mettez en avant « ${inSentence(same.target.label)} », que les deux métiers demandent.`
						: ''
			const gapText = gap ? ` ${translation ? 'Enfin' : 'Ensuite'}, nommez l’écart (« ${inSentence(gap.label)} ») et dites comment vous le comblez.` : ''
			return `**Dans votre lettre** : ${opening}${translation}${gapText}`
		}
		case 'cv': {
			const headline = to.personsWords ? `« ${capitalized(to.words)} en reconversion »` : 'le métier visé'
			const past = from.personsWords ? `vos expériences ${de(from.words)}` : 'vos expériences passées'
			return `**Dans votre CV** : un titre qui annonce ${headline}, une rubrique Compétences placée avant les expériences et rédigée avec les termes du ROME ci-dessus, et ${past} résumées autour de ce qui sert le nouveau métier.`
		}
		default:
			return '**Par où commencer dans Phoenix** : le Trajectory Builder transforme ces données en plan daté ; Phoenix CV et Phoenix Letters vous aident ensuite à raconter ce changement, et Phoenix Rise à tenir le cap.'
	}
}

function nextSteps(conversation: Conversation, to: Resolved, path: Path['kind'] | 'unknown', overlap: number): string {
	const { context, persona } = conversation
	const second =
		path === 'direct' || overlap >= 3
			? `D’ici le ${inDays(context, 21)} : vérifier si une VAE peut valider une partie du métier visé, sur ${external.vae}, et comparer les formations complémentaires sur ${external.cpf}.`
			: `D’ici le ${inDays(context, 21)} : comparer deux ou trois formations qui mènent au métier ${de(nameOf(to))}, sur ${external.cpf}.`
	const steps = [
		`D’ici le ${inDays(context, 7)} : prendre rendez-vous avec un conseiller en évolution professionnelle (CEP), gratuit et confidentiel, pour valider le projet et son financement.`,
		second,
		`${link('trajectory')} pour en faire un plan daté, étape par étape, que vous pourrez modifier et cocher.`,
		persona.area === 'portal' ? `${link('rise')} pour suivre ces étapes comme des objectifs.` : `${link('cv')} pour aligner votre titre et vos compétences sur le métier visé.`,
	]
	return `**Prochaines étapes** :\n${steps.map((step, index) => `${index + 1}. ${step}`).join('\n')}`
}

function fullCareerChange(conversation: Conversation, from: Resolved, to: Resolved, path: Path, comparison: SkillComparison): string {
	const overlap = comparison.held.filter((held) => held.because?.kind !== 'cv').length
	const schemes = schemeLines({
		...(conversation.intent.employment ? { employment: conversation.intent.employment } : {}),
		overlap,
		path: path.kind,
		asked: conversation.intent.schemes,
		...(to.profile.access ? { accessText: to.profile.access } : {}),
	})
	return [
		conversation.persona.careerOpening,
		[`${occupationTitle(from.profile)} → ${occupationTitle(to.profile)}`, ...resolutionNotes('from', from), ...resolutionNotes('to', to)].join('\n'),
		pathParagraph(from, to, path),
		...skillSections(comparison, { held: 5, toAcquire: 6, knowledge: 6 }),
		accessParagraph(to.profile, comparison),
		`**Financer et valider** :\n${list(schemes)}`,
		personaTip(conversation, from, to, comparison),
		nextSteps(conversation, to, path.kind, overlap),
		romeSource,
	]
		.filter(Boolean)
		.join('\n\n')
}

function riseCareerChange(conversation: Conversation, from: Resolved, to: Resolved, path: Path, comparison: SkillComparison): string {
	const pathText =
		path.kind === 'direct'
			? 'le ROME reconnaît ce passage comme une passerelle officielle'
			: path.kind === 'via'
				? `le ROME y voit un chemin en deux temps, par ${inSentence(shortLabel(path.steps[0]?.label ?? ''))}`
				: 'le ROME n’y voit pas de passerelle directe, ce qui en fait une vraie reconversion, tout à fait possible'
	// What they do today, in the words of their own trade: that is what they will recognise.
	const held = comparison.held
		.slice(0, 3)
		.map(({ target, because }) => `« ${inSentence(because?.kind === 'close' ? because.source.label : because?.kind === 'cv' ? because.cvSkill : target.label)} »`)
	const heldText =
		held.length > 0
			? `Vous ne partez pas de zéro : ${enumerate(held)}, vous savez déjà le faire, et cela vous suit d’un métier à l’autre.`
			: 'Les deux fiches du ROME ont peu de compétences en commun, mais ce que vous avez appris ne disparaît pas : votre façon de travailler et d’être avec les autres vous suit.'
	const toLearn = comparison.toAcquire.slice(0, 3).map((skill) => `« ${inSentence(skill.label)} »`)
	const learnText = toLearn.length > 0 ? ` Ce qui reste à apprendre a un nom, par exemple ${enumerate(toLearn)}.` : ''
	const access = firstSentences(to.profile.access, 1)
	const accessText = access ? ` Côté accès : ${inSentence(access)}` : ''
	const toWords = nameOf(to)
	return [
		conversation.persona.careerOpening,
		`${occupationTitle(from.profile)} → ${occupationTitle(to.profile)} : ${pathText}.`,
		[...resolutionNotes('from', from), ...resolutionNotes('to', to)].join('\n'),
		`${heldText}${learnText}${accessText}`,
		'Pour avancer à votre rythme, un bilan de compétences ou un rendez-vous gratuit avec un conseiller en évolution professionnelle (CEP) peut aider à y voir clair, sans rien décider tout de suite.',
		`**Une question pour vous** : qu’est-ce qui vous attire le plus dans le métier ${de(toWords)} ?`,
		`**Un petit pas** : d’ici le ${inDays(conversation.context, 7)}, notez dans votre journal trois moments de votre travail actuel qui vous ont donné de l’énergie, et ce qu’ils disent de ce que vous cherchez. ${link('rise')}`,
		`Quand vous voudrez un plan détaillé : ${link('trajectory')}.`,
		romeSource,
	]
		.filter(Boolean)
		.join('\n\n')
}

function sameOccupationAnswer(occupation: Resolved): string {
	return [
		`Dans le ROME, ces deux intitulés relèvent du même métier : ${occupationTitle(occupation.profile)}. Vous visez peut-être une spécialisation ou un autre contexte d’exercice ; dites-m’en un peu plus, ou demandez-moi « Quels métiers après ${occupation.words} ? » pour voir les passerelles officielles.`,
		link('trajectory'),
		romeSource,
	].join('\n\n')
}

function unknownOccupationAnswer(asked: OccupationMention, side: 'from' | 'to', other: Resolved | null): string {
	const examples = side === 'to' ? '« développeur web », « conseiller bancaire » ou « boulanger »' : '« infirmier », « vendeur en boulangerie » ou « conseiller clientèle »'
	const question =
		side === 'to'
			? `Pouvez-vous me donner l’intitulé du métier visé, tel qu’il apparaît dans une offre d’emploi (par exemple ${examples}) ?`
			: `Quel est l’intitulé de votre métier actuel, tel qu’il figurerait sur une fiche de poste (par exemple ${examples}) ?`
	const otherText = other ? ` J’ai bien reconnu ${side === 'to' ? 'votre métier actuel' : 'le métier visé'} : ${occupationTitle(other.profile)}.` : ''
	return `Je n’ai pas trouvé « ${asked.phrase} » dans le référentiel ROME des métiers. ${question}${otherText}`
}

/** A reconversion question with no target known: say what helps to choose one, and ask. */
async function composeNoTarget(conversation: Conversation, from: Resolved | null): Promise<string> {
	const articles = ['cep', 'bilan-competences', 'test-a-job'].map(helpArticleById).filter((article): article is HelpArticle => Boolean(article))
	const fromText = from ? ` Depuis ${occupationTitle(from.profile)}, demandez-moi aussi « Quels métiers après ${from.words} ? » pour voir les passerelles officielles.` : ''
	const sections = [
		`${conversation.persona.careerOpening.split('.')[0]}.`,
		`Pour comparer deux métiers, j’ai besoin de savoir lequel vous visez. Dites-le-moi, par exemple : « Je suis ${from?.personsWords ? from.words : 'infirmière'} et je veux devenir développeuse web ».${fromText}`,
		`Si vous hésitez encore, trois appuis :\n${list(articles.map((article) => `**${article.title}** : ${inSentence(articleSummary(article))}`))}`,
		`${link('trajectory')} · ${link('account', 'Indiquer mon métier visé')}`,
	]
	if (conversation.persona.area === 'rise') sections.push(...riseClosing(conversation, 'Qu’est-ce qui, dans votre travail actuel, vous donne envie de changer ?'))
	return sections.join('\n\n')
}

// ——— One occupation: what it is, needs, how to get in ———

async function targetOverview(
	conversation: Conversation,
	target: Resolved,
	focus: OccupationFocus | 'career',
	options: { askForCurrentJob?: boolean } = {},
): Promise<string> {
	const { task } = conversation
	const profile = target.profile
	const from = focus === 'career' ? null : (await resolveSide(conversation, 'from', undefined)).resolved
	const comparison = compareSkills(profile, from?.profile ?? null, task.profile?.skills ?? [])
	const skillCount = focus === 'skills' ? 8 : 5
	const sections: string[] = [
		focus === 'career' ? conversation.persona.careerOpening : conversation.persona.helpOpening,
		[occupationTitle(profile), ...resolutionNotes('to', target)].join('\n'),
	]
	const lead = definitionLead(profile)
	if (lead) sections.push(lead)
	if (focus === 'overview') {
		const activities = (profile.definition ?? '')
			.split('\n')
			.slice(1)
			.flatMap((line) => plain(line).split(/(?<=\.)\s+(?=\p{Lu})/u))
			.map((activity) => activity.replace(/\.$/, ''))
			.filter(Boolean)
			.slice(0, 4)
		if (activities.length > 0) sections.push(`**Au quotidien** :\n${list(activities)}`)
	}
	const held = heldLines(comparison, 5)
	if (held.length > 0 && (from || (task.profile?.skills?.length ?? 0) > 0)) sections.push(`**Ce que vous avez déjà** :\n${list(held)}`)
	const keySkills = comparison.toAcquire.slice(0, skillCount).map((skill) => plain(skill.label))
	if (keySkills.length > 0) sections.push(`**Compétences clés** :\n${list(keySkills)}`)
	if (focus === 'skills') {
		const knowledge = comparison.knowledge.slice(0, 6).map((skill) => inSentence(skill.label))
		const attitudes = comparison.attitudes.slice(0, 4).map((skill) => inSentence(skill.label))
		if (knowledge.length > 0) sections.push(`**Savoirs** : ${knowledge.join(', ')}.`)
		if (attitudes.length > 0) sections.push(`**Savoir-être professionnels** : ${attitudes.join(', ')}.`)
	}
	sections.push(accessParagraph(profile, comparison, focus === 'access' ? 3 : 2))
	if (focus !== 'skills' && focus !== 'overview') {
		const schemes = schemeLines({
			...(conversation.intent.employment ? { employment: conversation.intent.employment } : {}),
			overlap: comparison.held.length,
			path: 'unknown',
			asked: conversation.intent.schemes,
			...(profile.access ? { accessText: profile.access } : {}),
		})
		sections.push(`**Financer et valider** :\n${list(schemes)}`)
	}
	if (options.askForCurrentJob) {
		sections.push(
			`Pour comparer avec votre métier actuel (compétences communes, passerelles officielles), dites-moi lequel c’est, par exemple « Je suis boulanger et je veux devenir ${nameOf(target)} », ou indiquez-le dans votre compte : ${link('account')}.`,
		)
	}
	if (conversation.persona.area === 'rise') {
		sections.push(...riseClosing(conversation, `Qu’est-ce qui vous attire dans le métier ${de(nameOf(target))} ?`))
	} else {
		sections.push(`${link('trajectory')} pour voir le chemin depuis votre métier et en faire un plan daté.`)
	}
	sections.push(romeSource)
	return sections.filter(Boolean).join('\n\n')
}

async function composeOccupation(conversation: Conversation, mention: OccupationMention, focus: OccupationFocus): Promise<string> {
	const resolved = await resolveMention(conversation.context.rome, mention)
	if (resolved) return targetOverview(conversation, resolved, focus)
	if (mention.explicit) return unknownOccupationAnswer(mention, 'to', null)
	// « Qu’est-ce que le bilan de compétences ? » names no occupation after all.
	return composeHelp(conversation, undefined)
}

// ——— Mobilities out of one occupation ———

async function composeMobility(conversation: Conversation, mention: OccupationMention | undefined): Promise<string> {
	const { rome } = conversation.context
	const from = await resolveSide(conversation, 'from', mention)
	if (!from.resolved) {
		if (from.asked) return unknownOccupationAnswer(from.asked, 'from', null)
		return `Pour vous montrer les passerelles officielles, j’ai besoin de votre métier actuel. Quel est-il ? Vous pouvez aussi l’indiquer dans votre compte ; avec votre accord, je m’en servirai ensuite : ${link('account')}.`
	}
	const mobilities = await rome.mobilitiesFrom(from.resolved.profile.code, 8)
	const sections = [conversation.persona.careerOpening.split('.')[0] + '.']
	if (mobilities.length === 0) {
		sections.push(`Le ROME ne liste pas de passerelle officielle depuis ${occupationTitle(from.resolved.profile)}. Cela ne ferme aucune porte : un bilan de compétences aide alors à repérer les métiers qui vous correspondent.`)
	} else {
		// The shortest of the first few makes the clearest example question.
		const example = mobilities.slice(0, 3).sort((left, right) => shortLabel(left.label).length - shortLabel(right.label).length)[0]
		sections.push(
			[`**Passerelles officielles depuis ${plain(from.resolved.profile.label)}** (${from.resolved.profile.code}) :`, ...resolutionNotes('from', from.resolved), ...mobilities.map((mobility, index) => `${index + 1}. ${plain(mobility.label)} (${mobility.code})`)].join('\n'),
			`Ce sont les métiers que France Travail juge proches du vôtre en compétences : la reconversion y est en général plus courte. Pour comparer en détail, demandez-moi par exemple « Comment passer ${de(from.resolved.words)} à ${inSentence(shortLabel(example?.label ?? ''))} ? ».`,
		)
	}
	if (conversation.persona.area === 'rise') sections.push(...riseClosing(conversation, 'Parmi ces métiers, lequel vous fait le plus envie, même un peu ?'))
	else sections.push(`${link('trajectory')} pour explorer ces passerelles et en faire un plan.`)
	sections.push(romeSource)
	return sections.join('\n\n')
}

// ——— Help articles ———

const topicAreas: Record<HelpTopic, HelpArea[]> = {
	funding: ['career'],
	letter: ['letters', 'career'],
	cv: ['cv', 'career'],
	interview: ['career'],
	product: ['portal'],
	rise: ['rise'],
	wellbeing: ['rise'],
}

function isRelevant(hit: HelpHit | undefined): hit is HelpHit {
	if (!hit) return false
	return (hit.score >= 3 && hit.coverage >= 0.5) || (hit.coverage === 1 && hit.score >= 1)
}

async function composeHelp(conversation: Conversation, topic: HelpTopic | undefined, options: { romeUnavailable?: boolean } = {}): Promise<string> {
	const { task, persona } = conversation
	if (topic === 'wellbeing') return composeWellbeing(conversation)
	const preferAreas: HelpArea[] = [...(topic ? topicAreas[topic] : []), persona.area]
	const hits = schemeFirst(searchHelp(task.question, { preferAreas, limit: 3 }), conversation.intent.schemes)
	const best = hits[0]
	if (!isRelevant(best)) return composeFallback(conversation, options)

	const sections: string[] = []
	if (options.romeUnavailable) sections.push('Je n’arrive pas à consulter le référentiel des métiers pour le moment ; voici ce que je peux vous dire sans lui.')
	else sections.push(persona.helpOpening)
	sections.push(`**${best.article.title}**\n\n${best.article.body}`)

	if (!options.romeUnavailable && topic) {
		const enrichment = await occupationEnrichment(conversation, topic)
		if (enrichment) sections.push(enrichment)
	}
	const second = hits[1]
	if (second && isRelevant(second) && second.score >= best.score * 0.6) {
		sections.push(`À lire aussi, **${second.article.title}** : ${inSentence(articleSummary(second.article))}`)
	}
	const screenIds = [...new Set([...best.article.screens, ...(second && isRelevant(second) ? second.article.screens : [])])]
	const ordered = [...screenIds.filter((id) => screenById(id).area === persona.area), ...screenIds.filter((id) => screenById(id).area !== persona.area)]
	const links = ordered.slice(0, 2).map((id) => link(id))
	if (links.length > 0) sections.push(links.join(' · '))
	if (persona.area === 'rise' && topic !== 'product') sections.push(...riseClosing(conversation, 'Qu’est-ce qui compte le plus pour vous dans cette étape ?'))
	return sections.join('\n\n')
}

const schemeArticles: Record<Scheme, string> = {
	cpf: 'cpf',
	vae: 'vae',
	bilan: 'bilan-competences',
	transitions_pro: 'transitions-pro',
	resignation: 'resignation-for-retraining',
	france_travail: 'france-travail',
	alternance: 'alternance',
	cep: 'cep',
}

/** A scheme named in the question is what the person wants explained, before any overview. */
function schemeFirst(hits: HelpHit[], schemes: Scheme[]): HelpHit[] {
	const first = schemes[0]
	const article = first ? helpArticleById(schemeArticles[first]) : undefined
	if (!article) return hits
	const others = hits.filter((hit) => hit.article.id !== article.id)
	const score = Math.max(hits[0]?.score ?? 0, 3)
	return [{ article, score, matchedTerms: [], coverage: 1 }, ...others]
}

/** The person's own occupations, when a help topic is about them: the access route, the words of the new trade. */
async function occupationEnrichment(conversation: Conversation, topic: HelpTopic): Promise<string> {
	if (topic !== 'funding' && topic !== 'letter' && topic !== 'cv' && topic !== 'interview') return ''
	const intent = conversation.intent
	const fromMention = intent.kind === 'help' ? intent.from : undefined
	const toMention = intent.kind === 'help' ? intent.to : undefined
	const [from, to] = await Promise.all([resolveSide(conversation, 'from', fromMention), resolveSide(conversation, 'to', toMention)])
	if (!to.resolved) return ''
	const target = to.resolved.profile
	const comparison = compareSkills(target, from.resolved?.profile ?? null, conversation.task.profile?.skills ?? [])
	const words = comparison.toAcquire.slice(0, 5).map((skill) => inSentence(skill.label))
	const title = `${plain(target.label)} (${target.code})`

	if (topic === 'funding') {
		const access = accessParagraph(target, comparison)
		return access ? `**Pour le métier de ${title}**\n${access.replace('**Accès au métier** : ', 'Accès au métier : ')}\n\n${romeSource}` : ''
	}
	if (topic === 'letter' && from.resolved) {
		const pairs = comparison.held
			.filter((held) => held.because?.kind === 'close')
			.slice(0, 3)
			.map((held) => (held.because?.kind === 'close' ? `« ${inSentence(held.because.source.label)} » devient « ${inSentence(held.target.label)} »` : ''))
		const shared = comparison.held
			.filter((held) => held.because?.kind === 'same')
			.slice(0, 2)
			.map((held) => `« ${inSentence(held.target.label)} », demandé dans les deux métiers`)
		const lines = [...pairs, ...shared]
		const body = lines.length > 0 ? list(lines) : `Les deux fiches ont peu de compétences en commun : appuyez-vous sur des exemples concrets, et reprenez les mots du métier visé (${words.slice(0, 3).join(', ')}).`
		return `**Compétences à traduire dans votre lettre** (${plain(shortLabel(from.resolved.profile.label))} → ${plain(shortLabel(target.label))}) :\n${body}\n\n${romeSource}`
	}
	if (words.length === 0) return ''
	if (topic === 'interview') {
		return `**Pour un entretien ${de(inSentence(shortLabel(target.label)))}** : préparez un exemple concret pour ${enumerate(words.slice(0, 2).map((word) => `« ${word} »`))}, deux compétences clés du métier selon le ROME, et dites où vous en êtes de votre formation.\n\n${romeSource}`
	}
	return `**Les mots du métier visé** (${title}), à reprendre quand ils sont vrais pour vous : ${words.join(', ')}.\n\n${romeSource}`
}

function composeWellbeing(conversation: Conversation): string {
	const { task, persona } = conversation
	const article = helpArticleById('career-doubts')
	const heavy = /epuis|deprim|angoiss|pleur|craqu|moral|anxi/.test(normalizeText(task.question))
	const sections = [
		'Merci de le partager. Ce que vous ressentez est très courant pendant une reconversion, et cela ne dit rien de votre valeur.',
		article ? article.body : '',
	]
	if (heavy) sections.push('Si ce poids devient trop lourd, parlez-en à votre médecin ou à une personne de confiance ; en cas de détresse, le 3114 répond 24h/24.')
	if (persona.area !== 'rise') sections.push(`Phoenix Rise est fait pour ces moments : ${link('rise')}`)
	sections.push(...riseClosing(conversation, 'Qu’est-ce qui vous pèse le plus en ce moment : le temps, l’argent, le regard des autres, ou autre chose ?'))
	return sections.filter(Boolean).join('\n\n')
}

/** The coach's way of ending: one open question, one small dated step. */
function riseClosing(conversation: Conversation, question: string): string[] {
	return [
		`**Une question pour vous** : ${question.charAt(0).toLowerCase()}${question.slice(1)}`,
		`**Un petit pas** : d’ici le ${inDays(conversation.context, 3)}, prenez cinq minutes pour écrire votre réponse dans votre journal. ${link('rise')}`,
	]
}

function examplesFor(conversation: Conversation): string[] {
	const examples: string[] = [...conversation.persona.examples]
	const profile: ProfileSummary | undefined = conversation.task.profile
	if (profile?.currentJob && profile.targetJob) examples[0] = `Comment passer ${de(profile.currentJob)} à ${profile.targetJob} ?`
	else if (profile?.targetJob) examples[0] = `Quelles compétences pour devenir ${profile.targetJob} ?`
	return examples
}

function composeFallback(conversation: Conversation, options: { romeUnavailable?: boolean }): string {
	const { persona } = conversation
	const sections = [
		options.romeUnavailable
			? 'Je n’arrive pas à consulter le référentiel des métiers pour le moment, et je n’ai pas de réponse fiable à cette question sans lui.'
			: 'Je fonctionne en mode hors ligne : je réponds à partir du référentiel ROME 4.0 des métiers, de l’aide de Phoenix et de votre profil, et je n’ai pas de réponse fiable à cette question-là.',
		`Voici ce que je sais faire :\n${list([
			'comparer deux métiers : compétences communes, compétences à acquérir, passerelles officielles ;',
			'décrire un métier du ROME et ses voies d’accès ;',
			'expliquer les dispositifs de reconversion : CPF, bilan de compétences, VAE, Transitions Pro, France Travail ;',
			'vous aider pour vos lettres, votre CV et l’usage de Phoenix.',
		])}`,
		`Essayez par exemple :\n${list(examplesFor(conversation).map((example) => `« ${example} »`))}`,
		link(persona.home),
	]
	if (persona.area === 'rise') sections.push(...riseClosing(conversation, 'Qu’est-ce qui occupe votre esprit en ce moment ?'))
	return sections.join('\n\n')
}

function composeGreeting(conversation: Conversation): string {
	const { persona, context } = conversation
	const hello = parisHour(context.now) >= 18 ? 'Bonsoir' : 'Bonjour'
	const sections = [
		`${hello} ! Je suis Iris. ${persona.introduction}`,
		`Vous pouvez par exemple me demander :\n${list(examplesFor(conversation).map((example) => `« ${example} »`))}`,
		'Je fonctionne en mode hors ligne : mes réponses s’appuient sur le référentiel ROME 4.0 des métiers, l’aide de Phoenix et, avec votre accord, votre profil.',
	]
	if (persona.area === 'rise') sections.push(...riseClosing(conversation, 'Comment vous sentez-vous aujourd’hui vis-à-vis de votre projet ?'))
	return sections.join('\n\n')
}

function composeThanks(conversation: Conversation): string {
	switch (conversation.persona.area) {
		case 'letters':
			return `Avec plaisir ! Quand une offre vous tente, collez-la dans Phoenix Letters : nous en tirerons une lettre qui raconte votre parcours. ${link('letters')}`
		case 'cv':
			return `Avec plaisir ! Pensez à relancer l’analyse ATS après chaque mise à jour de votre CV. ${link('cv')}`
		case 'rise':
			return ['Avec plaisir, et merci pour votre confiance.', ...riseClosing(conversation, 'Qu’est-ce que vous retenez de cet échange ?')].join('\n\n')
		default:
			return `Avec plaisir ! Je reste là si une autre question vous vient. ${link('home')}`
	}
}
