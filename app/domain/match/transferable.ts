// Transferable skills: what a former trade taught, said in the words of the
// new one. A curated table of themes (rigour, urgency, listening, handovers…):
// each lists the wordings that reveal it in a CV, most telling first, and how
// a recruiter of the target trade would say it, by broad ROME domain (the
// longest matching prefix of the target's code wins, « * » is the fallback,
// null means the theme says nothing useful to that trade).
import type { OfferAnalysis, RomeCandidate } from '#app/domain/offer/types.ts'
import type { RomeIndex } from '#app/domain/rome/rome-index.ts'
import type { Cv } from '#app/domain/cv/types.ts'
import { isProjectExperience } from '#app/domain/cv/text-of.ts'
import { analyze, frenchTypography, normalizeText } from '#shared/ai/offline/text.ts'
import type { TransferableSkill } from './types.ts'

export type TransferableTheme = {
	id: string
	/** The theme in French, as the letter brief shows it. */
	label: string
	/** Patterns on the folded CV text (see normalizeText), most telling first. */
	cues: readonly RegExp[]
	/** By ROME prefix (« M18 », « D11 », « J »…, « * »); « {source} » becomes the former trade (« du soin »). */
	say: Readonly<Record<string, string | null>>
}

export const transferableThemes: readonly TransferableTheme[] = [
	{
		id: 'rigueur',
		label: 'Rigueur et respect des procédures',
		cues: [
			/\brespect (?:strict )?des (?:procedures|protocoles|regles|consignes|normes|process)\b/,
			/\btracabilite\b/,
			/\breferente? qualite\b|\bdemarche qualite\b|\bcontrole qualite\b/,
			/\bconformite\b|\breglementation\b/,
			/\brigueur\b|\brigoureu/,
			/\bprecision\b|\bminutie\b|\bsouci du detail\b|\btravail bien fait\b/,
		],
		say: {
			M18: 'rigueur dans le code : tests, revues de code et respect des conventions',
			M15: 'rigueur dans l’application du droit du travail et des procédures RH',
			M: 'rigueur et respect des procédures internes',
			D11: 'respect des fiches techniques et des règles d’hygiène HACCP',
			D: 'respect des procédures du magasin et des règles d’hygiène',
			G: 'respect des fiches techniques et des règles d’hygiène HACCP',
			J: 'application rigoureuse des protocoles et traçabilité des soins',
			K: 'rigueur dans le suivi des dossiers et le respect du cadre réglementaire',
			C: 'rigueur dans le respect des procédures réglementaires et de conformité',
			H: 'respect des modes opératoires et des consignes qualité',
			'*': 'rigueur et respect des procédures',
		},
	},
	{
		id: 'urgence',
		label: 'Gestion des priorités et de l’urgence',
		cues: [
			/\bsituations? d'urgence\b|\burgences?\b/,
			/\bprioris|\bpriorites\b/,
			/\bsang-froid\b|\bgestion du stress\b|\bsous pression\b/,
			/\bimprevus?\b|\breactivite\b/,
		],
		say: {
			M18: 'priorisation des tickets et sang-froid face aux incidents de production',
			M15: 'gestion des priorités et des situations sensibles (absences, recrutements urgents)',
			M: 'gestion des priorités et des urgences',
			D11: 'organisation de la production aux heures de pointe et gestion des imprévus au fournil',
			D: 'gestion des pics d’affluence et des imprévus en magasin',
			G: 'tenue du rythme pendant le coup de feu',
			J: 'gestion des urgences et priorisation des soins',
			K: 'gestion des priorités et des situations de crise',
			C: 'réactivité face aux demandes urgentes des clients',
			'*': 'gestion des priorités et sang-froid face aux imprévus',
		},
	},
	{
		id: 'transmissions',
		label: 'Transmission et documentation',
		cues: [
			/\btransmissions?\b(?! de savoir)/,
			/\bdocumentation\b|\bguide d'utilisation\b|\bmodes? operatoires?\b/,
			/\bcomptes? rendus?\b|\bredaction\b|\brediger\b/,
			/\bpassation\b|\bconsignes\b/,
		],
		say: {
			M18: 'documentation claire et communication asynchrone (tickets, revues de code)',
			M15: 'rédaction claire (annonces, comptes rendus d’entretien, dossiers du personnel)',
			M: 'rédaction de comptes rendus et de procédures claires',
			D11: 'transmission des consignes de fabrication entre les équipes de nuit et de jour',
			D: 'transmission des consignes entre équipes',
			G: 'transmission des commandes et des consignes en cuisine',
			J: 'transmissions écrites et orales pour la continuité des soins',
			K: 'rédaction d’écrits professionnels et suivi des dossiers',
			'*': 'transmission d’informations claire, à l’écrit comme à l’oral',
		},
	},
	{
		id: 'tutorat',
		label: 'Formation et tutorat',
		cues: [
			/\btutorat\b|\btuteur\b|\btutrice\b/,
			/\bformation (?:de|des) (?:\d+ )?(?:collegues|nouveaux|arrivants|equipes?|stagiaires|etudiants|apprentis|collaborateurs)\b/,
			/\bencadrement (?:de|des) (?:\d+ )?(?:stagiaires|etudiants|apprentis)\b|\baccompagnement des (?:etudiants|stagiaires|nouveaux)\b/,
			/\bformatrice\b|\bformateur\b|\bintegration des nouveaux\b/,
		],
		say: {
			M18: 'accompagnement des nouveaux arrivants et partage de connaissances (binômage, documentation)',
			M15: 'conception et animation de formations, intégration des nouveaux collaborateurs',
			M: 'formation des collègues aux outils et aux procédures',
			D11: 'transmission des gestes du métier aux apprentis',
			D: 'formation des nouveaux vendeurs',
			G: 'formation des commis et des extras',
			J: 'tutorat des étudiants et encadrement des nouveaux',
			K: 'animation de séances de formation et accompagnement des apprenants',
			'*': 'formation et accompagnement des nouveaux arrivants',
		},
	},
	{
		id: 'outil',
		label: 'Référent d’un outil et accompagnement au changement',
		cues: [
			/\breferente? (?:du|d'un|de l'|des) (?:logiciel|outil|dossier|application|progiciel)/,
			/\bdossier (?:de soins|patient|medical) informatise\b|\blogiciel\b|\binformatise\b/,
			/\btests? utilisateurs?\b|\brecueil des besoins\b/,
			/\bdeploiement (?:d'un|du|de l') (?:logiciel|outil)\b|\btableur\b|\btableau de (?:bord|suivi)\b|\boutil de suivi\b/,
		],
		say: {
			M18: 'connaissance des utilisateurs métier{source} et accompagnement au changement',
			M15: 'accompagnement des équipes aux outils numériques (SIRH, logiciels de planning)',
			M: 'aisance avec les outils numériques et accompagnement des utilisateurs',
			D11: 'aisance avec les outils de gestion (caisse, commandes, traçabilité)',
			D: 'aisance avec les outils de gestion du magasin',
			J: 'maîtrise du dossier de soins informatisé',
			K: 'aisance avec les outils numériques de suivi',
			'*': 'aisance avec les outils numériques et accompagnement des collègues',
		},
	},
	{
		id: 'equipe',
		label: 'Travail en équipe pluridisciplinaire',
		cues: [
			/\bpluridisciplinaire\b|\bmultidisciplinaire\b|\bpluriprofessionnel/,
			/\btravail en equipe\b|\besprit d'equipe\b|\ben equipe\b/,
			/\bcoordination avec\b|\bcollaboration avec\b|\bavec les medecins\b|\bentre equipes\b/,
		],
		say: {
			M18: 'collaboration avec des profils variés (product owners, designers, utilisateurs) en méthode agile',
			M15: 'collaboration étroite avec les managers et les partenaires de l’emploi',
			M: 'travail en transverse avec plusieurs services',
			D11: 'travail en équipe au fournil et avec la vente',
			D: 'travail en équipe avec la vente, la réserve et les livreurs',
			G: 'travail en brigade, en lien avec la salle',
			J: 'travail en équipe pluridisciplinaire',
			K: 'travail en réseau avec les partenaires',
			'*': 'travail en équipe avec des métiers différents',
		},
	},
	{
		id: 'relation-client',
		label: 'Relation client et conseil',
		cues: [
			/\brelation client(?:ele)?\b/,
			/\bportefeuille (?:de )?(?:\d+ )?clients?\b/,
			/\bconseil\b|\bconseiller\b/,
			/\breclamations?\b|\blitiges?\b/,
			/\bfidelisation\b|\bvente\b|\bsatisfaction client/,
			/\baccueil\b/,
		],
		say: {
			M18: 'sens du service et compréhension des besoins des utilisateurs',
			M15: 'sens du service envers les managers et les candidats',
			M: 'sens du service et relation avec les interlocuteurs',
			D11: 'conseil à la clientèle au comptoir et fidélisation',
			D: 'conseil, vente et fidélisation de la clientèle',
			G: 'sens de l’accueil et fidélisation de la clientèle',
			J: 'accueil et information des patients et des familles',
			K: 'relation de service avec les publics accueillis',
			C: 'conseil et fidélisation de la clientèle',
			'*': 'sens du service et de la relation client',
		},
	},
	{
		id: 'ecoute',
		label: 'Écoute et relation',
		cues: [
			/\becoute\b|\bempathie\b|\bbienveillan/,
			/\brelation (?:avec|de confiance)\b|\brelationnel/,
			/\bcommunication avec\b|\bpublics? varies\b/,
			/\bpatience\b|\beducation therapeutique\b/,
		],
		say: {
			M18: 'écoute des utilisateurs et recueil de leurs besoins',
			M15: 'écoute et accompagnement des candidats et des collaborateurs',
			M: 'écoute et sens du service auprès des interlocuteurs internes',
			D11: 'accueil chaleureux et conseil de la clientèle au comptoir',
			D: 'écoute et conseil de la clientèle',
			G: 'accueil et attention portée aux clients',
			J: 'écoute et relation de confiance avec les patients',
			K: 'écoute active et accompagnement des personnes',
			C: 'écoute des besoins des clients',
			'*': 'qualité d’écoute et sens de la relation',
		},
	},
	{
		id: 'caisse',
		label: 'Gestion de caisse et des chiffres',
		cues: [
			/\bgestion de (?:la )?caisse\b|\bencaissements?\b|\bfonds de caisse\b|\btenue de caisse\b/,
			/\boperations bancaires\b|\bchiffre d'affaires\b|\bbudgets?\b|\bcomptab/,
		],
		say: {
			M18: 'aisance avec les chiffres et fiabilité des données',
			M15: 'fiabilité sur les éléments chiffrés (paie, absences, heures)',
			M: 'fiabilité sur les chiffres et les opérations de gestion',
			D11: 'tenue de la caisse et encaissements',
			D: 'tenue de la caisse et suivi du chiffre d’affaires',
			G: 'encaissement et tenue de caisse',
			'*': 'fiabilité dans le maniement de l’argent et des chiffres',
		},
	},
	{
		id: 'management',
		label: 'Management et animation d’équipe',
		cues: [
			/\bmanag(?:er|ement)\b|\bencadrement d'une equipe\b|\bchef d'equipe\b|\bresponsable d'equipe\b/,
			/\bcoordination d'une equipe\b|\banim(?:er|ation) (?:d'une |une |l')?equipe\b|\bequipes? de \d+\b|\b\d+ collaborateurs\b/,
			/\bentretiens (?:annuels|professionnels|individuels)\b/,
			/\bleadership\b|\bcoordinatrice\b|\bcoordinateur\b/,
		],
		say: {
			M18: 'coordination d’équipe et animation de rituels agiles',
			M15: 'connaissance du management de terrain : recrutement, intégration et entretiens vus du côté des managers',
			M: 'animation et coordination d’une équipe',
			D11: 'organisation du travail de l’équipe et encadrement d’apprentis',
			D: 'animation et encadrement d’une équipe de vente',
			G: 'encadrement d’une brigade ou d’une équipe de salle',
			J: 'coordination d’une équipe soignante',
			K: 'coordination d’équipe et travail en réseau',
			'*': 'animation et coordination d’une équipe',
		},
	},
	{
		id: 'recrutement',
		label: 'Recrutement et intégration',
		cues: [/\brecrutements?\b|\brecrute\b|\bentretiens? d'embauche\b/, /\bintegration\b|\bonboarding\b/],
		say: {
			M18: null,
			M15: 'pratique du recrutement : annonces, entretiens, intégration des nouveaux',
			M: 'expérience du recrutement et de l’intégration',
			D: 'recrutement et intégration des nouveaux vendeurs',
			'*': 'expérience du recrutement et de l’intégration',
		},
	},
	{
		id: 'organisation',
		label: 'Organisation et planification',
		cues: [
			/\bplannings?\b|\bplanification\b|\bplanifier\b/,
			/\bgestion des (?:absences|heures|stocks|commandes|approvisionnements)\b|\bcommandes\b|\bstocks\b/,
			/\borganisation\b|\borganiser\b|\btournees\b/,
		],
		say: {
			M18: 'organisation du travail en itérations et estimation des tâches',
			M15: 'organisation des plannings et suivi des absences et des temps',
			M: 'organisation et suivi des plannings et des dossiers',
			D11: 'organisation de la production et gestion des commandes de matières premières',
			D: 'gestion des commandes, des stocks et des plannings',
			G: 'organisation de la mise en place et gestion des stocks',
			J: 'planification des soins et des tournées',
			K: 'organisation des plannings d’intervention',
			'*': 'organisation et planification du travail',
		},
	},
	{
		id: 'nuit',
		label: 'Horaires décalés et endurance',
		cues: [
			/\btravail de nuit\b|\bgardes? de nuit\b|\bhoraires? (?:de nuit|decales)\b/,
			/\bhoraires (?:en|de) 12 ?h(?:eures)?\b|\b[23]x8\b|\bastreintes?\b/,
			/\bendurance\b|\bresistance physique\b|\bstation debout\b|\bport de charges\b/,
		],
		say: {
			M: null,
			D11: 'habitude des horaires de nuit et du petit matin, et endurance physique',
			D: 'disponibilité sur des horaires décalés et endurance',
			G: 'habitude des horaires décalés et du rythme soutenu',
			J: 'habitude du travail de nuit et des gardes',
			H: 'habitude du travail posté en horaires décalés',
			'*': 'habitude des horaires décalés et endurance',
		},
	},
	{
		id: 'ponctualite',
		label: 'Ponctualité et fiabilité',
		cues: [/\bponctualite\b|\bponctuel/, /\bassiduite\b|\bfiabilite\b/],
		say: {
			M18: 'fiabilité et respect des délais',
			M15: 'fiabilité et respect des échéances (paie, déclarations)',
			M: 'fiabilité et respect des échéances',
			D11: 'ponctualité, indispensable au démarrage de la production',
			D: 'ponctualité pour l’ouverture du magasin',
			G: 'ponctualité pour le service',
			J: 'ponctualité et fiabilité dans la continuité des soins',
			'*': 'ponctualité et fiabilité',
		},
	},
	{
		id: 'hygiene',
		label: 'Hygiène et sécurité',
		cues: [/\bhaccp\b|\bhygiene\b|\basepsie\b|\bsecurite alimentaire\b|\bnormes sanitaires\b/],
		say: {
			M18: null,
			M15: 'connaissance des obligations de santé et de sécurité au travail',
			M: null,
			D11: 'application des règles d’hygiène HACCP au fournil',
			D: 'respect des règles d’hygiène et de la chaîne du froid',
			G: 'application des règles d’hygiène HACCP en cuisine',
			J: 'respect des règles d’hygiène et d’asepsie',
			K: 'attention portée à l’hygiène et à la sécurité des personnes',
			'*': 'respect des règles d’hygiène et de sécurité',
		},
	},
]

// The former trade, for wordings that name it (« utilisateurs métier du soin »).
const sourceTrades: Readonly<Record<string, string>> = {
	J: ' du soin',
	D11: ' de l’artisanat alimentaire',
	D: ' du commerce',
	C: ' de la banque et de l’assurance',
	G: ' de l’hôtellerie-restauration',
	H: ' de l’industrie',
	F: ' du bâtiment',
	N: ' du transport et de la logistique',
	K1: ' du social',
	K2: ' de la formation',
	M15: ' des ressources humaines',
	A: ' de l’agriculture',
}

function byPrefix<T>(table: Readonly<Record<string, T>>, code: string | undefined): T | undefined {
	if (code) {
		for (let length = Math.min(code.length, 3); length >= 1; length--) {
			const prefix = code.slice(0, length)
			if (prefix in table) return table[prefix]
		}
	}
	return table['*']
}

/** How a theme is said in the target trade, or null when it does not carry over there. */
export function themeWording(theme: TransferableTheme, targetCode: string | undefined, sourceCode?: string): string | null {
	const wording = byPrefix(theme.say, targetCode)
	if (wording === undefined || wording === null) return null
	return frenchTypography(wording.replace('{source}', byPrefix(sourceTrades, sourceCode) ?? ''))
}

type Clause = { text: string; folded: string; source?: string; priority: number; order: number }

/** Splits on a separator outside parentheses; a comma between digits (« 4,2 M€ ») is not one. */
function splitOutside(text: string, separator: RegExp): string[] {
	const pieces: string[] = []
	let depth = 0
	let start = 0
	for (let index = 0; index < text.length; index++) {
		const character = text[index] ?? ''
		if (character === '(') depth++
		else if (character === ')' && depth > 0) depth--
		else if (depth === 0 && separator.test(character)) {
			if (character === ',' && /\d/.test(text[index - 1] ?? '') && /\d/.test(text[index + 1] ?? '')) continue
			if (character === '.' && text[index + 1] !== ' ') continue
			pieces.push(text.slice(start, index))
			start = index + 1
		}
	}
	pieces.push(text.slice(start))
	return pieces.map((piece) => piece.trim().replace(/[.;,]+$/, '')).filter((piece) => piece.length > 2)
}

/** Sentences and list items; « Recrutement : annonces, entretiens » stays one clause. */
function clausesOf(text: string): string[] {
	return splitOutside(text, /[;.]/).flatMap((sentence) => (sentence.includes(':') ? [sentence] : splitOutside(sentence, /,/)))
}

// One pattern per theme first: most clauses reveal no theme at all.
const anyCue = new Map(transferableThemes.map((theme) => [theme, new RegExp(theme.cues.map((cue) => cue.source).join('|'))]))

/** Ranks how well a clause reveals a theme: the index of its first matching cue, or -1. */
function cueRank(theme: TransferableTheme, folded: string): number {
	if (anyCue.get(theme)?.test(folded) === false) return -1
	return theme.cues.findIndex((cue) => cue.test(folded))
}

/** The clause as the letter will quote it: without a list after a colon or a closing remark, when the theme shows without them. */
function displayed(clause: string, theme: TransferableTheme): string {
	let shown = clause
	const head = /^(.+?)\s*:\s/.exec(shown)?.[1]
	if (head && cueRank(theme, normalizeText(head)) >= 0) shown = head
	const remark = /^(.*\S)\s*\(([^()]*)\)$/.exec(shown)?.[1]
	if (remark && cueRank(theme, normalizeText(remark)) >= 0) shown = remark
	return shown
}

/** Below this, a title is not read as one of the ROME occupation's. */
const titleThreshold = 0.35

const titleCache = new WeakMap<RomeIndex, Map<string, RomeCandidate[]>>()
const keyCache = new WeakMap<RomeIndex, Map<string, string>>()

/** index.skillKey, memoised per index: a CV's skill list is read again for every offer. */
export function skillKeyOf(index: RomeIndex, wording: string): string {
	let cache = keyCache.get(index)
	if (!cache) keyCache.set(index, (cache = new Map()))
	let key = cache.get(wording)
	if (key === undefined) {
		key = index.skillKey(wording)
		if (cache.size >= 20_000) cache.clear()
		cache.set(wording, key)
	}
	return key
}

/**
 * The ROME occupations a CV title (a position, a diploma, a headline) reads
 * as, best first, above the threshold. Memoised per index: the same CV is
 * matched against offer after offer.
 */
export function occupationsOfTitle(index: RomeIndex, title: string): RomeCandidate[] {
	let cache = titleCache.get(index)
	if (!cache) titleCache.set(index, (cache = new Map()))
	let found = cache.get(title)
	if (!found) {
		found = index.matchTitle(title, 3).filter((candidate) => candidate.score >= titleThreshold)
		if (cache.size >= 5000) cache.clear()
		cache.set(title, found)
	}
	return found
}

/**
 * The CV's skills from other trades, said in the words of the offer's trade.
 * One wording per theme and one theme per wording, experiences before skill
 * lists before the summary; those closest to the offer's own words first.
 */
export function transferableSkills(cv: Cv, offer: OfferAnalysis, index: RomeIndex): TransferableSkill[] {
	const target = offer.rome[0]?.code
	const clauses: Clause[] = []
	let order = 0
	for (const experience of cv.experiences) {
		if (isProjectExperience(experience)) continue
		const source = occupationsOfTitle(index, experience.position)[0]?.code
		// Practice in the target trade itself is not a transfer.
		if (source && target && source.slice(0, 3) === target.slice(0, 3)) continue
		for (const text of [experience.summary ?? '', ...experience.highlights].flatMap(clausesOf)) {
			clauses.push({ text, folded: normalizeText(text), source, priority: 0, order: order++ })
		}
	}
	// A skill the offer itself lists (« HACCP » for a baker) is a match, not a transfer.
	const offerSkills = offer.hardSkills.map((skill) => new Set(analyze(skill.label)))
	const listedByOffer = (text: string) => {
		const stems = analyze(text)
		return stems.length > 0 && offerSkills.some((skill) => stems.every((stem) => skill.has(stem)))
	}
	for (const group of cv.skills) {
		for (const text of group.keywords) {
			if (!listedByOffer(text)) clauses.push({ text, folded: normalizeText(text), priority: 1, order: order++ })
		}
	}
	for (const text of clausesOf(cv.summary ?? '')) clauses.push({ text, folded: normalizeText(text), priority: 2, order: order++ })

	type Candidate = { theme: TransferableTheme; themeOrder: number; clause: Clause; score: number }
	const candidates: Candidate[] = []
	transferableThemes.forEach((theme, themeOrder) => {
		if (themeWording(theme, target) === null) return
		for (const clause of clauses) {
			const rank = cueRank(theme, clause.folded)
			if (rank >= 0) candidates.push({ theme, themeOrder, clause, score: rank + 1.5 * clause.priority })
		}
	})
	candidates.sort((a, b) => a.score - b.score || a.themeOrder - b.themeOrder || a.clause.order - b.clause.order)

	const usedThemes = new Set<string>()
	const usedClauses = new Set<Clause>()
	const chosen: { skill: TransferableSkill; themeOrder: number }[] = []
	for (const { theme, themeOrder, clause } of candidates) {
		if (usedThemes.has(theme.id) || usedClauses.has(clause)) continue
		const to = themeWording(theme, target, clause.source)
		if (!to) continue
		usedThemes.add(theme.id)
		usedClauses.add(clause)
		chosen.push({ skill: { from: displayed(clause.text, theme), to, theme: theme.label }, themeOrder })
	}

	const offerStems = new Set(
		[
			...offer.keywords.map((keyword) => keyword.label),
			...offer.hardSkills.map((skill) => skill.label),
			...offer.softSkills.map((skill) => skill.label),
		].flatMap(analyze),
	)
	const closeness = (skill: TransferableSkill) => new Set(analyze(skill.to).filter((word) => offerStems.has(word))).size
	return chosen
		.map((entry) => ({ ...entry, closeness: closeness(entry.skill) }))
		.sort((a, b) => b.closeness - a.closeness || a.themeOrder - b.themeOrder)
		.map((entry) => entry.skill)
}
