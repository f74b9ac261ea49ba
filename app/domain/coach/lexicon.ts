// Phrases recruiters read in nearly every French cover letter. Patterns are
// written in folded form (lower case, no accents, plain apostrophe; see
// phrase() in text.ts); a feminine or plural ending is optional (« motivee?s? »).
// A replacement is offered only when it keeps the sentence grammatical
// whatever follows; otherwise the message says what to write instead.

import type { CoachSeverity } from './types.ts'

export type ClicheEntry = {
	rule: string
	pattern: string
	severity: CoachSeverity
	title: string
	message: string
	/** Words to put instead, or a function of the original excerpt and its folded form; '' deletes. */
	replacement?: string | ((excerpt: string, folded: string) => string)
	/** A quality the offer itself may ask for: then it is kept, and only its proof is asked for. */
	quality?: boolean
	/** Sentences the entry must catch, variants included; the tests run them. */
	examples: string[]
}

const adjective =
	'(?:autonome|rigoureuse?|rigoureux|polyvalente?|organisee?|serieuse?|serieux|ponctuel(?:le)?|sociable|perseverante?|assidue?|dynamique|motivee?|curieuse?|curieux|investie?|impliquee?|creative?|creatif|souriante?|patiente?|reactive?|reactif)'

const permissionVerbs: Record<string, string> = {
	adresser: 'je vous adresse',
	'faire parvenir': 'je vous fais parvenir',
	envoyer: 'je vous envoie',
	soumettre: 'je vous soumets',
	transmettre: 'je vous transmets',
	proposer: 'je vous propose',
	ecrire: 'je vous écris',
	contacter: 'je vous contacte',
	presenter: 'je vous présente',
}

const commonplace = 'Formule toute faite'
const unproven = 'Qualité affirmée sans preuve'

export const cliches: ClicheEntry[] = [
	{
		rule: 'permission',
		examples: ['Je me permets de vous adresser ma candidature.', 'C’est pourquoi je me permets de vous faire parvenir mon CV.'],
		pattern: `je me permets de vous (${Object.keys(permissionVerbs).join('|')})`,
		severity: 'conseil',
		title: commonplace,
		message:
			'Pas besoin de demander la permission : le recruteur attend des candidatures. Allez droit au but, puis dites vite ce qui vous attire dans ce poste.',
		replacement: (_, folded) =>
			permissionVerbs[folded.replace(/^je +me +permets +de +vous +/, '').replace(/ +/g, ' ')] ?? 'je vous adresse',
	},
	{
		rule: 'suite-annonce',
		examples: [
			'Suite à votre annonce parue sur Indeed, je postule.',
			'En réponse à l’offre d’emploi publiée sur votre site, voici ma candidature.',
		],
		pattern:
			"(?:suite a|en reponse a) (?:votre |l'|cette )(?:annonce|offre)(?: d'emploi)?(?: (?:parue|publiee|diffusee) (?:sur|dans) [^,.;:!?\\n]+)?",
		severity: 'conseil',
		title: 'Ouverture attendue',
		message:
			"Le recruteur lit cette ouverture dans presque toutes les lettres. Commencez plutôt par ce qui vous attire dans l'entreprise ou dans ses missions, avec un détail précis.",
	},
	{
		rule: 'sentiments',
		examples: ['Veuillez agréer l’expression de mes sentiments les meilleurs.', "Recevez l'assurance de mes sentiments distingués."],
		pattern:
			'(?:mes|nos) (?:sinceres |meilleurs |respectueux )?sentiments(?: les meilleurs| les plus distingues| distingues| respectueux| devoues)?',
		severity: 'conseil',
		title: 'Formule de politesse datée',
		message:
			"« Sentiments » se réserve à un supérieur hiérarchique ou à un proche ; à un recruteur, on écrit « l'expression de mes salutations distinguées ».",
		replacement: 'mes salutations distinguées',
	},
	{
		rule: 'dynamique-motive',
		examples: ['Je suis dynamique et motivée.', 'Motivé et dynamique, je saurai m’intégrer.'],
		pattern: '(?:dynamique,? (?:et )?motivee?s?|motivee?s?,? (?:et )?dynamiques?)',
		severity: 'conseil',
		title: unproven,
		message:
			"Deux adjectifs que chaque candidat s'attribue. Remplacez-les par un fait qui les montre : un projet mené à bien, un résultat chiffré.",
		quality: true,
	},
	{
		rule: 'liste-qualites',
		examples: ['Rigoureuse, autonome et organisée, je gère mon temps.', 'Je suis sérieux, ponctuel, polyvalent.'],
		pattern: `${adjective}(?:,? (?:et )?${adjective}){2,}`,
		severity: 'conseil',
		title: 'Liste de qualités',
		message:
			"Une liste d'adjectifs ne se vérifie pas et se retient mal. Gardez la qualité qui compte le plus pour ce poste et prouvez-la par une situation vécue.",
		quality: true,
	},
	{
		rule: 'force-proposition',
		examples: ['Je suis force de proposition.'],
		pattern: 'force de propositions?',
		severity: 'conseil',
		title: unproven,
		message: "Expression usée. Racontez plutôt une idée que vous avez proposée et ce qu'elle a changé.",
		quality: true,
	},
	{
		rule: 'quelquun-de',
		examples: ['Je suis quelqu’un de rigoureux.', 'je suis une personne patiente'],
		pattern: "je suis (?:quelqu'un (?:de|d')|une personne)",
		severity: 'conseil',
		title: unproven,
		message:
			"Se décrire convainc moins que se montrer. Au lieu de « je suis quelqu'un de rigoureux », citez ce que votre rigueur a permis (« aucune erreur de transmission en neuf ans »).",
	},
	{
		rule: 'passion-toujours',
		examples: [
			'Passionnée depuis toujours par le web, je code le soir.',
			'Je suis passionné depuis mon plus jeune âge par la boulangerie.',
		],
		pattern: "passionnee?s? depuis (?:toujours|mon plus jeune age|ma plus tendre enfance|l'enfance|tout petite?)",
		severity: 'conseil',
		title: commonplace,
		message: '« Depuis toujours » ne se vérifie pas et sonne creux. Dites plutôt quand et comment cet intérêt est né.',
		replacement: (excerpt) => excerpt.replace(/\s+depuis\s[\s\S]*$/u, ''),
	},
	{
		rule: 'depuis-toujours',
		examples: ['La cuisine m’attire depuis ma plus tendre enfance.'],
		pattern: "depuis (?:mon plus jeune age|ma plus tendre enfance|tout petite?|l'enfance)",
		severity: 'conseil',
		title: commonplace,
		message: 'Formule invérifiable. Dites plutôt quand et comment cet intérêt est né : une rencontre, un projet, une formation.',
	},
	{
		rule: 'toujours-reve',
		examples: [
			'J’ai toujours rêvé de travailler dans le numérique.',
			'Ayant toujours été attirée par les ressources humaines, je postule.',
		],
		pattern:
			"j'ai toujours (?:reve|voulu|souhaite|ete attiree?|ete passionnee?|ete interessee?)|ayant toujours ete (?:attiree?|passionnee?|interessee?)",
		severity: 'conseil',
		title: commonplace,
		message:
			'Un rêve ancien ne dit pas ce que vous savez faire. Racontez plutôt ce qui a déclenché votre projet et ce que vous avez déjà fait pour y arriver.',
	},
	{
		rule: 'pas-decu',
		examples: ['Vous ne serez pas déçu !', 'Vous ne le regretterez pas.'],
		pattern: 'vous ne (?:serez|serez vraiment) pas decue?s?|vous ne le regretterez pas',
		severity: 'important',
		title: 'Promesse présomptueuse',
		message: "Une promesse invérifiable agace plus qu'elle ne rassure. Proposez plutôt de le montrer en entretien.",
	},
	{
		rule: 'profil-parfait',
		examples: ['Mon profil correspond parfaitement à vos attentes.', 'mon expérience répond en tous points à votre besoin'],
		pattern:
			'(?:mon profil|ma candidature|mon experience) (?:correspond|repond) (?:parfaitement|exactement|tout a fait|en tous points|pleinement|totalement)',
		severity: 'important',
		title: 'Affirmation sans preuve',
		message:
			"Dire que votre profil correspond ne le prouve pas. Citez deux exigences de l'offre et, pour chacune, ce que vous avez déjà fait.",
	},
	{
		rule: 'poste-correspond',
		examples: ['Ce poste correspond parfaitement à mes aspirations.'],
		pattern: 'ce poste (?:correspond|repond) (?:parfaitement|exactement|totalement|pleinement) a (?:mes|mon|ma)',
		severity: 'conseil',
		title: commonplace,
		message: 'Ce que le poste vous apporte intéresse moins le recruteur que ce que vous lui apportez. Dites plutôt ce que vous y ferez.',
	},
	{
		rule: 'candidat-ideal',
		examples: ['Je suis la candidate idéale pour ce poste.', "Je suis la personne qu'il vous faut."],
		pattern: "le candidat ideal|la candidate ideale|la personne qu'il vous faut|le profil ideal|la perle rare",
		severity: 'important',
		title: 'Promesse présomptueuse',
		message: 'Le recruteur en jugera lui-même. Donnez-lui plutôt de quoi en juger : une réalisation, un chiffre, un exemple.',
	},
	{
		rule: 'qualites-requises',
		examples: ['Je possède toutes les qualités requises pour ce poste.'],
		pattern: "(?:je possede|je reunis|j'ai) toutes les (?:qualites|competences|aptitudes) (?:requises|necessaires|demandees|attendues)",
		severity: 'important',
		title: 'Affirmation sans preuve',
		message: 'Personne ne les a toutes, et le recruteur le sait. Choisissez les deux qui comptent le plus pour ce poste et prouvez-les.',
	},
	{
		rule: 'hesitez',
		examples: ['N’hésitez pas à me contacter pour toute information complémentaire.', "n'hésitez pas à revenir vers moi."],
		pattern: "n'hesitez pas a (?:me contacter|me joindre|revenir vers moi|prendre contact avec moi|me recontacter)[^.!?\\n]*",
		severity: 'conseil',
		title: commonplace,
		message: 'Formule passe-partout, et un peu passive. Terminez plutôt par une proposition concrète : un entretien.',
		replacement: "je vous propose d'en parler lors d'un entretien",
	},
	{
		rule: 'attente-reponse',
		examples: [
			'Dans l’attente de votre réponse, je vous prie d’agréer mes salutations.',
			'En espérant une réponse favorable, je reste disponible.',
		],
		pattern:
			"dans l'attente (?:de votre reponse|d'une reponse(?: favorable)?|de vous lire|de votre retour|d'un retour(?: favorable)?)|en esperant (?:une reponse favorable|un retour favorable|que ma candidature retiendra votre attention)|dans l'espoir d'une reponse(?: favorable)?",
		severity: 'conseil',
		title: commonplace,
		message:
			"Formule attendue, qui précède souvent une faute (« Dans l'attente de votre réponse, veuillez agréer… » n'a pas le bon sujet). Proposez plutôt un entretien, puis la formule de politesse.",
	},
	{
		rule: 'remercier-avance',
		examples: ['Je vous remercie par avance de votre attention.', 'En vous remerciant d’avance, je vous prie d’agréer mes salutations.'],
		pattern: "(?:je vous remercie|en vous remerciant) (?:par avance|d'avance)",
		severity: 'detail',
		title: 'Remerciement présomptueux',
		message: '« Par avance » présume de la réponse. Remerciez simplement.',
		replacement: (excerpt) => excerpt.replace(/\s+(?:par\s+avance|d['’]\s*avance)$/iu, ''),
	},
	{
		rule: 'defis',
		examples: ['Je suis à la recherche de nouveaux défis.', 'J’ai le goût du challenge.'],
		pattern:
			'(?:a la recherche|en quete) de nouveaux (?:defis|challenges)|relever de nouveaux (?:defis|challenges)|(?:un|le) nouveau (?:defi|challenge)|le gout du (?:defi|challenge)',
		severity: 'conseil',
		title: commonplace,
		message:
			'Tout le monde cherche de nouveaux défis. Nommez plutôt ce qui vous attire précisément dans ce métier et dans cette entreprise.',
	},
	{
		rule: 'zone-confort',
		examples: ['J’aime sortir de ma zone de confort.'],
		pattern: 'sortir de ma zone de confort',
		severity: 'conseil',
		title: commonplace,
		message: 'Expression devenue banale. Décrivez plutôt ce que vous avez appris en changeant de cadre.',
	},
	{
		rule: 'convaincu',
		examples: ['Je suis convaincue que mon profil vous intéressera.', 'Je suis certain de pouvoir vous aider.'],
		pattern:
			"je suis (?:convaincue?|persuadee?|certaine?|sure?) (?:que (?:mon profil|ma candidature|mes competences|mon experience)|de pouvoir|d'etre)",
		severity: 'conseil',
		title: 'Conviction sans preuve',
		message: 'Votre conviction ne suffit pas à convaincre. Appuyez-la sur un fait : ce que vous avez réalisé, et pour qui.',
	},
	{
		rule: 'avec-interet',
		examples: ['C’est avec un grand intérêt que j’ai lu votre offre.', "C'est avec enthousiasme que je postule."],
		pattern:
			"c'est avec (?:un (?:grand|vif|reel|immense) |beaucoup d'|grand |le plus grand |une grande |un reel )?(?:interet|enthousiasme|plaisir|attention|motivation|joie) que",
		severity: 'conseil',
		title: 'Ouverture attendue',
		message: 'Entrée en matière lue mille fois. Commencez plutôt par un fait : ce qui vous a attiré vers cette entreprise ou ce métier.',
	},
	{
		rule: 'offre-attention',
		examples: ['Votre offre a retenu toute mon attention.'],
		pattern: '(?:votre|cette) (?:offre|annonce) (?:a retenu|a attire|a capte|a suscite) (?:toute )?(?:mon attention|mon interet)',
		severity: 'conseil',
		title: 'Ouverture attendue',
		message: "Dites plutôt ce qui, dans l'offre, a retenu votre attention : une mission, un outil, le public concerné.",
	},
	{
		rule: 'flatterie',
		examples: ['Votre entreprise, leader dans son domaine, recrute.', 'Rejoindre une entreprise de renom me motive.'],
		pattern:
			'(?:entreprise |societe |groupe )?(?:leader|reference|incontournable) (?:dans son domaine|de son secteur|sur son marche|du secteur|du marche|dans votre domaine|de votre secteur)|(?:entreprise|societe|structure) (?:de renom|renommee|prestigieuse|reconnue)|votre (?:prestigieuse|belle|grande) (?:entreprise|societe|structure|maison)',
		severity: 'conseil',
		title: 'Flatterie générique',
		message:
			"Un compliment qui vaut pour n'importe quelle entreprise. Citez plutôt un fait précis : un produit, un projet, une valeur affichée.",
	},
	{
		rule: 'equipe-dynamique',
		examples: ['J’aimerais intégrer une équipe jeune et dynamique.'],
		pattern: '(?:equipe|entreprise|societe|structure) (?:jeune et )?dynamique',
		severity: 'detail',
		title: 'Flatterie générique',
		message: '« Dynamique » se dit de toutes les entreprises. Dites ce que vous savez vraiment de celle-ci.',
	},
	{
		rule: 'valeurs',
		examples: ['Je partage pleinement vos valeurs.'],
		pattern: "(?:je partage|partageant|j'adhere a|je me reconnais dans) (?:pleinement |totalement |entierement )?(?:vos|les|ses) valeurs",
		severity: 'conseil',
		title: commonplace,
		message: "Lesquelles ? Nommez une valeur de l'entreprise et un moment où vous l'avez déjà mise en pratique.",
	},
	{
		rule: 'tres-motive',
		examples: ['Je suis très motivée par ce poste.', 'Ma motivation est sans faille.', 'J’ai une grande motivation.'],
		pattern:
			'(?:tres|extremement|fortement|hautement|vraiment|particulierement) motivee?s?|(?:motivation|determination|implication)(?: est)? (?:sans faille|a toute epreuve|sans limites?|sans borne)|(?:une|ma) (?:grande|forte|reelle|immense) motivation',
		severity: 'conseil',
		title: unproven,
		message:
			'La motivation se montre par des raisons précises : pourquoi ce poste, pourquoi cette entreprise, ce que vous avez déjà fait pour y arriver.',
	},
	{
		rule: 'adaptation',
		examples: ['J’ai une grande capacité d’adaptation.', "mes capacités d'adaptation sont reconnues"],
		pattern: "(?:(?:une |de )?(?:grande|grandes|forte|bonne|bonnes|excellente|reelle|reelles) )?(?:capacite|faculte)s? d'adaptation",
		severity: 'conseil',
		title: unproven,
		message: "Tout le monde s'en réclame. Racontez une situation où vous avez dû vous adapter, et ce que vous en avez fait.",
		quality: true,
	},
	{
		rule: 'relationnel',
		examples: ['J’ai un excellent relationnel.', 'Je possède une aisance relationnelle.'],
		pattern:
			"(?:un |d'un |d')?(?:bon|excellent|grand|tres bon) (?:sens du )?relationnel|(?:d')?(?:excellentes|bonnes|grandes|reelles) (?:qualites|capacites|aptitudes) relationnelles|(?:une )?aisance relationnelle",
		severity: 'conseil',
		title: unproven,
		message: 'Le recruteur ne peut pas le vérifier sur le papier. Donnez un exemple : avec qui vous travailliez, et ce que cela a permis.',
		quality: true,
	},
	{
		rule: 'mettre-profit',
		examples: ['Je souhaite mettre à profit mes compétences chez vous.', 'Je veux mettre mes compétences à votre service.'],
		pattern:
			'mettre (?:a profit|a votre service|au service de votre (?:entreprise|societe|structure)) mes (?:competences|qualites|connaissances|experiences?|savoir-faire)|mettre mes (?:competences|qualites|connaissances|savoir-faire) (?:a votre service|au service de|a profit)',
		severity: 'conseil',
		title: commonplace,
		message: "Lesquelles, et pour quoi faire ? Nommez une compétence et la mission de l'offre où elle servira.",
	},
	{
		rule: 'pierre-edifice',
		examples: ['Je souhaite apporter ma pierre à l’édifice.'],
		pattern: "apporter (?:ma|une|votre) (?:petite )?pierre a l'edifice",
		severity: 'conseil',
		title: commonplace,
		message: 'Image usée. Dites concrètement ce que vous apporterez.',
	},
	{
		rule: 'atout',
		examples: ['Je serai un véritable atout pour votre entreprise.'],
		pattern:
			'(?:un )?(?:veritable |reel |vrai |precieux )?atout (?:majeur |indeniable |precieux |considerable )?pour (?:votre|vos) (?:entreprise|societe|equipe|equipes|structure|service)',
		severity: 'conseil',
		title: 'Affirmation sans preuve',
		message: "C'est au recruteur d'en juger. Montrez plutôt l'atout : une compétence précise et ce qu'elle a produit ailleurs.",
	},
	{
		rule: 'curieux-nature',
		examples: ['Curieuse de nature, j’apprends vite.'],
		pattern: '(?:curieuse?|curieux) de nature|de nature curieuse',
		severity: 'detail',
		title: commonplace,
		message: 'Montrez plutôt votre curiosité : ce que vous avez appris seul ou seule récemment, et comment.',
	},
	{
		rule: 'sens-aigu',
		examples: ['J’ai un sens aigu des responsabilités.'],
		pattern: "(?:un )?sens aigu (?:du|de la|de l'|des)",
		severity: 'detail',
		title: commonplace,
		message: 'Formule de CV. Préférez un fait qui montre ce sens-là.',
	},
	{
		rule: 'enrichissant',
		examples: ['Ce fut une expérience très enrichissante.'],
		pattern: '(?:experience|aventure|mission|periode) (?:tres |particulierement |vraiment )?(?:enrichissante|formatrice)s?',
		severity: 'conseil',
		title: commonplace,
		message: 'Enrichissante en quoi ? Dites ce que vous y avez appris, ou ce que vous y avez fait.',
	},
	{
		rule: 'savoir-etre',
		examples: ['Je mettrai à votre service mon savoir-faire et mon savoir-être.'],
		pattern: 'mon savoir-faire et mon savoir-etre',
		severity: 'detail',
		title: commonplace,
		message: 'Jargon de fiche de poste. Nommez plutôt la compétence et la qualité concernées.',
	},
	{
		rule: 'me-presenter',
		examples: ['Permettez-moi de me présenter : Claire, 34 ans.'],
		pattern: 'permettez-moi de me presenter|je me presente',
		severity: 'detail',
		title: commonplace,
		message: 'Votre nom figure déjà en tête de lettre. Entrez directement dans le sujet.',
	},
	{
		rule: 'aventure',
		examples: ['Je souhaite rejoindre l’aventure.'],
		pattern: "rejoindre (?:l'aventure|votre aventure|cette belle aventure)",
		severity: 'detail',
		title: commonplace,
		message: "Formule à la mode et vague. Dites plutôt ce que vous ferez dans l'équipe.",
	},
	{
		rule: 'honneur',
		examples: ['J’ai l’honneur de solliciter un poste de conseiller.'],
		pattern: "j'ai l'honneur de",
		severity: 'detail',
		title: 'Formule administrative datée',
		message: 'Tournure réservée aux courriers officiels. Écrivez simplement « je vous adresse », « je sollicite ».',
	},
	{
		rule: 'ci-joint',
		examples: ['Vous trouverez ci-joint mon curriculum vitae.'],
		pattern: '(?:vous trouverez|veuillez trouver) (?:ci-joint|ci-jointe?s?|ci-inclus|en piece jointe)',
		severity: 'detail',
		title: 'Phrase inutile',
		message: 'Le recruteur a déjà votre CV sous les yeux : cette phrase prend une ligne pour rien.',
	},
	{
		rule: 'objet',
		examples: ['Objet : lettre de motivation'],
		pattern: 'objet ?: ?lettre de motivation',
		severity: 'detail',
		title: 'Objet sans information',
		message: 'Un objet utile nomme le poste : « Objet : candidature au poste de … ».',
	},
	{
		rule: 'cordialement',
		examples: ['Je reste à votre disposition.\nCordialement,\nClaire Martin'],
		pattern: '(?<=^|\\n)(?:bien )?(?:cordialement|bien a vous|sinceres salutations|salutations distinguees)[ ,.!]*(?=\\n|$)',
		severity: 'detail',
		title: "Formule d'e-mail",
		message: 'Une lettre se termine par une formule complète, à reprendre telle quelle.',
		replacement: "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.",
	},
]
