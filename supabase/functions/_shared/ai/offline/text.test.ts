import { describe, expect, test } from 'vitest'
import {
	analyze,
	foldAccents,
	foldForMatching,
	frenchTypography,
	normalizeText,
	plain,
	splitSentences,
	stem,
	stopWords,
	tokenize,
	tokenizeFolded,
} from './text.ts'

describe('foldAccents and normalizeText', () => {
	test('accents and ligatures go, case stays for foldAccents', () => {
		expect(foldAccents('Développeuse Œnologue à Noël')).toBe('Developpeuse OEnologue a Noel')
	})

	test('normalizeText lower-cases, folds, and makes apostrophes and spaces plain', () => {
		expect(normalizeText('  L’Infirmière\u00A0d’État ')).toBe("l'infirmiere d'etat")
	})

	test('foldForMatching maps every folded character back to the original', () => {
		const text = 'Cœur d’infirmière'
		const { folded, originalIndex } = foldForMatching(text)
		expect(folded).toBe("coeur d'infirmiere")
		const start = folded.indexOf('infirmiere')
		expect(text.slice(originalIndex[start], originalIndex[start + 'infirmiere'.length])).toBe('infirmière')
	})

	test('foldForMatching keeps line breaks when asked, and only them', () => {
		const text = 'Œuvre\td’Élodie —\nà\u00A0Noël'
		const flat = foldForMatching(text)
		const lines = foldForMatching(text, { keepLineBreaks: true })
		expect(flat.folded).toBe("oeuvre d'elodie - a noel")
		expect(lines.folded).toBe("oeuvre d'elodie -\na noel")
		expect(lines.originalIndex).toEqual(flat.originalIndex)
		expect(lines.originalIndex).toHaveLength(lines.folded.length + 1)
	})
})

describe('tokenize', () => {
	test('elided articles and pronouns are split off and dropped', () => {
		expect(tokenize("L'offre d’emploi qu'il m'a envoyée jusqu'à lundi")).toEqual(['offre', 'emploi', 'il', 'a', 'envoyee', 'a', 'lundi'])
	})

	test('hyphens split words, « aujourd’hui » stays one word, digits are kept', () => {
		expect(tokenize('Est-ce que le full-stack paie aujourd’hui 9,99 € ?')).toEqual(['est', 'ce', 'que', 'le', 'full', 'stack', 'paie', 'aujourdhui', '9', '99'])
	})

	test('a text folded with its line breaks gives the same words', () => {
		const text = 'Infirmière depuis 2015,\nj’ai coordonné l’équipe de nuit — aujourd’hui développeuse.'
		expect(tokenizeFolded(foldForMatching(text, { keepLineBreaks: true }).folded)).toEqual(tokenize(text))
	})
})

describe('stop words and analyze', () => {
	test('function words are stop words, subject words are not', () => {
		for (const word of ['le', 'de', 'vous', 'comment', 'pour', 'est']) expect(stopWords.has(word)).toBe(true)
		for (const word of ['cpf', 'lettre', 'infirmiere', 'formation']) expect(stopWords.has(word)).toBe(false)
	})

	test('analyze keeps the stemmed content words of a question', () => {
		expect(analyze('Comment financer ma formation avec mon CPF ?')).toEqual(['financ', 'form', 'cpf'])
	})
})

describe('stem', () => {
	const stemOf = (word: string) => stem(tokenize(word)[0] ?? '')

	test.each([
		['développeuse', 'développeur', 'développement', 'développer'],
		['infirmière', 'infirmier', 'infirmières'],
		['conseillère', 'conseiller', 'conseillers'],
		['formation', 'formateur', 'formatrice', 'former'],
		['financement', 'financer', 'financier'],
		['lettre', 'lettres'],
		['compétence', 'compétences', 'compétent'],
		['rigoureux', 'rigoureuse', 'rigueur'],
		['boulangère', 'boulanger'],
		['accueillir', 'accueil'],
		['réceptionner', 'réception'],
	])('%s and its family share a stem', (...family) => {
		expect(new Set(family.map(stemOf)).size).toBe(1)
	})

	test('short words and numbers are left alone', () => {
		expect(stem('cv')).toBe('cv')
		expect(stem('web')).toBe('web')
		expect(stem('3114')).toBe('3114')
	})

	test('unrelated words keep different stems', () => {
		expect(stemOf('boulanger')).not.toBe(stemOf('banque'))
		expect(stemOf('lettre')).not.toBe(stemOf('lecture'))
	})
})

describe('plain', () => {
	test('undoes the ROME export’s doubled apostrophes, unaccented capitals and stray markdown', () => {
		expect(plain("Diplôme d''Etat d''Infirmier")).toBe("Diplôme d'État d'Infirmier")
		expect(plain('Etre force de proposition')).toBe('Être force de proposition')
		expect(plain('Evaluer un besoin')).toBe('Évaluer un besoin')
		expect(plain('Ethnologie')).toBe('Ethnologie')
		expect(plain('**Gestes** [techniques]\n de  soin')).toBe('Gestes (techniques) de soin')
	})
})

describe('frenchTypography', () => {
	test('non-breaking spaces before double punctuation and inside guillemets, curly apostrophes', () => {
		expect(frenchTypography("C'est prêt ? Oui : « super » ! Et ça ; 9,99 €")).toBe(
			'C’est prêt\u00A0? Oui\u00A0: «\u00A0super\u00A0»\u00A0! Et ça\u00A0; 9,99\u00A0€',
		)
	})

	test('adds the space when it was missing and does not double it', () => {
		expect(frenchTypography('Source: ROME?')).toBe('Source\u00A0: ROME\u00A0?')
		expect(frenchTypography('Déjà\u00A0: oui')).toBe('Déjà\u00A0: oui')
	})

	test('link targets, addresses and placeholders are left exactly as they are', () => {
		const text = "Voir [l'aide](/compte?x=1) ou https://www.3114.fr, et [PERSONNE_1] d'abord"
		expect(frenchTypography(text)).toBe('Voir [l’aide](/compte?x=1) ou https://www.3114.fr, et [PERSONNE_1] d’abord')
	})
})

describe('splitSentences', () => {
	const text =
		'Bonjour\u00A0! Voici [un lien. Vraiment](/letters). Ensuite\u00A0:\n1. Faire ceci. Puis cela.\n\n2. Encore\u00A0? Oui… fin'

	test('the pieces put back together are the text itself', () => {
		expect(splitSentences(text).join('')).toBe(text)
	})

	test('cuts after sentences and lines, never inside a link or after a list number', () => {
		expect(splitSentences(text)).toEqual([
			'Bonjour\u00A0! ',
			'Voici [un lien. Vraiment](/letters). ',
			'Ensuite\u00A0:\n',
			'1. Faire ceci. ',
			'Puis cela.\n\n',
			'2. Encore\u00A0? ',
			'Oui… ',
			'fin',
		])
	})

	test('an empty text gives no piece', () => {
		expect(splitSentences('')).toEqual([])
	})
})
