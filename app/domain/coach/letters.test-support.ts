// Letters and a hand-built offer for the Smart Coach tests: Claire, nurse for
// nine years, applies for a junior front-end developer job at Santéo (see
// samples/offers/dev-front-junior.txt).

import { frenchTypography } from '#shared/ai/offline/text.ts'
import type { OfferAnalysis, OfferSkill } from '#app/domain/offer/types.ts'

export function skill(label: string, mustHave: boolean, key = label.toLowerCase()): OfferSkill {
	return { label, key, mustHave, source: 'lexicon', spans: [] }
}

export function offer(fields: Partial<OfferAnalysis>): OfferAnalysis {
	return {
		title: null,
		company: null,
		rome: [],
		hardSkills: [],
		softSkills: [],
		education: null,
		experience: null,
		experienceYears: null,
		contract: [],
		location: null,
		remote: null,
		salary: null,
		language: 'fr',
		keywords: [],
		...fields,
	}
}

export const santeo = offer({
	title: 'Développeur Front-End React Junior',
	company: 'Santéo',
	hardSkills: [
		skill('React', true),
		skill('TypeScript', true),
		skill('JavaScript', true),
		skill('Git', true),
		skill('Figma', false),
		skill('Tests unitaires', false, 'tests-unitaires'),
	],
	softSkills: [skill('Rigueur', false), skill('Écoute', false, 'ecoute'), skill('Travail en équipe', false, 'travail-equipe')],
	keywords: [
		{ key: 'accessibilite', label: 'accessibilité', weight: 3 },
		{ key: 'soins', label: 'soins', weight: 2 },
	],
})

/** Everything a recruiter sighs at, typed without French typography, and never naming Santéo. */
export const badLetter = `Claire Martin
Lyon

Objet: Candidature au poste de développeuse front-end

madame, monsieur,

Suite à votre annonce parue sur Welcome to the Jungle, je me permets de vous adresser ma candidature. Je suis quelqu'un de dynamique et motivée, passionnée depuis toujours par l'informatique, et mon profil correspond parfaitement à vos attentes.

Pendant plusieurs années, j'ai été amenée à coordonner des équipes. Un logiciel de dossier de soins a été déployé par moi dans le service, et il m'a été confié la formation de mes collègues. Je pense pouvoir apporter à votre entreprise ma rigueur, mon écoute, etc. Malgré mon manque d'expérience, j'aimerais rejoindre votre entreprise.

Je suis force de proposition et j'ai développé "Tournées", une application React... Vous ne serez pas déçus !

N'hésitez pas à me contacter pour toute information complémentaire. Dans l'attente de votre réponse, je vous prie d'agréer, Madame, Monsieur, l'expression de mes sentiments les meilleurs.

Claire Martin
claire.martin@example.org — https://github.com/claire-martin?tab=repos`

/** The same candidate, saying the change plainly, with facts and figures; typeset as Phoenix typesets. */
export const goodLetter = frenchTypography(`Claire Martin
Lyon 7e

Objet : candidature au poste de développeuse front-end React junior

Madame, Monsieur,

Santéo conçoit le planning des tournées et le dossier de soins que j'ai utilisés chaque jour pendant neuf ans comme infirmière. Après un titre professionnel de développeuse web, je souhaite aujourd'hui construire ces outils pour les soignants, au sein de votre équipe produit.

À l'hôpital Édouard-Herriot, j'étais la référente du dossier de soins informatisé de mon service : j'ai formé 20 collègues, fait remonter leurs besoins à l'éditeur et rédigé les fiches d'utilisation. Coordonner les transmissions entre 12 patients, deux équipes et un médecin m'a appris la rigueur, l'écoute et le travail en équipe dont vous parlez dans l'offre.

Depuis mon bootcamp au Wagon, je code chaque jour en React et TypeScript, et je versionne tout avec Git. J'ai développé une application de planning de tournées pour un cabinet infirmier libéral : 14 écrans accessibles, 85 % du code couvert par des tests unitaires avec Jest, un déploiement continu avec GitHub Actions. J'ai intégré les maquettes Figma en suivant le RGAA, parce que les soignants travaillent souvent sur une tablette, debout et pressés.

Chez Santéo, je veux apporter ce double regard : comprendre vite ce qu'une infirmière attend d'un écran à 7 heures du matin, et le traduire en composants testés et relus en revue de code. Le travail en Scrum avec les soignants utilisateurs me motive particulièrement, car je connais leurs contraintes de l'intérieur.

Je serai heureuse de vous présenter mon application et d'échanger avec votre équipe lors d'un entretien.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Claire Martin`)
