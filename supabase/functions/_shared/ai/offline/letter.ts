// The offline letter writer: a cover letter for a career change, written from
// the same brief Gemini gets, with templates. What makes such a letter work is
// fixed in its structure: the change stated head-on in the first paragraph,
// former skills translated into the new trade's words, strengths with their
// proof, gaps named with how they close, the company in its own words, a
// concrete ask. Each paragraph role has several wordings per tone, chosen from
// a hash of the brief (and of the variant asked), so the same brief always
// gives the same letter and « Régénérer » gives another one. Sentences are
// added or left out until the letter is near the length asked.
import { countWords, letterParagraphs, letterWordTargets, paragraphToRewrite } from '../letter-text.ts'
import type { LetterBrief, LetterLength, LetterTask, LetterTone } from '../types.ts'
import { analyze, frenchTypography, normalizeText } from './text.ts'

// ——— Small French helpers ———

/** Elision before a vowel or a mute h: « d’infirmière », « qu’assistante ». */
function elides(word: string): boolean {
	return /^[aeiouyhàâäéèêëîïôöùûüœæ]/i.test(word.trim())
}

function de(phrase: string): string {
	return elides(phrase) ? `d’${phrase}` : `de ${phrase}`
}

function capitalize(text: string): string {
	return text.charAt(0).toLocaleUpperCase('fr') + text.slice(1)
}

/** « a », « a et b », « a, b et c »; « ainsi que » when a listed thing already holds an « et » (« HTML5 et CSS3 »). */
function joinFr(items: readonly string[], kind: 'things' | 'clauses' = 'things'): string {
	if (items.length <= 1) return items[0] ?? ''
	const last = kind === 'things' && items.some((item) => /\set\s/.test(item)) ? 'ainsi que' : 'et'
	return `${items.slice(0, -1).join(', ')} ${last} ${items.at(-1)}`
}

function withoutFinalStop(text: string): string {
	return text.trim().replace(/[\s.;,:…]+$/u, '')
}

/**
 * A wording from a list (« Gestion des urgences », « Rigueur ») as it reads
 * inside a sentence: the capital of an ordinary first word goes, names and
 * acronyms keep theirs (« React », « TypeScript », « HTML5 »).
 */
function inSentence(phrase: string): string {
	const text = withoutFinalStop(phrase)
	const first = text.split(/\s+/)[0] ?? ''
	if (!/^\p{Lu}[\p{Ll}’'-]+$/u.test(first)) return text
	const second = text.split(/\s+/)[1]
	const ordinary =
		(second !== undefined && /^\p{Ll}/u.test(second)) ||
		/[àâäéèêëîïôöùûüç]/i.test(first) ||
		/(?:tion|sion|ment|ité|eur|euse|ence|ance|age|isme|ude|esse|ie|ure|ise|oire|ien|ier|ière|eux|ive|if)s?$/i.test(first)
	return ordinary ? first.charAt(0).toLocaleLowerCase('fr') + text.slice(1) : text
}

/** A trade in a sentence: job names are common nouns, so the capital goes unless the word is an acronym or a brand. */
function tradeInSentence(phrase: string): string {
	const text = withoutFinalStop(phrase)
	const first = text.split(/\s+/)[0] ?? ''
	return /^\p{Lu}[\p{Ll}’'-]+$/u.test(first) ? first.charAt(0).toLocaleLowerCase('fr') + text.slice(1) : text
}

const units = 'zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize'.split(' ')
const tens = ['', 'dix', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante']

/** Numbers a letter writes in words, up to 69 (« vingt-deux », « trente et un »); digits beyond. */
function inWords(count: number): string {
	if (count <= 16) return units[count] ?? String(count)
	if (count >= 70) return String(count)
	const ten = Math.floor(count / 10)
	const unit = count % 10
	const tenWord = tens[ten] ?? ''
	if (unit === 0) return tenWord
	if (ten === 1) return `dix-${units[unit]}`
	return unit === 1 ? `${tenWord} et un` : `${tenWord}-${units[unit]}`
}

function years(count: number): string {
	return count === 1 ? 'un an' : `${inWords(count)} ans`
}

/** Words of a list, quoted, for sentences whose grammar would otherwise need an article (« “gestion des urgences” devient “priorisation” »). */
function quoted(text: string): string {
	return `« ${withoutFinalStop(text)} »`
}

// ——— Choosing deterministically ———

/**
 * FNV-1a, then MurmurHash3's finaliser: FNV's low bits alone follow the parity
 * of the input, so two seeds one digit apart would flip every two-way choice together.
 */
function hash(text: string): number {
	let value = 0x811c9dc5
	for (let index = 0; index < text.length; index++) {
		value ^= text.charCodeAt(index)
		value = Math.imul(value, 0x01000193)
	}
	value ^= value >>> 16
	value = Math.imul(value, 0x85ebca6b)
	value ^= value >>> 13
	value = Math.imul(value, 0xc2b2ae35)
	value ^= value >>> 16
	return value >>> 0
}

function pick<T>(options: readonly T[], seed: string, role: string): T {
	const option = options[hash(`${seed}\u0000${role}`) % options.length]
	if (option === undefined) throw new Error(`No wording for ${role}`)
	return option
}

// ——— What the templates read ———

type Ask = 'test' | 'essai' | 'entretien'

type Facts = {
	tone: LetterTone
	length: LetterLength
	seed: string
	name?: string
	recipient?: string
	former?: string
	formerYears?: number
	job: string
	company?: string
	contract?: string
	location?: string
	skills: { from: string; to: string }[]
	strengths: string[]
	gaps: { skill: string; closing?: string }[]
	proofs: string[]
	companyFacts: string[]
	keywords: string[]
	ask: Ask
	/** The offer's description of the company speaks of the person's former world (« soins infirmiers » for a nurse). */
	echo: boolean
}

const technicalTrades =
	/d[ée]velopp|logiciel|informati|programm|\bdata\b|donn[ée]es|devops|\bweb\b|front|back-?end|full-?stack|cyber|r[ée]seau|syst[èe]mes|ing[ée]nieur|int[ée]grat|\bqa\b|testeu/i
const handsOnTrades =
	/boulang|p[âa]tiss|cuisin|boucher|charcut|traiteur|chocolat|fromag|menuisi|[ée]b[ée]nist|charpent|plomb|[ée]lectricien|ma[çc]on|carrel|peintre|couvreu|fleuris|coiff|esth[ée]ti|jardin|paysag|m[ée]canici|soudeu|serveu|barista|commis|agricult|mara[îi]ch|viticult|cordonn|horlog|bijout|c[ée]ramist|tapissi/i

/** The concrete ask that suits the trade: a technical test for technical jobs, a trial day for hands-on ones, an interview always. */
function askFor(brief: LetterBrief): Ask {
	const offer = normalizeText([...brief.companyFacts, ...brief.keywords].join(' '))
	const trade = `${brief.target.jobTitle} ${brief.target.occupationLabel ?? ''}`
	if (/test technique/.test(offer) || technicalTrades.test(trade)) return 'test'
	if (/journee d'essai|jour d'essai/.test(offer) || handsOnTrades.test(trade)) return 'essai'
	return 'entretien'
}

const genericStems = new Set(
	analyze('métier travail équipe personne personnes entreprise service services outil outils nouveau nouvelle grand grande'),
)

function sharesWords(left: string, right: string): boolean {
	const stems = new Set(analyze(left).filter((stem) => stem.length >= 4 && !genericStems.has(stem)))
	return analyze(right).some((stem) => stems.has(stem))
}

function factsFor(brief: LetterBrief, seed: string): Facts {
	const former = brief.candidate.formerJob?.trim() ? tradeInSentence(brief.candidate.formerJob) : undefined
	const companyFacts = brief.companyFacts.map(withoutFinalStop).filter(Boolean)
	const formerWorld = [former ?? '', ...brief.transferableSkills.map((skill) => skill.from)].join(' ')
	return {
		tone: brief.tone,
		length: brief.length,
		seed,
		name: brief.candidate.name?.trim() || undefined,
		recipient: brief.target.recipient?.trim() || undefined,
		former,
		formerYears: brief.candidate.formerYears && brief.candidate.formerYears > 0 ? Math.round(brief.candidate.formerYears) : undefined,
		job: withoutFinalStop(brief.target.jobTitle),
		company: brief.target.company?.trim() || undefined,
		contract: brief.target.contract?.trim() || undefined,
		location: brief.target.location?.trim() || undefined,
		skills: brief.transferableSkills
			.filter((skill) => skill.from.trim() && skill.to.trim())
			.map((skill) => ({ from: inSentence(skill.from), to: inSentence(skill.to) })),
		strengths: brief.strengths.map(inSentence).filter(Boolean),
		gaps: brief.gaps
			.filter((gap) => gap.skill.trim())
			.map((gap) => ({ skill: inSentence(gap.skill), ...(gap.closing?.trim() ? { closing: inSentence(gap.closing) } : {}) })),
		proofs: brief.proofs.map(inSentence).filter(Boolean),
		companyFacts,
		keywords: brief.keywords.map((keyword) => withoutFinalStop(keyword)).filter(Boolean),
		ask: askFor(brief),
		echo: Boolean(former) && companyFacts.some((fact) => sharesWords(formerWorld, fact)),
	}
}

// ——— Pieces shared by several wordings ———

function post(facts: Facts) {
	return `poste ${de(facts.job)}`
}

function atCompany(facts: Facts) {
	return facts.company ? ` chez ${facts.company}` : ''
}

/** « Après neuf ans comme infirmière », « Après une première carrière de conseiller bancaire », or nothing. */
function after(facts: Facts): string | undefined {
	if (!facts.former) return undefined
	return facts.formerYears ? `Après ${years(facts.formerYears)} comme ${facts.former}` : `Après une première carrière ${de(facts.former)}`
}

/** A sentence that may open with « Après … , »: the rest starts in lower case after it. */
function opensWith(lead: string | undefined, rest: string) {
	return lead ? `${lead}, ${rest}` : capitalize(rest)
}

/** « ce CDI », « cette alternance »…; nothing for a contract written in a way the writer cannot put in a sentence. */
function contractPhrase(contract: string): { phrase: string; feminine: boolean } | undefined {
	const folded = normalizeText(contract)
	if (folded.includes('altern')) return { phrase: 'cette alternance', feminine: true }
	if (folded.includes('interim')) return { phrase: 'cette mission d’intérim', feminine: true }
	if (folded.includes('freelance') || folded.includes('independ')) return { phrase: 'cette mission', feminine: true }
	if (folded.includes('stage')) return { phrase: 'ce stage', feminine: false }
	const kind = /\bcd[di]\b/.exec(folded)?.[0]
	return kind ? { phrase: `ce ${kind.toUpperCase()}`, feminine: false } : undefined
}

/** « « a » devient « b », « c » devient « d » et … ». */
function becomes(skills: Facts['skills']) {
	return joinFr(
		skills.map((skill) => `${quoted(skill.from)} devient ${quoted(skill.to)}`),
		'clauses',
	)
}

/** The offer's words about the company, short enough to quote: cut at a colon or a dash when what precedes says enough. */
function quotable(fact: string): string {
	const text = withoutFinalStop(fact)
	const cut = /\s(?::|;|—|–)\s/.exec(text)
	if (cut && countWords(text.slice(0, cut.index)) >= 8) return text.slice(0, cut.index)
	return text
}

/** « Santéo est une jeune entreprise… » → « une jeune entreprise… », to stand in apposition after the name. */
function apposition(facts: Facts, fact: string): string | undefined {
	if (!facts.company) return undefined
	const text = quotable(fact)
	const prefix = `${facts.company} est `
	if (!text.startsWith(prefix)) return undefined
	const rest = text.slice(prefix.length)
	return /^(?:une?|la|le|l’|l')\s?/i.test(rest) && countWords(rest) <= 30 ? rest : undefined
}

function civility(facts: Facts): string {
	const recipient = facts.recipient
	if (!recipient) return 'Madame, Monsieur'
	const word = /^(?:Madame|Monsieur)\b/.exec(recipient)?.[0]
	if (!word) return 'Madame, Monsieur'
	// « Monsieur le Directeur » is said whole; « Madame [PERSONNE_2] » becomes « Madame ».
	return /\[[A-Z_]+_\d+\]/.test(recipient) || /^\S+\s+\p{Lu}/u.test(recipient) ? word : recipient
}

// ——— Paragraph roles ———

/** The wordings for the letter's tone; a short letter takes the compact ones where the tone has them. */
function wordingsFor<T>(facts: Facts, full: Record<LetterTone, T[]>, compact: Partial<Record<LetterTone, T[]>>): T[] {
	return (facts.length === 'courte' ? compact[facts.tone] : undefined) ?? full[facts.tone]
}

/**
 * One paragraph role: sentences always written, sentences added while the
 * letter is short of its length, and a last sentence that stays last (the ask).
 */
type Block = { core: string[]; extras: string[]; tail?: string }

/** How many items of each list go into the letter; gaps are never cut: a letter names them all. */
type Limits = { skills: number; strengths: number; proofs: number; facts: number; keywords: number }

const startLimits: Record<LetterLength, Limits> = {
	courte: { skills: 2, strengths: 3, proofs: 1, facts: 1, keywords: 3 },
	standard: { skills: 3, strengths: 4, proofs: 2, facts: 1, keywords: 4 },
	developpee: { skills: 4, strengths: 5, proofs: 2, facts: 1, keywords: 4 },
}

function openingBlock(facts: Facts): Block {
	const lead = after(facts)
	const wordings: Record<LetterTone, (() => string)[]> = {
		formel: [
			() =>
				`${opensWith(lead, 'j’ai fait le choix réfléchi d’une reconversion professionnelle.')} C’est dans cette perspective que je vous adresse ma candidature au ${post(facts)}${atCompany(facts)}.`,
			() =>
				`Je vous adresse ma candidature au ${post(facts)}${atCompany(facts)}. ${opensWith(lead, 'j’ai engagé une reconversion vers ce métier, avec la conviction que mon parcours y constitue un atout.')}`,
			() =>
				`${opensWith(lead, 'je me reconvertis, par choix et avec méthode.')} Le ${post(facts)} ${facts.company ? `à pourvoir chez ${facts.company}` : 'que vous proposez'} correspond précisément à ce projet.`,
		],
		chaleureux: [
			() =>
				`C’est avec un réel enthousiasme que je vous adresse ma candidature au ${post(facts)}${atCompany(facts)}. ${opensWith(lead, 'j’ai choisi de changer de métier : un choix mûri, que je porte avec conviction.')}`,
			() =>
				`${opensWith(lead, 'j’ai décidé de donner un nouveau cap à mon parcours,')} et c’est avec beaucoup d’envie que je me tourne aujourd’hui vers le ${post(facts)}${atCompany(facts)}.`,
			() =>
				`Changer de métier a été pour moi une décision mûrie, et une belle décision. ${opensWith(lead, 'c’est avec joie que je vous propose ma candidature au')} ${post(facts)}${atCompany(facts)}.`,
		],
		dynamique: [
			() =>
				`${opensWith(lead, 'je change de cap, et ce cap est clair :')} le ${post(facts)}${atCompany(facts)}. Je vous adresse ma candidature avec une énergie intacte.`,
			() =>
				`Nouveau métier, même exigence. ${opensWith(lead, 'je me reconvertis,')} et votre offre ${de(facts.job)}${atCompany(facts)} correspond exactement à ce que je vise.`,
			() =>
				`Ma reconversion est lancée, et elle a un objectif précis : rejoindre ${facts.company ?? 'votre équipe'} au ${post(facts)}. ${opensWith(lead, 'j’apporte un regard neuf et des méthodes éprouvées.')}`,
		],
	}
	const extras: string[] = []
	const contract = facts.contract ? contractPhrase(facts.contract) : undefined
	if (contract) {
		const offered = `${capitalize(contract.phrase)}${facts.location ? ` ${contract.feminine ? 'basée' : 'basé'} à ${facts.location}` : ''}`
		extras.push(
			{
				formel: `${offered} répond pleinement à mes attentes.`,
				chaleureux: `${offered} correspond en tout point à ce que je souhaite construire.`,
				dynamique: `${offered} ? Exactement ce que je cherche.`,
			}[facts.tone],
		)
	}
	extras.push(
		{
			formel: 'Ce choix est le fruit d’une réflexion approfondie, menée avec méthode.',
			chaleureux: 'C’est un choix que j’ai pris le temps de mûrir, et qui me porte chaque jour.',
			dynamique: 'Un choix mûri, assumé, et déjà en marche.',
		}[facts.tone],
		{
			formel: 'Je souhaite aujourd’hui mettre mon expérience au service d’un métier qui me correspond pleinement.',
			chaleureux: 'Ce nouveau métier me ressemble, et j’ai hâte de m’y engager pleinement.',
			dynamique: 'Ma motivation ? Entière.',
		}[facts.tone],
	)
	const compact = {
		formel: [
			() => `${opensWith(lead, 'j’ai choisi de me reconvertir,')} et je vous adresse ma candidature au ${post(facts)}${atCompany(facts)}.`,
		],
		chaleureux: [
			() =>
				`${opensWith(lead, 'j’ai choisi de changer de métier,')} et c’est avec enthousiasme que je vous propose ma candidature au ${post(facts)}${atCompany(facts)}.`,
		],
	}
	return { core: [pick(wordingsFor(facts, wordings, compact), facts.seed, 'opening')()], extras }
}

function transferBlock(facts: Facts, limits: Limits): Block {
	const skills = facts.skills.slice(0, limits.skills)
	const more = facts.skills.slice(limits.skills)
	let core: string
	if (skills.length === 0) {
		core = {
			formel: 'Mon premier métier m’a donné des méthodes de travail que je mets désormais au service de celui-ci.',
			chaleureux: 'Mon premier métier m’a beaucoup appris, et j’emporte ces acquis avec moi dans celui-ci.',
			dynamique: 'Mon premier métier ? Une base solide, que je mets au service du nouveau.',
		}[facts.tone]
	} else {
		const [first, ...rest] = skills as [Facts['skills'][number], ...Facts['skills']]
		const wordings: Record<LetterTone, (() => string)[]> = {
			formel: [
				() =>
					`Les compétences acquises au fil de ces années trouvent une traduction directe dans le poste que vous proposez : ${becomes(skills)}.`,
				() =>
					`Mon expérience passée m’a donné des compétences que je transpose dans mon nouveau métier. Ce que je pratiquais sous le nom de ${quoted(first.from)} s’appelle ici ${quoted(first.to)}${rest.length > 0 ? ` ; de même, ${becomes(rest)}` : ''}.`,
			],
			chaleureux: [
				() =>
					`Ce que j’ai appris dans mon premier métier ne disparaît pas avec le changement : cela change simplement de nom. Ainsi, ${becomes(skills)}.`,
				() =>
					`Mon premier métier m’a beaucoup appris, et ces acquis voyagent avec moi : ce que j’appelais ${quoted(first.from)} s’appelle désormais ${quoted(first.to)}${rest.length > 0 ? ` ; de la même façon, ${becomes(rest)}` : ''}.`,
			],
			dynamique: [
				() =>
					`Mes compétences changent de vocabulaire, pas de valeur. ${skills.map((skill) => `${capitalize(skill.from)} ? Ici : ${skill.to}.`).join(' ')}`,
				() => `Ce que j’apporte, traduit dans votre métier : ${becomes(skills)}.`,
			],
		}
		const compact = {
			formel: [() => `Mes acquis se transposent directement dans ce métier : ${becomes(skills)}.`],
			chaleureux: [() => `Mes acquis ne disparaissent pas, ils changent de nom : ${becomes(skills)}.`],
		}
		core = pick(wordingsFor(facts, wordings, compact), facts.seed, 'transfer')()
	}
	const cores = [core]
	// Skills past the list's room keep their new wording, which is what the recruiter reads for.
	if (more.length > 0) {
		const list = joinFr(more.map((skill) => skill.to))
		cores.push({ formel: `S’y ajoutent : ${list}.`, chaleureux: `Et aussi : ${list}.`, dynamique: `En prime : ${list}.` }[facts.tone])
	}
	const extras: string[] = []
	extras.push(
		{
			formel:
				'Ce regard venu d’un autre métier est aussi une force : il aide à comprendre les besoins de celles et ceux pour qui l’on travaille.',
			chaleureux: 'Je crois sincèrement que ce regard venu d’ailleurs est une richesse pour une équipe.',
			dynamique: 'Des réflexes solides, transposés à un nouveau terrain : voilà ce que j’apporte.',
		}[facts.tone],
		{
			formel: 'Ces acquis, construits sur le terrain, se transposent naturellement.',
			chaleureux: 'Ce sont des compétences que j’ai eu plaisir à développer, et que j’ai hâte de mettre à profit chez vous.',
			dynamique: 'Des compétences éprouvées sur le terrain, prêtes à servir.',
		}[facts.tone],
	)
	return { core: cores, extras }
}

function keywordsNotIn(facts: Facts, text: string, limit: number): string[] {
	const present = normalizeText(text)
	return facts.keywords.filter((keyword) => !present.includes(normalizeText(keyword))).slice(0, limit)
}

function keywordsSentence(facts: Facts, keywords: string[]): string | undefined {
	if (keywords.length === 0) return undefined
	const list = joinFr(keywords.map(inSentence))
	return {
		formel: `Les termes de votre offre (${list}) décrivent précisément l’environnement dans lequel je souhaite exercer.`,
		chaleureux: `Les mots de votre offre (${list}) décrivent exactement le travail que j’ai envie de faire.`,
		dynamique: `${capitalize(list)} : exactement le terrain sur lequel je veux progresser.`,
	}[facts.tone]
}

function strengthsBlock(facts: Facts, limits: Limits): Block {
	const strengths = facts.strengths.slice(0, limits.strengths)
	const proofs = facts.proofs.slice(0, limits.proofs)
	const core: string[] = []
	if (strengths.length > 0) {
		const list = joinFr(strengths)
		core.push(
			pick(
				wordingsFor(
					facts,
					{
						formel: [
							`Je réponds déjà à plusieurs exigences de votre offre : ${list}.`,
							`Plusieurs points de votre offre correspondent d’ores et déjà à mon profil : ${list}.`,
						],
						chaleureux: [
							`Côté compétences, j’arrive avec du concret : ${list}.`,
							`Je retrouve dans votre offre ce que je sais déjà faire : ${list}.`,
						],
						dynamique: [`Ce que j’apporte dès le premier jour : ${list}.`, `Déjà acquis : ${list}.`],
					},
					{ formel: [`Acquis au regard de votre offre : ${list}.`], chaleureux: [`J’arrive avec du concret : ${list}.`] },
				),
				facts.seed,
				'strengths',
			),
		)
	}
	if (proofs.length > 0) {
		const list = proofs.join(' ; ')
		core.push(
			strengths.length > 0
				? pick(
						wordingsFor(
							facts,
							{
								formel: [`Ces compétences s’appuient sur des réalisations précises : ${list}.`, `J’en veux pour preuve : ${list}.`],
								chaleureux: [
									`Ces compétences, je les ai construites pas à pas : ${list}.`,
									`Ces compétences reposent sur des réalisations tangibles : ${list}.`,
								],
								dynamique: [`Preuves à l’appui : ${list}.`, `Du concret, pas des promesses : ${list}.`],
							},
							{ formel: [`J’en veux pour preuve : ${list}.`], chaleureux: [`Mon parcours en témoigne : ${list}.`] },
						),
						facts.seed,
						'proofs',
					)
				: {
						formel: `Ma reconversion s’appuie sur des réalisations précises : ${list}.`,
						chaleureux: `Ma reconversion s’est construite pas à pas : ${list}.`,
						dynamique: `Ma reconversion en actes : ${list}.`,
					}[facts.tone],
		)
	}
	if (core.length === 0) {
		core.push(
			{
				formel: 'Je mets à profit chaque occasion de pratiquer ce nouveau métier, avec la même exigence que dans le précédent.',
				chaleureux: 'Je saisis chaque occasion de pratiquer ce nouveau métier, avec le même soin que dans le précédent.',
				dynamique: 'Chaque occasion de pratiquer, je la saisis.',
			}[facts.tone],
		)
	}
	const moreStrengths = facts.strengths.slice(limits.strengths, limits.strengths + 3)
	const extras = [
		...facts.proofs.slice(limits.proofs).map((proof) => `J’y ajoute : ${proof}.`),
		...(moreStrengths.length > 0 ? [`Autres atouts pour ce poste : ${joinFr(moreStrengths)}.`] : []),
	]
	const keywords = keywordsSentence(
		facts,
		keywordsNotIn(facts, [...strengths, ...facts.skills.map((skill) => skill.to)].join(' '), limits.keywords),
	)
	if (keywords) extras.unshift(keywords)
	if (strengths.length > 0 || proofs.length > 0) {
		extras.push(
			{
				formel: 'Je continue de pratiquer régulièrement afin de consolider ces acquis.',
				chaleureux: 'Je continue de pratiquer régulièrement, avec le même plaisir.',
				dynamique: 'Et je continue de progresser, sans relâche.',
			}[facts.tone],
		)
	}
	// Without a gaps paragraph, the will to learn is said here.
	if (facts.gaps.length === 0) extras.push(learningSentence(facts.tone))
	return { core, extras }
}

/** What a gap with no known way of closing it gets in a short letter: a commitment, not an invented plan. */
const commitment: Record<LetterTone, string> = {
	formel: 'je m’engage à m’y former rapidement',
	chaleureux: 'je compte m’y former sans attendre',
	dynamique: 'à acquérir vite, je m’y engage',
}

function gapsBlock(facts: Facts, compact: boolean): Block | null {
	const { gaps } = facts
	if (gaps.length === 0) return null
	// A short letter says every gap in one sentence; a longer one separates what is under way from what is promised.
	const closing = compact ? gaps : gaps.filter((gap) => gap.closing)
	const open = compact ? [] : gaps.filter((gap) => !gap.closing).map((gap) => gap.skill)
	const core: string[] = []
	if (closing.length > 0) {
		const items = joinFr(closing.map((gap) => `${gap.skill} (${gap.closing ?? commitment[facts.tone]})`))
		// « I am already closing them » would be untrue of a gap with nothing under way.
		const promised = closing.some((gap) => !gap.closing)
		core.push(
			pick(
				promised
					? {
							formel: [`Je mesure aussi ce qu’il me reste à acquérir : ${items}.`],
							chaleureux: [`Je ne vous cache pas ce qu’il me reste à apprendre : ${items}.`],
							dynamique: [`À consolider : ${items}.`],
						}[facts.tone]
					: {
							formel: [
								`Je mesure également les points sur lesquels je dois progresser, et je m’y emploie déjà : ${items}.`,
								`Certains points de votre offre restent à consolider, et j’y travaille concrètement : ${items}.`,
							],
							chaleureux: [
								`Je ne vous cache pas ce qu’il me reste à apprendre, et c’est justement ce qui me motive : ${items}.`,
								`Il me reste bien sûr des choses à apprendre, et je m’y consacre avec plaisir : ${items}.`,
							],
							dynamique: [`Ce qui me manque encore ? Je le comble déjà : ${items}.`, `Mes chantiers en cours : ${items}.`],
						}[facts.tone],
				facts.seed,
				'gaps',
			),
		)
	}
	if (open.length > 0) {
		const list = joinFr(open)
		core.push(
			closing.length > 0
				? {
						formel: `Je m’engage par ailleurs à me mettre rapidement à niveau sur ${open.length > 1 ? 'les points suivants' : 'un dernier point'} : ${list}.`,
						chaleureux: `Je compte aussi apprendre au contact de votre équipe ce qui me manque encore : ${list}.`,
						dynamique: `À acquérir vite, et je m’y engage : ${list}.`,
					}[facts.tone]
				: {
						formel: `Je mesure également ce qu’il me reste à acquérir (${list}) et je m’engage à me mettre rapidement à niveau.`,
						chaleureux: `Je ne vous cache pas ce qu’il me reste à apprendre (${list}) : je compte m’y mettre sans attendre, au contact de votre équipe.`,
						dynamique: `À acquérir vite, et je m’y engage : ${list}.`,
					}[facts.tone],
		)
	}
	const extras = [
		{
			formel: 'Ma reconversion elle-même témoigne de ma capacité à apprendre avec méthode.',
			chaleureux: 'J’apprends avec plaisir et avec méthode : ma reconversion en est la meilleure preuve.',
			dynamique: 'Apprendre vite ? Ma reconversion le prouve.',
		}[facts.tone],
		learningSentence(facts.tone),
	]
	return { core, extras }
}

function learningSentence(tone: LetterTone): string {
	return {
		formel: 'Je sais qu’un nouveau métier s’apprend aussi sur le terrain, au contact d’une équipe expérimentée.',
		chaleureux: 'Je sais aussi qu’un métier s’apprend beaucoup au contact d’une équipe, et c’est ce que je recherche.',
		dynamique: 'Le terrain fera le reste, au contact de votre équipe.',
	}[tone]
}

function companyBlock(facts: Facts, limits: Limits): Block {
	const companyFacts = facts.companyFacts.slice(0, limits.facts)
	const [fact, ...others] = companyFacts
	const core: string[] = []
	const name = facts.company
	if (fact) {
		const quote = quoted(quotable(fact))
		const appositive = apposition(facts, fact)
		const wordings: Record<LetterTone, string[]> = {
			formel: [
				`Ce qui m’attire ${name ? `chez ${name}` : 'dans votre structure'}, c’est votre activité telle que vous la décrivez : ${quote}.`,
				...(appositive && name
					? [`${name}, ${appositive}, est exactement le type de structure dans lequel je souhaite exercer ce nouveau métier.`]
					: []),
			],
			chaleureux: [
				`J’ai été particulièrement sensible à la façon dont vous présentez ${name ?? 'votre entreprise'} : ${quote}.`,
				`En lisant votre offre, une phrase a retenu mon attention : ${quote}.`,
			],
			dynamique: [
				`Pourquoi ${name ?? 'vous'} ? Votre présentation parle d’elle-même : ${quote}.`,
				`${name ?? 'Votre entreprise'} en une phrase : ${quote}. C’est exactement là que je veux travailler.`,
			],
		}
		const compact = {
			formel: [`Votre présentation a retenu mon attention : ${quote}.`],
			chaleureux: [`Une phrase de votre offre a retenu mon attention : ${quote}.`],
		}
		core.push(pick(wordingsFor(facts, wordings, compact), facts.seed, 'company'))
	} else {
		core.push(
			{
				formel: `Rejoindre ${name ?? 'votre équipe'} me permettrait de mettre ce parcours au service d’un projet concret.`,
				chaleureux: `Rejoindre ${name ?? 'votre équipe'} serait pour moi une belle façon de donner tout son sens à ce nouveau départ.`,
				dynamique: `Rejoindre ${name ?? 'votre équipe'} : c’est l’étape que je vise.`,
			}[facts.tone],
		)
	}
	const extras: string[] = []
	if (fact && facts.echo && facts.former) {
		extras.push(
			{
				formel: `Mon parcours ${de(facts.former)} y trouve un écho direct.`,
				chaleureux: `Mon expérience ${de(facts.former)} y prend tout son sens.`,
				dynamique: `Mon passé ${de(facts.former)} ? Un vrai plus ici.`,
			}[facts.tone],
		)
	}
	for (const other of [...others, ...facts.companyFacts.slice(limits.facts)]) {
		extras.push(`Vous précisez aussi : ${quoted(quotable(other))}.`)
	}
	extras.push(
		{
			formel: 'Travailler à vos côtés serait l’occasion de mettre cette double culture au service de vos projets.',
			chaleureux: 'J’aimerais beaucoup contribuer à ce projet, aux côtés de votre équipe.',
			dynamique: 'Votre projet me parle, et je veux y contribuer.',
		}[facts.tone],
		{
			formel: 'J’ai la conviction de pouvoir m’y rendre utile rapidement.',
			chaleureux: 'J’ai la conviction que j’y trouverais ma place, et que je pourrais y être utile rapidement.',
			dynamique: 'Ma conviction : je peux vous être utile rapidement.',
		}[facts.tone],
	)
	return { core, extras, tail: askSentence(facts) }
}

function askSentence(facts: Facts): string {
	/** The piece of a sentence that differs with the ask. */
	const per = (pieces: Record<Ask, string>) => pieces[facts.ask]
	const wordings: Record<LetterTone, string[]> = {
		formel: [
			`Je me tiens à votre disposition pour un entretien${per({
				test: ' ou un test technique, qui vous permettrait d’évaluer concrètement mon niveau',
				essai: ' ou une journée d’essai, qui vous permettrait de juger sur pièce',
				entretien: ', au cours duquel je pourrai vous exposer plus en détail ma démarche',
			})}.`,
			`Je sollicite un entretien${per({ test: ', ainsi qu’un test technique', essai: ' ou une journée d’essai', entretien: '' })}, afin de vous présenter plus en détail mon parcours et mon projet.`,
		],
		chaleureux: [
			`J’aurais grand plaisir à vous rencontrer lors d’un entretien${per({
				test: ', ou à passer un test technique pour vous montrer ce que je sais faire',
				essai: ', ou à venir travailler avec vous le temps d’une journée d’essai',
				entretien: ' pour vous parler de mon projet de vive voix',
			})}.`,
			`Pourrions-nous en parler lors d’un entretien${per({
				test: ', et pourquoi pas autour d’un test technique',
				essai: ', ou mieux encore lors d’une journée d’essai',
				entretien: '',
			})} ? Je suis disponible aux dates qui vous conviendront.`,
		],
		dynamique: [
			`Prochaine étape ? Un entretien${per({ test: ', puis un test technique', essai: ', ou directement une journée d’essai', entretien: '' })} : je suis disponible dès que vous le souhaitez.`,
			`Je vous propose un premier entretien dès cette semaine${per({
				test: ', et je relève volontiers votre test technique',
				essai: ', ou une journée d’essai pour juger sur pièce',
				entretien: '',
			})}.`,
		],
	}
	const also = per({ test: ' ou un test technique', essai: ' ou une journée d’essai', entretien: '' })
	const compact = {
		formel: [`Je me tiens à votre disposition pour un entretien${also}.`],
		chaleureux: [`J’aurais grand plaisir à vous rencontrer lors d’un entretien${also}.`],
	}
	return pick(wordingsFor(facts, wordings, compact), facts.seed, 'ask')
}

function closingFormula(facts: Facts, avoid?: string): string {
	const civ = civility(facts)
	const options: Record<LetterTone, string[]> = {
		formel: [
			`Je vous prie d’agréer, ${civ}, l’expression de mes salutations distinguées.`,
			`Dans l’attente de votre réponse, je vous prie de recevoir, ${civ}, mes salutations respectueuses.`,
		],
		chaleureux: [
			'Je vous remercie de l’attention portée à ma candidature et vous adresse mes sincères salutations.',
			'Avec mes remerciements pour votre attention, je vous adresse mes salutations les plus cordiales.',
		],
		dynamique: [
			'Au plaisir d’échanger très bientôt, je vous adresse mes salutations les meilleures.',
			'Merci pour votre attention, et à très bientôt. Bien cordialement.',
		],
	}
	const choices = avoid ? options[facts.tone].filter((option) => normalizeText(option) !== normalizeText(avoid)) : options[facts.tone]
	return pick(choices.length > 0 ? choices : options[facts.tone], facts.seed, 'closing')
}

function salutation(facts: Facts): string {
	return facts.recipient ? `${facts.recipient},` : 'Madame, Monsieur,'
}

// ——— Assembling a letter near its length ———

type Role = 'opening' | 'transfer' | 'strengths' | 'gaps' | 'company'

type Planned = { role: Role; block: Block; used: number }

function blocksFor(facts: Facts, limits: Limits): Planned[] {
	const company = companyBlock(facts, limits)
	const gaps = gapsBlock(facts, facts.length === 'courte')
	return [
		{ role: 'opening' as const, block: openingBlock(facts), used: 0 },
		{ role: 'transfer' as const, block: transferBlock(facts, limits), used: 0 },
		{ role: 'strengths' as const, block: strengthsBlock(facts, limits), used: 0 },
		...(gaps ? [{ role: 'gaps' as const, block: gaps, used: 0 }] : []),
		{ role: 'company' as const, block: company, used: 0 },
	]
}

function wordsOf(sentences: readonly string[]) {
	return sentences.reduce((sum, sentence) => sum + countWords(sentence), 0)
}

function coreWords(planned: Planned[]) {
	return planned.reduce((sum, entry) => sum + wordsOf(entry.block.core) + (entry.block.tail ? countWords(entry.block.tail) : 0), 0)
}

/** How far each list may be shortened to fit a short letter. */
const shrinkFloor: Limits = { skills: 1, strengths: 2, proofs: 1, facts: 1, keywords: 0 }

/** Sentences kept per role: every core sentence, then extras taken in turns while the letter stays under its ceiling. */
function fill(planned: Planned[], fixedWords: number, target: number): Planned[] {
	let words = fixedWords + coreWords(planned)
	const ceiling = target * 1.08
	let added = true
	while (words < target * 0.96 && added) {
		added = false
		for (const entry of planned) {
			const next = entry.block.extras[entry.used]
			if (next === undefined) continue
			const size = countWords(next)
			if (words + size > ceiling) continue
			entry.used += 1
			words += size
			added = true
			if (words >= target * 0.96) break
		}
	}
	return planned
}

function paragraphsOf(planned: Planned[], length: LetterLength): string[] {
	const text = (entry: Planned) =>
		[...entry.block.core, ...entry.block.extras.slice(0, entry.used), entry.block.tail ?? ''].join(' ').trim()
	const byRole = new Map(planned.map((entry) => [entry.role, text(entry)]))
	const opening = byRole.get('opening') ?? ''
	const transfer = byRole.get('transfer') ?? ''
	const strengths = byRole.get('strengths') ?? ''
	const gaps = byRole.get('gaps')
	const company = byRole.get('company') ?? ''
	if (length === 'courte') return [opening, transfer, gaps ? `${strengths} ${gaps}` : strengths, company]
	if (gaps) return [opening, transfer, strengths, gaps, company]
	if (length === 'standard') return [opening, transfer, strengths, company]
	// Five paragraphs in a long letter even without gaps: the ask stands on its own.
	const ask = planned.find((item) => item.role === 'company')?.block.tail ?? ''
	return [opening, transfer, strengths, company.slice(0, company.length - ask.length).trim(), ask]
}

/**
 * The letter, before typography: salutation, body paragraphs, closing formula,
 * name. A few draws of wordings are tried and the first near its length kept
 * (the closest otherwise), so a short letter does not end up with the wordiest
 * phrasing of every paragraph.
 */
function composeLetter(brief: LetterBrief, seed: string): string {
	const target = letterWordTargets[brief.length]
	let best: { text: string; distance: number } | undefined
	for (let draw = 0; draw < 6; draw++) {
		const text = composeDraw(brief, draw === 0 ? seed : `${seed}:${draw}`)
		const distance = Math.abs(countWords(text) / target - 1)
		if (!best || distance < best.distance) best = { text, distance }
		if (distance <= 0.08) break
	}
	return best?.text ?? ''
}

function composeDraw(brief: LetterBrief, seed: string): string {
	const facts = factsFor(brief, seed)
	const target = letterWordTargets[brief.length]
	const opening = salutation(facts)
	const closing = closingFormula(facts)
	const fixedWords = countWords(opening) + countWords(closing) + (facts.name ? countWords(facts.name) : 0)
	let limits = { ...startLimits[brief.length] }
	let planned = blocksFor(facts, limits)
	// Too long with core sentences alone: shorten one list at a time, the one whose last item weighs most.
	for (let step = 0; step < 20; step++) {
		if (fixedWords + coreWords(planned) <= target * 1.06) break
		let best: { limits: Limits; planned: Planned[]; words: number } | undefined
		for (const key of Object.keys(limits) as (keyof Limits)[]) {
			if (limits[key] <= shrinkFloor[key] || usedCount(facts, key, limits) < limits[key]) continue
			const shorter = { ...limits, [key]: limits[key] - 1 }
			const candidate = blocksFor(facts, shorter)
			const words = fixedWords + coreWords(candidate)
			if (!best || words < best.words) best = { limits: shorter, planned: candidate, words }
		}
		if (!best) break
		limits = best.limits
		planned = best.planned
	}
	const paragraphs = paragraphsOf(fill(planned, fixedWords, target), brief.length)
	return [opening, ...paragraphs, closing, ...(facts.name ? [facts.name] : [])].join('\n\n')
}

function usedCount(facts: Facts, key: keyof Limits, limits: Limits): number {
	const available = {
		skills: facts.skills,
		strengths: facts.strengths,
		proofs: facts.proofs,
		facts: facts.companyFacts,
		keywords: facts.keywords,
	}[key].length
	return Math.min(available, limits[key])
}

// ——— Rewriting one paragraph ———

type Intents = {
	concrete: boolean
	keywords: boolean
	shorter: boolean
	longer: boolean
	personal: boolean
	careerChange: boolean
}

/** What a Smart Coach hint asks, read from its words (the hint is free French text). */
export function hintIntents(hint: string): Intents {
	const text = normalizeText(hint)
	return {
		concrete: /concret|vague|precis|exemple|chiffr|preuve|illustr|factuel/.test(text),
		keywords: /mots?[- ]cles?|keyword|termes de l'offre|vocabulaire de l'offre/.test(text),
		shorter: /raccourc|plus court|trop long|concis|allege|resserr/.test(text),
		longer: /etoff|developpez|plus long|trop court|enrichi/.test(text),
		personal: /personnalis|l'entreprise|employeur|generique|passe-partout/.test(text),
		careerChange: /reconversion|changement de metier|assum|franchement/.test(text),
	}
}

type BodyRole = Role | 'ask'
type ParagraphRole = BodyRole | 'salutation' | 'closing' | 'signature'

function mentions(paragraph: string, phrases: readonly string[]): number {
	const text = normalizeText(paragraph)
	return phrases.filter((phrase) => phrase && text.includes(normalizeText(phrase))).length
}

/** Salutation, closing formula and signature are told by their form and place; everything else is the body. */
type Structure = 'salutation' | 'closing' | 'signature' | 'body'

function structureOf(paragraphs: readonly string[], index: number): Structure {
	const paragraph = paragraphs[index] ?? ''
	const words = countWords(paragraph)
	if (index === 0 && words <= 6 && /,\s*$/.test(paragraph)) return 'salutation'
	if (words <= 40 && /agreer|salutations|cordialement|respectueuse|au plaisir/.test(normalizeText(paragraph))) return 'closing'
	if (index === paragraphs.length - 1 && words <= 5 && !/[.!?]$/.test(paragraph)) return 'signature'
	return 'body'
}

/**
 * The role a body paragraph's place suggests, for a paragraph that says too
 * little to tell: the opening first, the company and the ask last, the others in order.
 */
function roleAt(place: number, count: number): BodyRole {
	if (place <= 0) return 'opening'
	if (place >= count - 1) return 'company'
	const middle = ['transfer', 'strengths', 'gaps'] as const
	return middle[Math.min(middle.length - 1, Math.floor(((place - 1) * middle.length) / Math.max(1, count - 2)))] ?? 'strengths'
}

/** Which role a paragraph of an existing letter plays: what it talks about, then its place among the body paragraphs. */
export function paragraphRole(paragraphs: readonly string[], index: number, brief: LetterBrief): ParagraphRole {
	const structure = structureOf(paragraphs, index)
	if (structure !== 'body') return structure
	const paragraph = paragraphs[index] ?? ''
	const folded = normalizeText(paragraph)
	const body = paragraphs.map((_, position) => position).filter((position) => structureOf(paragraphs, position) === 'body')
	const place = body.indexOf(index)
	const skillWords = brief.transferableSkills.flatMap((skill) => [skill.from, skill.to])
	const gapWords = brief.gaps.map((gap) => gap.skill)
	const companyWords = [brief.target.company ?? '', ...brief.companyFacts.map((fact) => fact.slice(0, 40))]
	const says = (pattern: RegExp) => (pattern.test(folded) ? 1 : 0)
	const scores: Record<BodyRole, number> = {
		opening:
			mentions(paragraph, [brief.candidate.formerJob ?? '', brief.target.jobTitle]) +
			says(/reconversion|candidature|changer de metier|change de metier|nouveau metier/),
		transfer: mentions(paragraph, skillWords) * 2 + says(/devient|tradui|transpos|acquis/),
		strengths: mentions(paragraph, [...brief.strengths, ...brief.proofs]) + says(/maitrise|competences|realisations|preuves?/),
		gaps: mentions(paragraph, gapWords) * 2 + says(/reste a|progresser|apprendre|me former|manque|consolider/),
		company: mentions(paragraph, companyWords) * 2,
		ask: says(/entretien|rencontrer|journee d'essai|test technique|disponible/) * 2,
	}
	const byPlace = roleAt(place, body.length)
	scores[byPlace] += 1.5
	if (byPlace === 'company') scores.ask += 1
	const [best] = (Object.entries(scores) as [BodyRole, number][]).sort((a, b) => b[1] - a[1])
	return best?.[0] ?? byPlace
}

function similarity(left: string, right: string): number {
	const words = (text: string) =>
		new Set(
			normalizeText(text)
				.split(/[^a-z0-9]+/)
				.filter((word) => word.length > 2),
		)
	const a = words(left)
	const b = words(right)
	if (a.size === 0 || b.size === 0) return a.size === b.size ? 1 : 0
	let shared = 0
	for (const word of a) if (b.has(word)) shared++
	return shared / (a.size + b.size - shared)
}

function careerChangeSentence(facts: Facts): string {
	return {
		formel: 'Ce changement de métier est un choix assumé, que je mène avec méthode.',
		chaleureux: 'Ce changement de métier, je l’ai choisi et je le vis pleinement.',
		dynamique: 'Ma reconversion ? Un choix assumé.',
	}[facts.tone]
}

function blockForRole(role: BodyRole, facts: Facts, limits: Limits): Block {
	switch (role) {
		case 'opening':
			return openingBlock(facts)
		case 'transfer':
			return transferBlock(facts, limits)
		case 'strengths':
			return strengthsBlock(facts, limits)
		case 'gaps':
			return gapsBlock(facts, facts.length === 'courte') ?? strengthsBlock(facts, limits)
		case 'company':
			return companyBlock(facts, limits)
		case 'ask':
			return { core: [askSentence(facts)], extras: [] }
	}
}

function rewriteBody(role: BodyRole, facts: Facts, original: string, intents: Intents): string {
	const originalWords = Math.max(25, countWords(original))
	const target = intents.shorter ? originalWords * 0.7 : intents.longer ? originalWords * 1.4 : originalWords
	let limits: Limits = { ...(intents.longer ? startLimits.developpee : startLimits.standard) }
	let block = blockForRole(role, facts, limits)
	const blockWords = (candidate: Block) => wordsOf(candidate.core) + (candidate.tail ? countWords(candidate.tail) : 0)
	for (let step = 0; step < 12 && blockWords(block) > target * 1.1; step++) {
		const key = (Object.keys(limits) as (keyof Limits)[]).find((name) => limits[name] > 1 && usedCount(facts, name, limits) >= limits[name])
		if (!key) break
		limits = { ...limits, [key]: limits[key] - 1 }
		block = blockForRole(role, facts, limits)
	}
	const leading: string[] = []
	const priority: string[] = []
	if (intents.careerChange && role !== 'opening') leading.push(careerChangeSentence(facts))
	if (intents.keywords) {
		const sentence = keywordsSentence(facts, keywordsNotIn(facts, [original, ...block.core].join(' '), 4))
		if (sentence) priority.push(sentence)
	}
	if (intents.concrete) {
		const proof = facts.proofs.find((item) => !normalizeText(original).includes(normalizeText(item).slice(0, 30)))
		if (proof) priority.push(`Concrètement : ${proof}.`)
	}
	if (intents.personal && role !== 'company' && facts.companyFacts[0]) {
		priority.push(
			`C’est ce qui me donne envie de rejoindre ${facts.company ?? 'votre équipe'} : ${quoted(quotable(facts.companyFacts[0]))}.`,
		)
	}
	const sentences = [...leading, ...block.core, ...priority]
	let words = wordsOf(sentences) + (block.tail ? countWords(block.tail) : 0)
	for (const extra of block.extras) {
		if (words >= target * 0.9) break
		if (words + countWords(extra) > target * 1.15) continue
		sentences.push(extra)
		words += countWords(extra)
	}
	return [...sentences, block.tail ?? ''].join(' ').trim()
}

/**
 * A new version of one paragraph: the same role, written again from the brief
 * with other wordings and what the hint asks for. Of several draws, the one
 * that shares the fewest words with the original is kept.
 */
function rewriteParagraph(task: LetterTask, rewrite: NonNullable<LetterTask['rewrite']>): string {
	const paragraphs = letterParagraphs(rewrite.letter)
	const { index, text: original } = paragraphToRewrite(rewrite)
	const role = paragraphs.length > 0 ? paragraphRole(paragraphs, index, task.brief) : 'opening'
	const intents = hintIntents(rewrite.hint ?? '')
	const base = `${briefSeed(task.brief)}:${task.variant ?? 0}:${hash(original)}`
	const facts = factsFor(task.brief, base)
	if (role === 'salutation') return salutation(facts)
	if (role === 'signature') return facts.name ?? original
	let best: { text: string; score: number } | undefined
	for (let draw = 0; draw < 8; draw++) {
		const drawn = factsFor(task.brief, `${base}:${draw}`)
		// Asked to shorten: the compact wordings of a short letter.
		if (intents.shorter) drawn.length = 'courte'
		const text = role === 'closing' ? closingFormula(drawn, original) : rewriteBody(role, drawn, original, intents)
		const longer = countWords(text) >= countWords(original)
		const score = similarity(text, original) + (intents.shorter && longer ? 1 : 0) + (intents.longer && !longer ? 1 : 0)
		if (!best || score < best.score) best = { text, score }
	}
	return best?.text ?? original
}

// ——— Public face ———

function briefSeed(brief: LetterBrief): string {
	return String(hash(JSON.stringify(brief)))
}

/**
 * The offline engine's answer to a letter task, typeset: the whole letter
 * (paragraphs separated by a blank line), or the one rewritten paragraph.
 * Placeholders (« [PERSONNE_1] ») are written where the values go; the
 * gateway puts the person's own words back.
 */
export function writeLetter(task: LetterTask): string {
	const text = task.rewrite
		? rewriteParagraph(task, task.rewrite)
		: composeLetter(task.brief, `${briefSeed(task.brief)}:${task.variant ?? 0}`)
	return frenchTypography(text)
}
