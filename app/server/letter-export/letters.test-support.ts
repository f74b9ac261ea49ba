// Letters shared by the export tests. The sender comes from the sample CV so
// the tests exercise the data a real person would bring.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { LetterDocument } from '#app/server/letter-export/types.ts'

const samples = join(import.meta.dirname, '..', '..', '..', 'samples')

type JsonResume = { basics: { name: string; email: string; phone: string; location: { city: string; postalCode: string } } }

const claire = (JSON.parse(readFileSync(join(samples, 'cvs', 'claire-infirmiere-vers-dev.json'), 'utf8')) as JsonResume).basics

const nbsp = '\u00A0'
const narrow = '\u202F'

export const claireParagraphs = [
	'Madame, Monsieur,',
	`Infirmière diplômée d’État depuis neuf ans, j’ai choisi de me reconvertir dans le développement web. Votre offre de développeuse front-end React junior a immédiatement retenu mon attention${nbsp}: Santéo conçoit des outils pour les centres de soins infirmiers et les EHPAD, un univers que je connais de l’intérieur.`,
	`Pendant six mois de formation intensive, j’ai construit des interfaces en React et TypeScript, écrit des tests avec Testing Library et intégré des maquettes Figma en respectant le RGAA. Mon projet de fin de parcours, un planning de tournées pensé avec d’anciennes collègues, m’a appris à écouter les utilisateurs avant d’écrire la première ligne de code${narrow}; c’est ce que je souhaite continuer à faire chez vous.`,
	`Mes années à l’hôpital m’ont donné de la rigueur, le sens des priorités et l’habitude de travailler en équipe sous pression. Je sais ce que vivent les soignants quand un logiciel leur fait perdre du temps${nbsp}! Je veux que vos outils leur en fassent gagner, « sans clic superflu », comme le disait ma cadre de santé. Œuvrer à cet objectif, pour un salaire de 34${nbsp}000${nbsp}€, me motive pleinement…`,
	`Seriez-vous disponible pour en parler lors d’un entretien${nbsp}? Je me tiens à votre disposition pour vous présenter mes projets et répondre à vos questions.`,
	'Je vous prie d’agréer, Madame, Monsieur, l’expression de mes salutations distinguées.',
	claire.name,
]

export function claireLetter(overrides: Partial<LetterDocument> = {}): LetterDocument {
	return {
		sender: {
			name: claire.name,
			lines: ['12 rue de Gerland', `${claire.location.postalCode} ${claire.location.city}`],
			phone: claire.phone,
			email: claire.email,
		},
		recipient: { company: 'Santéo', lines: ['À l’attention du service recrutement', '24 avenue Jean Jaurès', '69007 Lyon'] },
		place: claire.location.city,
		date: new Date('2026-11-22T09:00:00+01:00'),
		subject: 'Candidature au poste de développeuse front-end React junior',
		body: claireParagraphs.join('\n\n'),
		language: 'fr',
		...overrides,
	}
}

/** Far too long for one page: the middle paragraphs repeated, each copy numbered so the order can be checked. */
export function longLetter(): LetterDocument {
	const middle = claireParagraphs.slice(1, -2)
	const repeated = [1, 2, 3].flatMap((round) => middle.map((paragraph) => `${round}. ${paragraph}`))
	return claireLetter({ body: [claireParagraphs[0], ...repeated, ...claireParagraphs.slice(-2)].join('\n\n') })
}
