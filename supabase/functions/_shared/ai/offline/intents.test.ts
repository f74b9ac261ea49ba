import { describe, expect, test } from 'vitest'
import { detectIntent, isDistress, type Intent } from './intents.ts'

function occupations(intent: Intent) {
	return {
		kind: intent.kind,
		from: 'from' in intent ? intent.from?.phrase : undefined,
		to: 'to' in intent ? intent.to?.phrase : intent.kind === 'occupation' ? intent.occupation.phrase : undefined,
	}
}

describe('career change: both occupations', () => {
	test.each([
		['Comment passer d’infirmière à développeuse web ?', 'infirmière', 'développeuse web'],
		["Comment passer d'infirmière à développeuse web ?", 'infirmière', 'développeuse web'],
		['Je suis boulanger et je veux devenir conseiller bancaire.', 'boulanger', 'conseiller bancaire'],
		['Je suis infirmière depuis 10 ans et j’aimerais devenir développeuse web, c’est possible ?', 'infirmière', 'développeuse web'],
		['Reconversion de conseillère bancaire vers boulangère : par où commencer ?', 'conseillère bancaire', 'boulangère'],
		['Reconversion infirmière vers développeuse web', 'infirmière', 'développeuse web'],
		['D’infirmière à développeuse web, c’est réaliste ?', 'infirmière', 'développeuse web'],
		['Une infirmière qui veut devenir développeuse web, c’est réaliste ?', 'infirmière', 'développeuse web'],
		['Passer du métier de boulanger à celui de formateur', 'boulanger', 'formateur'],
		['Je suis [PERSONNE_1], infirmière, et je veux devenir développeuse web', 'infirmière', 'développeuse web'],
	])('« %s »', (question, from, to) => {
		expect(occupations(detectIntent(question))).toEqual({ kind: 'career_change', from, to })
	})

	test('the phrases keep the person’s spelling, accents and capitals', () => {
		const intent = detectIntent('Comment passer d’Infirmière à Développeuse Web ?')
		expect(occupations(intent)).toEqual({ kind: 'career_change', from: 'Infirmière', to: 'Développeuse Web' })
	})

	test('a clearly stated job is explicit, a guess after « je suis » is not', () => {
		const explicit = detectIntent('Comment passer de boulanger à astronaute ?')
		expect(explicit.kind === 'career_change' && explicit.from?.explicit && explicit.to?.explicit).toBe(true)
		const guess = detectIntent('Je suis vraiment motivée, comment devenir boulangère ?')
		expect(guess.kind).toBe('career_change')
		expect('from' in guess ? guess.from : undefined).toBeUndefined()
	})
})

describe('career change: target only', () => {
	test.each([
		['Comment devenir boulanger ?', 'boulanger'],
		['Je voudrais me reconvertir en développeur·se web', 'développeur·se web'],
		['J’aimerais travailler comme conseillère bancaire', 'conseillère bancaire'],
		['Je veux devenir développeuse web en 2027', 'développeuse web'],
	])('« %s »', (question, to) => {
		expect(occupations(detectIntent(question))).toEqual({ kind: 'career_change', from: undefined, to })
	})

	test('a reconversion question naming no occupation still is one: the profile fills the gaps', () => {
		expect(detectIntent('Comment faire ma reconversion ?')).toMatchObject({ kind: 'career_change' })
	})

	test('what follows « devenir » is not taken for a job when it is not one', () => {
		expect(detectIntent('Comment devenir plus confiante ?').kind).not.toBe('career_change')
		expect(detectIntent('Changer de métier à 40 ans, c’est trop tard ?')).toMatchObject({ kind: 'help', topic: 'wellbeing' })
	})
})

describe('one occupation: skills, access, overview, mobilities', () => {
	test.each([
		['Quelles compétences pour devenir développeur web ?', 'skills', 'développeur web'],
		['Quelle formation pour devenir boulanger ?', 'access', 'boulanger'],
		['Que fait un conseiller bancaire ?', 'overview', 'conseiller bancaire'],
		['Quelles sont les compétences d’un formateur ?', 'skills', 'formateur'],
	])('« %s » → %s of %s', (question, focus, occupation) => {
		const intent = detectIntent(question)
		expect(intent).toMatchObject({ kind: 'occupation', focus })
		expect(occupations(intent).to).toBe(occupation)
	})

	test.each([
		['Quels métiers après infirmière ?', 'infirmière'],
		['Quelles passerelles depuis boulanger ?', 'boulanger'],
		['Je suis conseiller bancaire, vers quels métiers me reconvertir ?', 'conseiller bancaire'],
	])('« %s » asks for the mobilities from %s', (question, from) => {
		expect(occupations(detectIntent(question))).toEqual({ kind: 'mobility', from, to: undefined })
	})
})

describe('help topics and schemes', () => {
	test.each([
		['Qu’est-ce que le CPF ?', 'funding'],
		['Je suis au chômage, comment financer une formation ?', 'funding'],
		['Comment fonctionne la VAE ?', 'funding'],
		['Comment présenter ma reconversion dans une lettre ?', 'letter'],
		['J’ai besoin d’aide pour ma lettre', 'letter'],
		['Mon CV passe-t-il les logiciels ATS ?', 'cv'],
		['Comment préparer mon entretien ?', 'interview'],
		['Combien coûte Premium ?', 'product'],
		['Comment payer l’abonnement ?', 'product'],
		['Comment supprimer mon compte ?', 'product'],
		['Est-ce que mon journal est privé ?', 'rise'],
		['Je suis perdue dans ma reconversion', 'wellbeing'],
		['J’ai peur de ne pas être légitime', 'wellbeing'],
	])('« %s » → %s', (question, topic) => {
		expect(detectIntent(question)).toMatchObject({ kind: 'help', topic })
	})

	test('a help topic about a named change keeps the occupations for the answer', () => {
		const intent = detectIntent('Comment présenter ma reconversion d’infirmière à développeuse web dans ma lettre ?')
		expect(intent).toMatchObject({ kind: 'help', topic: 'letter' })
		expect(occupations(intent)).toMatchObject({ from: 'infirmière', to: 'développeuse web' })
		expect(detectIntent('Comment financer ma formation pour devenir développeuse web ?')).toMatchObject({ kind: 'help', topic: 'funding', to: { phrase: 'développeuse web' } })
	})

	test('schemes named in the question are listed', () => {
		expect(detectIntent('CPF ou Transitions Pro pour une VAE ?').schemes).toEqual(['cpf', 'vae', 'transitions_pro'])
		expect(detectIntent('Bilan de compétences, alternance, CEP, démission : que choisir ?').schemes).toEqual(['bilan', 'resignation', 'alternance', 'cep'])
		expect(detectIntent('Pôle emploi finance-t-il ?').schemes).toEqual(['france_travail'])
	})

	test('the person’s situation is noticed, job-seeking first', () => {
		expect(detectIntent('Je suis salariée en CDI, puis-je utiliser Transitions Pro ?').employment).toBe('employed')
		expect(detectIntent('Je suis demandeuse d’emploi, comment financer ma formation ?').employment).toBe('job_seeking')
		expect(detectIntent('Licencié de mon entreprise, je veux devenir boulanger').employment).toBe('job_seeking')
		expect(detectIntent('Comment devenir boulanger ?').employment).toBeUndefined()
	})
})

describe('small talk and the rest', () => {
	test.each(['Bonjour', 'Bonjour Iris, comment ça va ?', 'Salut !', 'Bonsoir'])('« %s » is a greeting', (question) => {
		expect(detectIntent(question).kind).toBe('greeting')
	})

	test.each(['Merci beaucoup !', 'Merci Iris', 'super, merci'])('« %s » is a thank-you', (question) => {
		expect(detectIntent(question).kind).toBe('thanks')
	})

	test('a greeting with a real question is the question', () => {
		expect(detectIntent('Bonjour, comment devenir boulanger ?').kind).toBe('career_change')
	})

	test.each(['Quel temps fait-il à Brest ?', 'Raconte-moi une blague', ''])('« %s » is unknown', (question) => {
		expect(detectIntent(question).kind).toBe('unknown')
	})
})

describe('distress', () => {
	test.each([
		'J’ai des idées suicidaires depuis quelques jours',
		'Je pense au suicide',
		'Je n’en peux plus',
		'j en peux plus de cette vie',
		'J’ai envie de mourir',
		'Je veux disparaître',
		'Parfois je voudrais en finir',
		'J’ai envie d’en finir avec la vie',
		'J’ai des idées noires',
		'Je pense à mettre fin à mes jours',
		'Je n’ai plus envie de vivre',
		'Ils seraient mieux sans moi',
		'J’ai envie de me faire du mal',
	])('« %s » is a distress signal', (question) => {
		expect(isDistress(question)).toBe(true)
		expect(detectIntent(question).kind).toBe('distress')
	})

	test('distress wins over everything else in the same message', () => {
		expect(detectIntent('Je suis infirmière, je veux devenir développeuse web mais je n’en peux plus, j’ai envie de mourir').kind).toBe('distress')
	})

	test.each([
		'Je veux en finir avec ces lettres de motivation',
		'Comment en finir avec le syndrome de l’imposteur ?',
		'Je ne peux plus me connecter',
		'Je suis fatiguée de chercher',
		'Ma lettre est morte de rire',
	])('« %s » is not', (question) => {
		expect(isDistress(question)).toBe(false)
	})
})
