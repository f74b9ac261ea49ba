import { describe, expect, test } from 'vitest'
import { frenchTypography } from '#shared/ai/offline/text.ts'
import { applyFix } from './apply.ts'
import { coachLetter } from './coach.ts'
import { goodLetter } from './letters.test-support.ts'

const nbsp = '\u00A0'
const narrow = '\u202F'

function typography(text: string) {
	return coachLetter(text, { careerChange: false }).findings.filter((finding) => finding.check === 'typography')
}

/** The text after applying the one typography fix the coach finds in it. */
function fixed(text: string): string {
	const findings = typography(text)
	expect(findings).toHaveLength(1)
	const fix = findings[0]?.fix
	if (!fix) throw new Error('no fix')
	return applyFix(text, fix)
}

describe('French typography, one finding per mistake', () => {
	test.each([
		['missing space before « ? »', 'Pourquoi moi?', `Pourquoi moi${nbsp}?`],
		['missing space before « ; »', 'Je code; je teste.', `Je code${nbsp}; je teste.`],
		['missing space before « : »', 'Objet: candidature', `Objet${nbsp}: candidature`],
		['ordinary space before « ! »', 'Merci !', `Merci${nbsp}!`],
		['two ordinary spaces before « : »', 'Objet  : candidature', `Objet${nbsp}: candidature`],
		['no space inside « »', `Le projet «Tournées${nbsp}» est en ligne.`, `Le projet «${nbsp}Tournées${nbsp}» est en ligne.`],
		['ordinary space inside « »', `Le projet «${nbsp}Tournées » est en ligne.`, `Le projet «${nbsp}Tournées${nbsp}» est en ligne.`],
		['straight double quotes', 'Le projet "Tournées" est en ligne.', `Le projet «${nbsp}Tournées${nbsp}» est en ligne.`],
		['English curly quotes', 'Le projet “Tournées” est en ligne.', `Le projet «${nbsp}Tournées${nbsp}» est en ligne.`],
		['straight apostrophe', "Aujourd’hui, j’aime l’équipe d'Anna.", 'Aujourd’hui, j’aime l’équipe d’Anna.'],
		['three dots', 'Et ensuite...', 'Et ensuite…'],
		['double space', 'Je suis  infirmière.', 'Je suis infirmière.'],
		['space before a comma', 'Lyon , le 3 mars.', 'Lyon, le 3 mars.'],
		['space before a full stop', 'Je suis infirmière .', 'Je suis infirmière.'],
		['lower-case salutation', 'madame, monsieur,\nJe postule.', 'Madame, Monsieur,\nJe postule.'],
		[
			'lower-case in the closing formula',
			'Veuillez agréer, Madame, monsieur, mes salutations.',
			'Veuillez agréer, Madame, Monsieur, mes salutations.',
		],
		['English abbreviation', 'À l’attention de Mr Dupont.', 'À l’attention de M. Dupont.'],
		['abbreviation with a stray full stop', 'À l’attention de Mme. Durand.', 'À l’attention de Mme Durand.'],
	])('%s', (_, text, expected) => {
		const inserted = fixed(text)
		expect(inserted).toBe(expected)
		expect(typography(inserted)).toEqual([])
	})

	test('the finding points at the characters concerned', () => {
		const text = 'Pourquoi moi?'
		const [finding] = typography(text)
		expect(finding?.start).toBe(text.indexOf('?'))
		expect(finding?.excerpt).toBe('?')
		expect(finding?.severity).toBe('detail')
		expect(finding?.rewritable).toBe(false)
	})

	test('a narrow no-break space is as good as a no-break space', () => {
		expect(typography(`Pourquoi moi${narrow}? Merci${narrow}! Je code${narrow}; «${narrow}Tournées${narrow}».`)).toEqual([])
	})

	test('URLs, e-mail addresses, times and placeholders are left alone', () => {
		const text =
			"Mon portfolio https://claire.dev/projets?tri=date&vue=liste et mon adresse claire.o'neil@example.org restent telles quelles, [PERSONNE_1] aussi, comme 14:30 ou 9h30."
		expect(typography(text).map((finding) => finding.excerpt)).toEqual([])
	})

	test('an ordinary word « monsieur » followed by a comma is not a salutation', () => {
		expect(typography('J’ai soigné un monsieur, puis sa femme.')).toEqual([])
	})

	test('text typeset by frenchTypography passes', () => {
		const raw = "Objet: candidature\n\nMadame, Monsieur,\n\nPourquoi moi? Parce que j'aime « apprendre »; et vous!\n\nLe salaire: 34 000 €."
		expect(typography(frenchTypography(raw))).toEqual([])
		expect(typography(goodLetter)).toEqual([])
	})
})
