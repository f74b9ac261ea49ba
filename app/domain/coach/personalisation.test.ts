import { describe, expect, test } from 'vitest'
import { applyFix } from './apply.ts'
import { coachLetter } from './coach.ts'
import { offer } from './letters.test-support.ts'

const findings = (text: string, context: Parameters<typeof coachLetter>[1]) =>
	coachLetter(text, { careerChange: false, ...context }).findings.filter((finding) => finding.check === 'personalisation')

describe('naming the company', () => {
	test('never named and never alluded to: an important whole-letter finding', () => {
		const [finding] = findings('Je souhaite devenir développeuse.', { company: 'Santéo' })
		expect(finding?.rule).toBe('personalisation.entreprise-absente')
		expect(finding?.severity).toBe('important')
		expect(finding?.start).toBeUndefined()
		expect(finding?.message).toContain('Santéo')
	})

	test('« votre entreprise » without the name: the first one is replaced by the name', () => {
		const text = 'Je veux rejoindre votre entreprise. Votre entreprise soigne ses utilisateurs.'
		const [finding] = findings(text, { offer: offer({ company: 'Santéo' }) })
		expect(finding?.start).toBe(text.indexOf('votre entreprise'))
		expect(finding?.fix && applyFix(text, finding.fix)).toBe('Je veux rejoindre Santéo. Votre entreprise soigne ses utilisateurs.')
	})

	test('before a vowel, « de » is elided', () => {
		const text = 'J’admire les outils de votre entreprise.'
		const [finding] = findings(text, { company: 'Opteam' })
		expect(finding?.fix && applyFix(text, finding.fix)).toBe('J’admire les outils d’Opteam.')
	})

	test('named once, « votre entreprise » twice more: the second one becomes the name', () => {
		const text = 'Santéo m’attire. Votre entreprise innove, et votre entreprise écoute les soignants.'
		const [finding] = findings(text, { company: 'Santéo' })
		expect(finding?.rule).toBe('personalisation.votre-entreprise')
		expect(finding?.severity).toBe('conseil')
		expect(finding?.start).toBe(text.indexOf('votre entreprise'))
		expect(finding?.fix && findings(applyFix(text, finding.fix), { company: 'Santéo' })).toEqual([])
	})

	test('the name is found without its legal form, its accents, or the kind of business before it', () => {
		expect(findings('Je veux rejoindre Santeo.', { company: 'Santéo SAS' })).toEqual([])
		expect(findings('Je veux rejoindre Dupain.', { company: 'Boulangerie Dupain' })).toEqual([])
		expect(findings('Je veux rejoindre L’Oréal.', { company: "L'Oréal" })).toEqual([])
	})

	test('the context’s company overrides the offer’s', () => {
		expect(findings('Je veux rejoindre Doctolib.', { company: 'Doctolib', offer: offer({ company: 'Santéo' }) })).toEqual([])
	})
})

describe('naming the job', () => {
	const job = offer({ title: 'Chargé(e) de recrutement H/F' })

	test('a letter that never names the job gets a piece of advice', () => {
		const [finding] = findings('Je souhaite rejoindre votre service.', { offer: job })
		expect(finding?.rule).toBe('personalisation.poste-absent')
		expect(finding?.severity).toBe('conseil')
		expect(finding?.message).toContain('Chargé(e) de recrutement H/F')
	})

	test('the feminine or a close wording counts', () => {
		expect(findings('Je postule comme chargée de recrutement.', { offer: job })).toEqual([])
	})
})

describe('the signature', () => {
	test('an unsigned letter gets the name added at the end', () => {
		const text = 'Je vous prie d’agréer mes salutations distinguées.\n'
		const [finding] = findings(text, { candidateName: 'Claire Martin' })
		expect(finding?.rule).toBe('personalisation.signature')
		expect(finding?.fix && applyFix(text, finding.fix)).toBe('Je vous prie d’agréer mes salutations distinguées.\n\nClaire Martin\n')
	})

	test('a letter signed with the surname passes', () => {
		expect(findings('Salutations.\n\nC. Martin', { candidateName: 'Claire Martin' })).toEqual([])
	})
})
