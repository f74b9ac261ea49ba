import { describe, expect, test } from 'vitest'
import { applyFix } from './apply.ts'
import { coachLetter } from './coach.ts'
import { pastParticiple } from './participles.ts'

function rewrite(text: string): string | null {
	const finding = coachLetter(text, { careerChange: false }).findings.find((candidate) => candidate.check === 'passive')
	if (!finding) throw new Error(`nothing found in « ${text} »`)
	return finding.fix ? applyFix(text, finding.fix) : null
}

describe('past participles', () => {
	test.each([
		['gérer', 'géré'],
		['coordonner', 'coordonné'],
		['créer', 'créé'],
		['établir', 'établi'],
		['accueillir', 'accueilli'],
		['concevoir', 'conçu'],
		['prendre', 'pris'],
		['comprendre', 'compris'],
		['mettre', 'mis'],
		['transmettre', 'transmis'],
		['faire', 'fait'],
		['construire', 'construit'],
		['décrire', 'décrit'],
		['répondre', 'répondu'],
		['obtenir', 'obtenu'],
		['découvrir', 'découvert'],
		['suivre', 'suivi'],
		['connaître', 'connu'],
		['résoudre', 'résolu'],
		['Accompagner', 'Accompagné'],
	])('%s → %s', (infinitive, participle) => {
		expect(pastParticiple(infinitive)).toBe(participle)
	})

	test.each(['venir', 'intervenir', 'partir', 'aller', 'arriver', 'être', 'avoir', 'asseoir'])('%s has no safe rewrite', (infinitive) => {
		expect(pastParticiple(infinitive)).toBeNull()
	})
})

describe('passive voice and hedging', () => {
	test.each([
		['J’ai été amenée à concevoir des outils.', 'J’ai conçu des outils.'],
		["j'ai été amené à gérer un budget", 'j’ai géré un budget'],
		['J’ai eu l’occasion d’accompagner des patients.', 'J’ai accompagné des patients.'],
		['Il m’est arrivé de remplacer la cadre.', 'J’ai parfois remplacé la cadre.'],
		['Il m’a été confié la formation des stagiaires.', 'J’ai pris en charge la formation des stagiaires.'],
		['Je pense pouvoir vous aider.', 'Je peux vous aider.'],
		['Je crois être prête.', 'Je suis prête.'],
		['Je pense que mon expérience vous servira.', 'Mon expérience vous servira.'],
		['Ainsi, je crois que mon expérience vous servira.', 'Ainsi, mon expérience vous servira.'],
		['J’espère pouvoir vous rencontrer.', 'Je souhaite vous rencontrer.'],
		['Je pourrais apporter mon regard.', 'Je peux apporter mon regard.'],
		['J’aimerais rejoindre l’équipe.', 'Je souhaite rejoindre l’équipe.'],
		['Je serais ravie de vous rencontrer.', 'Je serai ravie de vous rencontrer.'],
	])('« %s » → « %s »', (text, expected) => {
		expect(rewrite(text)).toBe(expected)
	})

	test.each([
		'J’ai été amenée à me former seule.',
		'J’ai été amené à intervenir en urgence.',
		'Le planning a été conçu par moi.',
		'Les dossiers m’ont été confiés.',
		'J’espère que ma candidature vous intéressera.',
		'Peut-être pourrions-nous en parler.',
	])('« %s » is flagged without an automatic rewrite', (text) => {
		expect(rewrite(text)).toBeNull()
	})

	test('the finding points at the passive turn', () => {
		const text = 'Dans mon service, le logiciel a été déployé par moi en 2021.'
		const finding = coachLetter(text, { careerChange: false }).findings.find((candidate) => candidate.rule === 'passive.passif')
		expect(finding?.excerpt).toBe('a été déployé par moi')
		expect(finding?.start).toBe(text.indexOf('a été'))
		expect(finding?.rewritable).toBe(true)
	})

	test('active sentences pass', () => {
		const text = 'J’ai formé 20 collègues au dossier de soins. Je peux vous présenter mon application. Je serai disponible dès mars.'
		expect(coachLetter(text, { careerChange: false }).findings.filter((finding) => finding.check === 'passive')).toEqual([])
	})
})
