import { describe, expect, test } from 'vitest'
import { applyFix, rangesCollide } from './apply.ts'
import { coachLetter } from './coach.ts'
import { badLetter, goodLetter, offer, santeo, skill } from './letters.test-support.ts'
import type { CoachFinding, CoachReport } from './types.ts'

const nbsp = '\u00A0'

/** Start of the n-th occurrence of an excerpt in a text. */
function at(text: string, excerpt: string, occurrence = 0): number {
	let index = -1
	for (let count = 0; count <= occurrence; count++) {
		index = text.indexOf(excerpt, index + 1)
		if (index === -1) throw new Error(`« ${excerpt} » not in the letter`)
	}
	return index
}

function findingAt(report: CoachReport, rule: string, start: number): CoachFinding | undefined {
	return report.findings.find((finding) => finding.rule === rule && finding.start === start)
}

describe('a letter full of the usual mistakes', () => {
	const report = coachLetter(badLetter, { offer: santeo })

	test.each([
		['cliche.suite-annonce', 'Suite à votre annonce parue sur Welcome to the Jungle', undefined],
		['cliche.permission', 'je me permets de vous adresser', 'je vous adresse'],
		['cliche.quelquun-de', "Je suis quelqu'un de", undefined],
		['cliche.dynamique-motive', 'dynamique et motivée', undefined],
		['cliche.passion-toujours', 'passionnée depuis toujours', 'passionnée'],
		['cliche.profil-parfait', 'mon profil correspond parfaitement', undefined],
		['cliche.force-proposition', 'force de proposition', undefined],
		['cliche.pas-decu', 'Vous ne serez pas déçus', undefined],
		[
			'cliche.hesitez',
			"N'hésitez pas à me contacter pour toute information complémentaire",
			'Je vous propose d’en parler lors d’un entretien',
		],
		['cliche.attente-reponse', "Dans l'attente de votre réponse", undefined],
		['cliche.sentiments', 'mes sentiments les meilleurs', 'mes salutations distinguées'],
		['vague.quantite', 'plusieurs', undefined],
		['passive.amene-a', "j'ai été amenée à coordonner", 'j’ai coordonné'],
		['passive.passif', 'a été déployé par moi', undefined],
		['passive.confie', "il m'a été confié", 'j’ai pris en charge'],
		['passive.je-pense-pouvoir', 'Je pense pouvoir', 'Je peux'],
		['passive.conditionnel', "j'aimerais", 'je souhaite'],
		['personalisation.entreprise-absente', 'votre entreprise', 'Santéo'],
		['career_change.malgre-experience', "Malgré mon manque d'expérience", 'Avec un regard neuf'],
		['typography.madame-monsieur', 'madame, monsieur', 'Madame, Monsieur'],
		['typography.guillemets', '"Tournées"', `«${nbsp}Tournées${nbsp}»`],
		['typography.points-suspension', '...', '…'],
	])('%s points at « %s »', (rule, excerpt, replacement) => {
		const start = at(badLetter, excerpt)
		const finding = findingAt(report, rule, start)
		expect(finding, `${rule} at ${start}`).toBeDefined()
		expect(finding?.end).toBe(start + excerpt.length)
		expect(finding?.excerpt).toBe(excerpt)
		expect(finding?.fix?.replacement).toBe(replacement)
		if (finding?.fix) expect(applyFix(badLetter, finding.fix)).toContain(replacement)
	})

	test('a missing space before a colon is inserted as a no-break space, an ordinary one before « ! » made no-break', () => {
		const colon = findingAt(report, 'typography.espace-manquante', at(badLetter, 'Objet:') + 'Objet'.length)
		expect(colon?.fix && applyFix(badLetter, colon.fix)).toContain(`Objet${nbsp}: Candidature`)
		const exclamation = findingAt(report, 'typography.espace-ordinaire', at(badLetter, 'déçus !') + 'déçus'.length)
		expect(exclamation?.fix && applyFix(badLetter, exclamation.fix)).toContain(`déçus${nbsp}!`)
	})

	test('« etc. » closing a sentence goes, its full stop stays', () => {
		const finding = findingAt(report, 'vague.etc', at(badLetter, 'etc.'))
		expect(finding?.fix && applyFix(badLetter, finding.fix)).toContain('ma rigueur, mon écoute. Malgré')
	})

	test('every straight apostrophe is flagged, the address lines are not', () => {
		const apostrophes = [...badLetter.matchAll(/'/g)].map((match) => match.index)
		const flagged = report.findings.filter((finding) => finding.rule === 'typography.apostrophe').map((finding) => finding.start)
		expect(flagged).toEqual(apostrophes)
		const addressLine = at(badLetter, 'claire.martin@example.org')
		expect(report.findings.filter((finding) => (finding.start ?? -1) >= addressLine)).toEqual([])
	})

	test('whole-letter findings: the change of career is never stated, the letter is short, the offer’s words are missing', () => {
		const wholeLetter = report.findings.filter((finding) => finding.start === undefined)
		expect(wholeLetter.map((finding) => finding.rule).sort()).toEqual([
			'career_change.reconversion-tue',
			'keywords.absents',
			'length.trop-courte',
		])
		const keywords = wholeLetter.find((finding) => finding.check === 'keywords')
		expect(keywords?.missingKeywords?.slice(0, 3)).toEqual(['TypeScript', 'JavaScript', 'Git'])
		expect(keywords?.missingKeywords).toContain('accessibilité')
		expect(keywords?.missingKeywords).not.toContain('React')
		expect(keywords?.missingKeywords).not.toContain('Rigueur')
		expect(keywords?.rewritable).toBe(true)
	})

	test('findings come whole-letter first, then in reading order, with unique ids', () => {
		const positions = report.findings.map((finding) => finding.start ?? -1)
		expect(positions).toEqual([...positions].sort((a, b) => a - b))
		expect(new Set(report.findings.map((finding) => finding.id)).size).toBe(report.findings.length)
	})

	test('no two fixes touch the same characters; the more important finding keeps its fix', () => {
		const fixes = report.findings.flatMap((finding) => (finding.fix ? [finding.fix] : []))
		for (const [index, fix] of fixes.entries()) for (const other of fixes.slice(index + 1)) expect(rangesCollide(fix, other)).toBe(false)
		// The apostrophe inside « N'hésitez pas à me contacter » is replaced by the cliché's fix, so it has none of its own.
		const inside = findingAt(report, 'typography.apostrophe', at(badLetter, "N'hésitez") + 1)
		expect(inside).toBeDefined()
		expect(inside?.fix).toBeUndefined()
	})

	test('the score is low', () => {
		expect(report.score).toBeLessThan(30)
		expect(report.words).toBeGreaterThan(150)
	})
})

describe('applying the fixes one by one', () => {
	const context = { offer: santeo }
	const initial = coachLetter(badLetter, context)
	const fixableRules = new Set(initial.findings.filter((finding) => finding.fix).map((finding) => finding.rule))
	let letter = badLetter
	let rounds = 0
	for (; rounds < 200; rounds++) {
		const report = coachLetter(letter, context)
		const next = report.findings.find((finding) => finding.fix)
		if (!next?.fix) break
		letter = applyFix(letter, next.fix)
	}
	const final = coachLetter(letter, context)

	test('converges: no finding with a fix is left', () => {
		expect(rounds).toBeLessThan(200)
		expect(final.findings.filter((finding) => finding.fix)).toEqual([])
	})

	test('no rule that offered a fix fires any more', () => {
		expect(fixableRules.size).toBeGreaterThan(10)
		const stillThere = final.findings.filter((finding) => fixableRules.has(finding.rule))
		expect(stillThere).toEqual([])
	})

	test('the letter reads better and its score has risen', () => {
		expect(letter).toContain('Santéo')
		expect(letter).toContain(`Objet${nbsp}: Candidature`)
		expect(letter).toContain('Madame, Monsieur,\n')
		expect(letter).toContain('je vous adresse ma candidature')
		expect(letter).toContain('j’ai coordonné des équipes')
		expect(letter).toContain(`«${nbsp}Tournées${nbsp}»`)
		expect(letter).toContain('l’expression de mes salutations distinguées')
		expect(letter).not.toMatch(/['"]|\.\.\./)
		// The address line is left exactly as it was.
		expect(letter).toContain('claire.martin@example.org — https://github.com/claire-martin?tab=repos')
		expect(final.score).toBeGreaterThan(initial.score)
	})
})

describe('a good letter from a nurse turned front-end developer', () => {
	const report = coachLetter(goodLetter, { offer: santeo, candidateName: 'Claire Martin' })

	test('gets few findings, none important, and a high score', () => {
		expect(report.findings.length).toBeLessThanOrEqual(2)
		expect(report.findings.filter((finding) => finding.severity === 'important')).toEqual([])
		expect(report.score).toBeGreaterThanOrEqual(90)
		expect(report.words).toBeGreaterThanOrEqual(200)
		expect(report.words).toBeLessThanOrEqual(400)
	})

	test('its typography, wording and account of the career change pass', () => {
		const checks = new Set(report.findings.map((finding) => finding.check))
		for (const check of ['typography', 'cliche', 'passive', 'vague', 'career_change', 'personalisation'] as const)
			expect(checks.has(check)).toBe(false)
	})

	test('run as a letter for another company, it is caught', () => {
		const elsewhere = coachLetter(goodLetter, { offer: { ...santeo, company: 'Doctolib' } })
		expect(elsewhere.findings.find((finding) => finding.rule === 'personalisation.entreprise-absente')?.severity).toBe('important')
		expect(elsewhere.score).toBeLessThan(report.score)
	})
})

describe('keywords', () => {
	const offerWith = offer({
		title: 'Chargé de recrutement',
		company: 'Maison Lenoir',
		hardSkills: [skill('Sourcing', false), skill('Droit du travail', true, 'droit-du-travail'), skill('SIRH', true)],
		softSkills: [skill('Rigueur', true), skill('Écoute', false, 'ecoute')],
		keywords: [
			{ key: 'integration', label: 'intégration', weight: 1 },
			{ key: 'recrutement', label: 'recrutement', weight: 5 },
		],
	})
	const missing = (letter: string) =>
		coachLetter(letter, { offer: offerWith, careerChange: false }).findings.find((finding) => finding.check === 'keywords')

	test('must-have hard skills come first, then the others, then qualities, then the offer’s words by weight', () => {
		expect(missing('Bonjour, je postule chez Maison Lenoir.')?.missingKeywords).toEqual([
			'Droit du travail',
			'SIRH',
			'Sourcing',
			'Rigueur',
			'Écoute',
			'recrutement',
			'intégration',
		])
	})

	test('words meet on stems and without accents: « rigoureuse » covers « Rigueur », « ecouter » covers « Écoute »', () => {
		const finding = missing(
			'Rigoureuse et prête à ecouter, je connais le droit du travail, les SIRH, le sourcing et l’intégration des recrues.',
		)
		expect(finding?.missingKeywords).toEqual(['recrutement'])
		expect(finding?.message).toContain('recrutement')
	})

	test('a letter without any must-have hard skill is an important finding; with some, a piece of advice; with all, nothing', () => {
		expect(missing('Je suis rigoureuse et à l’écoute, et j’aime le recrutement.')?.severity).toBe('important')
		expect(missing('Je connais le droit du travail, je suis rigoureuse et à l’écoute, et j’aime le recrutement.')?.severity).toBe('conseil')
		expect(missing('Droit du travail, SIRH, sourcing, rigueur, écoute, recrutement, intégration : tout y est.')).toBeUndefined()
	})

	test('no offer, no keyword check', () => {
		expect(coachLetter('Je connais le droit du travail.').findings.filter((finding) => finding.check === 'keywords')).toEqual([])
	})
})
