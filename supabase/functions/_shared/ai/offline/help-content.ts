// What the offline engine knows beyond the ROME data: how Phoenix works and
// how a career change is done in France. Written for people, not for the
// engine: each article must stand alone when quoted in an answer, stay true
// when read months later (no figure that changes often without « en général »)
// and link only to screens listed in screens.ts or to the public sites
// allowed there.
import type { ScreenId } from '../screens.ts'
import type { ProductArea } from '../types.ts'

/** Where an article belongs: a product area, or 'career' for routes and advice that matter everywhere. */
export type HelpArea = ProductArea | 'career'

export type HelpArticle = {
	id: string
	area: HelpArea
	title: string
	/** Words people use when they ask about it, synonyms and acronyms included. */
	keywords: string[]
	/** Markdown-lite: paragraphs, « - » lists, **bold**, [links](…). */
	body: string
	/** Screens to suggest after the article, most useful first. */
	screens: ScreenId[]
}

export const helpArticles: readonly HelpArticle[] = [
	// ——— Phoenix Letters ———
	{
		id: 'offer-analysis',
		area: 'letters',
		title: 'Analyser une offre d’emploi',
		keywords: ['analyse ATS', 'offre', 'annonce', 'fiche de poste', 'décrypter une offre', 'mots-clés', 'exigences', 'compétences demandées', 'recruteur'],
		body:
			'Collez le texte d’une offre dans Phoenix Letters : l’analyse en extrait l’intitulé du poste, le ou les métiers ROME correspondants, les compétences techniques et humaines, les outils, les diplômes, l’expérience demandée, le contrat et le lieu. Elle distingue ce qui est **indispensable** de ce qui est simplement **apprécié**.\n\n' +
			'L’analyse lit d’abord le français (accents, « H/F », écriture inclusive comme « développeur·se ») et accepte les offres en anglais. Servez-vous-en pour repérer les mots exacts à reprendre dans votre lettre et votre CV, et pour savoir quels écarts expliquer.',
		screens: ['letters'],
	},
	{
		id: 'mirror-match',
		area: 'letters',
		title: 'Mirror Match : comparer votre CV à une offre',
		keywords: ['Mirror Match', 'comparer CV offre', 'correspondance', 'score', 'matching', 'termes manquants', 'ATS', 'robot', 'filtre'],
		body:
			'Mirror Match met votre CV en face d’une offre et rend un rapport par catégorie : intitulé du poste, compétences techniques, savoir-être, formation, expérience. Pour chacune, vous voyez les termes trouvés et ceux qui manquent. Une exigence indispensable absente plafonne le score : c’est le premier point à traiter.\n\n' +
			'Le rapport explique, il ne prédit pas : aucun outil ne peut garantir qu’un logiciel de recrutement retiendra ou écartera une candidature. Dans une reconversion, un terme manquant se comble souvent par une formation en cours, un projet ou une expérience bénévole à mentionner. Mirror Match complet fait partie de Premium ; l’offre Gratuit en donne un aperçu.',
		screens: ['letters', 'cv'],
	},
	{
		id: 'letter-generation',
		area: 'letters',
		title: 'Écrire une lettre de motivation avec Phoenix Letters',
		keywords: ['lettre de motivation', 'générer une lettre', 'rédiger', 'écrire', 'ton', 'longueur', 'régénérer un paragraphe', 'historique des versions', 'export PDF', 'DOCX', 'copier'],
		body:
			'Choisissez l’offre (ou décrivez le poste), le ton (sobre, chaleureux ou dynamique), la longueur et les compétences transférables à mettre en avant. La lettre s’écrit sous vos yeux ; vous pouvez ensuite la modifier, régénérer un seul paragraphe, retrouver l’historique des versions, la copier ou l’exporter en PDF et en DOCX.\n\n' +
			'L’offre Gratuit comprend 3 lettres par mois, Premium 50. Relisez toujours : c’est votre voix qui doit s’entendre, avec des exemples qui n’appartiennent qu’à vous.',
		screens: ['letters'],
	},
	{
		id: 'career-change-letter',
		area: 'letters',
		title: 'Présenter sa reconversion dans une lettre',
		keywords: ['reconversion', 'lettre de motivation', 'changement de métier', 'présenter', 'expliquer', 'justifier', 'parcours atypique', 'accroche', 'premier paragraphe', 'écarts'],
		body:
			'Annoncez le changement dès le premier paragraphe, franchement et positivement : « Infirmière depuis huit ans, je me forme au développement web et je souhaite rejoindre votre équipe » vaut mieux qu’un aveu glissé en fin de lettre.\n\n' +
			'- **Le fil rouge** : dites ce qui relie vos deux métiers (le soin du détail, le service rendu, le goût d’apprendre).\n' +
			'- **La traduction** : reformulez chaque compétence passée dans le vocabulaire du nouveau métier, avec un exemple précis, chiffré si possible.\n' +
			'- **Les écarts** : nommez ce qui vous manque et comment vous le comblez (formation, certification, projets personnels).\n' +
			'- **La preuve** : un projet réalisé, une immersion, un stage valent plus qu’une promesse.\n\n' +
			'Ne vous excusez pas de votre parcours : bien expliqué, il est une richesse pour l’employeur.',
		screens: ['letters', 'trajectory'],
	},
	{
		id: 'smart-coach',
		area: 'letters',
		title: 'Smart Coach : améliorer une lettre',
		keywords: ['Smart Coach', 'relire', 'corriger', 'améliorer ma lettre', 'clichés', 'formules toutes faites', 'phrases vagues', 'personnaliser', 'retour'],
		body:
			'Smart Coach relit votre lettre et signale les formules toutes faites, la longueur, les mots-clés de l’offre absents, les phrases passives ou vagues et le manque de personnalisation pour l’entreprise. Chaque suggestion s’applique en un clic, et vous gardez la main sur le texte.\n\n' +
			'Smart Coach fait partie de Premium ; l’offre Gratuit en donne un aperçu.',
		screens: ['letters'],
	},
	{
		id: 'trajectory-builder',
		area: 'letters',
		title: 'Trajectory Builder : du métier actuel au métier visé',
		keywords: ['Trajectory Builder', 'trajectoire', 'plan', 'étapes', 'passerelle', 'parcours', 'compétences à acquérir', 'feuille de route', 'changer de métier'],
		body:
			'Le Trajectory Builder part de votre métier actuel et du métier visé, tels que les décrit le référentiel ROME 4.0 de France Travail. Il montre les passerelles officielles entre métiers, les compétences que vous avez déjà, celles à acquérir, les formations ou certifications qui comblent chaque écart, puis un plan par étapes avec des dates que vous pouvez modifier et cocher.\n\n' +
			'Les étapes du plan peuvent devenir des objectifs dans Phoenix Rise, et une certification obtenue s’ajoute à votre CV en un clic. La version complète fait partie de Premium ; l’offre Gratuit en donne un aperçu.',
		screens: ['trajectory', 'rise'],
	},
	{
		id: 'application-tracker',
		area: 'letters',
		title: 'Suivre ses candidatures',
		keywords: ['suivi des candidatures', 'tableau de bord', 'statut', 'relance', 'relancer', 'sans réponse', 'refus', 'entreprise', 'date d’envoi'],
		body:
			'Chaque lettre appartient à une candidature : entreprise, offre, date d’envoi et statut (brouillon, envoyée, entretien, offre, refus ou sans réponse). Tenir le statut à jour vous aide à savoir qui relancer.\n\n' +
			'Une relance courtoise une à deux semaines après l’envoi est d’usage : rappelez le poste, votre motivation en une phrase, et proposez un échange. Un refus n’est pas un verdict sur votre projet ; s’il arrive souvent au même stade, c’est ce stade qu’il faut travailler.',
		screens: ['letters'],
	},

	// ——— Conseils de reconversion ———
	{
		id: 'transferable-skills',
		area: 'career',
		title: 'Traduire ses compétences transférables',
		keywords: ['compétences transférables', 'savoir-faire', 'valoriser', 'traduire', 'expérience passée', 'atouts', 'qualités', 'soft skills', 'savoir-être'],
		body:
			'Une compétence transférable est un savoir-faire acquis dans un métier qui sert aussi dans un autre. Tout l’enjeu est de la traduire dans les mots du nouveau métier :\n\n' +
			'- « Gérer les urgences dans un service de soins » devient « prioriser sous contrainte et garder son sang-froid ».\n' +
			'- « Conseiller des clients sur des produits bancaires » devient « analyser un besoin et proposer une solution adaptée ».\n' +
			'- « Organiser la production du fournil dès 4 h » devient « planifier et tenir des délais serrés ».\n\n' +
			'Partez des compétences de votre fiche métier ROME, gardez celles que le métier visé demande aussi, et illustrez chacune par un fait précis. Le Trajectory Builder fait ce rapprochement à partir des données officielles.',
		screens: ['trajectory', 'cv'],
	},
	{
		id: 'interview-career-change',
		area: 'career',
		title: 'Entretien : répondre aux questions sur votre reconversion',
		keywords: ['entretien', 'entretien d’embauche', 'recruteur', 'questions', 'pourquoi changer de métier', 'manque d’expérience', 'motivation', 'préparer', 'convaincre'],
		body:
			'Trois questions reviennent presque toujours :\n\n' +
			'- **« Pourquoi changer de métier ? »** Parlez de ce qui vous attire, pas seulement de ce que vous quittez. Une histoire courte et sincère suffit.\n' +
			'- **« Vous n’avez pas d’expérience dans le domaine… »** Répondez par ce que vous avez déjà fait : formation, projets, immersion, et les compétences que vous apportez de votre premier métier.\n' +
			'- **« Qu’est-ce qui nous dit que vous resterez ? »** Montrez que le projet est mûri : bilan, formation financée, démarches engagées.\n\n' +
			'Préparez deux ou trois exemples concrets au format situation, action, résultat. Et posez vos propres questions : l’entretien sert aussi à vérifier que le poste vous convient.',
		screens: ['letters', 'rise'],
	},
	{
		id: 'test-a-job',
		area: 'career',
		title: 'Tester un métier avant de se lancer',
		keywords: ['tester un métier', 'immersion', 'PMSMP', 'stage', 'enquête métier', 'découvrir', 'valider mon projet', 'rencontrer des professionnels', 'essayer'],
		body:
			'Avant d’engager une formation longue, confrontez votre projet au terrain :\n\n' +
			'- **L’enquête métier** : échangez avec deux ou trois personnes qui exercent le métier visé (anciens collègues, réseaux professionnels, associations).\n' +
			'- **L’immersion** : la période de mise en situation en milieu professionnel (PMSMP) permet de découvrir un métier en entreprise pendant quelques jours ou quelques semaines ; elle se demande notamment auprès de France Travail, d’une mission locale ou de Cap emploi.\n' +
			'- **Un petit projet concret** : un site réalisé, une fournée pour une association, un atelier animé.\n\n' +
			'Ce que vous en retirez nourrira aussi votre lettre et votre entretien.',
		screens: ['trajectory', 'rise'],
	},
	{
		id: 'rome-referential',
		area: 'career',
		title: 'Le ROME, référentiel des métiers',
		keywords: ['ROME', 'code ROME', 'fiche métier', 'référentiel', 'répertoire des métiers', 'appellation', 'mobilité', 'France Travail'],
		body:
			'Le ROME (Répertoire opérationnel des métiers et des emplois) est le référentiel de France Travail. Sa version 4.0 décrit chaque métier par un code (par exemple M1855 pour développeur ou développeuse web), ses appellations, ses compétences (savoir-faire, savoir-être professionnels, savoirs), l’accès au métier et les mobilités possibles vers d’autres métiers.\n\n' +
			'Phoenix s’en sert pour rapprocher votre métier actuel du métier visé, analyser les offres et conseiller votre CV. Les données sont publiées par France Travail sous Licence Ouverte ; les fiches métiers sont aussi consultables sur [France Travail](https://www.francetravail.fr).',
		screens: ['trajectory'],
	},

	// ——— Financer et valider une reconversion ———
	{
		id: 'cpf',
		area: 'career',
		title: 'Financer une formation avec le CPF (Mon Compte Formation)',
		keywords: ['CPF', 'compte personnel de formation', 'Mon Compte Formation', 'financer', 'financement', 'payer ma formation', 'droits', 'solde', 'formation certifiante', 'RNCP'],
		body:
			'Le compte personnel de formation (CPF) est crédité en euros pour chaque année travaillée : 500 € par an, dans la limite de 5 000 €, pour un salarié à mi-temps ou plus ; 800 € par an, dans la limite de 8 000 €, si vous n’avez pas de diplôme de niveau CAP ou BEP. Vos droits restent acquis quand vous changez d’emploi ou que vous le perdez.\n\n' +
			'Il finance des formations certifiantes (diplômes, titres professionnels, certifications du RNCP ou du Répertoire spécifique), le bilan de compétences, l’accompagnement à la VAE ou le permis de conduire. Une participation forfaitaire reste en général à votre charge, sauf si vous êtes demandeur d’emploi ou si un employeur complète le financement ; vérifiez le montant à jour avant de vous inscrire.\n\n' +
			'Vos droits et les formations sont sur [Mon Compte Formation](https://www.moncompteformation.gouv.fr). Si le solde ne suffit pas, France Travail, la Région, votre employeur ou Transitions Pro peuvent compléter.',
		screens: ['trajectory'],
	},
	{
		id: 'bilan-competences',
		area: 'career',
		title: 'Le bilan de compétences',
		keywords: ['bilan de compétences', 'faire le point', 'orientation', 'projet professionnel', 'savoir quoi faire', 'hésitation', 'motivations', 'prestataire'],
		body:
			'Le bilan de compétences vous aide à faire le point sur vos compétences, vos motivations et vos envies, pour bâtir un projet professionnel réaliste. Il dure au plus 24 heures, réparties en général sur plusieurs semaines, en trois phases : un entretien préliminaire, une phase d’investigation, puis une conclusion avec un document de synthèse qui n’appartient qu’à vous.\n\n' +
			'Il peut être financé par votre CPF, par votre employeur ou, si vous cherchez un emploi, avec l’appui de France Travail. Fait en dehors du temps de travail, il n’a pas à être signalé à votre employeur. Comparez plusieurs prestataires : méthode, rythme et accompagnement varient beaucoup. Les règles sont détaillées sur [Service-Public.fr](https://www.service-public.fr).',
		screens: ['trajectory', 'rise'],
	},
	{
		id: 'vae',
		area: 'career',
		title: 'La VAE : faire reconnaître son expérience',
		keywords: ['VAE', 'validation des acquis de l’expérience', 'diplôme', 'certification', 'jury', 'expérience', 'France VAE', 'reconnaître', 'valider'],
		body:
			'La validation des acquis de l’expérience (VAE) permet d’obtenir tout ou partie d’un diplôme, d’un titre professionnel ou d’un certificat de qualification inscrit au RNCP grâce à votre expérience, salariée ou non, bénévolat compris. Elle est pertinente quand le métier visé est proche de ce que vous faites déjà : une partie des compétences est acquise, il reste à le démontrer devant un jury.\n\n' +
			'La démarche commence sur le service public [France VAE](https://vae.gouv.fr), qui vous oriente vers un accompagnement. Elle peut être financée par le CPF, votre employeur, France Travail ou la Région. Une validation partielle n’est pas un échec : vous complétez ensuite les parties manquantes par la formation.',
		screens: ['trajectory'],
	},
	{
		id: 'transitions-pro',
		area: 'career',
		title: 'Transitions Pro et le projet de transition professionnelle (PTP)',
		keywords: ['Transitions Pro', 'PTP', 'projet de transition professionnelle', 'CPF de transition', 'salarié', 'congé formation', 'CIF', 'rémunération maintenue', 'formation longue'],
		body:
			'Si vous êtes salarié, le projet de transition professionnelle (PTP) finance une formation certifiante pour changer de métier, en gardant votre contrat et votre rémunération pendant la formation (en totalité jusqu’à deux SMIC, en partie au-delà). Il faut en général justifier de 24 mois d’activité salariée, dont 12 dans l’entreprise actuelle ; les conditions diffèrent pour les CDD, et certaines personnes en sont dispensées.\n\n' +
			'Le dossier est examiné par l’association Transitions Pro de votre région ; un conseiller en évolution professionnelle peut vous aider à le préparer. Votre employeur doit autoriser l’absence, et ne peut en principe que la reporter quand les conditions sont remplies. Renseignez-vous tôt : le dossier se prépare plusieurs mois avant l’entrée en formation. Tout est expliqué sur [Transitions Pro](https://www.transitionspro.fr).',
		screens: ['trajectory'],
	},
	{
		id: 'resignation-for-retraining',
		area: 'career',
		title: 'Démissionner pour se reconvertir',
		keywords: ['démission', 'démissionner', 'démission-reconversion', 'chômage', 'allocation', 'ARE', 'quitter mon emploi', 'projet réel et sérieux'],
		body:
			'Sous conditions, une démission pour un projet de reconversion ouvre droit à l’allocation chômage. Il faut en général avoir travaillé cinq ans de façon continue comme salarié, faire accompagner votre projet par un conseiller en évolution professionnelle, puis obtenir de Transitions Pro l’attestation du caractère réel et sérieux du projet **avant** de démissionner. Vous vous inscrivez ensuite à France Travail, qui vérifie plus tard que les démarches annoncées sont engagées.\n\n' +
			'L’ordre compte : démissionner d’abord fait perdre ce droit. Prenez le temps d’en parler avec un conseiller, et vérifiez les conditions sur [Service-Public.fr](https://www.service-public.fr).',
		screens: ['trajectory'],
	},
	{
		id: 'france-travail',
		area: 'career',
		title: 'France Travail et votre reconversion',
		keywords: ['France Travail', 'Pôle emploi', 'demandeur d’emploi', 'chômage', 'inscription', 'AIF', 'aide individuelle à la formation', 'POEI', 'conseiller', 'indemnisation'],
		body:
			'Si vous cherchez un emploi, inscrivez-vous à France Travail (l’ancien Pôle emploi) : un conseiller vous accompagne dans votre projet, peut vous proposer un bilan ou une immersion en entreprise, et vous orienter vers des formations. Selon votre situation, des aides complètent le financement d’une formation, comme l’aide individuelle à la formation (AIF), ou la préparation opérationnelle à l’emploi (POEI) quand un employeur s’engage à vous recruter. Sous conditions, votre indemnisation peut continuer pendant une formation validée par votre conseiller.\n\n' +
			'Les fiches métiers et les offres sont sur [France Travail](https://www.francetravail.fr), votre espace personnel sur [candidat.francetravail.fr](https://candidat.francetravail.fr).',
		screens: ['trajectory', 'cv'],
	},
	{
		id: 'alternance',
		area: 'career',
		title: 'Se reconvertir en alternance',
		keywords: ['alternance', 'apprentissage', 'contrat d’apprentissage', 'contrat de professionnalisation', 'période de reconversion', 'Pro-A', 'apprenti', 'école', 'entreprise d’accueil', 'formation rémunérée'],
		body:
			'L’alternance combine formation et emploi salarié : vous êtes payé pendant que vous vous formez, et l’entreprise forme une recrue à ses méthodes.\n\n' +
			'- Le **contrat d’apprentissage** prépare un diplôme ou un titre ; il est ouvert jusqu’à 29 ans révolus, et au-delà dans certains cas (reconnaissance de handicap, projet de création d’entreprise, sport de haut niveau).\n' +
			'- Le **contrat de professionnalisation** est notamment ouvert, sans limite d’âge, aux demandeurs d’emploi de 26 ans et plus.\n' +
			'- La **période de reconversion**, qui remplace la Pro-A depuis le 1er janvier 2026, permet à un salarié de se former vers un autre métier en alternant formation et pratique, dans son entreprise ou dans une autre, sans rompre son contrat de travail. Elle se construit avec l’employeur.\n\n' +
			'Le plus difficile est souvent de trouver l’entreprise : commencez la recherche dès que la formation est choisie, avec une lettre qui explique votre parcours.',
		screens: ['letters', 'cv'],
	},
	{
		id: 'cep',
		area: 'career',
		title: 'Le conseil en évolution professionnelle (CEP)',
		keywords: ['CEP', 'conseil en évolution professionnelle', 'conseiller', 'accompagnement gratuit', 'être accompagné', 'par où commencer', 'Apec', 'Cap emploi', 'mission locale'],
		body:
			'Le conseil en évolution professionnelle est un accompagnement gratuit, confidentiel et ouvert à tous les actifs. Un conseiller vous aide à clarifier votre projet, à explorer les métiers, à trouver les financements et à construire un plan d’action.\n\n' +
			'Selon votre situation, il est assuré par France Travail (si vous cherchez un emploi), l’Apec (cadres), Cap emploi (personnes en situation de handicap), les missions locales (moins de 26 ans) ou l’opérateur CEP de votre région si vous êtes salarié. C’est souvent la meilleure première étape : le rendez-vous ne vous engage à rien et votre employeur n’en est pas informé.',
		screens: ['trajectory'],
	},
	{
		id: 'funding-overview',
		area: 'career',
		title: 'Qui peut financer ma reconversion ?',
		keywords: ['financer', 'financement', 'qui paie', 'aides', 'argent', 'coût de la formation', 'prise en charge', 'budget', 'salarié', 'indépendant', 'demandeur d’emploi'],
		body:
			'Le bon financement dépend de votre situation :\n\n' +
			'- **Salarié, sans quitter votre poste** : le CPF pour une formation courte ou à distance, le plan de développement des compétences de votre employeur, la période de reconversion (qui remplace la Pro-A depuis 2026).\n' +
			'- **Salarié, pour une formation longue** : le projet de transition professionnelle avec Transitions Pro, qui maintient votre rémunération.\n' +
			'- **Vous voulez démissionner** : le dispositif démission-reconversion, à préparer avant de partir.\n' +
			'- **En recherche d’emploi** : le CPF, les aides de France Travail (dont l’AIF) et celles de la Région.\n' +
			'- **Indépendant** : votre CPF et le fonds d’assurance formation de votre profession.\n\n' +
			'Un conseiller en évolution professionnelle (CEP), gratuit, vous aide à combiner ces solutions.',
		screens: ['trajectory'],
	},

	// ——— Phoenix CV ———
	{
		id: 'cv-builder',
		area: 'cv',
		title: 'Créer son CV avec Phoenix CV',
		keywords: ['créer un CV', 'éditeur', 'rédiger mon CV', 'sections', 'expériences', 'formation', 'compétences', 'langues', 'aperçu', 'plusieurs CV', 'curriculum vitae'],
		body:
			'L’éditeur vous guide section par section : identité, titre, résumé, expériences, formation, compétences, langues, certifications, centres d’intérêt, et des sections libres. L’aperçu se met à jour en direct, au format A4 et avec des dates à la française.\n\n' +
			'L’offre Gratuit comprend 1 CV et les modèles de base ; Premium, des CV illimités et tous les modèles, pratique pour adapter une version à chaque type de poste.',
		screens: ['cv'],
	},
	{
		id: 'cv-ats-templates',
		area: 'cv',
		title: 'Des modèles de CV compatibles ATS',
		keywords: ['modèle', 'template', 'ATS', 'logiciel de recrutement', 'mise en page', 'une colonne', 'lisible', 'design', 'colonnes', 'tableau'],
		body:
			'Les logiciels de recrutement (ATS) lisent mieux un CV simple. Les modèles compatibles de Phoenix tiennent sur une seule colonne, avec des titres de section standard (« Expérience professionnelle », « Formation », « Compétences »), du vrai texte et aucun tableau de mise en page.\n\n' +
			'Évitez de placer des informations importantes dans des images ou des icônes seules, et envoyez un PDF dont le texte se sélectionne. Les modèles plus riches de Premium restent lisibles, mais pour une candidature en ligne, le modèle sobre reste le choix le plus sûr.',
		screens: ['cv'],
	},
	{
		id: 'cv-export',
		area: 'cv',
		title: 'Exporter son CV',
		keywords: ['exporter', 'télécharger mon CV', 'PDF', 'DOCX', 'Word', 'JSON Resume', 'imprimer', 'envoyer mon CV'],
		body:
			'Exportez votre CV en PDF, avec un texte sélectionnable que les logiciels de recrutement savent lire, ou en DOCX pour le retoucher dans un traitement de texte. Le format JSON Resume permet de le réutiliser dans d’autres outils, et de le réimporter plus tard dans Phoenix.',
		screens: ['cv'],
	},
	{
		id: 'cv-import',
		area: 'cv',
		title: 'Importer un CV existant',
		keywords: ['importer', 'import', 'CV existant', 'PDF', 'reprendre mon ancien CV', 'JSON Resume', 'analyse du CV', 'récupérer'],
		body:
			'Pour partir d’un CV existant, importez un PDF : Phoenix en extrait le texte et reconnaît les sections françaises (« Expérience professionnelle », « Formation », « Compétences »), les mois écrits en français, les numéros en +33 et les codes postaux. Un fichier JSON Resume s’importe aussi.\n\n' +
			'Relisez toujours le résultat : une mise en page très graphique peut brouiller l’ordre du texte.',
		screens: ['cv'],
	},
	{
		id: 'cv-ats-analysis',
		area: 'cv',
		title: 'Analyse ATS et mots-clés du CV',
		keywords: ['analyse ATS', 'score ATS', 'mots-clés', 'optimiser mon CV', 'lisibilité', 'conseils sectoriels', 'offre', 'améliorer mon CV'],
		body:
			'L’analyse ATS vérifie que votre CV se lit bien : coordonnées, titres de section, dates, longueur. Face à une offre choisie, elle indique les mots-clés présents et manquants, et propose des conseils par secteur fondés sur le ROME. L’offre Gratuit affiche un score de synthèse ; Premium, l’analyse complète.\n\n' +
			'N’ajoutez un mot-clé que s’il est vrai : « en cours de formation » vaut mieux qu’une compétence affichée sans preuve.',
		screens: ['cv'],
	},
	{
		id: 'cv-career-change',
		area: 'cv',
		title: 'Un CV de reconversion',
		keywords: ['CV de reconversion', 'titre du CV', 'accroche', 'résumé', 'changement de métier', 'CV atypique', 'ancien métier', 'projets', 'présenter mon parcours'],
		body:
			'Dans un changement de métier, le haut du CV fait presque tout :\n\n' +
			'- **Le titre** annonce le métier visé, pas l’ancien : « Développeuse web junior, ex-infirmière ».\n' +
			'- **Le résumé**, en trois lignes, relie les deux métiers et cite votre formation.\n' +
			'- **Les compétences** passent avant les expériences, rédigées dans le vocabulaire du nouveau métier.\n' +
			'- **Les expériences passées** restent, résumées autour de ce qui sert le nouveau métier.\n' +
			'- **Les projets et la formation en cours** montrent la dynamique.\n\n' +
			'Phoenix CV et le Trajectory Builder s’appuient sur le ROME pour vous suggérer les bons termes.',
		screens: ['cv', 'trajectory'],
	},

	// ——— Phoenix Rise ———
	{
		id: 'rise-journal',
		area: 'rise',
		title: 'Le journal de Phoenix Rise',
		keywords: ['journal', 'écrire', 'entrée', 'questions du matin', 'questions du soir', 'étiquettes', 'confidentialité', 'chiffré', 'privé'],
		body:
			'Le journal vous aide à garder une trace de votre reconversion : ce qui avance, ce qui pèse, ce que vous apprenez. Des questions du matin et du soir vous lancent quand la page blanche intimide, et des étiquettes permettent de retrouver vos entrées.\n\n' +
			'Votre journal est privé avant tout : il est chiffré (AES-256-GCM, avec des clés conservées hors de la base de données), jamais utilisé pour des statistiques, et jamais envoyé à l’IA sans que vous le demandiez. L’offre Gratuit comprend 30 entrées par mois ; Premium, autant que vous voulez.',
		screens: ['rise'],
	},
	{
		id: 'rise-mood',
		area: 'rise',
		title: 'Suivre son humeur et son énergie',
		keywords: ['humeur', 'énergie', 'émotions', 'graphiques', 'courbe', 'série', 'ce jour-là', 'suivi', 'météo intérieure'],
		body:
			'À chaque entrée, vous pouvez noter votre humeur sur une échelle, choisir des mots pour vos émotions et préciser le contexte (travail, famille, formation, argent). Les graphiques montrent l’évolution de votre humeur et de votre énergie, vos séries d’écriture et, avec « Ce jour-là », ce que vous écriviez à la même date. Ils couvrent 30 jours avec l’offre Gratuit, toute votre histoire avec Premium.\n\n' +
			'Ces courbes ne sont pas un diagnostic : elles servent à repérer ce qui vous donne de l’élan et ce qui vous fatigue.',
		screens: ['rise'],
	},
	{
		id: 'rise-goals',
		area: 'rise',
		title: 'Objectifs et jalons',
		keywords: ['objectif', 'objectifs', 'jalons', 'progression', 'étapes', 'avancer', 'plan', 'certification obtenue', 'se fixer des objectifs'],
		body:
			'Fixez-vous des objectifs avec des jalons et suivez leur progression. Ils peuvent être reliés à votre plan du Trajectory Builder : une étape cochée fait avancer l’objectif correspondant. Quand vous obtenez une certification, ajoutez-la à votre CV en un clic.\n\n' +
			'Un bon jalon est petit et daté : « Envoyer deux candidatures d’ici vendredi » se tient mieux que « Trouver un emploi ».',
		screens: ['rise', 'trajectory', 'cv'],
	},
	{
		id: 'rise-coaching',
		area: 'rise',
		title: 'Le coaching de Phoenix Rise',
		keywords: ['coaching', 'coach', 'accompagnement', 'questions', 'recul', 'petit pas', 'thérapie', 'psychologue', 'conseils personnels'],
		body:
			'Sur une entrée de journal, et seulement si vous le demandez, le coaching propose des questions pour aller plus loin, une autre façon de voir la situation et un petit pas concret. C’est un accompagnement de développement personnel, pas une thérapie ni un avis médical.\n\n' +
			'Si une entrée exprime une détresse, Phoenix ne propose pas de coaching mais les lignes d’écoute, dont le 3114, numéro national de prévention du suicide, joignable 24h/24. L’offre Gratuit comprend 3 coachings par mois ; Premium, autant que vous voulez.',
		screens: ['rise'],
	},
	{
		id: 'career-doubts',
		area: 'rise',
		title: 'Traverser les doutes d’une reconversion',
		keywords: ['doute', 'peur', 'stress', 'légitime', 'syndrome de l’imposteur', 'confiance en soi', 'découragement', 'motivation', 'repartir de zéro', 'angoisse', 'trop tard', 'âge'],
		body:
			'Douter fait partie de presque toutes les reconversions : peur de repartir de zéro, de ne pas être légitime, de manquer d’argent ou de temps. Ces peurs disent surtout que le projet compte pour vous.\n\n' +
			'- **Regardez ce qui est déjà acquis** : vos compétences ne disparaissent pas avec votre ancien métier.\n' +
			'- **Rendez le projet plus petit** : une étape pour la semaine plutôt que le chemin entier.\n' +
			'- **Parlez-en** : à des proches, à des personnes qui ont fait le même chemin, à un conseiller en évolution professionnelle.\n' +
			'- **Écrivez** : noter chaque soir une chose qui a avancé aide à voir le chemin parcouru.',
		screens: ['rise'],
	},

	// ——— Compte, offres, confiance ———
	{
		id: 'phoenix-overview',
		area: 'portal',
		title: 'Phoenix en bref',
		keywords: ['Phoenix', 'présentation', 'produits', 'que fait Phoenix', 'à quoi sert', 'fonctionnalités', 'Letters', 'CV', 'Rise', 'Iris'],
		body:
			'Phoenix accompagne les reconversions professionnelles, avec un seul compte et un seul abonnement :\n\n' +
			'- **Phoenix Letters** : analyse d’offres, Mirror Match, lettres de motivation, Smart Coach, Trajectory Builder et suivi des candidatures.\n' +
			'- **Phoenix CV** : création et optimisation du CV, modèles compatibles ATS, export PDF et DOCX.\n' +
			'- **Phoenix Rise** : journal chiffré, humeur, objectifs et coaching.\n' +
			'- **Iris** : l’assistant présent sur chaque page, spécialisé selon l’endroit où vous êtes.\n\n' +
			'Tout s’appuie sur le ROME 4.0 de France Travail pour parler le langage des métiers.',
		screens: ['letters', 'cv', 'rise'],
	},
	{
		id: 'plans-quotas',
		area: 'portal',
		title: 'Offres et quotas : Gratuit, Premium, Entreprise',
		keywords: ['prix', 'tarif', 'combien', 'coût', 'gratuit', 'Premium', 'Entreprise', 'quota', 'limite', 'abonnement', 'offre', 'payant', '9,99'],
		body:
			'**Gratuit** : 3 lettres par mois, 1 CV avec les modèles de base et un score ATS de synthèse, 30 entrées de journal et 3 coachings par mois, des graphiques sur 30 jours, 5 conversations avec Iris par jour, et un aperçu de Mirror Match, Smart Coach et du Trajectory Builder.\n\n' +
			'**Premium, 9,99 € par mois** : 50 lettres par mois, des CV illimités et tous les modèles, les analyses ATS complètes, Rise sans limite, Iris sans limite avec un contexte enrichi, et les outils complets de Phoenix Letters.\n\n' +
			'**Entreprise**, sur devis : usage illimité et accès par API.\n\n' +
			'Les mois et les jours sont comptés à l’heure de Paris. Quand un quota est atteint, Phoenix vous le dit clairement et vous propose Premium, sans rien bloquer de ce que vous avez déjà créé.',
		screens: ['pricing', 'subscription'],
	},
	{
		id: 'subscription',
		area: 'portal',
		title: 'Gérer ou résilier son abonnement',
		keywords: ['abonnement', 'résilier', 'résiliation', 'annuler', 'facture', 'paiement', 'carte bancaire', 'Stripe', 'changer de moyen de paiement'],
		body:
			'Depuis votre compte, ouvrez « Gérer mon abonnement » : vous y retrouvez vos factures et votre moyen de paiement, et vous pouvez résilier à tout moment. Le paiement passe par Stripe ; Phoenix ne voit jamais votre numéro de carte.\n\n' +
			'Une fois l’abonnement terminé, votre compte repasse à l’offre Gratuit et vos lettres, CV et entrées de journal restent là.',
		screens: ['subscription', 'pricing'],
	},
	{
		id: 'sign-in',
		area: 'portal',
		title: 'Se connecter sans mot de passe',
		keywords: ['connexion', 'se connecter', 'lien magique', 'code à 6 chiffres', 'mot de passe', 'e-mail', 'pas reçu', 'autre appareil', 'session'],
		body:
			'Phoenix n’utilise pas de mot de passe : saisissez votre adresse e-mail et vous recevez un lien de connexion. Si vous ouvrez l’e-mail sur un autre appareil, utilisez le code à 6 chiffres qu’il contient. Une seule session vous ouvre Letters, CV, Rise et Iris.\n\n' +
			'Rien reçu ? Regardez dans les courriers indésirables, puis demandez un nouveau lien.',
		screens: ['account'],
	},
	{
		id: 'consent',
		area: 'portal',
		title: 'Consentements et usage de l’IA',
		keywords: ['consentement', 'RGPD', 'IA', 'intelligence artificielle', 'données personnelles', 'anonymisation', 'vie privée', 'confidentialité', 'statistiques', 'e-mails'],
		body:
			'Vous choisissez séparément chaque usage : le traitement de vos documents par l’IA, les statistiques anonymes, les e-mails. Vous pouvez changer d’avis à tout moment depuis votre compte.\n\n' +
			'Avant tout envoi à un fournisseur d’IA, Phoenix remplace vos données personnelles (nom, e-mail, téléphone, numéro de sécurité sociale, IBAN, adresse…) par des repères anonymes, puis les remet en place dans la réponse. Iris n’utilise le résumé de votre profil (métier visé, compétences du CV) qu’avec votre accord. Les statistiques ne portent que sur des groupes assez grands pour que personne ne puisse y être reconnu.',
		screens: ['account'],
	},
	{
		id: 'data-rights',
		area: 'portal',
		title: 'Télécharger ou supprimer vos données',
		keywords: ['télécharger mes données', 'export des données', 'supprimer mon compte', 'suppression', 'effacer', 'RGPD', 'droit à l’oubli', 'portabilité', 'historique'],
		body:
			'Depuis votre compte, « Télécharger mes données » vous remet tout ce que vous avez créé dans Phoenix, dans un format lisible par une machine. « Supprimer mon compte » efface toutes vos données et résilie votre abonnement ; seule une trace anonymisée des opérations de sécurité est conservée.\n\n' +
			'Vous pouvez aussi supprimer à tout moment l’historique de vos conversations avec Iris.',
		screens: ['account'],
	},
	{
		id: 'green-ai',
		area: 'portal',
		title: 'Green AI : l’empreinte de l’IA',
		keywords: ['Green AI', 'écologie', 'carbone', 'énergie', 'empreinte', 'environnement', 'consommation', 'CO2', 'sobriété', 'pollution', 'climat'],
		body:
			'La page Green AI publie l’énergie consommée et le carbone estimé des appels à l’IA faits dans Phoenix, calculés à partir de l’usage réel. Quand le mode hors ligne répond, aucun modèle distant n’est sollicité : l’empreinte est bien plus faible.',
		screens: ['green-ai'],
	},
	{
		id: 'iris-offline',
		area: 'portal',
		title: 'Iris et le mode hors ligne',
		keywords: ['Iris', 'assistant', 'chat', 'mode hors ligne', 'hors ligne', 'sans IA', 'conversations', 'que sais-tu faire', 'aide'],
		body:
			'Iris est l’assistant présent sur chaque page : expert des lettres dans Phoenix Letters, conseiller CV et carrière dans Phoenix CV, coach de développement personnel dans Phoenix Rise, guide sur le reste du site. L’offre Gratuit comprend 5 conversations par jour.\n\n' +
			'En mode hors ligne, Iris répond sans modèle d’IA générative : ses réponses viennent du référentiel ROME 4.0, de l’aide de Phoenix et, avec votre accord, du résumé de votre profil. Elles sont plus cadrées, mais toujours fondées sur des données réelles.',
		screens: ['account', 'green-ai'],
	},
]

/** One article by id; the engine and the tests refer to a few by name. */
export function helpArticleById(id: string): HelpArticle | undefined {
	return helpArticles.find((article) => article.id === id)
}
