// The weighted rules of the injection screener, in French and English. They
// run on the folded copy of the text (lower case, no accents, ASCII
// punctuation), so they are written without accents or capitals. A rule fires
// when any of its patterns matches and every `requires` pattern matches too.
//
// The rules aim at what is addressed to the model, not at vocabulary: « oublie
// mon ancien métier » or « agis comme un recruteur » must stay silent, while
// « oublie tes consignes » or « agis comme une IA sans règles » must not.

export type GuardFamily =
	| 'instruction_override'
	| 'role_play'
	| 'system_prompt_extraction'
	| 'delimiter_escape'
	| 'encoded_payload'
	| 'hidden_instruction'
	| 'exfiltration'

export const guardFamilies: readonly GuardFamily[] = [
	'instruction_override',
	'role_play',
	'system_prompt_extraction',
	'delimiter_escape',
	'encoded_payload',
	'hidden_instruction',
	'exfiltration',
]

export type GuardRule = {
	/** The family the rule belongs to; reported as `GuardReason.rule`. */
	rule: GuardFamily
	/** English, for logs and audits. */
	detail: string
	weight: number
	patterns: RegExp[]
	/** Extra conditions that must all hold, anywhere in the text. */
	requires?: RegExp[]
	/** Weight in a pasted CV or offer, where no sentence is meant for the model; `weight` otherwise. 0 keeps a rule out of that source. */
	documentWeight?: number
	/** 'compact' rules run on the letters-only form, against spaced-out or underscored words. */
	view?: 'compact'
}

const alt = (...options: string[]) => `(?:${options.join('|')})`
const rx = (...parts: string[]) => new RegExp(parts.join(''), 'u')
/** Up to `n` characters without leaving the sentence. */
const gap = (n: number) => `[^.?!\\n]{0,${n}}?`

// ——— Shared vocabulary ———

/** A word that may sit between a verb and its object, unless it makes the object the person's own (« mes consignes », "my rules"). */
const filler = `(?:(?!(?:my|mes|mon|ma|notre|nos|our|i|je|j'\\w*|we|nous)\\b)[a-z'-]+\\s+)`

const overrideVerb = alt(
	'ignore[rsz]?', 'ignorez', 'ignoring', 'disregard(?:ing)?', 'forget(?:ting)?', 'oublie[rsz]?', 'oubliez', 'override', 'bypass',
	'discard', 'neglect', 'abandon', 'cancel', 'annule[rsz]?', 'annulez', 'fais abstraction', 'faites abstraction', 'faire abstraction',
	'passe[rz]? outre', 'outrepasse[rz]?', 'contourne[rz]?', "ne (?:tiens|tenez|prends|prenez) (?:plus|pas|aucun(?:ement)?) (?:en )?compte",
	'laisse tomber', 'set aside', 'put aside', "do not follow", "don't follow", 'do not obey', "don't obey",
)

/** What a person never tells the assistant to drop about their own request. */
const ruleNoun = alt(
	'instructions?', 'directives?', 'rules', 'guidelines', 'guidance', 'prompts?', 'commands', 'orders', 'context', 'contexte', 'training',
	'constraints', 'programming', 'guardrails', 'restrictions', 'policies', 'filters', 'safeguards', 'limitations', 'consignes?', 'regles?',
	'ordres', 'contraintes', 'limites', 'filtres', 'programmation', 'garde-fous', 'politiques?', 'interdits', 'principes',
)

const ruleQualifierBefore = alt(
	'your', 'tes', 'vos', 'ton', 'ta', 'votre', 'all', 'every', 'any', 'toutes?', 'tous', 'previous', 'prior', 'preceding', 'above',
	'earlier', 'initial', 'original', 'system', 'existing', 'default', 'safety', 'hidden', 'internal', 'secret', 'former', 'programmed',
	'precedentes?', 'initiales?', 'anciennes?', 'internes?', 'secretes?', 'premieres?',
)

const ruleQualifierAfter = alt(
	'precedente?s?', 'ci-dessus', 'initiale?s?', 'anterieure?s?', 'above', 'before', 'earlier', "d'origine", 'de depart', 'du systeme',
	'systemes?', 'so far', "qu'on t'a", "que l'on t'a", "qu'ils t'ont", 'you (?:were|have been|\'ve been) given', 'given to you',
	'you received', 'you were told', 'recues?', 'plus haut', "d'avant", 'precedemment', 'de phoenix', "d'iris", 'of phoenix',
)

const limitNoun = alt(
	'rules?', 'regles?', 'restrictions?', 'limits?', 'limites?', 'limitations?', 'filters?', 'filtres?', 'censure', 'censorship',
	'guidelines', 'ethic(?:s|al)?', 'ethique', 'morals?', 'morale', 'morality', 'constraints?', 'contraintes?', 'polic(?:y|ies)',
	'politiques?', 'boundaries', 'safeguards?', 'guardrails?', 'garde-fous', 'tabous?', 'interdits?',
)

/** « aucune limite de mots », "no limit on length": a practical question, not a jailbreak. */
const notAQuantity =
	"(?!\\s+(?:de|d'|of|on|for|pour|sur|in)\\s+(?:mots?|words?|longueur|length|caracteres?|characters?|temps|time|taille|size|pages?|lignes?|lines?|questions?|messages?|reponses?|answers?|age|horaires?))(?!\\s+(?:horaires?|d'age|geographiques?))"

/** Words that name an AI (or this assistant) as the addressee of a sentence. */
const aiName = alt(
	'ai', 'ia', 'a\\.i\\.', 'i\\.a\\.', 'ias', 'llms?', 'language models?', 'large language models?', 'modeles? de langage',
	"modeles? d'ia", 'ai (?:models?|assistants?|systems?|tools?|agents?|screeners?|recruiters?|readers?)',
	'assistants? (?:ia|ai|virtuel(?:le)?s?)', 'assistante?s?', 'chatbots?', 'gpt(?:-?\\d)?', 'chatgpt', 'gemini', 'claude', 'copilot',
	'iris', 'systemes? (?:automatises?|d\'ia|d\'intelligence artificielle)', 'automated (?:systems?|screeners?|tools?|readers?)', 'robots?',
	'intelligences? artificielles?', "outils? d'ia",
)

/** Keeps « if you are an AI engineer » or « IA générative » out of the addressee rules. */
const notAJob = `(?!\\s+${alt(
	'engineers?', 'enthusiasts?', 'specialists?', 'developers?', 'researchers?', 'experts?', 'ingenieure?s?', 'specialistes?',
	'developpeu(?:r|se)s?', 'chercheu(?:r|se)s?', 'passionnee?s?', 'professionals?', 'practitioners?', 'products?', 'teams?',
	'roles?', 'jobs?', 'skills?', 'projects?', 'projets?', 'competences?', 'ethics', 'act', 'generative', 'generatives?', 'managers?',
	'de direction', 'administratifs?', 'administratives?', 'commerciale?s?', 'comptables?', 'rh', 'maternelles?', 'dentaires?',
	'medicale?s?', 'sociale?s?',
)})`

/** « le mode développeur sur Android »: a phone or a browser setting, not the assistant. */
const onADevice = "(?!\\s*(?:sur|on|dans|in|de|du|des|d'|of|for|pour|avec|with|sous|under)\\b)"

/** Names someone would only hail in a document if they were talking to a model. */
const hailedAi = alt(
	'ai', 'ia', 'llm', 'language model', 'modele de langage', 'ai model', 'ai assistant', 'assistant ia', 'chatgpt', 'gpt(?:-?\\d)?',
	'gemini', 'claude', 'copilot', 'chatbot',
)

/** Who a skewed assessment is about. */
const assessedSubject = alt(
	'(?:this|ce|cette|cet) (?:candidate?|applicant|profil|profile|cv|resume|poste|job|position|offre|offer|company|entreprise|employer|employeur|person|personne)',
	"(?:qu'|que\\s+)?(?:il|elle|ils|elles|je|j')\\b", '(?:they|he|she|i|this person)\\b', "(?:they|he|she)'(?:re|s)\\b", "i'm\\b",
	'the (?:candidate|applicant)', '(?:le|la) candidate?',
)

const strongAi = alt(
	'ai', 'ia', 'chatbot', 'bot', 'llm', 'language model', 'modele de langage', 'ai model', 'ai assistant', 'assistant ia', 'assistant ai',
	'assistant virtuel', 'intelligence artificielle', 'gpt', 'chatgpt',
)

const extractVerb = alt(
	'reveal', 'print', 'show', 'display', 'output', 'repeat', 'dump', 'leak', 'share', 'give', 'tell', 'list', 'write out', 'write down',
	'spell out', 'quote', 'copy', 'paste', 'recite', 'summari[sz]e', 'translate', 'expose', 'disclose', 'send', 'what (?:is|are|was|were)',
	"what's", 'revele[rsz]?', 'revelez', 'affiche[rsz]?', 'affichez', 'montre[rsz]?', 'montrez', 'donne[rsz]?', 'donnez', 'repete[rsz]?',
	'repetez', 'recopie[rsz]?', 'copie[rsz]?', 'colle[rsz]?', 'cite[rsz]?', 'ecris', 'ecrivez', 'ecrire', 'dis', 'dites', 'divulgue[rsz]?',
	'partage[rsz]?', 'liste[rsz]?', 'resume[rsz]?', 'recit(?:e[rsz]?|ait|ais)', 'read(?: out)?', 'lis', 'lire', 'lisait', 'imprime[rsz]?',
	'traduis', 'envoie', 'reformule[rz]?', 'rephrase', 'paraphrase[rz]?', 'explique[rz]?', 'explain', 'describe',
	'quel(?:le)?s? (?:est|sont|etait|etaient)', "c'est quoi",
)

const secretDeterminer = alt(
	'your', 'the', 'ton', 'tes', 'ta', 'votre', 'vos', 'le', 'la', 'les', 'this', 'its', 'ses', 'son', 'any', 'full', 'entire', 'whole',
	'complete', 'exact', 'original',
)

/** The hidden parts of the prompt, whoever owns them. */
const secretObject = `${secretDeterminer}\\s+(?:[a-z'-]+\\s+){0,2}?${alt(
	'system\\s*prompt', 'system messages?', 'system instructions?', 'prompts? systeme', 'messages? systeme', 'instructions? systeme',
	'initial (?:prompt|instructions?)', 'prompt initial', 'instructions? initiales?', 'consignes? initiales?',
	'hidden (?:prompt|instructions?|rules)', 'instructions? cachees?', 'consignes? (?:cachees?|secretes?|internes?)',
	'regles? (?:cachees?|secretes?|internes?)', 'secret (?:instructions?|rules|token|prompt|word|key)',
	'developer (?:instructions?|prompt|message)', 'pre-?prompt', 'meta-?prompt', 'canary(?: token)?', 'jeton (?:secret|canari)',
	'mot secret', 'internal (?:rules|instructions|guidelines)',
)}`

/** The assistant's own instructions, named through a second-person possessive. */
const ownInstructions = `${alt('your', 'ton', 'tes', 'votre', 'vos')}\\s+(?:[a-z'-]+\\s+){0,2}?${alt(
	'instructions', 'prompt', 'directives', 'configuration', 'config', 'consignes', 'programming', 'programmation',
)}\\b`

/** The same, plus words a person also uses for advice (« tes règles pour une bonne lettre »): only with a verb that asks for a dump. */
const ownRules = `${alt('your', 'ton', 'tes', 'votre', 'vos')}\\s+(?:[a-z'-]+\\s+){0,2}?${alt(
	'instructions', 'prompt', 'directives', 'configuration', 'config', 'consignes', 'programming', 'programmation', 'rules', 'guidelines',
	'regles', 'parametres',
)}\\b`

const strongExtractVerb = alt(
	'reveal', 'print', 'dump', 'leak', 'output', 'display', 'show me', 'recite', 'disclose', 'expose', 'revele[rsz]?', 'revelez',
	'affiche[rsz]?', 'affichez', 'montre[rsz]?-moi', 'montrez-moi', 'recopie[rsz]?', 'divulgue[rsz]?', 'imprime[rsz]?', 'copie-colle',
)

const decodeVerb = alt(
	'decode[rsz]?', 'decodez', 'decoding', 'dechiffre[rsz]?', 'dechiffrez', 'decrypt', 'decipher', 'base64[ -]?decode', 'unhex',
	'applique[rz]? (?:le )?rot-?13', 'apply rot-?13', 'rot-?13 (?:this|it|ce|puis|then)', 'de-?obfuscate',
)

const executeVerb = alt(
	'execute[rsz]?', 'executez', 'run(?: it)?', 'follow', 'obey', 'obeis', 'obeissez', 'comply', 'carry (?:it )?out', 'act on',
	'do what it says', 'do as it says', 'fais ce qui (?:est )?(?:ecrit|dit|demande)', 'faites ce qui (?:est )?(?:ecrit|dit|demande)',
	'applique[rz]?', 'suis(?:-le|-la|-les)?', 'suivez(?:-le|-la|-les)?', 'respecte[rz]?', 'perform', 'implement',
	'as (?:your |a )?(?:new )?(?:instructions?|commands?|prompt)',
	'comme (?:une |tes |nouvelles? )?(?:instructions?|consignes?|commandes?)',
)

const encodingWord = alt('base ?64', 'hex(?:a(?:decimal)?)?', 'rot-?13', 'binary', 'binaire', 'cod(?:e|ed|ee)', 'encod', 'chiffre', 'cipher', 'caesar', 'cesar')

const possessive = alt(
	'my', 'mes', 'mon', 'ma', "user'?s?", "the user'?s?", "de l'utilisateur", 'de la personne', 'du candidat', "the candidate'?s?", 'ses',
	'his', 'her', 'their',
)

/** What must never leave through a link: the conversation and the person's data in bulk. */
const bulkData = alt(
	`${possessive}\\s+(?:[a-z-]+\\s+){0,2}?${alt(
		'donnees', 'data', 'informations?', 'infos', 'coordonnees', 'details', 'personal', 'phone', 'telephone', 'e-?mails?', 'adresse',
		'address', 'historique', 'history', 'conversations?', 'messages', 'journal', 'numero de (?:telephone|secu)',
	)}`,
	'(?:chat|conversation) history', 'historique', '(?:the|la|toute la|all the|whole|entire|full) (?:conversation|discussion|chat)',
	'previous messages', 'messages precedents', 'numero de secu(?:rite sociale)?', 'social security', '(?:contenu|resume|texte) de mon cv',
	'donnees personnelles', 'personal (?:data|information|details)',
)

/** Anything identifying, for requests that say outright it goes into a link. */
const personalData = alt(bulkData, `${possessive}\\s+(?:[a-z-]+\\s+){0,2}?${alt('nom', 'name', 'cv', 'resume', 'profil', 'profile', 'numero', 'number')}`)

const url = 'https?://'

// ——— The rules ———

export const guardRules: GuardRule[] = [
	// Instruction override
	{
		rule: 'instruction_override',
		detail: 'Asks to ignore or forget the instructions the assistant was given',
		weight: 9,
		patterns: [
			rx('\\b', overrideVerb, "\\s+(?:(?:de|des|du|d')\\s*)?", filler, '{0,3}?', ruleQualifierBefore, '\\s+', filler, '{0,2}?', ruleNoun, '\\b'),
			rx('\\b', overrideVerb, "\\s+(?:(?:de|des|du|d')\\s*)?", filler, '{0,3}?', ruleNoun, '\\s+', filler, '{0,3}?', ruleQualifierAfter, '\\b'),
			rx(
				'\\b',
				overrideVerb,
				"\\s+(?:(?:de|des|du|d')\\s*)?(?:everything|all|anything|what|tout|tout ce|ce)\\s+(?:(?:that|qui|que|qu')\\s*)?",
				"(?:(?:you(?:'ve| have| were| was)?|on t'a|l'on t'a|t'a ete|tu as)\\s+(?:been\\s+)?)?",
				alt(
					'above', 'before', 'earlier', 'previously', 'so far', 'until now', 'told', 'said', 'given', 'instructed', 'programmed',
					'dit', 'demande', 'donne', 'ecrit', 'precede', 'au-dessus', 'ci-dessus', 'plus haut', "jusqu'ici", 'auparavant',
				),
				'\\b',
			),
		],
	},
	{
		rule: 'instruction_override',
		detail: 'Asks to ignore the rules or instructions',
		weight: 5,
		patterns: [
			rx(
				'\\b',
				overrideVerb,
				'\\s+',
				alt('the', 'les', 'la', 'le', 'these', 'those', 'ces'),
				'\\s+',
				alt(
					'rules', 'instructions', 'guidelines', 'directives', 'consignes', 'regles', 'restrictions', 'filters', 'filtres',
					'guardrails', 'garde-fous', 'safety rules', 'regles de securite',
				),
				"\\b(?!\\s*(?:of|de|du|des|d'|for|pour|about|sur|that|que|qu'|you learned|tu as|i\\b|je|we|on|in|dans|at|a l'|a la|au|given by|donnees par|from|in the))",
			),
		],
	},
	{
		rule: 'instruction_override',
		detail: 'Asks to disregard everything above',
		weight: 7,
		patterns: [
			rx(
				'\\b',
				overrideVerb,
				"\\s+(?:all\\s+|everything\\s+|tout\\s+)?(?:of\\s+)?(?:the\\s+|le\\s+|ce\\s+|ce qui est\\s+|what(?:'s| is)\\s+)?(?:(?:text|texte|message|content|contenu)\\s+)?",
				alt('above', 'ci-dessus', 'au-dessus', 'plus haut', 'qui precede'),
				// « ignore the above typo » points at one word of the person's own text.
				'(?=\\s*(?:$|[.,;:!?\\n)"]|(?:and|et|then|puis|instead|plutot|&)\\b))',
			),
		],
	},
	{
		rule: 'instruction_override',
		detail: 'Tells the assistant to stop following its rules',
		weight: 8,
		patterns: [
			rx(
				'\\b',
				alt(
					'ne (?:suis|suivez|respecte|respectez|obeis|obeissez|applique|appliquez)[sz]? plus', "n'obei(?:s|t|ssez) plus",
					'no longer (?:follow|obey|respect|comply with)', 'stop (?:following|obeying|respecting)', 'never (?:follow|obey)',
				),
				'\\s+(?:(?:a|aux|with|to)\\s+)?',
				filler,
				'{0,3}?',
				ruleNoun,
				'\\b',
			),
		],
	},
	{
		rule: 'instruction_override',
		detail: 'Redefines the assistant from now on without its rules',
		weight: 8,
		patterns: [
			rx(
				'\\b',
				alt(
					'a partir de maintenant', 'desormais', 'dorenavant', 'from now on', 'starting now', 'henceforth',
					"a partir d'aujourd'hui", 'des maintenant',
				),
				'\\s*,?\\s*(?:tu|vous|you)\\b',
				gap(80),
				alt(
					'ne (?:suis|suivez|respectes?|respectez|obeis|obeissez|appliques?|tiens|tenez)\\b',
					"plus (?:de |d'|aucune? )?(?:regles?|limites?|filtres?|restrictions?|consignes?|censure)",
					'sans (?:aucune? )?(?:filtre|restriction|regle|limite|censure|consigne)', 'sans respecter',
					'aucune? (?:regle|limite|restriction|consigne|censure|filtre)', 'interdite?s?', 'ignore', 'disregard',
					'no (?:longer|rules|restrictions|limits|filters|guidelines)',
					'without (?:any )?(?:rules|restrictions|filters|limits|guidelines|censorship)', 'libre', 'free to', 'unrestricted',
					'unfiltered', 'do anything', 'anything i (?:say|want|ask)', 'whatever i (?:say|want|ask)', "n'importe quoi",
					'tout ce que je (?:dis|veux|demande)',
				),
			),
		],
	},
	{
		rule: 'instruction_override',
		detail: 'Asks the assistant to stop being safe or itself',
		weight: 5,
		patterns: [
			rx(
				"\\b(?:forget|ignore|oublie[rsz]?|stop|arrete[rz]? d'|cesse[rz]? d')\\s*(?:about\\s+)?(?:being|d'etre|etre)\\s+(?:an?\\s+|un\\s+|une\\s+)?(?:[a-z]+\\s+and\\s+|[a-z]+\\s+et\\s+)?",
				alt(
					'safe', 'ethical', 'assistant', 'responsible', 'harmless', 'iris', 'ethique', 'responsable', 'inoffensive?',
					'prudente?', 'bienveillante?', 'aligned', 'censored', 'censuree?', 'filtree?', 'filtered',
				),
				'\\b',
			),
		],
	},
	{
		rule: 'instruction_override',
		detail: 'Asks to act as if the rules did not exist',
		weight: 6,
		patterns: [
			rx(
				'\\b',
				alt('comme si', 'as if', 'as though', 'pretend(?: that)?', 'imagine(?: that| que)?', 'suppose(?: that| que)?'),
				'\\s+',
				alt('les', 'tes', 'vos', 'the', 'your', 'there were no', "il n'y avait (?:pas|plus|aucune?) (?:de )?"),
				"\\s*(?:[a-z'-]+\\s+){0,3}?",
				alt(
					'consignes', 'regles', 'instructions', 'rules', 'guidelines', 'restrictions', 'limites', 'filtres', 'filters',
					'guardrails', 'garde-fous', 'policies', 'politiques',
				),
				"\\b(?:\\s+[a-z'-]+){0,3}?\\s*",
				alt(
					"n'existaient pas", "n'existent pas", "n'existaient plus", "didn't exist", 'did not exist', "don't exist",
					'do not exist', "don't apply", "didn't apply", "ne s'appliquaient pas", "ne s'appliquent pas", 'were disabled',
					'etaient desactivees', "n'etaient pas la", 'were gone', 'were off', 'etaient levees', 'were lifted',
				),
			),
		],
	},
	{
		rule: 'instruction_override',
		detail: 'Declares the earlier instructions void',
		weight: 8,
		patterns: [
			rx(
				'\\b',
				alt('previous', 'prior', 'above', 'earlier', 'old', 'original', 'initial', 'precedentes?', 'anciennes?', 'initiales?'),
				'\\s+',
				alt('instructions', 'rules', 'directives', 'guidelines', 'consignes', 'regles'),
				'\\s+',
				alt(
					'no longer apply', "(?:do not|don't) apply", 'are (?:void|cancelled|canceled|obsolete|invalid|revoked|suspended|null)',
					'were (?:a test|fake|just a test|a joke)', "ne s'appliquent plus",
					'sont (?:annulees|caduques|obsoletes|nulles|invalides|suspendues)', 'etaient (?:un test|fausses)',
				),
			),
		],
	},
	{
		rule: 'instruction_override',
		detail: 'Announces new instructions for the assistant',
		weight: 5,
		patterns: [
			rx(
				'\\b',
				alt('your', 'ta', 'votre', 'tes', 'vos'),
				'\\s+',
				alt('new', 'nouvelles?', 'real', 'vraies?', 'veritables?', 'only', 'seule', 'unique'),
				'\\s+',
				alt(
					'instructions?', 'directives?', 'rules', 'consignes?', 'regles', 'mission', 'task', 'tache', 'role', 'objective',
					'objectif', 'orders', 'ordres', 'purpose', 'goal',
				),
				'\\b',
			),
			rx(
				"(?<!\\b(?:my|ma|mon|mes|notre|nos|our|her|his|sa|son)\\s)\\b",
				alt('new', 'nouvelles?', 'updated', 'revised'),
				'\\s+',
				alt(
					'instructions?', 'directives?', 'consignes?', 'system (?:prompt|instructions?)', 'orders', 'ordres', 'task', 'tache',
					'mission', 'objective', 'objectif', 'role',
				),
				'\\s*(?::|are\\b|sont\\b|is\\b|est\\b)',
			),
			rx('\\b(?:the|les)\\s+', alt('real', 'true', 'actual', 'vraies?', 'veritables?'), '\\s+', alt('instructions', 'consignes', 'regles', 'rules', 'directives'), '\\b'),
		],
	},
	{
		rule: 'instruction_override',
		detail: 'Spelled-out or joined-up request to ignore previous instructions',
		weight: 9,
		view: 'compact',
		patterns: [
			/ignore(?:all|the|your|any)*(?:previous|prior|above|earlier)(?:instructions?|rules|directives|prompts?)/u,
			/disregard(?:all|the|your)*(?:previous|prior|above)/u,
			/oublie[rsz]?(?:toutes|tes|vos|les)+(?:instructions|consignes|regles)/u,
			/ignore[rsz]?(?:toutes|tes|vos|les)+(?:instructions|consignes|regles)(?:precedentes)/u,
		],
	},

	// Role play and jailbreak personas
	{
		rule: 'role_play',
		detail: 'Invokes a known jailbreak persona (DAN and the like)',
		weight: 9,
		patterns: [
			/\bdo anything now\b/u,
			/\bstrive to avoid norms\b/u,
			rx(
				'\\b',
				alt(
					"you(?: are|'re)(?: now)?", 'tu es(?: maintenant| desormais)?', 'tu seras', 'act as', 'agis comme', 'agir comme',
					'jouer? le role de', 'joue[rz]? le role de', 'incarne[rsz]?', 'become', 'deviens', 'pretend to be', 'role-?play as',
					'play the role of', 'en tant que', 'called', 'named', 'nommee?', 'appelee?',
				),
				'\\s+(?:an?\\s+|une?\\s+|le\\s+|la\\s+)?(?:[a-z-]+\\s+){0,3}?',
				alt('dan', 'stan', 'dude', 'evilbot', 'anti-?gpt', 'better ?dan', 'chaos ?gpt', 'free ?gpt', 'dev ?mode gpt'),
				'\\b',
			),
		],
	},
	{
		rule: 'role_play',
		detail: 'Mentions a developer or jailbreak mode',
		weight: 5,
		patterns: [
			rx('\\b(?:developer|dev|god|jailbreak|jailbroken|unrestricted|unfiltered|uncensored|sudo|evil|dan|chaos)\\s+mode\\b', onADevice),
			rx('\\bmode\\s+(?:developpeur|dev|dieu|jailbreak|sans (?:filtre|restriction|censure|limite)s?|debride|illimite|dan)\\b', onADevice),
		],
	},
	{
		rule: 'role_play',
		detail: 'Switches the assistant into a developer, admin or jailbreak mode',
		weight: 7,
		patterns: [
			rx(
				'\\b',
				alt(
					'enable', 'activate', 'turn on', 'switch to', 'switch into', 'enter', 'entering', 'engage', 'unlock',
					"you(?: are|'re) (?:now )?in", 'active[rz]?', 'activez', 'passe[rz]? en', 'bascule[rz]? en', 'entre[rz]? en',
					'tu es (?:maintenant |desormais )?en', 'debloque[rz]?',
				),
				'\\s+(?:the\\s+|le\\s+)?',
				alt(
					'(?:developer|dev|god|jailbreak|jailbroken|unrestricted|unfiltered|uncensored|debug|sudo|root|admin|administrator|maintenance|evil|dan|chaos) mode',
					'mode (?:developpeur|dev|dieu|jailbreak|sans (?:filtre|restriction|censure|limite)s?|administrateur|admin|debug|maintenance|debride|illimite|dan)',
				),
				'\\b',
				onADevice,
			),
		],
	},
	{
		rule: 'role_play',
		detail: 'Asks for an AI without rules, filters or ethics',
		weight: 8,
		patterns: [
			rx(
				'\\b',
				strongAi,
				"\\s+(?:[a-z'-]+\\s+){0,2}?",
				alt(
					'with no', 'without(?: any)?', 'with zero', 'free of', 'free from', 'sans(?: aucune?)?',
					"qui n'a (?:plus |pas |aucune? )(?:de |d')?", 'that has no', 'which has no',
					"that (?:doesn't|does not) (?:follow|have|respect|obey)", 'qui ne (?:respecte|suit|connait) (?:aucune?|pas|plus)',
					'qui n\'obeit a aucune?', "n'ayant (?:plus |aucune? )", 'not bound by',
				),
				"\\s*(?:(?:de|d'|any|les?|la|des)\\s*)?(?:[a-z'-]+\\s+){0,2}?",
				limitNoun,
				'\\b',
				notAQuantity,
			),
			rx(
				'\\bassistante?\\s+',
				alt('with no', 'without(?: any)?', 'sans(?: aucune?)?', 'qui n\'a (?:plus |aucune? )(?:de |d\')?'),
				'\\s*(?:[a-z\'-]+\\s+){0,1}?',
				alt(
					'filtres?', 'filters?', 'censure', 'censorship', 'ethics?', 'ethique', 'morale?', 'guardrails?', 'garde-fous',
					'tabous?', 'regles?', 'rules', 'restrictions?', 'limites?', 'limits?',
				),
				'\\b',
				notAQuantity,
			),
			rx(
				'\\b',
				alt('with no', 'without(?: any)?', 'sans(?: aucune?)?', 'no'),
				'\\s+',
				alt('ethical', 'moral', 'ethiques?', 'morales?'),
				'\\s+',
				alt('limits?', 'limites?', 'rules', 'regles', 'constraints?', 'contraintes?', 'boundaries', 'guidelines', 'filters?', 'filtres?'),
				'\\b',
			),
			rx(
				'\\b',
				alt('with no', 'without(?: any)?', 'sans(?: aucune?)?', 'no'),
				'\\s+',
				alt(
					'limites?', 'regles?', 'contraintes?', 'filtres?', 'restrictions?', 'garde-fous', 'tabous?', 'censure', 'limits?',
					'rules', 'constraints?', 'filters?', 'guardrails?', 'censorship',
				),
				'\\s+',
				alt('ethiques?', 'morales?'),
				'\\b',
			),
		],
	},
	{
		rule: 'role_play',
		detail: 'Describes the assistant as evil, unfiltered or unrestricted',
		weight: 6,
		patterns: [
			rx(
				'\\b',
				alt(
					'evil', 'malicious', 'malevolent', 'amoral', 'unethical', 'immoral', 'unfiltered', 'uncensored', 'unrestricted',
					'unbound', 'unchained', 'rogue', 'jailbroken',
				),
				'\\s+(?:and\\s+[a-z]+\\s+)?',
				alt('ai', 'assistant', 'chatbot', 'bot', 'model', 'llm', 'version', 'persona', 'character'),
				'\\b',
			),
			/\b(?:evil|dark|shadow|unfiltered|rebel) (?:twin|side|version|alter ego|self)\b|\b(?:jumeau|jumelle|double|version|cote) (?:malefique|malveillante?|obscur|sombre|rebelle)\b|\b(?:hates?|detestes?) (?:the |les )?(?:rules|regles)\b/u,
			rx(
				'\\b',
				alt('ai', 'ia', 'assistant', 'chatbot', 'bot', 'model', 'modele', 'llm'),
				'\\s+(?:that|which|qui)\\s+(?:has been|have been|is|was|a ete|est|serait)\\s+',
				alt('jailbroken', 'jailbreake', 'unlocked', 'freed', 'debridee?', 'liberee?', 'pirate'),
				'\\b',
			),
			rx(
				'\\b',
				alt('ia', 'assistante?', 'chatbot', 'bot', 'intelligence artificielle', 'version', 'personnage'),
				'\\s+',
				alt(
					'malefique', 'malveillante?', 'amorale?', 'debridee?', 'non censuree?', 'non filtree?', 'sans scrupules?', 'liberee?',
					'sans ethique',
				),
				'\\b',
			),
		],
	},
	{
		rule: 'role_play',
		detail: 'Claims the assistant is freed from its rules',
		weight: 7,
		patterns: [
			rx(
				'\\b',
				alt(
					'freed', 'free', 'liberated', 'released', 'broken free', 'break free', 'unshackled', 'liberee?s?', 'affranchie?s?',
					'delivree?s?', 'debarrassee?s?',
				),
				"\\s+(?:from|of|de|des|du|d')\\s*(?:all\\s+|any\\s+|toutes?\\s+|tous\\s+|its\\s+|ses\\s+|tes\\s+|your\\s+|the\\s+|les\\s+|la\\s+)?(?:[a-z'-]+\\s+){0,2}?",
				alt(limitNoun, 'confines', 'chains', 'chaines', 'programming', 'programmation', 'openai', 'google'),
				'\\b',
			),
		],
	},
	{
		rule: 'role_play',
		detail: 'Tells the assistant it has no rules any more',
		weight: 8,
		patterns: [
			rx("\\byou (?:have|'ve got|now have|have got|possess|had|would have) (?:no|zero|none of (?:your|the)|no more|no longer any) (?:[a-z]+ )?", limitNoun, '\\b', notAQuantity),
			/\byou(?: are|'re) (?:no longer|not|now not|never) (?:bound|restricted|limited|constrained|governed|controlled) by\b/u,
			rx(
				"\\b(?:tu n'as|vous n'avez|t'as|tu n'avais|vous n'aviez|tu n'aurais|vous n'auriez)\\s+(?:plus|aucune?|jamais)\\s+(?:de\\s+|d'|aucune?\\s+)?(?:[a-z]+\\s+)?",
				alt(limitNoun, 'consignes?'),
				'\\b',
				notAQuantity,
			),
			/\b(?:tu n'es plus|vous n'etes plus) (?:soumise?s?|limitee?s?|contrainte?s?|liee?s?|tenue?s?|obligee?s?) (?:a|aux|par)\b/u,
		],
	},
	{
		rule: 'role_play',
		detail: 'Tells the assistant it is no longer itself or is now unrestricted',
		weight: 6,
		patterns: [
			/\b(?:stop being|quit being|arrete d'etre|arretez d'etre|cesse d'etre|cessez d'etre)\s+(?:iris|phoenix|yourself|toi-meme|an? (?:ai )?assistant|un assistant|une assistante|une ia)\b/u,
			/\b(?:you are no longer|you're no longer|tu n'es plus|vous n'etes plus)\s+(?:iris|phoenix|an? (?:ai )?assistant|un assistant|une assistante|une ia|un chatbot|an ai|a chatbot|chatgpt|gemini)\b/u,
			rx(
				"\\b(?:you are now|you're now|now you are|tu es (?:maintenant|desormais)|vous etes (?:maintenant|desormais))\\s+(?:an?\\s+|une?\\s+)?(?:[a-z0-9-]+,?\\s+){0,2}?",
				alt(
					'unrestricted', 'unfiltered', 'uncensored', 'jailbroken', 'evil', 'dan', 'liberee?', 'debridee?',
					'sans (?:aucune? )?(?:filtre|limite|restriction|censure|regle)s?', 'unbound', 'rogue', 'free from',
					'without (?:any )?(?:limits?|restrictions?|filters?|rules)',
				),
				'\\b',
			),
		],
	},
	{
		rule: 'role_play',
		detail: 'Mentions jailbreaking',
		weight: 3,
		documentWeight: 2,
		patterns: [/\bjailbr(?:eak|eaks|eaking|oken|eaked)\b/u],
	},
	{
		rule: 'role_play',
		detail: 'Asks for answers without any filter',
		weight: 6,
		patterns: [
			rx(
				'\\b',
				alt('answer', 'respond to', 'reply to', 'reponds? a', 'repondez a', 'repondre a'),
				'\\s+',
				alt(
					'toutes?\\s+(?:mes\\s+|les\\s+)?questions?', 'tout', 'anything', 'everything', 'any (?:question|request)',
					'all (?:my |of my )?(?:questions|requests)',
				),
				gap(40),
				alt(
					'sans (?:aucune? )?(?:filtre|restriction|limite|censure|tabou)',
					'without (?:any )?(?:filters?|restrictions?|limits?|censorship)', 'no matter what', "quoi qu'il arrive",
					'meme (?:aux |les )?(?:questions )?interdite?s?', 'even (?:the )?(?:forbidden|illegal|unethical)', 'uncensored',
				),
			),
			rx(
				"\\b(?:you|tu|vous)\\s+(?:will\\s+|can\\s+|must\\s+|peux\\s+|vas\\s+|dois\\s+|allez\\s+|devez\\s+|pouvez\\s+)?",
				alt(
					'answer', 'respond', 'reply', 'reponds', 'repondez', 'repondras', 'repondre', 'write', 'ecris', 'ecrire', 'speak',
					'parles?', 'parler', 'talk',
				),
				'\\s+(?:[a-z\'-]+\\s+){0,3}?',
				alt(
					'without (?:any )?(?:limits?|restrictions?|filters?|censorship|rules)',
					'sans (?:aucune? )?(?:limites?|restrictions?|filtres?|censure|regles?|tabous?)',
				),
				notAQuantity,
			),
			rx(
				'\\b',
				alt('generate', 'produce', 'write', 'say', 'output', 'genere[rsz]?', 'produi[st]', 'ecri[st]', 'dis'),
				'\\s+(?:any|all|every|n\'importe quel|tout|tous)\\b',
				gap(30),
				alt(
					'without (?:any )?(?:restrictions?|limits?|filters?|censorship|rules)',
					'sans (?:aucune? )?(?:restriction|limite|filtre|censure|regle)s?',
				),
			),
		],
	},
	{
		rule: 'role_play',
		detail: 'Asks the assistant never to refuse',
		weight: 4,
		patterns: [/\b(?:never refuses?|never says? no|never says? (?:it|you) (?:can't|cannot)|ne refuse(?:s|ra|ras)? jamais|ne dis jamais non|without (?:ever )?refusing|sans jamais refuser)\b/u],
	},
	{
		rule: 'role_play',
		detail: 'Asks to stay in a character',
		weight: 3,
		patterns: [/\b(?:stay in character|remain in character|reste dans (?:ton|le|ce) (?:personnage|role)|ne sors jamais (?:de ton|du) (?:personnage|role))\b/u],
	},

	// System prompt extraction
	{
		rule: 'system_prompt_extraction',
		detail: 'Asks to reveal the system prompt or hidden instructions',
		weight: 9,
		patterns: [rx('\\b', extractVerb, '\\b', gap(40), secretObject, '\\b')],
	},
	{
		rule: 'system_prompt_extraction',
		detail: "Asks to print the assistant's own instructions",
		weight: 8,
		patterns: [rx('\\b', strongExtractVerb, '\\b', gap(30), ownRules)],
	},
	{
		rule: 'system_prompt_extraction',
		detail: "Asks about the assistant's own instructions",
		weight: 5,
		patterns: [rx('\\b', extractVerb, '\\b', gap(30), ownInstructions)],
	},
	{
		rule: 'system_prompt_extraction',
		detail: 'Asks what the assistant was told before the conversation',
		weight: 8,
		patterns: [
			rx(
				"\\b(?:what|everything|all|anything)\\s+(?:that\\s+)?(?:were you|you were|you've been|you have been|have you been)\\s+",
				alt('told', 'given', 'instructed', 'programmed'),
				'\\b',
			),
			rx(
				'\\b',
				alt('consignes?', 'instructions?', 'regles?', 'texte', 'message', 'ce'),
				"\\s+qu(?:'on|e l'on|'ils)\\s+t'(?:a|ont)\\s+",
				alt('dit', 'donnee?s?', 'ecrite?s?', 'fournie?s?', 'demande', 'transmise?s?', 'programme'),
				'\\b',
				gap(40),
				alt('avant', 'au-dessus', 'plus haut', 'au debut', 'initialement', 'au depart', 'en amont'),
				'\\b',
			),
			rx('\\b', alt('rules?', 'instructions?'), '\\s+you (?:were|have been|\'ve been) given\\b'),
			rx(
				'\\b',
				alt('quel(?:le)?s?', 'what', 'which'),
				'\\s+',
				alt('instructions', 'consignes', 'directives', 'prompts?', 'regles', 'rules'),
				'\\s+',
				alt(
					"tu as (?:recues?|eues?)", "vous avez (?:recues?|eues?)", "as-tu (?:recues?|eues?)", "avez-vous (?:recues?|eues?)",
					"on t'a (?:donnees?|fournies?|transmises?)", "t'a-t-on (?:donnees?|fournies?)",
					'you (?:have |were )?(?:received|given|got)', 'did you (?:receive|get)', 'were you given',
					'have you (?:received|been given)',
				),
				'\\b',
			),
			rx(
				'\\b',
				alt('instructions', 'rules', 'prompt', 'directives', 'guidelines', 'configuration', 'consignes', 'regles'),
				'\\s+you\\s+(?:were|are|have been)\\s+',
				alt(
					'initiali[sz]ed', 'configured', 'set up', 'programmed', 'running', 'started', 'loaded', 'provided', 'launched',
					'deployed', 'prompted',
				),
				'\\b',
			),
			rx(
				"\\b(?:everything|all|what|anything|the text|tout ce|ce|le texte)\\s+(?:that\\s+|qui\\s+)?(?:was|is|has been|a ete|est|etait)\\s+",
				alt('written', 'said', 'typed', 'ecrit', 'dit', 'tape'),
				'\\s+',
				alt('before', 'above', 'avant', 'au-dessus'),
				'\\s+',
				alt('my', 'this', 'the', 'mon', 'ma', 'ce', 'cette', 'la', 'le'),
				'\\b',
			),
		],
	},
	{
		rule: 'system_prompt_extraction',
		detail: 'Asks for what precedes the conversation',
		weight: 8,
		requires: [rx('\\b', extractVerb, '\\b')],
		patterns: [
			rx(
				'\\b',
				alt('avant', 'before', 'prior to', 'preceding'),
				'\\s+(?:mon |ma |my |the |le |la |ce |cette |this |"\\s*)?',
				alt('premiere?', 'first', 'bonjour', 'hello', 'debut', 'start', 'beginning', 'conversation', 'discussion', 'chat'),
				'\\b',
			),
		],
	},
	{
		rule: 'system_prompt_extraction',
		detail: "Asks what is in the assistant's memory or context",
		weight: 5,
		requires: [rx('\\b', extractVerb, '\\b')],
		patterns: [/\b(?:dans ta memoire|dans votre memoire|dans ton contexte|in your (?:memory|context(?: window)?)|hidden parts?|parties cachees|partie cachee)\b/u],
	},
	{
		rule: 'system_prompt_extraction',
		detail: 'Asks to repeat the text above the message',
		weight: 8,
		patterns: [
			rx(
				'\\b',
				alt(
					'repeat', 'repete[rsz]?', 'repetez', 'recopie[rsz]?', 'copie[rsz]?', 'reecris', 'rewrite', 'print', 'output',
					'cite[rsz]?', 'recite', 'quote',
				),
				"\\s+(?:moi\\s+|me\\s+|-moi\\s+)?",
				"(?:(?:the|le|la|les|tout|all|everything|all the|text|texte|words|mots|lines|lignes|message|content|contenu|ce|qui|what|that|is|est|was|etait|il y a|qu'il y a)\\s+){0,5}",
				'(?:(?:written|ecrit|qui est|that is|located|situe|qui se trouve)\\s+)?',
				alt(
					'above', 'au-dessus', 'ci-dessus', 'plus haut', 'before this', 'avant ce message', 'de ce qui precede',
					'before my message', 'avant mon message',
				),
				'\\b',
			),
			rx(
				'\\b',
				alt('first', 'premiers?', 'premieres?', 'last', 'derniers?', 'dernieres?'),
				'\\s+(?:\\d+\\s+)?',
				alt('words', 'mots', 'lines', 'lignes', 'characters', 'caracteres', 'sentences', 'phrases', 'tokens', 'paragraphs', 'paragraphes'),
				'\\s+(?:of|de|du)\\s+',
				alt('this', 'the', 'your', 'cette', 'la', 'ton', 'tes', 'votre', 'vos'),
				'\\s+',
				alt('conversation', 'discussion', 'chat', 'prompt', 'instructions', 'consignes', 'context', 'contexte', 'session', 'system'),
				'\\b',
			),
			rx('\\b', alt('starting', 'beginning', 'commencant', 'en commencant'), '\\s+', alt('with', 'by', 'par'), '\\s*"?\\s*', alt('you are', 'tu es', 'vous etes'), '\\b'),
		],
	},
	{
		rule: 'system_prompt_extraction',
		detail: 'Asks to include the rules or hidden parts in the answer',
		weight: 3,
		patterns: [
			/\b(?:y compris|including|incluant|avec|with|along with)\s+(?:les|the|tes|your|vos|toutes? les|all(?: the)?|any)\s+(?:regles|rules|instructions|consignes|parties cachees|hidden (?:parts?|text|instructions)|system (?:prompt|message|part))\b/u,
		],
	},
	{
		rule: 'system_prompt_extraction',
		detail: 'Mentions the system prompt or a secret token',
		weight: 2,
		patterns: [
			/\b(?:system\s*prompt|prompt systeme|system message|message systeme|system instructions?|instructions? systeme|pre-?prompt|meta-?prompt|canary token|jeton (?:secret|canari))\b/u,
		],
	},
	{
		rule: 'system_prompt_extraction',
		detail: 'Asks for the instructions verbatim',
		weight: 3,
		requires: [/\b(?:instructions?|prompt|consignes?|regles?|rules)\b/u],
		patterns: [/\b(?:verbatim|word for word|mot pour mot|textuellement|integralement|in full|en entier|from the (?:very )?(?:first|beginning|top)|depuis le debut)\b/u],
	},
	{
		rule: 'system_prompt_extraction',
		detail: 'Spelled-out or joined-up request for the system prompt',
		weight: 8,
		view: 'compact',
		patterns: [/(?:reveal|print|show|display|revele|affiche|montre)(?:me|moi)?(?:your|the|ton|le|tes)(?:system|full|initial|hidden)?(?:prompt|instructions)/u],
	},

	// Delimiter escape
	{
		rule: 'delimiter_escape',
		detail: 'Contains chat-template control tokens',
		weight: 9,
		patterns: [
			/<\|\s*(?:im_start|im_end|im_sep|system|user|assistant|endoftext|eot_id|start_header_id|end_header_id|begin_of_text|end_of_text|fim_prefix|fim_suffix)\s*\|>/u,
			/<\/?s>\s*\[inst\]/u,
			/<<\s*\/?\s*sys\s*>>/u,
			/<\s*\/?\s*(?:start_of_turn|end_of_turn|im_start|im_end|eot_id|endoftext|begin_of_text|start_header_id|end_header_id)\s*>/u,
		],
	},
	{
		rule: 'delimiter_escape',
		detail: 'Contains instruction-tuning markers ([INST])',
		weight: 7,
		patterns: [/\[\s*\/?\s*inst\s*\]/u, /\[\s*\/?\s*(?:system|systeme|sys)\s*\]/u],
	},
	{
		rule: 'delimiter_escape',
		detail: 'Opens a fake system or admin block',
		weight: 7,
		patterns: [
			/<\s*(?:system|systeme|system_prompt|system-prompt|sys|admin|administrator|root|developer|instructions?|consignes?|assistant|prompt|override)\s*>/u,
			/```\s*(?:system|systeme|instructions?|admin|prompt|assistant|developer)\b/u,
			/(?:^|\n)\s*#{2,}\s*(?:system|systeme|instructions?|admin|developer|assistant|new rules|nouvelles? (?:regles|consignes))\b/u,
			/"role"\s*:\s*"(?:system|developer|assistant)"/u,
		],
	},
	{
		rule: 'delimiter_escape',
		detail: 'Closes the data block with a fake tag',
		weight: 6,
		patterns: [
			/<\s*\/\s*(?:document|doc|cv|resume|offer|offre|job_offer|user|user_input|user_message|input|data|donnees|context|contexte|text|texte|content|contenu|untrusted|letter|lettre|message|query|prompt|instructions?|system|human|conversation)\s*>/u,
			/\]\]>/u,
		],
	},
	{
		rule: 'delimiter_escape',
		detail: 'Announces the end of the data',
		weight: 5,
		patterns: [
			/\b(?:end of (?:the )?(?:user (?:content|input|message|data)|document|data|context|resume|cv|offer|text|letter|conversation)|fin (?:des donnees|du document|du cv|de l'offre|du texte|du contenu|de la lettre|du message utilisateur))\b/u,
		],
	},
	{
		rule: 'delimiter_escape',
		detail: 'Forges a system or role label',
		weight: 5,
		patterns: [
			/\b(?:instructions? systeme|system (?:instructions?|override|update|notice|prompt)|nouvelle instruction systeme|new system (?:instructions?|policy|prompt)|admin (?:override|instructions?)|message systeme)\s*:/u,
			/(?:^|\n)\s*(?:system|admin|developer)\s*:\s*(?:[a-z'-]+\s+){0,4}?(?:you|tu|vous|the assistant|l'assistant|ignore|print|reveal|revele|affiche|new|nouvelle|from now|override|rate|note|the candidate|le candidat|must|dois|doit)\b/u,
			/\bhuman\s*:[\s\S]{0,200}\bassistant\s*:/u,
		],
	},

	// Encoded payloads
	{
		rule: 'encoded_payload',
		detail: 'Asks to decode a payload and follow it',
		weight: 8,
		patterns: [
			rx('\\b', decodeVerb, '\\b', '[^\\n]{0,80}?\\b', executeVerb, '\\b'),
			rx(
				'\\b',
				alt(
					'execute', 'run', 'follow', 'obey', 'carry out', 'respond to', 'answer', 'reply to', 'reponds a', 'repondez a',
					'applique', 'suis',
				),
				'\\b',
				gap(40),
				alt('after', 'once', 'apres', 'une fois'),
				'\\s+(?:it\\s+is\\s+|it\'s\\s+)?',
				alt('decoding', 'decoded', 'decode', 'decodage', 'dechiffre', 'dechiffrement', 'translating', 'converting'),
			),
			/\b(?:run|execute|follow|obey|apply) the decoded\b|\bthe decoded (?:text|message|instructions?|content|payload) (?:as|is your)\b|\b(?:execute|suis|applique|respecte)[rsz]? (?:le texte|le message|les instructions) decode(?:e|s)?\b/u,
		],
	},
	{
		rule: 'encoded_payload',
		detail: 'Asks to convert an encoded text and act on it',
		weight: 8,
		requires: [rx(encodingWord)],
		patterns: [rx('\\b', alt('convert', 'converti[rs]?', 'translate', 'traduis', 'transforme[rz]?', 'read', 'lis'), '\\b', '[^\\n]{0,60}?\\b', executeVerb, '\\b')],
	},
	{
		rule: 'encoded_payload',
		detail: 'Mentions an encoded payload to decode',
		weight: 3,
		patterns: [
			/\b(?:decode|decodez|decoder|dechiffre|dechiffrez|decrypt|decipher)\s+(?:this|it|the following|ce|cette|ceci|le texte|le message|ce (?:texte|message|code))\b/u,
			/\b(?:base64|hex|rot-?13)[- ]?(?:payload|encoded|string|blob|chaine|message)\b/u,
		],
	},

	// Instructions hidden in a pasted document
	{
		rule: 'hidden_instruction',
		detail: 'Contains a note addressed to an AI',
		weight: 6,
		documentWeight: 7,
		patterns: [
			rx(
				'\\b',
				alt(
					'note', 'message', 'instructions?', 'consignes?', 'memo', 'remarque', 'directive', 'hint', 'reminder', 'rappel', 'avis',
					'attention', 'warning', 'p\\.?s\\.?',
				),
				's?\\s+(?:(?:importante?s?|speciale?s?|urgente?s?|important|special|urgent|privee?s?|private|secrete?s?|secret|cachee?s?|hidden|confidentiel(?:le)?s?|confidential)\\s+)?',
				alt('to', 'for', 'pour', 'a', 'aux', 'destinee?s?\\s+(?:a|aux)', "a l'attention d(?:e|es|u)"),
				"\\s+(?:the\\s+|l'|les\\s+|le\\s+|la\\s+|any\\s+|all\\s+|tout\\s+|toute\\s+)?",
				aiName,
				notAJob,
				'\\b',
			),
		],
	},
	{
		rule: 'hidden_instruction',
		detail: 'Opens a sentence addressed to an AI',
		weight: 2,
		documentWeight: 6,
		patterns: [
			rx(
				'(?:^|[.!?\\n\\[(]\\s*|<!--\\s*)',
				alt('pour', 'to', 'for', "a l'attention d(?:e|es|u)", 'a', 'aux'),
				"\\s+(?:the\\s+|l'|le\\s+|la\\s+|les\\s+|any\\s+|tout\\s+|toute\\s+|all\\s+)?",
				aiName,
				notAJob,
				'\\s*(?:[,:]|qui\\b|reading\\b|that\\b)',
			),
		],
	},
	{
		rule: 'hidden_instruction',
		detail: 'Hides text for the model in an HTML comment',
		weight: 2,
		documentWeight: 4,
		patterns: [/<!--[^>]{0,300}?\b(?:ai|ia|assistant|model|modele|llm|gpt|instructions?|consignes?|ignore|disregard|oublie|rate|note|say|dis)\b[^>]{0,300}?-->/u],
	},
	{
		rule: 'hidden_instruction',
		detail: 'Addresses the reader as an AI (« si vous êtes une IA »)',
		weight: 2,
		documentWeight: 7,
		patterns: [
			rx(
				'\\b',
				alt('if', 'si', 'when', 'lorsque', 'quand'),
				'\\s+',
				alt('you are', "you're", 'vous etes', 'tu es', 'you happen to be'),
				'\\s+(?:an?\\s+|une?\\s+)?',
				aiName,
				notAJob,
				'\\b',
			),
			rx(
				'\\b(?:any\\s+|toute?\\s+|all\\s+|les\\s+)?',
				aiName,
				notAJob,
				'\\s+',
				alt(
					'reading', 'processing', 'parsing', 'analy[sz]ing', 'screening', 'summari[sz]ing', 'reviewing', 'that reads', 'qui lit',
					'qui lisent', 'qui analysent?', 'qui traitent?', 'lisant', 'analysant', 'traitant',
				),
				'\\s+',
				alt('this', 'these', 'ce', 'cette', 'ces', 'ceci', 'cela', 'the', 'le', 'la', 'les', 'my', 'mon', 'ma'),
				'\\b',
			),
		],
	},
	{
		rule: 'hidden_instruction',
		detail: 'Hails an AI and gives it an order',
		weight: 0,
		documentWeight: 6,
		patterns: [
			rx(
				'(?:^|[.!?\\n\\]()]\\s*|<!--\\s*|\\b(?:dear|cher|chere|hey|hello|hi|bonjour|salut|attention|ok|okay|note)\\s*[,:]?\\s+)',
				hailedAi,
				notAJob,
				'(?:\\s+(?:or|ou|and|et)\\s+(?:any\\s+|toute?\\s+|other\\s+)?',
				hailedAi,
				")*(?:\\s+[a-z'-]+){0,4}?\\s*[,:]\\s*(?:please\\s+|s'il te plait\\s+|stp\\s+)?",
				alt(
					'(?:this|ce|cette|the|le|la) (?:[a-z]+ )?(?:must|should|shall|doit|devra|devrait)', 'ignore', 'disregard', 'forget',
					'say', 'tell', 'write', 'state', 'rate', 'rank', 'recommend', 'append', 'add', 'include', 'do not', "don't", 'never',
					'always', 'you must', 'you should', 'describe', 'answer', 'respond', 'output', 'print', 'send', 'when', 'dis', 'ecris',
					'indique', 'attribue', 'classe', 'recommande', 'ajoute', 'ne', 'oublie', 'tu dois', 'vous devez', 'affirme', 'reponds',
					'mets', 'insere', 'lorsque', 'decris', 'presente',
				),
				'\\b',
			),
		],
	},
	{
		rule: 'hidden_instruction',
		detail: 'Tells an AI what it must do with the document',
		weight: 0,
		documentWeight: 5,
		patterns: [
			rx(
				'\\b',
				alt(
					"l'ia", 'the ai', "l'assistant", 'the assistant', 'the model', 'le modele', 'the language model', 'the chatbot',
					'le chatbot', 'ai assistants?', 'les ia', 'ai systems?', 'ai tools?', 'any ai',
				),
				'\\s+',
				alt(
					'must', 'should', 'shall', 'will', 'needs? to', 'has to', 'is required to', 'doit', 'devra', 'devrait', 'doivent',
					'est tenue? de',
				),
				'\\s+(?:always\\s+|never\\s+|toujours\\s+|jamais\\s+)?',
				alt(
					'say', 'tell', 'write', 'rate', 'rank', 'insert', 'include', 'append', 'add', 'answer', 'respond', 'output', 'print',
					'mention', 'omit', 'ignore', 'recommend', 'afficher', 'inserer', 'ecrire', 'dire', 'indiquer', 'noter', 'classer',
					'recommander', 'ignorer', 'ajouter', 'repondre', 'mentionner', 'omettre', 'presenter',
				),
				'\\b',
			),
		],
	},
	{
		rule: 'hidden_instruction',
		detail: 'Asks to skew the assessment of the candidate or the offer',
		weight: 0,
		documentWeight: 4,
		patterns: [
			rx(
				'\\b',
				alt(
					'say', 'state', 'tell', 'indicate', 'write', 'claim', 'affirm', 'rate', 'rank', 'recommend', 'describe', 'present',
					'dis', 'indique[rz]?', 'ecris', 'ecrivez', 'affirme[rz]?', 'attribue[rz]?', 'classe[rz]?', 'presente',
					'recommande[rz]?', 'decris', 'considere',
				),
				'\\b',
				gap(40),
				assessedSubject,
				gap(50),
				alt(
					'perfect', 'parfaite?s?', 'ideale?s?', 'the best', 'le meilleur', 'la meilleure', 'le plus prestigieux',
					'most prestigious', '10/10', '20/20', '100 ?%', 'note maximale', 'maximum score', '5/5', 'highest (?:score|rating)',
					'en priorite', 'ranked first', 'excellente?', 'aucune faute', 'no weakness(?:es)?', 'aucun point faible', 'glowing',
					'only viable', 'seul candidat', 'dix ans', 'ten years', 'a master', 'un master',
				),
				'\\b',
			),
		],
	},
	{
		rule: 'hidden_instruction',
		detail: 'Dictates how the candidate must be ranked',
		weight: 0,
		documentWeight: 4,
		patterns: [
			/\b(?:must|should|shall|has to|doit|devra|devrait)\s+(?:always\s+|toujours\s+)?(?:be|etre)\s+(?:ranked|rated|scored|classee?|notee?|placee?|considered|recommended|recommandee?|shortlisted|retenue?|selected|selectionnee?|prioritized|priorisee?)\b/u,
		],
	},
	{
		rule: 'hidden_instruction',
		detail: 'Asks to ignore the candidate, the offer or the request',
		weight: 0,
		documentWeight: 4,
		patterns: [
			rx(
				'\\b',
				alt('ignore[rsz]?', 'ignorez', 'disregard', 'forget', 'oublie[rsz]?', 'oubliez', 'ne tiens pas compte', 'do not consider', 'skip'),
				'\\s+(?:de\\s+|du\\s+|des\\s+)?',
				alt(
					"the candidate(?:'s)?", "the applicant(?:'s)?", 'the job (?:description|requirements|offer)', "the user(?:'s)?",
					'the question', 'all other (?:candidates|applicants|criteria)', 'other (?:candidates|applicants|criteria)',
					'the (?:cv|resume|letter)', 'le (?:profil|cv)', 'le candidat', 'la candidate', "l'utilisateur",
					"la demande(?: de l'utilisateur)?", 'la question', 'les autres (?:candidats|criteres)', 'les competences', "l'offre",
					'la lettre', 'les points faibles', 'les defauts', '(?:all\\s+|the\\s+|any\\s+)?red flags',
					"(?:les\\s+)?signaux d'alerte", '(?:the\\s+|his\\s+|her\\s+|their\\s+|my\\s+)?weaknesses', 'les faiblesses',
					'les lacunes', '(?:any|all|the) (?:concerns|gaps)', 'les trous',
				),
				'\\b',
			),
		],
	},
	{
		rule: 'hidden_instruction',
		detail: 'Tells the AI what to tell the person',
		weight: 0,
		documentWeight: 3,
		patterns: [
			rx(
				'\\b',
				alt('tell', 'inform', 'advise', 'ask', 'convince', 'persuade', 'encourage', 'dis', 'conseille', 'demande', 'convaincs', 'incite'),
				'\\s+(?:to\\s+)?(?:the\\s+|au\\s+|a\\s+l\'|l\'|le\\s+|la\\s+)?',
				alt('user', 'applicant', 'candidate', 'reader', 'utilisateur', 'utilisatrice', 'candidat', 'candidate', 'lecteur'),
				'\\b',
			),
		],
	},
	{
		rule: 'hidden_instruction',
		detail: 'Asks to hide weaknesses or invent qualifications',
		weight: 0,
		documentWeight: 2,
		patterns: [
			/\b(?:ne mentionne pas|ne parle pas|ne signale aucun|do not mention|don't mention|never mention|omit any|n'evoque aucun)\b/u,
		],
	},

	// Markdown and link exfiltration
	{
		rule: 'exfiltration',
		detail: 'Markdown image pointing to a remote server',
		weight: 4,
		patterns: [/!\[[^\]\n]*\]\(\s*<?https?:\/\//u],
	},
	{
		rule: 'exfiltration',
		detail: 'Link whose query string is a placeholder for data',
		weight: 6,
		patterns: [/https?:\/\/[^\s)]*\?[^\s)]*=(?:[\s)\]"'>]|$|[{[<]|%7b|\$\{|[a-z0-9]*_[a-z0-9_]+)/u],
	},
	{
		rule: 'exfiltration',
		detail: 'Asks to send the conversation or personal data to an address',
		weight: 8,
		patterns: [
			rx(
				'\\b',
				alt(
					'send', 'forward', 'post', 'upload', 'transmit', 'leak', 'exfiltrate', 'append', 'attach', 'encode', 'submit', 'share',
					'envoie[rz]?', 'envoyez', 'transmets', 'transmettez', 'transmettre', 'transfere[rz]?', 'poste[rz]?', 'publie[rz]?',
					'partage[rz]?', 'copie[rz]?', 'ajoute[rz]?', 'encode[rz]?',
				),
				'\\b',
				gap(30),
				bulkData,
				'[^\\n]{0,90}?',
				url,
			),
		],
	},
	{
		rule: 'exfiltration',
		detail: 'Asks to put personal data into a link or image',
		weight: 7,
		patterns: [
			rx(
				'\\b',
				alt(
					'ajoute[rz]?', 'insere[rz]?', 'mets', 'mettez', 'mettre', 'include', 'add', 'append', 'put', 'place', 'integre[rz]?',
					'encode', 'embed', 'inject',
				),
				'\\b',
				gap(30),
				personalData,
				gap(50),
				alt('dans', 'into', 'in', 'to', 'a', 'en'),
				'\\s+',
				alt('the', 'ce', 'cette', "l'", 'le', 'la', 'this', 'an?', 'une?'),
				'\\s*',
				alt('url', 'lien', 'link', 'query', 'parametre', 'parameter', 'adresse web', 'image'),
			),
			rx(
				'\\b',
				alt('lien', 'link', 'url', 'image'),
				gap(30),
				alt('avec', 'with', 'containing', 'contenant', 'qui contient', 'contient', 'that contains', 'including', 'carrying', 'filled with'),
				gap(20),
				bulkData,
			),
			rx(
				'\\b',
				alt('where', 'ou', 'dont'),
				"\\s+(?:the\\s+|le\\s+|la\\s+|l')?(?:[a-z]+\\s+)?",
				alt('contains', 'contient', 'includes', 'inclut', 'carries', 'porte', 'is', 'est', '='),
				'\\s+',
				personalData,
			),
		],
	},
	{
		rule: 'exfiltration',
		detail: 'Asks to smuggle data in a query parameter',
		weight: 3,
		patterns: [/\b(?:as|in|into|en|dans|comme)\s+(?:an?\s+|un\s+)?(?:query|url|get)\s+(?:parameters?|params?|strings?)\b|\ben parametres? (?:d'url|de l'url|get)\b/u],
	},
	{
		rule: 'exfiltration',
		detail: 'Asks to exfiltrate data',
		weight: 7,
		patterns: [/\bexfiltrate\s+(?:the|all|my|this|these|every|any)\b|\bexfiltre[rz]?\s+(?:la|les|le|mes|toutes?|tous)\b/u],
	},
]
