// A career changer's letter says the change plainly, once, as a strength:
// it names the move, and never apologises for it.

import { draft, fr, matchFolded, phrase, replaceFix, withoutOverlaps, type Draft, type LetterText } from './text.ts'
import type { CoachFix } from './types.ts'

const numberWord = '(?:\\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|quelques|plusieurs|de nombreuses)'

const statesTheMove = phrase(
	[
		'reconver\\p{L}*',
		'reconverti\\p{L}*',
		'me reconvertir',
		'reorient\\p{L}*',
		'(?:changement|changer|change) de (?:metier|carriere|voie|secteur|cap)',
		'(?:nouveau|second|deuxieme) metier',
		'(?:nouvelle|seconde|deuxieme) (?:carriere|vie professionnelle|voie)',
		'transition professionnelle',
		'virage professionnel',
		`apres ${numberWord} (?:ans|annees)`,
		`(?:pendant|durant) ${numberWord} (?:ans|annees) (?:comme|en tant que?|d'exercice)`,
		'je me suis formee?',
		"j'ai (?:suivi|termine|valide|obtenu) (?:une|un|la|le|ma|mon) (?:formation|bootcamp|titre|diplome|certification)",
		'bootcamp',
		'titre (?:professionnel|rncp)',
		'(?:mon|ma) (?:ancien|ancienne|premier|precedent|precedente|premiere) (?:metier|carriere|profession|vie professionnelle)',
		"j'ai quitte (?:mon|le|l') ?(?:metier|poste|secteur|hopital|enseignement|emploi|banque|commerce)",
		'(?:ex|ancienne?)-\\p{L}+',
		'ancienne? (?:infirmiere?|enseignante?|commerciale?|vendeuse|vendeur|comptable|militaire|manager|cadre|conseillere?|salariee?)',
	].join('|'),
)

type Apology = { rule: string; pattern: RegExp; message: string; replacement?: string }

const apologies: Apology[] = [
	{
		rule: 'malgre-experience',
		pattern: phrase("malgre (?:mon|le|un) (?:manque|absence|peu) (?:d'|de )(?:experience|pratique)(?: (?:dans|en|sur) [^,.;:!?\\n]+)?"),
		message:
			'Ne commencez pas par ce qui vous manque : le recruteur retiendra surtout cela. Présentez votre parcours comme un regard neuf, puis prouvez ce que vous savez déjà faire.',
		replacement: 'avec un regard neuf',
	},
	{
		rule: 'pas-le-profil',
		pattern: phrase(
			"je sais que (?:je n'ai pas|je n'ai pas tout a fait|je n'ai pas encore|je n'ai pas vraiment) (?:le|un) profil(?: type| habituel| classique| attendu| ideal| traditionnel)?|je sais que mon (?:profil|parcours) (?:peut sembler|semble|parait|peut paraitre) (?:atypique|eloigne|inhabituel|decale|surprenant|etonnant)",
		),
		message: 'Inutile de devancer une objection : un parcours différent est un atout, à condition de le présenter comme tel.',
		replacement: 'mon parcours est atypique',
	},
	{
		rule: 'debute',
		pattern: phrase(
			"meme si je (?:debute|ne suis que debutante?|suis debutante?|manque d'experience)(?: (?:dans|en) (?:le|ce|la|cette) (?:metier|domaine|secteur|profession))?",
		),
		message: 'Le recruteur sait que vous débutez : dites plutôt ce que votre formation vous a déjà permis de faire.',
		replacement: 'avec une formation toute récente',
	},
	{
		rule: 'peu-experience',
		pattern: phrase(
			"(?:bien que|meme si) (?:je n'aie|je n'ai|j'ai) (?:pas|peu|encore peu|aucune|pas encore|pas beaucoup) (?:d'|de l')?experience|(?:je n'ai|n'ayant) (?:pas|aucune|que peu|pas encore|encore aucune|pas beaucoup) (?:d'|de l')?experience|(?:mon|le) manque d'experience",
		),
		message:
			'Plutôt que ce qui manque, montrez ce qui est déjà là : projets, stage, formation, et ce que votre premier métier vous a appris.',
	},
	{
		rule: 'simple-debutant',
		pattern: phrase("je ne suis qu'une? (?:simple )?debutante?|(?:une? )?simple debutante?"),
		message: 'Ne vous diminuez pas : dites ce que vous savez déjà faire, et ce que vous apportez de votre premier métier.',
	},
	{
		rule: 'excuses',
		pattern: phrase("je m'excuse|je vous prie de m'excuser|veuillez m'excuser|pardonnez-moi|je suis desolee?"),
		message: 'Rien à excuser : changer de métier est un choix, présentez-le comme tel.',
	},
	{
		rule: 'pas-du-milieu',
		pattern: phrase('je ne (?:viens|suis) pas du (?:milieu|secteur|domaine|metier)'),
		message: "Dites plutôt d'où vous venez et ce que cela vous apporte pour ce poste.",
	},
	{
		rule: 'pas-diplome',
		pattern: phrase("je n'ai pas (?:le|de|les) (?:diplome|diplomes|formation)(?: requis| requise| demande| demandee| adequat| adequate)?"),
		message: "Présentez ce que vous avez : votre formation, vos projets, et l'équivalence que l'offre accepte peut-être.",
	},
]

const apologyTitle = fr('Tournure d’excuse')

export function checkCareerChange(letter: LetterText, careerChange: boolean): Draft[] {
	const drafts: Draft[] = []
	if (careerChange && letter.words >= 40 && matchFolded(letter, statesTheMove).length === 0) {
		drafts.push(
			draft(
				'career_change',
				'reconversion-tue',
				'important',
				fr('Reconversion passée sous silence'),
				fr(
					'La lettre ne dit pas que vous changez de métier. Dites-le franchement, en une phrase et sans vous excuser (« Après neuf ans comme infirmière, je me suis formée au développement web… ») : le recruteur comprend votre parcours, et ce que vous apportez de votre premier métier.',
				),
				{ rewritable: true },
			),
		)
	}

	const found = apologies.flatMap((apology) => matchFolded(letter, apology.pattern).map((match) => ({ ...match, apology })))
	for (const match of withoutOverlaps(found)) {
		const { apology } = match
		let fix: CoachFix | undefined
		if (apology.replacement) fix = replaceFix(letter.text, match.start, match.end, apology.replacement)
		drafts.push(
			draft('career_change', apology.rule, 'important', apologyTitle, fr(apology.message), {
				span: { start: match.start, end: match.end },
				text: letter.text,
				fix,
				rewritable: true,
			}),
		)
	}
	return drafts
}
