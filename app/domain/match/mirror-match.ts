// Mirror Match: a CV facing an offer, category by category, each with what
// is found, what is missing and what to do about it.
//
// Scoring, documented because people see the number:
// - Weights: hard skills 0.45, job title 0.15, soft skills 0.15, experience
//   0.15, education 0.10. A category the offer says nothing about (no soft
//   skill listed, no education asked…) weighs 0 and the others share its
//   weight, so silence in the offer never costs points.
// - Skills: a must-have counts twice a nice-to-have. Full credit for the
//   same words, a synonym (same key from the ROME index), an umbrella name
//   (« Pack Office » for Excel and Word) or the offer's telling words in one
//   clause of the CV; half credit (partial) for a ROME skill of the target
//   occupation held through a neighbouring wording (via 'rome'), or for part
//   of a hard skill's telling words (« nettoyage du fournil » for « Nettoyage
//   et entretien du matériel »).
// - Job title: a job in one of the offer's ROME occupations is 100; an
//   internship there 80; a headline, training or project toward it 70 (each
//   further kind of evidence adds 10, up to 85); the same ROME family 55–75;
//   an official ROME mobility from a former job 45–55; intent in the summary 50.
// - Education: the level and the named diploma held, or the level and a
//   training toward the trade, 100; a named diploma in progress 85 when the
//   offer accepts equivalents (65 otherwise); the level alone 60–90 depending
//   on what the offer accepts; below the level, 75 or 50 when the offer
//   accepts a reconversion, 40 or 20 when it does not.
// - Experience: years in the target occupation against the minimum asked,
//   neighbouring occupations at half, projects and internships toward the
//   trade as evidence; when the offer welcomes beginners, evidence is enough.
// - Caps: each missing requirement (a must-have hard skill, a required
//   diploma or level, required years) caps the total: one at 60, two at 50,
//   three or more at 40, and the cap names them. Skills the offer states in
//   one phrase count as one requirement. Soft skills never cap (a CV that
//   does not write « ponctualité » proves nothing), nor does a diploma being
//   validated (its date is what matters).
// Career changers: gaps come with a way forward, never with a verdict, and
// nothing here claims what a recruiter's software will do.
import type { Cv, CvExperience } from '#app/domain/cv/types.ts'
import {
	cvDiplomas,
	cvEducationLevel,
	cvPlainText,
	cvYearsOfExperience,
	isInternshipExperience,
	isProjectExperience,
	type CvDiploma,
} from '#app/domain/cv/text-of.ts'
import { educationRank } from '#app/domain/offer/education.ts'
import type { OfferAnalysis, OfferSkill, RomeCandidate } from '#app/domain/offer/types.ts'
import type { RomeIndex, SkillMention } from '#app/domain/rome/rome-index.ts'
import { analyze, frenchTypography, normalizeText } from '#shared/ai/offline/text.ts'
import { occupationsOfTitle, skillKeyOf, transferableSkills } from './transferable.ts'
import type { MatchCategory, MatchCategoryId, MatchGap, MatchReport, MatchTerm } from './types.ts'

export const categoryWeights: Readonly<Record<MatchCategoryId, number>> = {
	hardSkills: 0.45,
	jobTitle: 0.15,
	softSkills: 0.15,
	experience: 0.15,
	education: 0.1,
}

const categoryTitles: Readonly<Record<MatchCategoryId, string>> = {
	jobTitle: 'Intitulé du poste',
	hardSkills: 'Compétences techniques',
	softSkills: 'Savoir-être',
	education: 'Formation',
	experience: 'Expérience',
}

const categoryOrder: readonly MatchCategoryId[] = ['jobTitle', 'hardSkills', 'softSkills', 'education', 'experience']

/** The cap for 1, 2, 3+ missing must-haves. */
const caps = [60, 50, 40] as const

const typeset = (() => {
	const done = new Map<string, string>()
	return (text: string): string => {
		let typeset = done.get(text)
		if (typeset === undefined) {
			typeset = frenchTypography(text)
			if (done.size >= 5000) done.clear()
			done.set(text, typeset)
		}
		return typeset
	}
})()

function quote(text: string): string {
	return `« ${text} »`
}

function listing(items: string[]): string {
	if (items.length <= 1) return items[0] ?? ''
	return `${items.slice(0, -1).join(', ')} et ${items.at(-1)}`
}

function plural(count: number, one: string, many: string): string {
	return count === 1 ? one : many
}

function years(value: number): string {
	if (value < 1) return `${Math.max(1, Math.round(value * 12))}\u00A0mois`
	const rounded = value >= 2 ? Math.round(value) : Math.round(value * 10) / 10
	return `${String(rounded).replace('.', ',')}\u00A0${rounded >= 2 ? 'ans' : 'an'}`
}

// ---------------------------------------------------------------------------
// What the CV holds

type Evidence = {
	text: string
	folded: string
	/** Skill keys found in the CV, with the CV's own wording. */
	keys: Map<string, string>
	/** ROME skills found in the CV, with the CV's own wording. */
	romeSkills: Map<string, string>
	/** Stems of each clause of the CV (and of each recognised skill's label), for offer wordings gathered in one place. */
	clauses: Clause[]
}

/** named: the canonical label of a recognised skill, standing in for the CV's wording of it. */
type Clause = { text: string; stems: Set<string>; named?: boolean }

function clausesOf(line: string): string[] {
	return line
		.split(/\s*[;,]\s*(?![^(]*\))|\s+[—–-]\s+/)
		.map((clause) => clause.trim())
		.filter(Boolean)
}

function evidenceOf(cv: Cv, index: RomeIndex): Evidence {
	const text = cvPlainText(cv)
	const lines = text.split('\n')
	const keys = new Map<string, string>()
	const romeSkills = new Map<string, string>()
	// A recognised skill also stands for its canonical label: « HACCP » says « hygiène » too.
	const named: Clause[] = []
	const remember = (mention: SkillMention) => {
		const span = mention.spans[0]
		const wording = span ? text.slice(span.start, span.end) : mention.label
		if (!keys.has(mention.key)) keys.set(mention.key, wording)
		if (mention.romeCode && !romeSkills.has(mention.romeCode)) romeSkills.set(mention.romeCode, wording)
		named.push({ text: wording, stems: new Set(analyze(mention.label)), named: true })
	}
	const mentions = index.findSkills(text)
	for (const mention of mentions) remember(mention)
	// Skill-list entries the finder did not recognise still have a key (« Droit social » for « droit du travail »).
	const recognised = new Set(mentions.flatMap((mention) => mention.spans.map((span) => text.lastIndexOf('\n', span.start - 1) + 1)))
	const keywords = new Set(cv.skills.flatMap((group) => group.keywords.map((keyword) => keyword.trim())))
	let offset = 0
	for (const line of lines) {
		if (keywords.has(line) && !recognised.has(offset)) {
			const key = skillKeyOf(index, line)
			if (key && !keys.has(key)) keys.set(key, line)
		}
		offset += line.length + 1
	}
	return {
		text,
		folded: normalizeText(text),
		keys,
		romeSkills,
		clauses: [...lines.flatMap(clausesOf).map((clause) => ({ text: clause, stems: new Set(analyze(clause)) })), ...named],
	}
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

const wordPatterns = new Map<string, RegExp | null>()

/** Does the folded text hold this wording as whole words (« Git » in « Git et GitHub », not in « GitHub » alone)? */
function containsWords(folded: string, wording: string): boolean {
	let pattern = wordPatterns.get(wording)
	if (pattern === undefined) {
		const needle = normalizeText(wording)
		pattern = needle ? new RegExp(`(?:^|[^a-z0-9])${escapeRegExp(needle)}(?![a-z0-9])`) : null
		if (wordPatterns.size >= 5000) wordPatterns.clear()
		wordPatterns.set(wording, pattern)
	}
	return pattern !== null && pattern.test(folded)
}

// Words too common in ROME skill labels to make two of them neighbours.
const genericStems = new Set(
	analyze(
		'réaliser effectuer assurer mettre oeuvre œuvre gérer gestion suivi suivre technique techniques utilisation utiliser outil outils ' +
			'règles respecter respect connaissance connaissances base bases travail travailler activité activités faire preuve ' +
			'organiser contrôler contrôle définir identifier développer développement produit produits informations information ' +
			'données procédures normes méthode méthodes numérique numériques professionnel professionnelle général générale avancé avancée goût',
	),
)

/**
 * Enough of a hard skill's telling words for half credit: most of them, or
 * its head word when specific (« nettoyage du fournil » for « Nettoyage et
 * entretien du matériel »). Never for qualities: « service » is not « sens du service ».
 */
function partlyHeld(core: string[], shared: number, stems: Set<string>): boolean {
	if (core.length < 2) return false
	if (shared >= 2 && shared * 2 >= core.length) return true
	const head = core[0] ?? ''
	return head.length >= 5 && stems.has(head)
}

// Umbrella names an offer uses for tools a CV lists one by one.
const umbrellas: ReadonlyArray<{ name: RegExp; members: readonly string[]; enough: number }> = [
	{
		name: /\b(?:pack|suite|outils?) (?:microsoft )?office\b|\bmicrosoft office\b|\bsuite bureautique\b|\boutils bureautiques\b|\bmicrosoft 365\b/,
		members: ['Excel', 'Word', 'PowerPoint', 'Outlook', 'Access'],
		enough: 2,
	},
	{
		name: /\bgoogle workspace\b|\bsuite google\b/,
		members: ['Google Docs', 'Google Sheets', 'Google Drive', 'Gmail', 'Google Slides'],
		enough: 2,
	},
	{
		name: /\bsuite adobe\b|\badobe creative (?:suite|cloud)\b/,
		members: ['Photoshop', 'Illustrator', 'InDesign', 'Premiere Pro', 'After Effects'],
		enough: 2,
	},
]

function umbrellaHit(skill: OfferSkill, evidence: Evidence): SkillHit | undefined {
	const label = normalizeText(skill.label)
	const umbrella = umbrellas.find((candidate) => candidate.name.test(label))
	if (!umbrella) return undefined
	const held = umbrella.members.filter((member) => containsWords(evidence.folded, member))
	if (held.length < umbrella.enough) return undefined
	return { via: 'synonym', cvWording: held.join(', '), credit: 1 }
}

type SkillHit = { via: 'exact' | 'synonym' | 'rome'; cvWording?: string; credit: number; partial?: boolean }

function findSkill(
	skill: OfferSkill,
	kind: 'hard' | 'soft',
	evidence: Evidence,
	index: RomeIndex,
	targetSkills: Set<string>,
): SkillHit | undefined {
	if (containsWords(evidence.folded, skill.label)) return { via: 'exact', credit: 1 }
	const wording = evidence.keys.get(skill.key)
	if (wording !== undefined) {
		const same = normalizeText(wording) === normalizeText(skill.label)
		return same ? { via: 'exact', credit: 1 } : { via: 'synonym', cvWording: wording, credit: 1 }
	}
	const umbrella = umbrellaHit(skill, evidence)
	if (umbrella) return umbrella
	// The offer's telling words, all in one clause of the CV (« Accessibilité numérique (RGAA) » ↔ « Accessibilité »,
	// « goût du travail en équipe » ↔ « travail en équipe pluridisciplinaire »).
	const stems = [...new Set(analyze(skill.label))]
	const core = [...new Set(analyze(skill.label.replace(/\([^)]*\)/g, ' ')))].filter((stem) => !genericStems.has(stem))
	let partial: string | undefined
	if (core.length && stems.length <= 6) {
		let best: string | undefined
		let bestShared = 0
		for (const clause of evidence.clauses) {
			// A quality is read in the person's words only: « management » does not say « travail en équipe ».
			if (clause.named && kind === 'soft') continue
			const shared = core.filter((stem) => clause.stems.has(stem)).length
			if (shared === core.length && (!best || clause.text.length < best.length)) best = clause.text
			else if (kind === 'hard' && !clause.named && shared > bestShared && partlyHeld(core, shared, clause.stems)) {
				partial = clause.text
				bestShared = shared
			}
		}
		if (best) return { via: 'synonym', cvWording: best, credit: 1 }
	}
	// A ROME skill of the same occupation, held through a neighbouring wording.
	if (skill.romeCode && targetSkills.size) {
		const wanted = new Set(stems.filter((stem) => !genericStems.has(stem)))
		for (const [code, cvWording] of evidence.romeSkills) {
			if (code === skill.romeCode || !targetSkills.has(code)) continue
			const label = index.skill(code)?.label ?? ''
			if (analyze(label).some((stem) => wanted.has(stem))) return { via: 'rome', cvWording, credit: 0.5, partial: true }
		}
	}
	// Half of the offer's telling words in one clause (« nettoyage du fournil » for « Nettoyage et entretien du matériel »).
	if (partial) return { via: 'synonym', cvWording: partial, credit: 0.5, partial: true }
	return undefined
}

// ---------------------------------------------------------------------------
// Advice

function skillAdvice(skill: OfferSkill, kind: 'hard' | 'soft'): string {
	const label = quote(skill.label)
	if (kind === 'soft') {
		return typeset(
			`Si c'est une de vos qualités, montrez-la par un exemple concret tiré de votre parcours (une situation, ce que vous avez fait, le résultat) plutôt que par le mot seul ; reprenez le mot de l'offre, ${label}.`,
		)
	}
	if (skill.mustHave && skill.tool) {
		return typeset(
			`C'est exigé : si vous avez déjà utilisé ${skill.label}, écrivez-le explicitement dans votre CV, dans l'expérience ou le projet où vous vous en êtes servi ; sinon, suivez un tutoriel ou un module court sur ${skill.label} et montrez-le dans un petit projet.`,
		)
	}
	if (skill.mustHave) {
		return typeset(
			`C'est exigé : si vous l'avez pratiqué, écrivez-le explicitement dans votre CV avec les mots de l'offre (${label}) ; sinon, une formation courte ou une période d'immersion (PMSMP) peut vous permettre de l'acquérir.`,
		)
	}
	if (skill.tool) {
		return typeset(
			`Suivez un tutoriel ou un module court sur ${skill.label} et montrez-le dans un projet : c'est un plus pour cette offre, pas une condition.`,
		)
	}
	return typeset(
		`Si vous l'avez déjà pratiqué, même hors emploi, mentionnez-le avec les mots de l'offre (${label}) ; sinon, c'est un point à développer, pas un obstacle.`,
	)
}

// ---------------------------------------------------------------------------
// Categories

/** mustHaveGaps: missing requirements, grouped when the offer states them in one phrase. */
type Built = { category: MatchCategory; evaluated: boolean; mustHaveGaps: MatchGap[][] }

function overlaps(a: OfferSkill, b: OfferSkill): boolean {
	return a.spans.some((one) => b.spans.some((other) => one.start < other.end && other.start < one.end))
}

/** « Gestion des fermentations et des commandes de matières premières » read as two skills is still one requirement. */
function requirementsOf(skills: OfferSkill[]): OfferSkill[][] {
	const groups: OfferSkill[][] = []
	for (const skill of skills) {
		const joined = groups.filter((group) => group.some((other) => overlaps(skill, other)))
		const merged = [...joined.flat(), skill]
		for (const group of joined) groups.splice(groups.indexOf(group), 1)
		groups.push(merged)
	}
	return groups
}

function skillCategory(
	id: 'hardSkills' | 'softSkills',
	skills: OfferSkill[],
	evidence: Evidence,
	index: RomeIndex,
	targetSkills: Set<string>,
): Built & { missingMustHaves: OfferSkill[] } {
	const kind = id === 'hardSkills' ? 'hard' : 'soft'
	const found: MatchTerm[] = []
	const missing: MatchGap[] = []
	const missingMustHaves: OfferSkill[] = []
	let earned = 0
	let possible = 0
	for (const skill of skills) {
		const weight = skill.mustHave ? 2 : 1
		possible += weight
		const hit = findSkill(skill, kind, evidence, index, targetSkills)
		const term: MatchTerm = { label: skill.label, key: skill.key, mustHave: skill.mustHave }
		if (hit) {
			earned += weight * hit.credit
			found.push({
				...term,
				via: hit.via,
				...(hit.cvWording ? { cvWording: hit.cvWording } : {}),
				...(hit.partial ? { partial: true } : {}),
			})
		} else {
			missing.push({ ...term, advice: skillAdvice(skill, kind) })
			if (skill.mustHave && kind === 'hard') missingMustHaves.push(skill)
		}
	}
	const score = possible ? Math.round((100 * earned) / possible) : 100
	const gaps = new Map(missing.map((gap) => [gap.key, gap]))
	const mustHaveGaps = requirementsOf(missingMustHaves).map((group) => group.flatMap((skill) => gaps.get(skill.key) ?? []))
	return {
		category: {
			id,
			title: categoryTitles[id],
			score,
			weight: categoryWeights[id],
			found,
			missing,
			summary: typeset(skillSummary(kind, found.length, skills.length, mustHaveGaps.length)),
		},
		evaluated: skills.length > 0,
		mustHaveGaps,
		missingMustHaves,
	}
}

function skillSummary(kind: 'hard' | 'soft', found: number, asked: number, missingRequirements: number): string {
	if (!asked) return 'L’offre ne cite pas de compétence de ce type.'
	if (kind === 'soft') {
		if (found === 0) return `Les qualités attendues n’apparaissent pas telles quelles dans votre CV : elles se montrent par des exemples.`
		const rest = found < asked ? ', les autres se montrent par des exemples' : ''
		return found === 1
			? `1 qualité attendue sur ${asked} apparaît dans votre CV${rest}.`
			: `${found} qualités attendues sur ${asked} apparaissent dans votre CV${rest}.`
	}
	const note = missingRequirements
		? ` ; ${plural(missingRequirements, 'une exigence n’y figure pas encore', `${missingRequirements} exigences n’y figurent pas encore`)}`
		: ''
	if (found === 0 && asked === 1) return `La compétence technique demandée par l’offre n’apparaît pas encore dans votre CV${note}.`
	if (found === 0) return `Aucune des ${asked} compétences techniques demandées par l’offre n’apparaît encore dans votre CV${note}.`
	return found === 1
		? `1 compétence technique sur ${asked} demandées par l’offre se retrouve dans votre CV${note}.`
		: `${found} compétences techniques sur ${asked} demandées par l’offre se retrouvent dans votre CV${note}.`
}

type TitleSource = 'job' | 'internship' | 'headline' | 'training' | 'project' | 'intent'

type Occupations = {
	/** The offer's occupations (best first) and their families (first three characters). */
	target: RomeCandidate[]
	codes: Set<string>
	families: Set<string>
	/** ROME code of each experience's position, when recognised. */
	ofExperience: Map<CvExperience, RomeCandidate | undefined>
	classify(text: string): RomeCandidate[]
}

function occupationsOf(cv: Cv, offer: OfferAnalysis, index: RomeIndex): Occupations {
	const best = offer.rome[0]?.score ?? 0
	const target = offer.rome.filter((candidate, rank) => rank === 0 || (rank < 3 && candidate.score >= best * 0.8))
	const classify = (text: string) => occupationsOfTitle(index, text)
	const ofExperience = new Map<CvExperience, RomeCandidate | undefined>()
	for (const experience of cv.experiences) ofExperience.set(experience, classify(experience.position)[0])
	return {
		target,
		codes: new Set(target.map((candidate) => candidate.code)),
		families: new Set(target.map((candidate) => candidate.code.slice(0, 3))),
		ofExperience,
		classify,
	}
}

type Closeness = 'same' | 'family' | undefined

function closeness(candidates: RomeCandidate[], occupations: Occupations): Closeness {
	if (candidates.some((candidate) => occupations.codes.has(candidate.code))) return 'same'
	const top = candidates[0]
	if (top && occupations.families.has(top.code.slice(0, 3))) return 'family'
	return undefined
}

/** A general diploma or a driving licence names no trade: no need to look it up among ROME job titles. */
function namesATrade(title: string): boolean {
	return !/^(?:baccalaureat|bac)(?: (?:general|scientifique|s|es|l|litteraire|economique et social))?\b(?! pro)|^brevet des colleges|^diplome national du brevet|^permis\b/.test(
		normalizeText(title),
	)
}

function headlineParts(headline: string | undefined): string[] {
	if (!headline) return []
	return [headline, ...headline.split(/\s*[,;(|]\s*|\s+[—–-]\s+|\s+(?:en reconversion|en transition|vers|ex-)\s*/)].filter(
		(part) => part.trim().length > 2,
	)
}

function jobTitleCategory(cv: Cv, offer: OfferAnalysis, index: RomeIndex, occupations: Occupations): Built {
	const found: MatchTerm[] = []
	const missing: MatchGap[] = []
	const offerTitle = offer.title ?? occupations.target[0]?.label ?? null
	if (!offerTitle) {
		return {
			category: {
				id: 'jobTitle',
				title: categoryTitles.jobTitle,
				score: 100,
				weight: categoryWeights.jobTitle,
				found,
				missing,
				summary: 'L’offre ne précise pas d’intitulé de poste.',
			},
			evaluated: false,
			mustHaveGaps: [],
		}
	}
	const key = `titre:${occupations.target[0]?.code ?? normalizeText(offerTitle)}`
	const evidence: { source: TitleSource; closeness: 'same' | 'family'; wording: string }[] = []
	const consider = (source: TitleSource, wording: string, candidates: RomeCandidate[]) => {
		const near = closeness(candidates, occupations)
		if (near) evidence.push({ source, closeness: near, wording })
	}
	for (const experience of cv.experiences) {
		const source: TitleSource = isProjectExperience(experience) ? 'project' : isInternshipExperience(experience) ? 'internship' : 'job'
		consider(source, experience.position, occupations.classify(experience.position))
	}
	for (const part of headlineParts(cv.headline)) consider('headline', part, occupations.classify(part))
	for (const title of [...cv.education.map((education) => education.title), ...cv.certifications].filter(namesATrade)) {
		consider('training', title, occupations.classify(title))
	}
	// « je deviens boulanger »: the target's own name in the person's words.
	const targetLabel = occupations.target[0]?.label
	if (targetLabel) {
		const names = targetLabel.split('/').map((name) => analyze(name.replace(/\(.*?\)/g, '')))
		const said = new Set(analyze(`${cv.summary ?? ''} ${cv.headline ?? ''}`))
		if (names.some((stems) => stems.length > 0 && stems.every((stem) => said.has(stem)))) {
			evidence.push({ source: 'intent', closeness: 'same', wording: cv.summary ?? cv.headline ?? '' })
		}
	}

	const points = (item: (typeof evidence)[number]): number => {
		if (item.closeness === 'same') return { job: 100, internship: 80, headline: 70, training: 70, project: 70, intent: 50 }[item.source]
		return { job: 75, internship: 60, headline: 55, training: 55, project: 55, intent: 40 }[item.source]
	}
	let score = 0
	let best: (typeof evidence)[number] | undefined
	for (const item of evidence) {
		if (points(item) > score) {
			score = points(item)
			best = item
		}
	}
	// Training, an internship and projects together say more than one of them.
	const kinds = new Set(evidence.filter((item) => item.source !== 'job' && item.closeness === 'same').map((item) => item.source))
	if (score < 100 && kinds.size >= 2) score = Math.max(score, Math.min(85, score + 10 * (kinds.size - 1)))

	// An official ROME passerelle from a former job.
	let mobility: { from: string; position: string; rank: number } | undefined
	for (const [experience, occupation] of occupations.ofExperience) {
		if (!occupation || occupations.codes.has(occupation.code) || isProjectExperience(experience) || isInternshipExperience(experience))
			continue
		for (const edge of index.mobilitiesFrom(occupation.code)) {
			if (occupations.codes.has(edge.toCode) && (!mobility || edge.rank < mobility.rank)) {
				mobility = { from: index.occupation(occupation.code)?.label ?? experience.position, position: experience.position, rank: edge.rank }
			}
		}
	}
	const mobilityPoints = mobility ? (mobility.rank <= 3 ? 55 : 45) : 0
	if (mobilityPoints > score) score = mobilityPoints

	if (best) {
		const literal = containsWords(normalizeText(best.wording), offerTitle)
		const via = best.source === 'job' && best.closeness === 'same' ? (literal ? 'exact' : 'synonym') : 'rome'
		found.push({ label: offerTitle, key, via, ...(best.source === 'intent' ? {} : { cvWording: best.wording }) })
	}
	const showsTarget = evidence.some((item) => item.closeness === 'same' && item.source !== 'intent')
	if (mobility && !showsTarget) {
		found.push({
			label: typeset(`Passerelle ROME depuis ${quote(mobility.from)}`),
			key: `${key}:passerelle`,
			via: 'rome',
			cvWording: mobility.position,
		})
	}
	if (!showsTarget) {
		missing.push({
			label: offerTitle,
			key,
			advice: typeset(
				`Donnez à votre CV un titre tourné vers le poste visé (par exemple ${quote(`${offerTitle} en reconversion`)}) et placez en tête ce qui vous en rapproche : formation, stage, projets.`,
			),
		})
	}
	const summary =
		score >= 100
			? 'Vous avez déjà exercé ce métier : c’est écrit dans votre CV.'
			: best?.closeness === 'same' && best.source !== 'intent'
				? 'Votre CV montre un chemin vers ce métier (formation, stage ou projets), ce qui compte pour une reconversion.'
				: best?.closeness === 'family' && best.source === 'job'
					? 'Vous avez exercé un métier voisin de celui-ci.'
					: mobility
						? 'Votre métier actuel est une passerelle reconnue par le ROME vers celui-ci.'
						: score > 0
							? 'Votre CV s’approche de ce métier sans le nommer encore.'
							: 'Votre CV ne fait pas encore le lien avec ce métier.'
	return {
		category: {
			id: 'jobTitle',
			title: categoryTitles.jobTitle,
			score,
			weight: categoryWeights.jobTitle,
			found,
			missing,
			summary: typeset(summary),
		},
		evaluated: true,
		mustHaveGaps: [],
	}
}

function holdsDiploma(diplomas: CvDiploma[], named: string): CvDiploma | undefined {
	const wanted = analyze(named.replace(/\b(?:titre|rncp|diplome|diplôme)\b/gi, ''))
	if (!wanted.length) return undefined
	return diplomas.find((diploma) => {
		const held = new Set(analyze(diploma.title))
		return wanted.every((stem) => held.has(stem))
	})
}

function reconversionAdviceOr(equivalentAccepted: boolean): string {
	return typeset(
		equivalentAccepted
			? `L'offre accepte une reconversion : si vous suivez ou visez une formation vers ce métier, indiquez-la en tête de la rubrique Formation, avec ses dates.`
			: `Votre niveau convient ; une formation courte vers ce métier (finançable par le CPF) renforcera votre candidature.`,
	)
}

function educationCategory(cv: Cv, offer: OfferAnalysis, occupations: Occupations, now: Date): Built {
	const asked = offer.education
	const base = { id: 'education' as const, title: categoryTitles.education, weight: categoryWeights.education }
	if (!asked) {
		return {
			category: { ...base, score: 100, found: [], missing: [], summary: 'L’offre ne demande pas de diplôme particulier.' },
			evaluated: false,
			mustHaveGaps: [],
		}
	}
	const diplomas = cvDiplomas(cv, now)
	const level = cvEducationLevel(cv, now)
	const levelOk = asked.level === 'aucun' || educationRank(level) >= educationRank(asked.level)
	// « CAP » and « CAP Boulanger » name one diploma: keep the most specific.
	const named = asked.diplomas.filter(
		(name, position, all) =>
			!all.some((other, at) => at !== position && other !== name && normalizeText(other).includes(normalizeText(name))),
	)
	const namedHeld = [...named].sort((a, b) => b.length - a.length).map((named) => ({ named, diploma: holdsDiploma(diplomas, named) }))
	const obtained = namedHeld.find((entry) => entry.diploma && !entry.diploma.inProgress)
	const inProgress = namedHeld.find((entry) => entry.diploma?.inProgress)
	const toward = diplomas.find((diploma) => namesATrade(diploma.title) && closeness(occupations.classify(diploma.title), occupations))
	const found: MatchTerm[] = []
	const missing: MatchGap[] = []
	const best = diplomas.filter((diploma) => !diploma.inProgress && diploma.level === level).map((diploma) => diploma.title)[0]
	if (best && level !== 'aucun') found.push({ label: `${best} (${level})`, key: `niveau:${level}`, via: 'exact' })
	if (obtained?.diploma)
		found.push({ label: obtained.named, key: `diplome:${normalizeText(obtained.named)}`, via: 'exact', cvWording: obtained.diploma.title })
	if (inProgress?.diploma) {
		found.push({
			label: `${inProgress.named} (en cours)`,
			key: `diplome:${normalizeText(inProgress.named)}`,
			via: 'synonym',
			cvWording: inProgress.diploma.title,
		})
	} else if (toward && toward.title !== best && !obtained) {
		found.push({ label: toward.title, key: `formation:${normalizeText(toward.title)}`, via: 'rome' })
	}

	const wantedLabel = named.length ? named.join(' ou ') : asked.level
	const wantedKey = `diplome:${normalizeText(named[0] ?? asked.level)}`
	const training = toward
	const reconversionAdvice = typeset(
		training
			? `L'offre accepte une reconversion : mettez en avant votre formation ${quote(training.title)} en tête de la rubrique Formation, avec ses dates et son niveau (titre RNCP, bootcamp, CPF).`
			: `L'offre accepte une reconversion : mettez en avant votre titre RNCP, votre bootcamp ou la formation que vous visez, et l'expérience qui s'en approche.`,
	)
	const missingAdvice = typeset(
		`L'offre demande ${wantedLabel}${asked.mustHave ? ' (exigé)' : ''}. Si vous l'avez, vérifiez qu'il figure clairement dans votre CV ; sinon, une validation des acquis de l'expérience (VAE) ou une formation financée par le CPF peut vous y mener.`,
	)
	let score: number
	let summary: string
	let unmetMustHave = false
	if (levelOk && (obtained || (!named.length && (toward || asked.level === 'aucun')))) {
		score = 100
		summary = 'Votre formation répond à ce que demande l’offre.'
	} else if (inProgress?.diploma) {
		// A diploma being validated is a date to show, not a missing requirement: it never caps.
		score = asked.equivalentAccepted ? 85 : 65
		summary = asked.equivalentAccepted
			? `Votre ${inProgress.diploma.title} est en cours, et l’offre accepte un diplôme en cours d’obtention.`
			: `Votre ${inProgress.diploma.title} est en cours : sa date d’obtention prévue comptera pour le recruteur.`
		missing.push({
			label: `${inProgress.named} obtenu`,
			key: `${wantedKey}:obtenu`,
			advice: typeset(
				`Votre ${quote(inProgress.diploma.title)} est en cours : indiquez la date prévue d'obtention (session, mois) pour que le recruteur la voie tout de suite.`,
			),
		})
	} else if (levelOk) {
		if (!named.length) {
			score = 75
			summary = 'Votre niveau d’études répond à l’offre ; une formation dans le domaine du poste serait un plus.'
			missing.push({
				label: 'Formation dans le domaine du poste',
				key: 'formation:domaine',
				advice: reconversionAdviceOr(asked.equivalentAccepted),
			})
		} else if (asked.equivalentAccepted) {
			score = training ? 90 : 75
			summary = 'Votre niveau d’études convient, et l’offre accepte un parcours de reconversion à la place du diplôme cité.'
			missing.push({ label: wantedLabel, key: wantedKey, advice: reconversionAdvice })
		} else {
			score = 60
			unmetMustHave = asked.mustHave
			summary = `Votre niveau d’études convient, mais l’offre demande ${wantedLabel}, que votre CV ne mentionne pas.`
			missing.push({ label: wantedLabel, key: wantedKey, mustHave: asked.mustHave, advice: missingAdvice })
		}
	} else if (asked.equivalentAccepted) {
		score = training ? 75 : 50
		summary = training
			? 'L’offre accepte une reconversion, et votre CV montre une formation dans ce sens.'
			: 'L’offre accepte une reconversion ou une expérience équivalente à la place du diplôme.'
		missing.push({ label: wantedLabel, key: wantedKey, advice: reconversionAdvice })
	} else {
		score = educationRank(asked.level) - educationRank(level) === 1 ? 40 : 20
		unmetMustHave = asked.mustHave
		summary = `L’offre demande ${wantedLabel} ; votre CV montre ${level === 'aucun' ? 'un autre parcours' : `un niveau ${level}`}.`
		missing.push({ label: wantedLabel, key: wantedKey, mustHave: asked.mustHave, advice: missingAdvice })
	}
	return {
		category: { ...base, score, found, missing, summary: typeset(summary) },
		evaluated: true,
		mustHaveGaps: unmetMustHave ? [missing.filter((gap) => gap.mustHave)] : [],
	}
}

function experienceCategory(
	cv: Cv,
	offer: OfferAnalysis,
	index: RomeIndex,
	occupations: Occupations,
	now: Date,
	heldSkills: string[],
): Built {
	const asked = offer.experience
	const base = { id: 'experience' as const, title: categoryTitles.experience, weight: categoryWeights.experience }
	const mobilityTargets = new Set<string>()
	const kindOf = (experience: CvExperience): 'same' | 'near' | 'other' => {
		const occupation = occupations.ofExperience.get(experience)
		if (!occupation) return 'other'
		if (occupations.codes.has(occupation.code)) return 'same'
		if (occupations.families.has(occupation.code.slice(0, 3))) return 'near'
		if (!mobilityTargets.has(occupation.code) && index.mobilitiesFrom(occupation.code).some((edge) => occupations.codes.has(edge.toCode))) {
			mobilityTargets.add(occupation.code)
		}
		return mobilityTargets.has(occupation.code) ? 'near' : 'other'
	}
	const tally = cvYearsOfExperience(cv, now, kindOf)
	const total = tally.total
	const inTarget = tally.byOccupation.find((entry) => entry.key === 'same')?.years ?? 0
	const near = tally.byOccupation.find((entry) => entry.key === 'near')?.years ?? 0
	// A project counts toward the trade when its title says so, or when it shows two of the skills the offer asks for.
	const showsSkills = (experience: CvExperience) => {
		const folded = normalizeText([experience.position, experience.summary ?? '', ...experience.highlights].join(' \n '))
		return heldSkills.filter((wording) => containsWords(folded, wording)).length >= 2
	}
	const practice = cv.experiences.filter(
		(experience) =>
			(isProjectExperience(experience) || isInternshipExperience(experience)) &&
			(kindOf(experience) !== 'other' || showsSkills(experience)),
	)
	const found: MatchTerm[] = []
	const missing: MatchGap[] = []
	if (total > 0) found.push({ label: `${years(total)} d’expérience professionnelle`, key: 'experience:total', via: 'exact' })
	if (inTarget > 0 && occupations.target[0]) {
		found.push({ label: `${years(inTarget)} dans le métier visé`, key: 'experience:metier', via: 'exact' })
	}
	if (near > 0) found.push({ label: `${years(near)} dans un métier voisin`, key: 'experience:voisin', via: 'rome' })
	for (const experience of practice) {
		const kind = isProjectExperience(experience) ? 'Projet' : 'Stage'
		found.push({ label: `${kind} : ${experience.position}`, key: `experience:${normalizeText(experience.position)}`, via: 'rome' })
	}
	if (!asked) {
		return {
			category: {
				...base,
				score: 100,
				found: found.map(typesetTerm),
				missing,
				summary: 'L’offre ne demande pas d’expérience particulière.',
			},
			evaluated: false,
			mustHaveGaps: [],
		}
	}
	const evidence = Math.min(1, 0.25 * practice.length)
	const effective = inTarget + 0.5 * near + evidence
	let score: number
	let unmet = false
	if (asked.minYears <= 0) score = inTarget > 0 || practice.length ? 100 : near > 0 ? 85 : total > 0 || asked.beginnerAccepted ? 70 : 50
	else {
		score = Math.round(100 * Math.min(1, effective / asked.minYears))
		if (asked.beginnerAccepted) score = Math.max(score, practice.length || inTarget > 0 ? 80 : 60)
		unmet = asked.mustHave && !asked.beginnerAccepted && effective < asked.minYears * 0.5
	}
	const advice = typeset(
		`Valorisez vos projets et stages comme de l'expérience : une ligne par projet, avec ce que vous avez fait, les outils utilisés et le résultat${near > 0 || total > 0 ? ' ; montrez aussi ce que votre expérience passée a en commun avec ce poste' : ''}.`,
	)
	if (asked.minYears > 0 && effective < asked.minYears) {
		missing.push({
			label: `${years(asked.minYears)} d’expérience dans le métier`,
			key: 'experience:annees',
			mustHave: asked.mustHave && !asked.beginnerAccepted,
			advice,
		})
	} else if (asked.minYears <= 0 && !practice.length && inTarget === 0) {
		missing.push({ label: 'Une première pratique du métier', key: 'experience:pratique', advice })
	}
	const summary =
		inTarget >= Math.max(asked.minYears, 0.5)
			? `Vous avez ${years(inTarget)} d’expérience dans ce métier.`
			: asked.beginnerAccepted
				? practice.length
					? 'L’offre accepte les débutants, et vos projets ou stages montrent une première pratique.'
					: 'L’offre accepte les débutants : une première pratique (projet, stage, immersion) fera la différence.'
				: asked.minYears > 0
					? `L’offre demande ${years(asked.minYears)} d’expérience ; ${effective > 0 ? 'votre parcours s’en approche en partie' : 'votre CV n’en montre pas encore dans ce métier'}.`
					: 'Votre expérience passée compte ; reliez-la au poste.'
	return {
		category: { ...base, score, found: found.map(typesetTerm), missing, summary: typeset(summary) },
		evaluated: true,
		mustHaveGaps: unmet ? [missing.filter((gap) => gap.mustHave)] : [],
	}
}

function typesetTerm(term: MatchTerm): MatchTerm {
	return { ...term, label: typeset(term.label) }
}

// ---------------------------------------------------------------------------

function firstAction(gap: MatchGap, category: MatchCategoryId): string {
	if (category === 'hardSkills' && gap.mustHave) return `montrez ${quote(gap.label)} dans votre CV, c'est une exigence de l'offre`
	if (category === 'education' && /obtenu$/.test(gap.label)) return `indiquez la date d'obtention prévue de votre diplôme`
	if (category === 'education') return `mettez en avant la formation qui vous mène à ce métier`
	if (category === 'hardSkills') return `ajoutez ${quote(gap.label)} à votre CV, même à travers un petit projet`
	if (category === 'experience') return `présentez vos projets et stages comme de l'expérience`
	if (category === 'jobTitle') return `donnez à votre CV un titre tourné vers ce poste`
	return `illustrez ${quote(gap.label)} par un exemple concret`
}

function summaryOf(report: Omit<MatchReport, 'summary'>, offer: OfferAnalysis, categories: MatchCategory[]): string {
	const title = offer.title ?? offer.rome[0]?.label
	const about = title ? `cette offre de ${title}` : 'cette offre'
	const sentences: string[] = []
	if (report.score >= 75) sentences.push(`Votre CV répond bien à ${about} (${report.score}/100).`)
	else if (report.score >= 55) sentences.push(`Votre CV rejoint ${about} sur plusieurs points (${report.score}/100).`)
	else if (report.score >= 35) sentences.push(`Votre CV rejoint ${about} sur une partie des attentes (${report.score}/100).`)
	else sentences.push(`${capitalize(about)} demande surtout des compétences que votre CV ne montre pas encore (${report.score}/100).`)

	const hard = categories.find((category) => category.id === 'hardSkills')
	const strengths = [...(hard?.found ?? []), ...(categories.find((category) => category.id === 'softSkills')?.found ?? [])]
		.filter((term) => term.via !== 'rome')
		.sort((a, b) => Number(Boolean(b.mustHave)) - Number(Boolean(a.mustHave)))
		.slice(0, 4)
		.map((term) => term.label)
	if (strengths.length) sentences.push(`Vos atouts pour ce poste : ${listing(strengths)}.`)
	else if (report.transferable[0]) sentences.push(`Votre parcours apporte déjà : ${report.transferable[0].to}.`)

	const priority: MatchCategoryId[] = ['hardSkills', 'education', 'experience', 'jobTitle', 'softSkills']
	let action: string | undefined
	// Requirements first (those that cap the score), then the weightiest category's first gap.
	for (const id of ['hardSkills', 'education', 'experience'] as const) {
		const category = categories.find((candidate) => candidate.id === id)
		const gap = category?.missing.find((candidate) => candidate.mustHave) ?? undefined
		if (category && gap) {
			action = firstAction(gap, id)
			break
		}
	}
	if (!action) {
		for (const id of priority) {
			const category = categories.find((candidate) => candidate.id === id)
			const gap = category?.missing[0]
			if (category && gap && category.weight > 0) {
				action = firstAction(gap, id)
				break
			}
		}
	}
	if (report.score < 35) {
		sentences.push(
			'C’est un écart de parcours, pas un jugement sur vous : pour viser ce métier, regardez d’abord les formations et les passerelles qui y mènent.',
		)
	} else if (action) sentences.push(`En premier : ${action}.`)
	else sentences.push('Votre CV couvre l’essentiel : reliez maintenant votre parcours au poste dans votre lettre.')
	return typeset(sentences.join(' '))
}

function capitalize(text: string): string {
	return text.charAt(0).toLocaleUpperCase('fr') + text.slice(1)
}

/**
 * Mirror Match: how a CV meets an offer, category by category, with a score
 * (capped when must-haves are missing), what to do about each gap, the
 * transferable skills for the letter and a short summary.
 */
export function matchCvToOffer(cv: Cv, offer: OfferAnalysis, index: RomeIndex, options: { now?: Date } = {}): MatchReport {
	const now = options.now ?? new Date()
	const evidence = evidenceOf(cv, index)
	const occupations = occupationsOf(cv, offer, index)
	const targetSkills = new Set<string>()
	for (const candidate of occupations.target) for (const { skill } of index.skillsOf(candidate.code)) targetSkills.add(skill.code)

	const hard = skillCategory('hardSkills', offer.hardSkills, evidence, index, targetSkills)
	const soft = skillCategory('softSkills', offer.softSkills, evidence, index, targetSkills)
	const built: Record<MatchCategoryId, Built> = {
		jobTitle: jobTitleCategory(cv, offer, index, occupations),
		hardSkills: hard,
		softSkills: soft,
		education: educationCategory(cv, offer, occupations, now),
		experience: experienceCategory(
			cv,
			offer,
			index,
			occupations,
			now,
			hard.category.found.map((term) => term.cvWording ?? term.label),
		),
	}

	const evaluatedWeight = categoryOrder.reduce((sum, id) => sum + (built[id].evaluated ? categoryWeights[id] : 0), 0)
	const categories = categoryOrder.map((id) => ({
		...built[id].category,
		weight: built[id].evaluated && evaluatedWeight > 0 ? Math.round((categoryWeights[id] / evaluatedWeight) * 1000) / 1000 : 0,
	}))
	const raw = categories.reduce((sum, category) => sum + category.score * category.weight, 0)
	let score = Math.round(evaluatedWeight > 0 ? raw : 0)

	const mustHaveGaps = categoryOrder.flatMap((id) => built[id].mustHaveGaps)
	let cap: MatchReport['cap'] = null
	if (mustHaveGaps.length) {
		const value = caps[Math.min(mustHaveGaps.length, caps.length) - 1] ?? 40
		const names = listing(mustHaveGaps.map((group) => group.map((gap) => gap.label).join(' / ')))
		const reason =
			mustHaveGaps.length === 1
				? `Il manque une exigence de l'offre : ${names}. Le score est plafonné à ${value} tant qu'elle n'apparaît pas dans votre CV.`
				: `Il manque ${mustHaveGaps.length} exigences de l'offre : ${names}. Le score est plafonné à ${value} tant qu'elles n'apparaissent pas dans votre CV.`
		cap = { value, reason: typeset(reason) }
		score = Math.min(score, value)
	}

	const transferable = transferableSkills(cv, offer, index)
	const found = [
		...new Set(
			categories.filter((category) => category.id !== 'experience').flatMap((category) => category.found.map((term) => term.label)),
		),
	]
	const missing = [...new Set(categories.flatMap((category) => category.missing.map((gap) => gap.label)))]
	const partial = { score, cap, categories, found, missing, missingMustHaves: hard.missingMustHaves, transferable }
	return { ...partial, summary: summaryOf(partial, offer, categories) }
}
