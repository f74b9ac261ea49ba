// What the gateway does differently for each kind of task: what it screens
// and masks, what it asks of the model, and the shape of the result. An Iris
// task is a question and a conversation; a letter task also carries a brief
// built from the person's CV and the offer, and possibly the letter being
// rewritten: every free text in it is screened (offer and CV wordings as
// documents, the person's own words as messages) and anonymised before any
// provider sees it. The prompts themselves are in prompt.ts and letter-prompt.ts.
import { stripInvisible } from './guard/index.ts'
import { letterGenerationSettings, paragraphRewriteSettings } from './letter-prompt.ts'
import { finishLetter } from './letter-text.ts'
import type { CheckedOutput } from './output.ts'
import type { Anonymizer } from './pii/index.ts'
import type { AiTask, ChatTurn, IrisTask, LetterBrief, LetterTask, ProfileSummary } from './types.ts'

export type ScreeningInput = { text: string; source: 'user' | 'document' }

/** Texts of the brief that come from the offer. */
function offerTexts(brief: LetterBrief): string[] {
	const { target } = brief
	return [
		target.jobTitle,
		target.company,
		target.location,
		target.contract,
		target.occupationLabel,
		target.recipient,
		...brief.companyFacts,
		...brief.keywords,
	].filter((text): text is string => Boolean(text))
}

/** Texts of the brief that come from the person's CV and choices. */
function candidateTexts(brief: LetterBrief): string[] {
	const { candidate } = brief
	return [
		candidate.name,
		candidate.formerJob,
		candidate.city,
		...brief.transferableSkills.flatMap((skill) => [skill.from, skill.to]),
		...brief.strengths,
		...brief.gaps.flatMap((gap) => [gap.skill, gap.closing ?? '']),
		...brief.proofs,
	].filter((text): text is string => Boolean(text))
}

/**
 * Everything of a task the screener reads, the question first (the gateway
 * forwards the question in the screener's normalised form). The brief's
 * wordings are screened as documents, one per origin, so an instruction
 * slipped into an offer's « Qui sommes-nous » is judged as strictly as one
 * pasted in the offer itself.
 */
export function screeningInputs(task: AiTask): ScreeningInput[] {
	const inputs: ScreeningInput[] = [
		{ text: task.question, source: 'user' },
		...userTurns(task.history).map((text) => ({ text, source: 'user' as const })),
	]
	if (task.kind === 'letter') {
		if (task.rewrite?.hint) inputs.push({ text: task.rewrite.hint, source: 'user' })
		inputs.push({ text: offerTexts(task.brief).join('\n'), source: 'document' })
		inputs.push({ text: candidateTexts(task.brief).join('\n'), source: 'document' })
		if (task.rewrite) inputs.push({ text: task.rewrite.letter, source: 'document' })
	}
	return inputs
}

function userTurns(history: ChatTurn[]) {
	return history.filter((turn) => turn.role === 'user').map((turn) => turn.text)
}

/** The task as a provider may see it: personal data replaced by placeholders, invisible characters gone. */
export function maskTask(task: AiTask, normalizedQuestion: string, anonymizer: Anonymizer): AiTask {
	return task.kind === 'letter' ? maskLetterTask(task, normalizedQuestion, anonymizer) : maskIrisTask(task, normalizedQuestion, anonymizer)
}

/** What every kind of task carries: the question (in the screener's normalised form), the conversation, the page. */
function maskConversation(task: AiTask, normalizedQuestion: string, anonymizer: Anonymizer): Pick<AiTask, 'question' | 'history' | 'page'> {
	return {
		question: anonymizer.mask(normalizedQuestion),
		history: task.history.map((turn) => ({ role: turn.role, text: anonymizer.mask(turn.text) })),
		page: { path: task.page.path, title: task.page.title && anonymizer.mask(task.page.title) },
	}
}

function maskProfile(profile: ProfileSummary, anonymizer: Anonymizer): ProfileSummary {
	return {
		...profile,
		currentJob: profile.currentJob && anonymizer.mask(profile.currentJob),
		targetJob: profile.targetJob && anonymizer.mask(profile.targetJob),
		skills: profile.skills?.map((skill) => anonymizer.mask(skill)),
		recentActivity: profile.recentActivity?.map((line) => anonymizer.mask(line)),
	}
}

function maskIrisTask(task: IrisTask, normalizedQuestion: string, anonymizer: Anonymizer): IrisTask {
	return {
		...task,
		...maskConversation(task, normalizedQuestion, anonymizer),
		profile: task.profile && maskProfile(task.profile, anonymizer),
	}
}

function maskLetterTask(task: LetterTask, normalizedQuestion: string, anonymizer: Anonymizer): LetterTask {
	const { brief } = task
	const clean = (text: string) =>
		stripInvisible(text)
			.replace(/[ \t]+/g, ' ')
			.trim()
	const mask = (text: string) => anonymizer.mask(clean(text))
	const maskOptional = (text: string | undefined) => (text === undefined ? undefined : mask(text))
	const declare = (type: 'PERSONNE' | 'EMAIL' | 'TELEPHONE', text: string | undefined) => {
		const value = text === undefined ? '' : clean(text)
		return value ? anonymizer.declare(type, value) : undefined
	}
	// Declared before anything is masked, so the name is a placeholder everywhere it appears in this request.
	const candidate: LetterBrief['candidate'] = {
		name: declare('PERSONNE', brief.candidate.name),
		email: declare('EMAIL', brief.candidate.email),
		phone: declare('TELEPHONE', brief.candidate.phone),
		formerJob: maskOptional(brief.candidate.formerJob),
		formerYears: brief.candidate.formerYears,
		city: maskOptional(brief.candidate.city),
	}
	const recipient = brief.target.recipient === undefined ? undefined : clean(brief.target.recipient)
	const masked: LetterBrief = {
		tone: brief.tone,
		length: brief.length,
		candidate,
		target: {
			jobTitle: mask(brief.target.jobTitle),
			company: maskOptional(brief.target.company),
			location: maskOptional(brief.target.location),
			contract: maskOptional(brief.target.contract),
			occupationLabel: maskOptional(brief.target.occupationLabel),
			// A named recruiter is a third person: masked whether or not the name lexicon knows them.
			recipient: recipient ? anonymizer.mask(maskRecipient(recipient, anonymizer)) : undefined,
		},
		transferableSkills: brief.transferableSkills.map((skill) => ({ from: mask(skill.from), to: mask(skill.to) })),
		strengths: brief.strengths.map(mask),
		gaps: brief.gaps.map((gap) => ({ skill: mask(gap.skill), closing: maskOptional(gap.closing) })),
		proofs: brief.proofs.map(mask),
		companyFacts: brief.companyFacts.map(mask),
		keywords: brief.keywords.map(mask),
	}
	return {
		...task,
		...maskConversation(task, normalizedQuestion, anonymizer),
		brief: withoutUndefined(masked),
		rewrite: task.rewrite && {
			letter: anonymizer.mask(stripInvisible(task.rewrite.letter)),
			paragraphIndex: task.rewrite.paragraphIndex,
			...(task.rewrite.hint ? { hint: anonymizer.mask(clean(task.rewrite.hint)) } : {}),
		},
	}
}

const civilities = /^(?:madame|monsieur|mme|mlle|m\.|mr\.?|docteure?|dr\.?|ma[iî]tre|me)\s+/i

/** « Madame Durand » → « Madame [PERSONNE_2] »: the civility stays readable, the name is declared. */
function maskRecipient(recipient: string, anonymizer: Anonymizer): string {
	const civility = civilities.exec(recipient)?.[0] ?? ''
	const name = recipient.slice(civility.length).trim()
	if (!name || /^(?:la|le|les)\s/i.test(name)) return recipient
	return `${civility}${anonymizer.declare('PERSONNE', name)}`
}

/** Optional fields left absent rather than present and undefined, so the masked brief compares and serialises like the original. */
function withoutUndefined(brief: LetterBrief): LetterBrief {
	const candidate = Object.fromEntries(
		Object.entries(brief.candidate).filter(([, value]) => value !== undefined),
	) as LetterBrief['candidate']
	const target = Object.fromEntries(Object.entries(brief.target).filter(([, value]) => value !== undefined)) as LetterBrief['target']
	const gaps = brief.gaps.map((gap) => (gap.closing === undefined ? { skill: gap.skill } : gap))
	return { ...brief, candidate, target, gaps }
}

type ModelSettings = { maxOutputTokens: number; temperature: number; thinkingBudget?: number }

/** What each kind of task asks of the model unless the caller says otherwise. */
export function modelSettings(task: AiTask): ModelSettings {
	if (task.kind === 'letter') return task.rewrite ? paragraphRewriteSettings : letterGenerationSettings
	return { maxOutputTokens: 1024, temperature: 0.6 }
}

/**
 * The checked, restored output as the person gets it. A letter is a document,
 * not an answer: no buttons, plain text, typeset once whatever the provider
 * wrote, and a rewritten paragraph stays one paragraph.
 */
export function finishedAnswer(task: AiTask, output: CheckedOutput): Pick<CheckedOutput, 'text' | 'actions'> {
	if (task.kind === 'letter') return { text: finishLetter(output.text, { paragraph: Boolean(task.rewrite) }), actions: [] }
	return { text: output.text, actions: output.actions }
}
