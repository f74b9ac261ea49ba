// A dated plan for one trajectory: take stock, train on the skills that are
// missing, certify, practise, meet people in the trade, apply. Every step
// names what is specific to the target: its skills, its diploma, its schemes.
import { isBigChange } from './schemes.ts'
import type { TrajectoryOccupation, TrajectoryScheme, TrajectorySkill, TrajectoryStepDraft } from './types.ts'
import { type Diploma, chain, de, enumerate, firstSentence, inSentence, quoted, typeset } from './wording.ts'

export type PlanContext = {
	from: TrajectoryOccupation
	to: TrajectoryOccupation
	path: TrajectoryOccupation[]
	official: boolean
	/** Rank of the passerelle when the route is one direct passerelle. */
	rank?: number
	coverage: number
	held: TrajectorySkill[]
	toAcquire: TrajectorySkill[]
	access: string | null
	/** Diplomas the access text names that the person does not hold yet. */
	diplomas: Diploma[]
	/** Diplomas the access text names that the current occupation already requires. */
	alreadyRequired: Diploma[]
	certifications: TrajectorySkill[]
	schemes: TrajectoryScheme[]
	start?: Date
}

/** How many skills a step names: enough to be concrete, few enough to read. */
const namedPerStep = 5

/** Suggested training length in weeks: longer the more there is to learn, shorter along a direct passerelle. */
function trainingWeeks(toAcquireCount: number, direct: boolean): number {
	return direct ? clamp(Math.round(4 + toAcquireCount * 0.3), 4, 20) : clamp(Math.round(8 + toAcquireCount * 0.5), 12, 40)
}

export function planFor(context: PlanContext): TrajectoryStepDraft[] {
	const to = inSentence(context.to.label)
	const from = inSentence(context.from.label)
	const hops = context.path.length - 1
	const direct = context.official && hops === 1
	const big = isBigChange({ official: context.official, hops, coverage: context.coverage })
	const intermediates = context.path.slice(1, -1).map((occupation) => inSentence(occupation.label))
	// In the person's own words (their CV, their trade), which they will recognise.
	const heldNames = quoted([
		...new Set(context.held.filter((skill) => skill.kind !== 'savoir_etre').map((skill) => skill.heldAs ?? skill.label)),
	])
	const doing = context.toAcquire.filter((skill) => skill.kind === 'savoir_faire')
	const knowing = context.toAcquire.filter((skill) => skill.kind === 'savoir')
	const diploma = context.diplomas[0] ?? null
	const steps: TrajectoryStepDraft[] = []

	const route = direct
		? `Le ROME cite le métier ${de(to)} parmi les passerelles officielles depuis le vôtre (rang ${context.rank ?? 1}).`
		: context.official
			? `Le ROME relie vos deux métiers en ${hops} étapes, par ${chain(intermediates)}.`
			: `Le ROME ne relie pas directement ${from} et ${to} : c’est une vraie reconversion, tout à fait possible.`
	const assets = heldNames.length > 0 ? ` Appuyez-vous sur ce que vous maîtrisez déjà : ${enumerate(heldNames.slice(0, 3))}.` : ''
	const vaeCheck = context.schemes.some((scheme) => scheme.id === 'vae')
		? ' Voyez aussi avec lui si une VAE peut valider une partie du métier visé.'
		: ''
	let week = 0
	steps.push(
		big
			? {
					title: 'Faire le point avec un bilan de compétences',
					detail: `${route} Avant d’investir dans une formation, un bilan de compétences ou un conseiller en évolution professionnelle (CEP, gratuit et confidentiel) vous aide à confirmer le projet de devenir ${to} et à repérer ce qui vous suit d’un métier à l’autre.${assets}`,
					weeksFromStart: week,
					kind: 'bilan',
				}
			: {
					title: 'Valider le projet avec un conseiller en évolution professionnelle',
					detail: `${route} Un conseiller en évolution professionnelle (CEP), gratuit et confidentiel, vous aide à vérifier le projet et à combiner les financements.${vaeCheck}${assets}`,
					weeksFromStart: week,
					kind: 'bilan',
				},
	)

	// A bilan runs over several weeks; a first CEP meeting is a matter of days.
	week += big ? 6 : 2
	const funding = context.schemes.filter((scheme) => scheme.id !== 'bilan' && scheme.id !== 'vae').map((scheme) => shortSchemeName(scheme))
	const target = diploma && !/^(?:formation|niveau)/i.test(diploma.name) ? `à ${diploma.article} ${diploma.name}` : `au métier ${de(to)}`
	const coverageCheck = doing.length > 0 ? `, et la place qu’elles font à ${enumerate(names(doing, 3))}` : ''
	steps.push({
		title: 'Choisir une formation et son financement',
		detail: `Comparez deux ou trois formations qui préparent ${target} sur Mon Compte Formation : programme, rythme, modalités${coverageCheck}. Montez ensuite le financement${funding.length > 0 ? ` : ${enumerateOr(funding)}` : ''}, selon votre situation.`,
		weeksFromStart: week,
		kind: 'formation',
	})

	const length = trainingWeeks(context.toAcquire.length, direct)
	week += 4
	const trainingStart = week
	if (doing.length > 0) {
		const core = doing.filter((skill) => skill.isCore)
		const first = names(core.length > 0 ? core : doing, namedPerStep)
		const then = names(
			doing.filter((skill) => !(core.length > 0 ? core : doing).slice(0, namedPerStep).includes(skill)),
			3,
		)
		const firstIntro = core.length > 0 ? 'En priorité, les compétences cœur de métier que vous n’avez pas encore' : 'En priorité'
		steps.push({
			title: `Vous former au cœur du métier ${de(to)}`,
			detail: `${firstIntro} : ${enumerate(first)}.${then.length > 0 ? ` Puis, selon les postes visés : ${enumerate(then)}.` : ''}`,
			weeksFromStart: week,
			kind: 'formation',
		})
	}
	if (knowing.length > 0) {
		week = doing.length > 0 ? trainingStart + Math.ceil(length / 2) : trainingStart
		steps.push({
			title: 'Approfondir les connaissances du métier',
			detail: `Travaillez les savoirs que le ROME associe au métier ${de(to)} : ${enumerate(names(knowing, namedPerStep + 1))}.`,
			weeksFromStart: week,
			kind: 'formation',
		})
	}

	week = trainingStart + length
	steps.push(certificationStep(context, diploma, to, week))

	week += 2
	const practised = names(doing, 2)
	const stepping =
		context.official && intermediates.length > 0
			? ` Le ROME passe par ${chain(intermediates)} : une expérience dans ${intermediates.length > 1 ? 'l’un de ces métiers' : 'ce métier'} est aussi une étape reconnue vers le métier visé.`
			: ''
	steps.push({
		title: 'Pratiquer en conditions réelles',
		detail: `Un stage, une période de mise en situation en milieu professionnel (PMSMP) de quelques jours à quelques semaines, à demander notamment à France Travail, ou des projets concrets : ${practised.length > 0 ? `exercez-vous à ${practised.join(' et à ')}` : 'mettez en pratique ce que vous avez appris'}, et gardez des exemples précis à raconter en entretien.${stepping}`,
		weeksFromStart: week,
		kind: 'pratique',
	})

	week += 2
	steps.push({
		title: `Rencontrer des professionnels du métier ${de(to)}`,
		detail:
			'Enquêtes métier, salons, réseaux professionnels, anciens de votre formation : deux ou trois échanges avec des personnes en poste vous disent ce que les recruteurs attendent, et peuvent vous ouvrir des portes.',
		weeksFromStart: week,
		kind: 'reseau',
	})

	week += 2
	const learned = names(context.toAcquire, 2)
	const highlight =
		heldNames.length > 0
			? `ce que vous maîtrisiez déjà (${enumerate(heldNames.slice(0, 2))})`
			: `ce que votre expérience ${de(from)} vous a appris`
	steps.push({
		title: `Candidater comme ${to}`,
		detail: `Un CV qui annonce le nouveau métier avec les mots du ROME, et une lettre qui relie votre parcours au métier visé : mettez en avant ${highlight}${learned.length > 0 ? ` et ce que vous avez appris (${enumerate(learned)})` : ''}.`,
		weeksFromStart: week,
		kind: 'candidature',
	})

	return steps.map((step) => ({
		...step,
		title: typeset(step.title),
		detail: typeset(step.detail),
		...(context.start ? { date: addWeeks(context.start, step.weeksFromStart) } : {}),
	}))
}

function certificationStep(context: PlanContext, diploma: Diploma | null, to: string, week: number): TrajectoryStepDraft {
	const accessLine = context.access ? `Accès au métier selon le ROME : « ${firstSentence(context.access).replace(/\.$/, '')} ».` : ''
	const others = context.diplomas.slice(1).map((other) => other.name)
	const othersLine = others.length > 0 ? ` Autres voies citées : ${enumerate(others)}.` : ''
	const listed = context.certifications.slice(0, 3).map((certification) => `« ${certification.label} »`)
	const listedLine = listed.length > 0 ? ` Certifications du métier dans le ROME : ${enumerate(listed)}.` : ''
	const vae = context.schemes.some((scheme) => scheme.id === 'vae') ? ' Une VAE peut en valider une partie.' : ''
	const rncp = ' Pour financer une certification avec le CPF, vérifiez qu’elle est inscrite au RNCP ou au Répertoire spécifique.'
	if (diploma) {
		const title = /^formation/i.test(diploma.name)
			? `Valider ${diploma.article} ${diploma.name}`
			: /^niveau/i.test(diploma.name)
				? `Atteindre le ${diploma.name}`
				: `Obtenir ${diploma.article} ${diploma.name}`
		return { title, detail: `${accessLine}${othersLine}${listedLine}${vae}${rncp}`.trim(), weeksFromStart: week, kind: 'certification' }
	}
	const required = context.alreadyRequired[0]
	if (required) {
		const extra = listed.length > 0 ? ` Pour faire reconnaître ce que vous ajoutez, le ROME cite aussi : ${enumerate(listed)}.${rncp}` : ''
		return {
			title: 'Faire reconnaître vos nouvelles compétences',
			detail: `Le métier ${de(to)} demande ${required.article} ${required.name}, que votre métier actuel demande aussi : c’est un acquis.${extra} Une attestation de formation et des réalisations concrètes appuieront votre candidature.`,
			weeksFromStart: week,
			kind: 'certification',
		}
	}
	const fallback = listed.length > 0 ? rncp : ' Une certification reconnue rassure les recruteurs, même quand elle n’est pas obligatoire.'
	return {
		title: `Faire reconnaître vos compétences ${de(to)}`,
		detail: `${accessLine}${listedLine}${fallback}`.trim(),
		weeksFromStart: week,
		kind: 'certification',
	}
}

function shortSchemeName(scheme: TrajectoryScheme): string {
	switch (scheme.id) {
		case 'cpf':
			return 'le CPF'
		case 'transitions_pro':
			return 'un projet de transition professionnelle avec Transitions Pro'
		case 'france_travail':
			return 'les aides de France Travail'
		case 'pro_a':
			return 'une période de reconversion avec votre employeur'
		default:
			return scheme.name
	}
}

function names(skills: readonly TrajectorySkill[], count: number): string[] {
	return quoted(skills.slice(0, count).map((skill) => skill.label))
}

function enumerateOr(items: readonly string[]): string {
	if (items.length <= 1) return items.join('')
	return `${items.slice(0, -1).join(', ')} ou ${items.at(-1)}`
}

function clamp(value: number, min: number, max: number): number {
	return Math.min(max, Math.max(min, value))
}

const parisDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' })

/** The Paris day of `start`, plus whole weeks, as yyyy-mm-dd: a plan is about days, not instants. */
function addWeeks(start: Date, weeks: number): string {
	const date = new Date(`${parisDay.format(start)}T12:00:00Z`)
	date.setUTCDate(date.getUTCDate() + weeks * 7)
	return date.toISOString().slice(0, 10)
}
