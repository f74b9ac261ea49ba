// Letter briefs for the tests, built by hand from the sample CVs and offers
// (samples/): what Phoenix's offer analysis and Mirror Match would hand the
// letter writer. The company descriptions are read from the offers themselves.
import fs from 'node:fs'
import path from 'node:path'
import type { LetterBrief, LetterLength, LetterTone } from '../types.ts'

const samples = path.resolve(import.meta.dirname, '../../../../../samples')

export function sampleOffer(name: 'dev-front-junior' | 'charge-rh' | 'boulanger'): string {
	return fs.readFileSync(path.join(samples, 'offers', `${name}.txt`), 'utf8')
}

/** The offer's own words about the employer: the paragraph under « Qui sommes-nous ? », else the one after the title. */
function companyIntro(offer: string): string {
	const paragraphs = offer.split(/\n\s*\n/).map((paragraph) => paragraph.trim())
	const heading = paragraphs.findIndex((paragraph) => /^qui sommes-nous/i.test(paragraph))
	const intro = heading === -1 ? paragraphs[1] : paragraphs[heading]?.split('\n').slice(1).join(' ')
	return (intro ?? '').replace(/\s*\n\s*/g, ' ').trim()
}

type Style = { tone: LetterTone; length: LetterLength }

export function claireBrief(style: Style = { tone: 'chaleureux', length: 'standard' }): LetterBrief {
	return {
		...style,
		candidate: {
			name: 'Claire Martin',
			formerJob: 'infirmière',
			formerYears: 9,
			city: 'Lyon',
			email: 'claire.martin@example.org',
			phone: '+33 6 12 34 56 78',
		},
		target: {
			jobTitle: 'développeuse front-end React junior',
			company: 'Santéo',
			location: 'Lyon 7e',
			contract: 'CDI',
			occupationLabel: 'Développeur / Développeuse web',
		},
		transferableSkills: [
			{ from: 'Gestion des situations d’urgence et priorisation des soins', to: 'priorisation des correctifs en production' },
			{ from: 'Coordination des transmissions entre équipes de jour et de nuit', to: 'communication asynchrone et revues de code' },
			{ from: 'Référente du dossier de soins informatisé', to: 'recueil des besoins des utilisateurs soignants' },
			{ from: 'Tutorat de 15 étudiants infirmiers', to: 'documentation et partage de connaissances' },
		],
		strengths: ['React', 'TypeScript', 'HTML5 et CSS3', 'Git', 'Tests unitaires avec Jest', 'Rigueur', 'Écoute'],
		gaps: [{ skill: 'accessibilité RGAA', closing: 'module de formation en ligne suivi en ce moment' }, { skill: 'méthode Scrum' }],
		proofs: [
			'titre RNCP Développeur Web et Web Mobile (Le Wagon Lyon, 2025)',
			'application React et TypeScript de planning de tournées infirmières, testée avec Jest',
		],
		companyFacts: [companyIntro(sampleOffer('dev-front-junior'))],
		keywords: ['React', 'TypeScript', 'accessibilité', 'tests unitaires', 'design system', 'Scrum'],
	}
}

export function thomasBrief(style: Style = { tone: 'formel', length: 'standard' }): LetterBrief {
	return {
		...style,
		candidate: {
			name: 'Thomas Girard',
			formerJob: 'Conseiller bancaire',
			formerYears: 22,
			city: 'Bordeaux',
			email: 'thomas.girard@example.org',
			phone: '07 11 22 33 44',
		},
		target: { jobTitle: 'boulanger', location: 'Bordeaux Chartrons', contract: 'CDI', occupationLabel: 'Boulanger / Boulangère' },
		transferableSkills: [
			{ from: 'Respect des procédures bancaires', to: 'respect strict des règles d’hygiène HACCP' },
			{ from: 'Ponctualité et rigueur au guichet', to: 'régularité de la production aux horaires de nuit' },
			{ from: 'Accueil et conseil de 650 clients', to: 'conseil en boutique sur les pains et leurs farines' },
		],
		strengths: ['Pétrissage', 'Façonnage', 'Fermentation sur levain', 'Viennoiserie', 'HACCP', 'Ponctualité'],
		gaps: [
			{ skill: 'CAP Boulanger', closing: 'préparé avec le CPF au Greta de Bordeaux, examen en juin 2026' },
			{ skill: 'première expérience en fournil', closing: 'stage de 8 semaines à la Maison Dupuy' },
		],
		proofs: [
			'stage de 8 semaines au fournil de la Maison Dupuy (pétrissage, façonnage, cuisson, travail de nuit)',
			'pain au levain fait maison depuis 10 ans',
		],
		companyFacts: [companyIntro(sampleOffer('boulanger'))],
		keywords: ['pétrissage', 'façonnage', 'fermentation', 'HACCP', 'levain', 'travail de nuit'],
	}
}

export function karimBrief(style: Style = { tone: 'dynamique', length: 'standard' }): LetterBrief {
	return {
		...style,
		candidate: {
			name: 'Karim Benali',
			formerJob: 'manager de rayon en grande distribution',
			formerYears: 15,
			city: 'Nantes',
			phone: '06 98 76 54 32',
		},
		target: { jobTitle: 'chargé de recrutement et ressources humaines', location: 'Nantes', contract: 'CDI', recipient: 'Madame Le Goff' },
		transferableSkills: [
			{ from: 'Recrutement de 40 collaborateurs en magasin', to: 'pilotage de recrutements de bout en bout' },
			{ from: 'Entretiens annuels et professionnels', to: 'accompagnement du développement des compétences' },
			{ from: 'Plannings et gestion des absences', to: 'administration du personnel' },
			{ from: 'Formation des équipes aux règles HACCP', to: 'organisation des formations' },
		],
		strengths: ['Recrutement', 'Entretiens', 'Intégration des nouveaux collaborateurs', 'Pack Office', 'Organisation', 'Écoute'],
		gaps: [{ skill: 'droit du travail et convention collective', closing: 'formation en cours au CNAM' }, { skill: 'SIRH Cegid' }],
		proofs: [
			'titre RNCP Responsable en gestion des ressources humaines (CNAM Pays de la Loire, en cours depuis octobre 2025)',
			'40 recrutements menés en magasin, des annonces à l’intégration',
		],
		companyFacts: [companyIntro(sampleOffer('charge-rh'))],
		keywords: ['recrutement', 'intégration', 'administration du personnel', 'droit du travail', 'SIRH', 'Pack Office', 'alternance'],
	}
}

/** What a brief looks like when the CV says little: a target and a former trade, nothing else. */
export function sparseBrief(style: Style = { tone: 'formel', length: 'standard' }): LetterBrief {
	return {
		...style,
		candidate: { name: 'Sophie Bernard', formerJob: 'assistante de direction' },
		target: { jobTitle: 'gestionnaire de paie' },
		transferableSkills: [],
		strengths: [],
		gaps: [],
		proofs: [],
		companyFacts: [],
		keywords: [],
	}
}
