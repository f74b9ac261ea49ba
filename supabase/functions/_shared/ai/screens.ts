// The screens an AI answer may point to. Links in model output are kept only
// when they target one of these paths (or an allowlisted public site); the
// rest are turned back into plain text. Iris's suggested actions are built
// from this list too, so it is the one place to update when a screen moves.
import type { ProductArea } from './types.ts'

export type Screen = {
	id: string
	path: string
	/** The button label, as an action: « Ouvrir … ». */
	action: string
	area: ProductArea
	/** One line saying what the screen is for, given to the model and the offline engine. */
	purpose: string
}

export const screens = [
	{ id: 'home', path: '/', action: 'Revenir à l’accueil', area: 'portal', purpose: 'présentation de Phoenix et de ses produits' },
	{ id: 'pricing', path: '/tarifs', action: 'Voir les offres', area: 'portal', purpose: 'les offres Gratuit, Premium et Entreprise' },
	{ id: 'account', path: '/compte', action: 'Ouvrir mon compte', area: 'portal', purpose: 'profil, métier visé, consentements, consommation' },
	{ id: 'subscription', path: '/compte/abonnement', action: 'Gérer mon abonnement', area: 'portal', purpose: 'abonnement Premium, factures, résiliation' },
	{ id: 'green-ai', path: '/green-ai', action: 'Voir l’empreinte de l’IA', area: 'portal', purpose: 'énergie et carbone mesurés des appels à l’IA' },
	{ id: 'letters', path: '/letters', action: 'Ouvrir Phoenix Letters', area: 'letters', purpose: 'analyse d’offre, Mirror Match, lettres de motivation, Smart Coach, Trajectory Builder, suivi des candidatures' },
	{ id: 'trajectory', path: '/letters/trajectoire', action: 'Ouvrir le Trajectory Builder', area: 'letters', purpose: 'le chemin d’un métier à un autre sur les données ROME, compétences à acquérir, étapes datées' },
	{ id: 'cv', path: '/cv', action: 'Ouvrir Phoenix CV', area: 'cv', purpose: 'créer et optimiser son CV, modèles compatibles ATS, export PDF et DOCX' },
	{ id: 'rise', path: '/rise', action: 'Ouvrir Phoenix Rise', area: 'rise', purpose: 'journal chiffré, humeur, objectifs, coaching' },
] as const satisfies readonly Screen[]

export type ScreenId = (typeof screens)[number]['id']

export function screenById(id: ScreenId): Screen {
	const screen = screens.find((candidate) => candidate.id === id)
	if (!screen) throw new Error(`Unknown screen ${id}`)
	return screen
}

/** Public sites an answer may link to: the French schemes people use to fund and validate a change. */
export const allowedExternalHosts = [
	'www.francetravail.fr',
	'candidat.francetravail.fr',
	'www.moncompteformation.gouv.fr',
	'www.transitionspro.fr',
	'vae.gouv.fr',
	'www.service-public.fr',
	'www.onisep.fr',
	'travail-emploi.gouv.fr',
	'www.3114.fr',
] as const

/** True when a path belongs to a screen of ours (query and fragment ignored). */
export function isProductPath(href: string): boolean {
	if (!href.startsWith('/') || href.startsWith('//')) return false
	const path = href.split(/[?#]/, 1)[0] ?? ''
	return screens.some((screen) => screen.path === path)
}
