// The French schemes that fit a trajectory, each with why in plain French and
// its official site. The facts match the help articles the assistant quotes;
// no amounts, no eligibility rule beyond what is certain: « selon votre situation ».
import type { TrajectoryOccupation, TrajectoryScheme } from './types.ts'
import { type Diploma, de, inSentence, typeset } from './wording.ts'

export type Employment = 'employed' | 'job_seeking' | 'other'

export type SchemeContext = {
	from: TrajectoryOccupation
	to: TrajectoryOccupation
	official: boolean
	hops: number
	/** Share of the target's core skills already held. */
	coverage: number
	diploma: Diploma | null
	employment?: Employment
	yearsInCurrentOccupation?: number
}

export const schemeUrls = {
	cpf: 'https://www.moncompteformation.gouv.fr',
	vae: 'https://vae.gouv.fr',
	bilan: 'https://www.service-public.fr',
	transitions_pro: 'https://www.transitionspro.fr',
	france_travail: 'https://www.francetravail.fr',
	pro_a: 'https://travail-emploi.gouv.fr',
} as const satisfies Record<TrajectoryScheme['id'], string>

/** Below this share of the target's core skills, the change is a big one whatever the ROME edges say. */
export const bigGapCoverage = 0.3

/** A big change: no official route, a chain of passerelles, or few of the target's core skills. */
export function isBigChange(context: Pick<SchemeContext, 'official' | 'hops' | 'coverage'>): boolean {
	return !context.official || context.hops > 1 || context.coverage < bigGapCoverage
}

export function schemesFor(context: SchemeContext): TrajectoryScheme[] {
	const to = inSentence(context.to.label)
	const from = inSentence(context.from.label)
	const diploma =
		context.diploma && !/^(?:formation|niveau)/i.test(context.diploma.name) ? `${context.diploma.article} ${context.diploma.name}` : null
	const schemes: TrajectoryScheme[] = []

	if (isBigChange(context)) {
		const reason = !context.official
			? 'Le ROME ne relie pas vos deux métiers par une passerelle officielle'
			: context.hops > 1
				? `Le chemin officiel passe par ${context.hops - 1 === 1 ? 'un métier intermédiaire' : `${context.hops - 1} métiers intermédiaires`}`
				: 'Vous avez encore peu des compétences clés du métier visé'
		schemes.push({
			id: 'bilan',
			name: 'Bilan de compétences',
			why: `${reason} : un bilan de compétences (24 heures au plus, réparties sur plusieurs semaines) vous aide à éprouver le projet de devenir ${to} et à en tirer un plan avant d’investir dans une formation. Il peut être financé par votre CPF, selon votre situation.`,
			url: schemeUrls.bilan,
		})
	}

	schemes.push({
		id: 'cpf',
		name: 'Compte personnel de formation (CPF)',
		why: `Vos droits CPF peuvent financer une formation certifiante vers le métier ${de(to)}${diploma ? `, par exemple ${diploma}` : ''}, ainsi que le bilan de compétences ou l’accompagnement VAE. Consultez votre solde et comparez les formations sur Mon Compte Formation ; ce qui reste à votre charge dépend de votre situation.`,
		url: schemeUrls.cpf,
	})

	// VAE fits experience in a related occupation: an official route or a good share of the core skills.
	const related = (context.official && context.hops <= 2) || context.coverage >= bigGapCoverage
	const experienced = context.yearsInCurrentOccupation === undefined || context.yearsInCurrentOccupation > 0
	if (related && experienced) {
		const years = context.yearsInCurrentOccupation === undefined ? undefined : Math.floor(context.yearsInCurrentOccupation)
		const plural = years !== undefined && years > 1
		const subject = plural ? `Vos ${years} ans d’expérience` : years === 1 ? 'Votre année d’expérience' : 'Votre expérience'
		const duration = plural ? ` (${years} ans comme ${from})` : years === 1 ? ` (un an comme ${from})` : ''
		const how = `la VAE fait reconnaître tout ou partie d’une certification${diploma ? ` (${diploma})` : ''} devant un jury, selon votre situation. La démarche commence sur France VAE.`
		const link = context.hops === 1 ? 'cite parmi les passerelles vers le métier visé' : 'relie au métier visé par un métier intermédiaire'
		const why =
			context.official && context.hops <= 2
				? `${subject} comme ${from}, un métier que le ROME ${link}, ${plural ? 'peuvent' : 'peut'} compter : ${how}`
				: `Vous avez déjà une bonne part des compétences clés du métier visé : votre expérience${duration} peut compter, et ${how}`
		schemes.push({
			id: 'vae',
			name: 'Validation des acquis de l’expérience (VAE)',
			why,
			url: schemeUrls.vae,
		})
	}

	if (context.employment !== 'job_seeking' && context.employment !== 'other') {
		const opening = context.employment === 'employed' ? 'Comme vous êtes salarié' : 'Si vous êtes salarié'
		schemes.push({
			id: 'transitions_pro',
			name: 'Transitions Pro : projet de transition professionnelle (PTP)',
			why: `${opening}, le projet de transition professionnelle peut financer une formation certifiante longue vers le métier ${de(to)} en gardant votre contrat et votre rémunération, selon votre situation (ancienneté, contrat). Le dossier se prépare plusieurs mois avant l’entrée en formation.`,
			url: schemeUrls.transitions_pro,
		})
	}

	if (context.employment !== 'employed') {
		const opening = context.employment === 'job_seeking' ? 'Comme vous cherchez un emploi' : 'Si vous cherchez un emploi'
		schemes.push({
			id: 'france_travail',
			name: 'France Travail',
			why: `${opening}, votre conseiller France Travail vous accompagne dans ce projet et peut, selon votre situation, compléter le financement de la formation (aide individuelle à la formation, AIF), proposer une préparation opérationnelle à l’emploi individuelle (POEI) quand un employeur s’engage à vous recruter, et une immersion en entreprise (PMSMP).`,
			url: schemeUrls.france_travail,
		})
	}

	if (context.employment === 'employed') {
		schemes.push({
			id: 'pro_a',
			name: 'Période de reconversion (ex-Pro-A)',
			why: `Comme vous êtes salarié, la période de reconversion, qui remplace la Pro-A depuis le 1er janvier 2026, permet de vous former vers le métier ${de(to)} en alternant formation et pratique, dans votre entreprise ou dans une autre, sans rompre votre contrat. Elle se construit avec votre employeur, selon votre situation.`,
			url: schemeUrls.pro_a,
		})
	}

	return schemes.map((scheme) => ({ ...scheme, name: typeset(scheme.name), why: typeset(scheme.why) }))
}
