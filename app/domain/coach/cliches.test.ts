import { describe, expect, test } from 'vitest'
import { applyFix } from './apply.ts'
import { coachLetter } from './coach.ts'
import { cliches } from './lexicon.ts'
import { offer, skill } from './letters.test-support.ts'

const coach = (text: string) => coachLetter(text, { careerChange: false })

describe('the cliché lexicon', () => {
	test('holds some forty commonplaces, each with a French explanation', () => {
		expect(cliches.length).toBeGreaterThanOrEqual(40)
		expect(new Set(cliches.map((entry) => entry.rule)).size).toBe(cliches.length)
		for (const entry of cliches) {
			expect(entry.message.length).toBeGreaterThan(30)
			expect(entry.examples.length).toBeGreaterThan(0)
		}
	})

	const examples = cliches.flatMap((entry) => entry.examples.map((example) => [entry.rule, example] as const))

	test.each(examples)('%s is caught in « %s »', (rule, example) => {
		const finding = coach(example).findings.find((candidate) => candidate.rule === `cliche.${rule}`)
		expect(finding).toBeDefined()
		expect(example.slice(finding?.start, finding?.end)).toBe(finding?.excerpt)
		if (!finding?.fix) return
		const rewritten = applyFix(example, finding.fix)
		expect(coach(rewritten).findings.filter((candidate) => candidate.rule === finding.rule)).toEqual([])
		// The better words come typeset: nothing for the typography check in them.
		const typeset = coach(finding.fix.replacement).findings.filter((candidate) => candidate.check === 'typography')
		expect(typeset).toEqual([])
	})

	test('the replacement keeps the capital of the words it replaces', () => {
		const opening = coach('Je me permets de vous adresser ma candidature.').findings.find((finding) => finding.rule === 'cliche.permission')
		expect(opening?.fix?.replacement).toBe('Je vous adresse')
		const inside = coach('Ainsi, je me permets de vous soumettre ma candidature.').findings.find(
			(finding) => finding.rule === 'cliche.permission',
		)
		expect(inside?.fix?.replacement).toBe('je vous soumets')
	})

	test('« mes salutations distinguées » is the right closing and is not flagged', () => {
		const closing = coach('Je vous prie d’agréer, Madame, Monsieur, l’expression de mes salutations distinguées.')
		expect(closing.findings.filter((finding) => finding.check === 'cliche')).toEqual([])
	})

	test('a quality the offer asks for is kept: only its proof is asked for', () => {
		const text = 'J’ai une grande capacité d’adaptation.'
		const generic = coach(text).findings.find((finding) => finding.rule === 'cliche.adaptation')
		expect(generic?.severity).toBe('conseil')
		const asked = offer({ softSkills: [skill('Capacité d’adaptation', false, 'adaptation')] })
		const wanted = coachLetter(text, { offer: asked, careerChange: false }).findings.find((finding) => finding.rule === 'cliche.adaptation')
		expect(wanted?.severity).toBe('detail')
		expect(wanted?.message).toContain('L’offre demande cette qualité')
	})

	test('ordinary sentences are not mistaken for commonplaces', () => {
		const text =
			'Pendant neuf ans, j’ai coordonné les transmissions de deux équipes. J’ai développé une application React utilisée par 3 infirmières libérales. Je serai heureuse d’en parler avec vous.'
		expect(coach(text).findings.filter((finding) => finding.check === 'cliche')).toEqual([])
	})
})
