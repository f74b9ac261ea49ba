import { describe, expect, test } from 'vitest'
import { claireBrief } from './offline/letter-briefs.test-support.ts'
import { Anonymizer } from './pii/index.ts'
import { maskTask, screeningInputs } from './tasks.ts'
import type { IrisTask, LetterBrief, LetterTask } from './types.ts'

function letterTask(brief: LetterBrief, extra: Partial<LetterTask> = {}): LetterTask {
	return { kind: 'letter', area: 'letters', page: { path: '/letters/app-1' }, question: '', history: [], brief, ...extra }
}

function masked(task: LetterTask, anonymizer = new Anonymizer()) {
	const result = maskTask(task, task.question, anonymizer)
	if (result.kind !== 'letter') throw new Error('expected a letter task')
	return { task: result, anonymizer }
}

describe('what the gateway screens', () => {
	test('an Iris task: the question first, then the person’s earlier messages', () => {
		const task: IrisTask = {
			kind: 'iris',
			area: 'cv',
			page: { path: '/cv' },
			question: 'Et maintenant ?',
			history: [
				{ role: 'user', text: 'Bonjour' },
				{ role: 'model', text: 'Bonjour, que puis-je faire ?' },
			],
		}
		expect(screeningInputs(task)).toEqual([
			{ text: 'Et maintenant ?', source: 'user' },
			{ text: 'Bonjour', source: 'user' },
		])
	})

	test('a letter task: the instruction and hint as messages, every wording of the brief and the letter as documents', () => {
		const brief = claireBrief()
		const inputs = screeningInputs(
			letterTask(brief, { question: 'Plus court', rewrite: { letter: 'Madame,\n\nTexte.', paragraphIndex: 1, hint: 'Soyez concrète' } }),
		)
		expect(inputs[0]).toEqual({ text: 'Plus court', source: 'user' })
		expect(inputs).toContainEqual({ text: 'Soyez concrète', source: 'user' })
		expect(inputs).toContainEqual({ text: 'Madame,\n\nTexte.', source: 'document' })
		const documents = inputs
			.filter((input) => input.source === 'document')
			.map((input) => input.text)
			.join('\n')
		for (const text of [
			brief.target.jobTitle,
			brief.target.company!,
			...brief.companyFacts,
			...brief.keywords,
			...brief.strengths,
			...brief.proofs,
			...brief.transferableSkills.flatMap((skill) => [skill.from, skill.to]),
			...brief.gaps.map((gap) => gap.skill),
		]) {
			expect(documents).toContain(text)
		}
	})
})

describe('masking a letter task', () => {
	test('the person’s name is a placeholder everywhere, even one no name list knows', () => {
		const brief = { ...claireBrief(), candidate: { ...claireBrief().candidate, name: 'Xiadani Okonkwo' } }
		const letter = 'Madame, Monsieur,\n\nJe suis infirmière.\n\nBien cordialement,\n\nXiadani Okonkwo'
		const { task, anonymizer } = masked(
			letterTask(
				{ ...brief, proofs: ['Portfolio de XIADANI OKONKWO en ligne'] },
				{ question: 'Signez « Xiadani » seulement.', rewrite: { letter, paragraphIndex: 1 } },
			),
		)
		const sent = JSON.stringify(task)
		expect(sent).not.toMatch(/xiadani|okonkwo/i)
		expect(task.brief.candidate.name).toBe('[PERSONNE_1]')
		expect(task.rewrite?.letter.endsWith('[PERSONNE_1]')).toBe(true)
		expect(task.brief.proofs[0]).toBe('Portfolio de [PERSONNE_1] en ligne')
		expect(task.question).toMatch(/^Signez « \[PERSONNE_\d\] » seulement\.$/)
		expect(anonymizer.restore(task.question)).toBe('Signez « Xiadani » seulement.')
		expect(anonymizer.restore(`Bien à vous,\n${task.brief.candidate.name}`)).toBe('Bien à vous,\nXiadani Okonkwo')
	})

	test('contact details are masked and never needed in the brief sent', () => {
		const brief = claireBrief()
		const { task } = masked(letterTask(brief, { question: 'Ajoutez mon mail claire.martin@example.org et le 06 12 34 56 78.' }))
		expect(task.brief.candidate.email).toBe('[EMAIL_1]')
		expect(task.brief.candidate.phone).toBe('[TELEPHONE_1]')
		expect(task.question).toBe('Ajoutez mon mail [EMAIL_1] et le [TELEPHONE_1].')
	})

	test('a named recruiter is masked, a title is not', () => {
		const named = masked(letterTask({ ...claireBrief(), target: { ...claireBrief().target, recipient: 'Madame Le Goff' } }))
		expect(named.task.brief.target.recipient).toBe('Madame [PERSONNE_2]')
		expect(named.anonymizer.restore(named.task.brief.target.recipient!)).toBe('Madame Le Goff')
		const title = masked(letterTask({ ...claireBrief(), target: { ...claireBrief().target, recipient: 'Monsieur le Directeur' } }))
		expect(title.task.brief.target.recipient).toBe('Monsieur le Directeur')
	})

	test('keeps what is not personal, the letter’s paragraphs and its French spaces, and drops invisible characters', () => {
		const brief = claireBrief()
		const letter = 'Madame, Monsieur,\n\nMon objectif\u00A0: coder.\u200B\n\nClaire Martin'
		const { task } = masked(
			letterTask({ ...brief, companyFacts: ['Santéo\u200B conçoit des outils'] }, { rewrite: { letter, paragraphIndex: 1 } }),
		)
		expect(task.brief.companyFacts).toEqual(['Santéo conçoit des outils'])
		expect(task.rewrite?.letter).toBe('Madame, Monsieur,\n\nMon objectif\u00A0: coder.\n\n[PERSONNE_1]')
		expect(task.brief.target).toEqual(brief.target)
		expect(task.brief.strengths).toEqual(brief.strengths)
		expect(task.brief.tone).toBe(brief.tone)
		expect(task.brief.candidate.formerYears).toBe(9)
	})
})

describe('masking an Iris task', () => {
	test('question, history, page title and profile are masked with one vault', () => {
		const anonymizer = new Anonymizer()
		const task: IrisTask = {
			kind: 'iris',
			area: 'letters',
			page: { path: '/letters', title: 'Lettre de Claire Martin' },
			question: 'Relisez la lettre de Claire Martin',
			history: [{ role: 'user', text: 'Je suis Claire Martin' }],
			profile: { currentJob: 'infirmière', skills: ['Tutorat de Claire Martin'] },
		}
		const result = maskTask(task, task.question, anonymizer)
		expect(JSON.stringify(result)).not.toContain('Claire')
		expect(result.question).toBe('Relisez la lettre de [PERSONNE_1]')
		expect(result.kind === 'iris' && result.profile?.currentJob).toBe('infirmière')
	})
})
