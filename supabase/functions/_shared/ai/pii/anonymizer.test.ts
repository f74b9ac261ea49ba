import { describe, expect, test } from 'vitest'
import { Anonymizer } from './anonymizer.ts'

const letter = [
	'Claire Martin',
	'12 bis rue des Lilas, 69003 Lyon',
	'06 12 34 56 78 · claire.martin@gmail.com',
	'Née le 14/02/1987, NIR 2 59 11 34 761 691 03',
	'IBAN FR76 6207 0909 5141 9183 0825 620',
].join('\n')

describe('Anonymizer.mask', () => {
	test('replaces each piece of personal data with a typed placeholder', () => {
		const anonymizer = new Anonymizer()
		expect(anonymizer.mask(letter)).toBe(
			[
				'[PERSONNE_1]',
				'[ADRESSE_1]',
				'[TELEPHONE_1] · [EMAIL_1]',
				'Née le [DATE_NAISSANCE_1], NIR [NIR_1]',
				'IBAN [IBAN_1]',
			].join('\n'),
		)
		expect(anonymizer.counts).toEqual({
			PERSONNE: 1,
			ADRESSE: 1,
			TELEPHONE: 1,
			EMAIL: 1,
			DATE_NAISSANCE: 1,
			NIR: 1,
			IBAN: 1,
		})
	})

	test('the same value gets the same placeholder, also across texts and writings', () => {
		const anonymizer = new Anonymizer()
		const cv = anonymizer.mask('Claire Martin – 06 12 34 56 78 – Sophie Bernard')
		const question = anonymizer.mask('Comment Claire Martin peut-elle répondre ? Rappel au +33 6 12 34 56 78.')
		expect(cv).toBe('[PERSONNE_1] – [TELEPHONE_1] – [PERSONNE_2]')
		expect(question).toBe('Comment [PERSONNE_1] peut-elle répondre ? Rappel au [TELEPHONE_1].')
		expect(anonymizer.counts).toEqual({ PERSONNE: 3, TELEPHONE: 2 })
		expect([...anonymizer.vault.keys()]).toEqual(['[PERSONNE_1]', '[TELEPHONE_1]', '[PERSONNE_2]'])
	})

	test('a text without personal data is unchanged', () => {
		const anonymizer = new Anonymizer()
		const text = 'Je vise un poste M1805 à Lyon, 35 000 € brut, 10 ans d’expérience.'
		expect(anonymizer.mask(text)).toBe(text)
		expect(anonymizer.vault.size).toBe(0)
		expect(anonymizer.counts).toEqual({})
	})

	test('the vault handed out is a copy', () => {
		const anonymizer = new Anonymizer()
		anonymizer.mask('Claire Martin')
		anonymizer.vault.clear()
		expect(anonymizer.restore('[PERSONNE_1]')).toBe('Claire Martin')
	})
})

describe('Anonymizer.declare', () => {
	test('a value known to be a name is masked wherever it appears, whatever the case, without any context', () => {
		const anonymizer = new Anonymizer()
		expect(anonymizer.declare('PERSONNE', 'Xiadani Okonkwo')).toBe('[PERSONNE_1]')
		expect(anonymizer.mask('Portfolio de XIADANI OKONKWO, par xiadani okonkwo.')).toBe('Portfolio de [PERSONNE_1], par [PERSONNE_1].')
		expect(anonymizer.restore('Signé : [PERSONNE_1]')).toBe('Signé : Xiadani Okonkwo')
		expect(anonymizer.counts.PERSONNE).toBe(3)
	})

	test('a word of the name alone is masked when written as a name, not inside another word or in lower case', () => {
		const anonymizer = new Anonymizer()
		anonymizer.declare('PERSONNE', 'Claire Martin')
		expect(anonymizer.mask('Claire, infirmière. Une vision claire. La Martinique et Saint-Martin.')).toBe(
			'[PERSONNE_2], infirmière. Une vision claire. La Martinique et Saint-[PERSONNE_3].',
		)
		expect(anonymizer.restore('[PERSONNE_2] [PERSONNE_1]')).toBe('Claire Claire Martin')
	})

	test('the longer of a declared and a detected value wins, so no part of a name is left out', () => {
		const anonymizer = new Anonymizer()
		anonymizer.declare('PERSONNE', 'Martin')
		expect(anonymizer.mask('Écrire à Claire Martin-Dupuis')).not.toMatch(/Martin|Dupuis|Claire/)
	})

	test('declared contact details get their type, and detection keeps unifying their writings', () => {
		const anonymizer = new Anonymizer()
		expect(anonymizer.declare('TELEPHONE', '06 12 34 56 78')).toBe('[TELEPHONE_1]')
		expect(anonymizer.declare('EMAIL', 'Claire.Martin@Example.org')).toBe('[EMAIL_1]')
		expect(anonymizer.mask('+33 6 12 34 56 78 ou claire.martin@example.org')).toBe('[TELEPHONE_1] ou [EMAIL_1]')
	})

	test('an empty value declares nothing', () => {
		const anonymizer = new Anonymizer()
		expect(anonymizer.declare('PERSONNE', '  ')).toBe('  ')
		expect(anonymizer.vault.size).toBe(0)
	})
})

describe('Anonymizer.restore', () => {
	test('round trip: mask then restore gives the original text back', () => {
		const anonymizer = new Anonymizer()
		expect(anonymizer.restore(anonymizer.mask(letter))).toBe(letter)
	})

	test('the first writing of a value is the one restored', () => {
		const anonymizer = new Anonymizer()
		anonymizer.mask('06 12 34 56 78')
		anonymizer.mask('+33 6 12 34 56 78')
		expect(anonymizer.restore('Appelez le [TELEPHONE_1].')).toBe('Appelez le 06 12 34 56 78.')
	})

	test('unknown or altered placeholders are left as written', () => {
		const anonymizer = new Anonymizer()
		anonymizer.mask('Claire Martin')
		expect(anonymizer.restore('[PERSONNE_2], PERSONNE_1, [personne_1], [PERSONNE_1 ], [PERSONNE_1]')).toBe(
			'[PERSONNE_2], PERSONNE_1, [personne_1], [PERSONNE_1 ], Claire Martin',
		)
	})
})

describe('Anonymizer.streamRestorer', () => {
	function anonymizerWithValues() {
		const anonymizer = new Anonymizer()
		anonymizer.mask('Claire Martin, 06 12 34 56 78, claire.martin@gmail.com, Sophie Bernard')
		return anonymizer
	}

	const answer =
		'Bonjour [PERSONNE_1] ! Appelez [PERSONNE_2] au [TELEPHONE_1] ou écrivez à [EMAIL_1]. [PAS_UN_1] [PERSONNE_9] [x'
	const expected =
		'Bonjour Claire Martin ! Appelez Sophie Bernard au 06 12 34 56 78 ou écrivez à claire.martin@gmail.com. [PAS_UN_1] [PERSONNE_9] [x'

	test('a placeholder split at every possible position is restored', () => {
		const anonymizer = anonymizerWithValues()
		for (let cut = 0; cut <= answer.length; cut++) {
			const restorer = anonymizer.streamRestorer()
			const output = restorer.push(answer.slice(0, cut)) + restorer.push(answer.slice(cut)) + restorer.flush()
			expect(output).toBe(expected)
		}
	})

	test('one character at a time', () => {
		const restorer = anonymizerWithValues().streamRestorer()
		let output = ''
		for (const character of answer) output += restorer.push(character)
		expect(output + restorer.flush()).toBe(expected)
	})

	test('a partial placeholder is held back, and released as soon as it cannot be one', () => {
		const restorer = anonymizerWithValues().streamRestorer()
		expect(restorer.push('Bonjour [PERS')).toBe('Bonjour ')
		expect(restorer.push('ONNE_1')).toBe('')
		expect(restorer.push('] et [PERSONNE_')).toBe('Claire Martin et ')
		expect(restorer.push('X')).toBe('[PERSONNE_X')
		expect(restorer.push(' [voir')).toBe(' [voir')
		expect(restorer.push(' [EM')).toBe(' ')
		expect(restorer.flush()).toBe('[EM')
	})

	test('with an empty vault nothing is held back', () => {
		const restorer = new Anonymizer().streamRestorer()
		expect(restorer.push('Voir [PERSONNE_')).toBe('Voir [PERSONNE_')
		expect(restorer.flush()).toBe('')
	})
})
