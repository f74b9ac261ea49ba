// What the person asks, recognised without a model. Patterns run on the
// folded text (lower case, no accents, plain apostrophes) but the occupation
// phrases they extract are cut from the original question, so an answer can
// quote « développeuse web » exactly as it was typed.
import { foldForMatching } from './text.ts'

/** An occupation named in the question, in the person's words. */
export type OccupationMention = {
	phrase: string
	/**
	 * True when the sentence leaves no doubt that this is a job (« passer
	 * d’infirmière à … »): if ROME does not know it, the answer asks for the
	 * title. False for guesses (« je suis … ») that may well not be a job.
	 */
	explicit: boolean
}

export type HelpTopic = 'funding' | 'letter' | 'cv' | 'interview' | 'product' | 'rise' | 'wellbeing'

/** The French schemes a question names. */
export type Scheme = 'cpf' | 'vae' | 'bilan' | 'transitions_pro' | 'resignation' | 'france_travail' | 'alternance' | 'cep'

export type Employment = 'employed' | 'job_seeking'

export type OccupationFocus = 'skills' | 'overview' | 'access'

type IntentBody =
	| { kind: 'distress' }
	/** From one occupation to another; `to` may be missing (« comment faire ma reconversion ? »): the profile fills the gaps. */
	| { kind: 'career_change'; from?: OccupationMention; to?: OccupationMention }
	/** Where can one go from an occupation (official ROME mobilities). */
	| { kind: 'mobility'; from?: OccupationMention }
	/** What an occupation is, needs, or how to get in. */
	| { kind: 'occupation'; occupation: OccupationMention; focus: OccupationFocus }
	/** A question the help articles answer, possibly about named occupations. */
	| { kind: 'help'; topic: HelpTopic; from?: OccupationMention; to?: OccupationMention }
	| { kind: 'greeting' }
	| { kind: 'thanks' }
	| { kind: 'unknown'; from?: OccupationMention }

export type Intent = IntentBody & { schemes: Scheme[]; employment?: Employment }

/** The person's words between two offsets of the folded text. */
type Source = { folded: string; slice(start: number, end: number): string }

function sourceOf(question: string): Source {
	const { folded, originalIndex } = foldForMatching(question)
	return {
		folded,
		slice: (start, end) => question.slice(originalIndex[start] ?? 0, originalIndex[end] ?? question.length),
	}
}

// ——— Distress: checked first, whatever the area ———

const distressPatterns: readonly RegExp[] = [
	/suicid/,
	/\b(?:me|se|te) (?:tuer|foutre en l'air|pendre)\b/,
	/\benvie de (?:mourir|crever|disparaitre)\b/,
	/\b(?:veux|voudrais|prefererais|aimerais|vais) (?:mourir|crever|disparaitre)\b/,
	/\ben finir\b(?! avec (?:les|ces|mes|cette|ce|mon|ma|la|le|l'|un|une) (?!vie\b|jours\b))/,
	/\bmettre fin a (?:mes jours|ma vie|tout)\b/,
	/\b(?:n'|j'|j\s)en peux plus\b/,
	/\bplus (?:la force|envie) de (?:vivre|continuer|me battre)\b/,
	/\b(?:pas|plus) envie de vivre\b|\bmarre de (?:la vie|vivre)\b/,
	/\bidees? noires?\b/,
	/\bme faire du mal\b|\bautomutil|\bscarifi/,
	/\bmieux sans moi\b|\bpersonne ne me regretterait\b|\bje ne sers a rien\b|\bje sers a rien\b/,
	/\bau bout du rouleau\b|\bsans issue\b/,
]

export function isDistress(question: string): boolean {
	const { folded } = foldForMatching(question)
	return distressPatterns.some((pattern) => pattern.test(folded))
}

// ——— Occupation phrases ———

// Where a job title stops: punctuation, or a word that opens another clause.
const phraseEnd =
	/[?!.,;:()"«»\n]|\s(?:et|mais|car|parce|donc|alors|depuis|pendant|quand|lorsque|si|sans|avec|grace|afin|comment|est-ce|c'est|qu'est|svp|stp|merci|puis-je|peut-on|est-il|je|j'|vous|tu|il|elle|on|me|m'|ma|mon|mes|dans\s+(?:les|un|une|\d+)|en\s+\d+|a\s+\d+|d'ici|cette|ce|apres|avant|vers|ou\s+(?:bien|alors|plutot)|qui|que|pour\s+(?:moi|ma|mon|mes|un|une|le|la|les|l')|a\s+(?:l'age|partir)|au\s+bout|aujourd'hui|actuellement|maintenant|bientot|un\s+jour|h\/f)(?=\s|$|')/

const leadingFiller =
	/^(?:(?:je suis|suis|moi|un|une|le|la|les|des|du|de|mon|ma|son|sa|notre|votre|ce|cette|en|comme|simple|ancien|ancienne|ex|actuel|actuelle|futur|future|(?:le |un )?(?:metier|poste|emploi|job|profession|travail) (?:de|d'))(?:\s+|(?<=')|$)|(?:d'|l'|ex-)|\[[a-z_]+_\d+\]\s*,?\s*)+/

// Words a title does not end on: « développeuse web dans » is « développeuse web ».
const trailingFiller = /(?:\s+(?:dans|de|du|des|d'|en|a|au|aux|pour|chez|sur|avec|le|la|les|l'|un|une|et|ou))+$/

// Said alone, these are not a job title (« changer de métier à 40 ans »).
const genericWords = /^(?:metier|metiers|voie|carriere|vie|boulot|domaine|secteur|travail|job|poste|emploi|profession|ici|la|tout|rien|quelque chose|autre chose)$/

const notAnOccupation =
	/^(?:en|au|aux|a|dans|sans|pas|tres|vraiment|trop|un peu|perdu|perdue|motive|motivee|interesse|interessee|curieux|curieuse|pret|prete|meilleur|meilleure|plus|moins|bon|bonne|capable|autonome|independant|independante|riche|libre|seul|seule|fatigue|fatiguee|inquiet|inquiete|la|ici|sur|salarie|salariee|demandeu|chomeu|actuellement|sur le point|en train|enfin|encore|toujours|deja|nul|nulle|bloque|bloquee|decourage|decouragee|heureux|heureuse|content|contente|desole|desolee|d'accord|ok|tente|tentee|passionne|passionnee|mere|pere|maman|papa|etudiant|etudiante|retraite|retraitee|reconverti|reconvertie|ne|n'|plus)\b/

/** Cuts an occupation phrase out of the text from `start` (up to `limit`), or null when what is there is not one. */
function phraseAt(source: Source, start: number, options: { explicit: boolean; maxWords?: number; limit?: number }): OccupationMention | null {
	return phraseSpan(source, start, options)?.mention ?? null
}

function phraseSpan(
	source: Source,
	start: number,
	options: { explicit: boolean; maxWords?: number; limit?: number },
): { mention: OccupationMention; end: number } | null {
	const limit = options.limit ?? source.folded.length
	let begin = start
	const filler = source.folded.slice(begin, limit).match(leadingFiller)
	if (filler) begin += filler[0].length
	const rest = source.folded.slice(begin, limit)
	const stop = rest.search(phraseEnd)
	let end = begin + (stop === -1 ? rest.length : stop)
	// Only the first few words: a job title is short, and what follows is usually context.
	const words = [...source.folded.slice(begin, end).matchAll(/\S+/g)]
	const maxWords = options.maxWords ?? 6
	if (words.length > maxWords) {
		const last = words[maxWords - 1]
		if (last?.index !== undefined) end = begin + last.index + last[0].length
	}
	const trailing = source.folded.slice(begin, end).match(trailingFiller)
	if (trailing?.index !== undefined) end = begin + trailing.index
	const folded = source.folded.slice(begin, end).trim()
	if (folded.length < 2 || /^[\d[]/.test(folded) || !/[a-z]/.test(folded) || genericWords.test(folded) || notAnOccupation.test(folded)) return null
	const phrase = source.slice(begin, end).trim()
	return phrase ? { mention: { phrase, explicit: options.explicit }, end } : null
}

const articles = "(?:(?:un|une|le|la|les|des|du)\\s+|l'|d')?"
const jobNoun = "(?:(?:le\\s+|un\\s+|mon\\s+|ma\\s+)?(?:metier|poste|emploi|job|profession)\\s+(?:de\\s+|d'))?"
const changeVerb =
	"(?:passer|changer|evoluer|basculer|aller|glisser|bifurquer|me\\s+reconvertir|se\\s+reconvertir|vous\\s+reconvertir|reconvertir|reconversion(?:\\s+professionnelle)?|transition(?:\\s+professionnelle)?)"

/** « passer d’infirmière à développeuse web », « reconversion de boulanger vers conseiller bancaire ». */
const fromToPatterns: readonly RegExp[] = [
	new RegExp(`\\b${changeVerb}\\s+(?:de\\s+|d'|du\\s+)${jobNoun}(.+?)\\s+(?:a|au|aux|vers|->|=>|→)\\s+(?:(?:celui|celle)\\s+(?:de\\s+|d'))?`, 'gd'),
	new RegExp(`\\b${changeVerb}\\s+(?:de\\s+|d'|du\\s+)${jobNoun}(.+?)\\s+(?:en|pour)\\s+(?:(?:celui|celle)\\s+(?:de\\s+|d'))?`, 'gd'),
	new RegExp(`(?:^|[.!?:]\\s*)(?:de\\s+|d')${jobNoun}(.+?)\\s+(?:a|vers|->|→)\\s+`, 'gd'),
	new RegExp(`\\breconversion\\s+(?:professionnelle\\s+)?(?:d'un\\s+|d'une\\s+)?(.+?)\\s+(?:vers|->|→|en)\\s+`, 'gd'),
]

/** « une infirmière qui veut devenir développeuse web ». */
const whoWantsPattern =
	/\b((?:[a-z'-]+\s+){0,3}[a-z'-]+)\s+(?:qui\s+(?:veut|voudrait|souhaite|aimerait|reve\s+de|envisage\s+de|compte|a\s+envie\s+de)|voulant|souhaitant|desirant)\s+(?:se\s+reconvertir\s+(?:en|comme|dans)\s+|devenir\s+|etre\s+)/dg

/** Where the target job begins: after « devenir », « me reconvertir en », « travailler comme »… */
const targetLeads: ReadonlyArray<{ pattern: RegExp; explicit: boolean }> = [
	{ pattern: new RegExp(`\\b(?:devenir|redevenir)\\s+${articles}`, 'g'), explicit: true },
	{
		pattern: new RegExp(
			`\\b(?:me|se|vous|nous)\\s+(?:reconvertir|re-?orienter|former)\\s+(?:en\\s+tant\\s+que\\s+|en\\s+|comme\\s+|vers\\s+${jobNoun}|dans\\s+${jobNoun}|au\\s+metier\\s+(?:de\\s+|d')|pour\\s+devenir\\s+)${articles}`,
			'g',
		),
		explicit: true,
	},
	{ pattern: new RegExp(`\\breconversion\\s+(?:professionnelle\\s+)?(?:en\\s+tant\\s+que\\s+|en\\s+|comme\\s+|pour\\s+devenir\\s+)${articles}`, 'g'), explicit: true },
	{ pattern: new RegExp(`\\b(?:travailler|bosser|exercer|embaucher|recruter)\\s+(?:comme|en\\s+tant\\s+que)\\s+${articles}`, 'g'), explicit: true },
	{ pattern: new RegExp(`\\b(?:vise|viser|visez|faire|exercer|rejoindre)\\s+(?:le|un)\\s+(?:metier|poste|emploi)\\s+(?:de\\s+|d')`, 'g'), explicit: true },
	{ pattern: new RegExp(`\\bpostuler\\s+(?:a\\s+un\\s+poste\\s+de\\s+|comme\\s+|en\\s+tant\\s+que\\s+)${articles}`, 'g'), explicit: true },
	{ pattern: new RegExp(`\\b(?:formation|diplome|etudes|cursus)\\s+(?:pour\\s+devenir\\s+|pour\\s+etre\\s+|de\\s+|d')${articles}`, 'g'), explicit: false },
]

/** Where the current job begins: « je suis », « je travaille comme », « ancienne »… */
const currentLeads: readonly RegExp[] = [
	/\b(?:je\s+suis|moi\s+je\s+suis|je\s+suis\s+actuellement|actuellement)\s+(?:un\s+|une\s+)?/g,
	/\b(?:je\s+travaille|j'exerce|je\s+bosse)\s+(?:comme|en\s+tant\s+que)\s+(?:un\s+|une\s+)?/g,
	/\b(?:j'exerce\s+le\s+metier\s+(?:de\s+|d')|mon\s+metier\s+(?:actuel\s+)?(?:est|c'est)\s+|je\s+fais\s+le\s+metier\s+(?:de\s+|d'))/g,
	/\b(?:ancien|ancienne|ex-)\s*/g,
]

/** Where the occupation one starts from is named in « quels métiers après boulanger ? ». */
const mobilitySourceLeads: readonly RegExp[] = [
	/\b(?:apres|depuis|quand\s+on\s+est\s+(?:un\s+|une\s+)?|quand\s+on\s+a\s+ete\s+(?:un\s+|une\s+)?|pour\s+(?:un|une)\s+|en\s+tant\s+qu'|en\s+partant\s+(?:de\s+|d')|a\s+partir\s+(?:de\s+|d')|d'un\s+|d'une\s+)(?:ancien\s+|ancienne\s+)?/g,
]

function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
	pattern.lastIndex = 0
	return [...text.matchAll(pattern)]
}

function findFromTo(source: Source): { from: OccupationMention; to: OccupationMention } | null {
	for (const pattern of fromToPatterns) {
		for (const match of allMatches(pattern, source.folded)) {
			const fromSpan = match.indices?.[1]
			if (!fromSpan || match.index === undefined) continue
			const from = phraseAt(source, fromSpan[0], { explicit: true, limit: fromSpan[1] })
			const toStart = match.index + match[0].length
			const to = phraseAt(source, toStart, { explicit: true })
			if (from && to) return { from, to }
		}
	}
	for (const match of allMatches(whoWantsPattern, source.folded)) {
		const fromSpan = match.indices?.[1]
		if (!fromSpan || match.index === undefined) continue
		const from = phraseAt(source, fromSpan[0], { explicit: true, limit: fromSpan[1] })
		const to = phraseAt(source, match.index + match[0].length, { explicit: true })
		if (from && to) return { from, to }
	}
	return null
}

function findTarget(source: Source): OccupationMention | null {
	for (const { pattern, explicit } of targetLeads) {
		for (const match of allMatches(pattern, source.folded)) {
			if (match.index === undefined) continue
			const mention = phraseAt(source, match.index + match[0].length, { explicit })
			if (mention) return mention
		}
	}
	return null
}

function findCurrent(source: Source): OccupationMention | null {
	for (const pattern of currentLeads) {
		for (const match of allMatches(pattern, source.folded)) {
			if (match.index === undefined) continue
			const span = phraseSpan(source, match.index + match[0].length, { explicit: false, maxWords: 5 })
			if (!span) continue
			// « Je suis infirmière, et je veux… »: said this plainly, it is a job.
			const after = source.folded.slice(span.end)
			const plainlyStated = /^\s*(?:,|\.|;)?\s*(?:et\s+|mais\s+)?(?:je|j'|depuis|aujourd'hui|actuellement)/.test(after)
			return { phrase: span.mention.phrase, explicit: plainlyStated }
		}
	}
	return null
}

// ——— Topics, schemes, situation ———

const focusPatterns: ReadonlyArray<{ focus: OccupationFocus; pattern: RegExp }> = [
	{ focus: 'skills', pattern: /\b(?:competences?|savoir-faire|savoirs|qualites|connaissances|aptitudes|prerequis|soft skills|hard skills|il faut savoir|faut-il savoir)\b/ },
	{ focus: 'access', pattern: /\b(?:diplomes?|formations?|etudes|cursus|acceder|acces au metier|quel niveau|quelle ecole)\b/ },
	{ focus: 'overview', pattern: /\b(?:c'est quoi|qu'est-ce qu|en quoi consiste|que fait|ca fait quoi|fiche metier|fiche du metier|decri(?:s|vez)-moi|presente[rz]?-moi|parle[rz]?-moi|ca consiste)\b/ },
]

/** « Que fait un boulanger ? », « Quelles compétences pour être développeur web ? » */
const occupationSubjectLead = new RegExp(
	`\\b(?:c'est\\s+quoi|qu'est-ce\\s+qu(?:e\\s+|')|en\\s+quoi\\s+consiste|que\\s+fait|ca\\s+fait\\s+quoi|fiche\\s+(?:du\\s+)?metier|decri(?:s|vez)-moi|presente[rz]?-moi|parle[rz]?-moi\\s+(?:de|du|d')|pour\\s+(?:etre|faire|exercer\\s+comme)|d'un|d'une|du\\s+metier\\s+(?:de|d')|requises?\\s+pour|necessaires?\\s+pour|attendues?\\s+(?:pour|chez))\\s*(?:le\\s+metier\\s+(?:de\\s+|d')|${articles})`,
	'g',
)

const mobilityCue =
	/\b(?:passerelles?|metiers?\s+(?:proches?|voisins?|similaires?|accessibles?|possibles?)|vers\s+quels?\s+metiers?|quels?\s+metiers?\s+(?:apres|pour|quand|avec|peut|puis|faire|exercer|choisir|envisager)|que\s+faire\s+apres|reconversions?\s+possibles?|idees?\s+de\s+reconversion|reconvertir\s+dans\s+quoi|changer\s+pour\s+quoi|quelle\s+reconversion|vers\s+quoi\s+me\s+reconvertir|quelles?\s+evolutions?)\b/

const careerCue =
	/\b(?:reconversion|me\s+reconvertir|changer\s+de\s+(?:metier|voie|carriere|boulot)|mon\s+projet|ma\s+trajectoire|par\s+ou\s+commencer|prochaines?\s+etapes?|trajectory\s+builder)\b/

const topicPatterns: ReadonlyArray<{ topic: HelpTopic; pattern: RegExp }> = [
	{ topic: 'interview', pattern: /\b(?:entretiens?|recruteurs?|questions?\s+pieges?|jury)\b/ },
	{
		topic: 'funding',
		pattern:
			/\b(?:cpf|compte\s+personnel\s+de\s+formation|mon\s+compte\s+formation|financ\w*|prise\s+en\s+charge|rembours\w*|aides?\s+(?:financieres?|a\s+la\s+formation|de\s+france\s+travail|de\s+la\s+region)|aif|vae|validation\s+des\s+acquis|bilan\s+de\s+competences?|transitions?\s+pro|ptp|projet\s+de\s+transition|france\s+travail|pole\s+emploi|alternance|apprentissage|contrat\s+de\s+pro\w*|pro-a|cep|conseil\s+en\s+evolution|demission\w*|demissionner|chomage|indemnis\w*)\b/,
	},
	{
		topic: 'product',
		pattern:
			/\b(?:abonnements?|premium|(?:offre|version|formule|plan)\s+gratuite?|en\s+gratuit|tarifs?|prix|combien\s+(?:ca\s+)?coute|payant|quotas?|limites?|factures?|resili\w*|mon\s+compte|connexion|connecter|lien\s+magique|mot\s+de\s+passe|code\s+a\s+6\s+chiffres|mes\s+donnees|donnees\s+personnelles|rgpd|supprimer\s+mon\s+compte|consentements?|green\s+ai|carbone|empreinte|pollu\w*|hors\s+ligne|iris|phoenix|entreprise\s+sur\s+devis)\b/,
	},
	{ topic: 'letter', pattern: /\b(?:lettres?|candidatures?|mirror\s+match|smart\s+coach|accroche|relancer?|relances?|offre\s+d'emploi|annonces?|analyse\s+d'offre)\b/ },
	{ topic: 'cv', pattern: /\b(?:cv|curriculum|modeles?|templates?|ats|mise\s+en\s+page|exporter|importer|pdf|docx|json\s+resume)\b/ },
	{ topic: 'rise', pattern: /\b(?:journal|humeur|energie|objectifs?|jalons?|coaching|rise)\b/ },
	{
		topic: 'wellbeing',
		pattern:
			/\b(?:peur|peurs|doute\w*|stress\w*|angoiss\w*|anxi\w*|decourag\w*|demotiv\w*|fatigu\w*|epuis\w*|triste\w*|perdu|perdue|confiance|legitim\w*|imposteur|trop\s+tard|trop\s+vieux|trop\s+vieille|moral|deprim\w*|pleur\w*|craqu\w*|abattu\w*|nul|nulle|bloque|bloquee|motivation|courage|inquiet\w*|seul|seule)\b/,
	},
]

const schemePatterns: ReadonlyArray<{ scheme: Scheme; pattern: RegExp }> = [
	{ scheme: 'cpf', pattern: /\b(?:cpf|compte\s+personnel\s+de\s+formation|mon\s+compte\s+formation)\b/ },
	{ scheme: 'vae', pattern: /\b(?:vae|validation\s+des\s+acquis)\b/ },
	{ scheme: 'bilan', pattern: /\bbilan\s+de\s+competences?\b/ },
	{ scheme: 'transitions_pro', pattern: /\b(?:transitions?\s+pro|ptp|projet\s+de\s+transition|cpf\s+de\s+transition)\b/ },
	{ scheme: 'resignation', pattern: /\b(?:demission\w*|demissionner)\b/ },
	{ scheme: 'france_travail', pattern: /\b(?:france\s+travail|pole\s+emploi)\b/ },
	{ scheme: 'alternance', pattern: /\b(?:alternance|apprentissage|contrat\s+de\s+pro\w*|pro-a)\b/ },
	{ scheme: 'cep', pattern: /\b(?:cep|conseil\s+en\s+evolution\s+professionnelle)\b/ },
]

const jobSeekingCue =
	/\b(?:au\s+chomage|chomeu(?:r|se)|demandeu(?:r|se)\s+d'emploi|sans\s+emploi|licenci\w*|inscrite?\s+(?:a|chez)\s+(?:france\s+travail|pole\s+emploi)|en\s+recherche\s+d'emploi|je\s+cherche\s+(?:un|du)\s+(?:emploi|travail|boulot)|fin\s+de\s+contrat)\b/
const employedCue = /\b(?:salarie|salariee|en\s+poste|en\s+cdi|en\s+cdd|mon\s+employeur|mon\s+patron|ma\s+direction|fonctionnaire|je\s+travaille)\b/

const greeting = /^\s*(?:bonjour|bonsoir|salut|coucou|hello|hey|bjr|slt|hi)\b/
const thanks = /\b(?:merci|thanks|thx)\b/
// Politeness around a greeting or a thank-you, which leaves nothing else to answer.
const smallTalk = new Set(
	'bonjour bonsoir salut coucou hello hey bjr slt hi iris merci beaucoup thanks thx comment ca va vas allez tu vous et toi bien madame monsieur a bientot super top parfait genial c est tres sympa cool ok oui d accord bonne journee soiree encore'.split(' '),
)

/** Recognises what a question asks. Pure and synchronous: the engine resolves the occupations afterwards. */
export function detectIntent(question: string): Intent {
	const source = sourceOf(question)
	const text = source.folded
	const schemes = schemePatterns.filter(({ pattern }) => pattern.test(text)).map(({ scheme }) => scheme)
	const employment: Employment | undefined = jobSeekingCue.test(text) ? 'job_seeking' : employedCue.test(text) ? 'employed' : undefined
	const withSignals = (body: IntentBody): Intent => (employment ? { ...body, schemes, employment } : { ...body, schemes })

	if (isDistress(question)) return withSignals({ kind: 'distress' })

	const pair = findFromTo(source)
	const target = pair?.to ?? findTarget(source)
	const current = pair?.from ?? findCurrent(source)
	const topics = topicPatterns.filter(({ pattern }) => pattern.test(text)).map(({ topic }) => topic)
	const focus = focusPatterns.find(({ pattern }) => pattern.test(text))?.focus

	if (target) {
		const helpTopic = topics.find((topic) => topic === 'letter' || topic === 'cv' || topic === 'interview' || (topic === 'funding' && !pair))
		if (helpTopic) return withSignals({ kind: 'help', topic: helpTopic, ...optional('from', current), to: target })
		if (focus && !pair && !current?.explicit) return withSignals({ kind: 'occupation', occupation: target, focus })
		return withSignals({ kind: 'career_change', ...optional('from', current), to: target })
	}
	if (mobilityCue.test(text)) return withSignals({ kind: 'mobility', ...optional('from', findMobilitySource(source) ?? current) })

	const words = text.match(/[a-z0-9]+/g) ?? []
	const onlySmallTalk = words.every((word) => smallTalk.has(word))
	if (onlySmallTalk && thanks.test(text)) return withSignals({ kind: 'thanks' })
	if (onlySmallTalk && greeting.test(text)) return withSignals({ kind: 'greeting' })

	const topic = topics[0]
	// « Qu’est-ce que le CPF ? » has the shape of a question about a job; a help topic in it says otherwise.
	if (focus && !topic) {
		const subject = findOccupationSubject(source)
		if (subject) return withSignals({ kind: 'occupation', occupation: subject, focus })
	}
	if (topic) return withSignals({ kind: 'help', topic, ...optional('from', current) })
	if (careerCue.test(text)) return withSignals({ kind: 'career_change', ...optional('from', current) })
	if (thanks.test(text) && words.length <= 8 && !text.includes('?')) return withSignals({ kind: 'thanks' })
	if (greeting.test(text) && words.length <= 4) return withSignals({ kind: 'greeting' })
	return withSignals({ kind: 'unknown', ...optional('from', current) })
}

function findMobilitySource(source: Source): OccupationMention | null {
	for (const pattern of mobilitySourceLeads) {
		for (const match of allMatches(pattern, source.folded)) {
			if (match.index === undefined) continue
			const mention = phraseAt(source, match.index + match[0].length, { explicit: true, maxWords: 5 })
			if (mention) return mention
		}
	}
	return null
}

function findOccupationSubject(source: Source): OccupationMention | null {
	for (const match of allMatches(occupationSubjectLead, source.folded)) {
		if (match.index === undefined) continue
		const mention = phraseAt(source, match.index + match[0].length, { explicit: false })
		if (mention) return mention
	}
	return null
}

function optional<Key extends string>(key: Key, mention: OccupationMention | null | undefined): { [K in Key]?: OccupationMention } {
	return (mention ? { [key]: mention } : {}) as { [K in Key]?: OccupationMention }
}
