// Turns that put the candidate in the background (passive voice, « j'ai été
// amené à ») or hedge what they claim (« je pense pouvoir », « j'aimerais »),
// rewritten in the active voice when the rewrite is certain.

import { pastParticiple } from './participles.ts'
import {
	deleteFix,
	draft,
	fr,
	matchFolded,
	phrase,
	replaceFix,
	withoutOverlaps,
	type Draft,
	type FoldedMatch,
	type LetterText,
} from './text.ts'
import type { CoachFix, CoachSeverity } from './types.ts'

type Rule = {
	rule: string
	pattern: RegExp
	severity: CoachSeverity
	title: string
	message: (excerpt: string) => string
	fix?: (letter: LetterText, match: FoldedMatch) => CoachFix | undefined
}

const pronounAfter = /^(?:me|m|te|t|se|s|le|la|les|l|lui|leur|leurs|y|en|nous|vous)$/

/** « j'ai été amenée à coordonner » → « j’ai coordonné »: the infinitive is the last capture group. */
function participleFix(prefix: string) {
	return (letter: LetterText, match: FoldedMatch): CoachFix | undefined => {
		const verb = match.groups[match.groups.length - 1]
		if (!verb) return undefined
		const infinitive = letter.text.slice(verb.start, verb.end)
		if (pronounAfter.test(infinitive.toLowerCase())) return undefined
		const participle = pastParticiple(infinitive)
		if (!participle) return undefined
		return replaceFix(letter.text, match.start, match.end, `${prefix} ${participle}`)
	}
}

const effacement = fr('Tournure qui vous efface')
const prudence = fr('Prudence inutile')

const hedgeReplacement: Record<string, string> = { pouvoir: 'je peux', etre: 'je suis', avoir: "j'ai" }

const conditionalReplacement: Record<string, string> = {
	pourrais: 'je peux',
	aimerais: 'je souhaite',
	voudrais: 'je souhaite',
	souhaiterais: 'je souhaite',
	adorerais: 'je souhaite',
	serais: 'je serai',
	saurais: 'je saurai',
	apporterais: "j'apporterai",
	mettrais: 'je mettrai',
	contribuerais: 'je contribuerai',
	apprecierais: "j'apprécierai",
}

const rules: Rule[] = [
	{
		rule: 'amene-a',
		pattern: phrase("(?:j'ai ete|je suis|je suis souvent|j'ai souvent ete|j'ai aussi ete) (?:amenee?|conduite?|appelee?) a (\\p{L}+)"),
		severity: 'conseil',
		title: effacement,
		message: (excerpt) => `« ${excerpt} » met votre action au second plan. Dites-le directement : « j'ai géré », « j'ai formé ».`,
		fix: participleFix("j'ai"),
	},
	{
		rule: 'occasion',
		pattern: phrase("(?:j'ai eu l'occasion|il m'a ete donne|j'ai eu l'opportunite) (?:de|d') ?(\\p{L}+)"),
		severity: 'conseil',
		title: effacement,
		message: () => "Vous ne l'avez pas seulement eu l'occasion de le faire : vous l'avez fait. Dites-le directement.",
		fix: participleFix("j'ai"),
	},
	{
		rule: 'arrive-de',
		pattern: phrase("il m'est (?:souvent |deja )?arrive (?:de|d') ?(\\p{L}+)"),
		severity: 'conseil',
		title: effacement,
		message: () => 'Cette tournure fait de votre expérience un hasard. Dites ce que vous avez fait, et combien de fois.',
		fix: participleFix("j'ai parfois"),
	},
	{
		rule: 'confie',
		pattern: phrase("il m'a ete confiee?s?"),
		severity: 'conseil',
		title: 'Voix passive',
		message: () => "À la voix active, c'est vous qui agissez : « j'ai pris en charge… ».",
		fix: (letter, match) => replaceFix(letter.text, match.start, match.end, "j'ai pris en charge"),
	},
	{
		rule: 'passif',
		pattern: phrase(
			"(?:(?:ont|a|avaient|avait|ai|sont|est) ete|m'ont ete|m'a ete) \\p{L}+ par (?:moi(?:-meme)?|mes soins)|\\p{L}+ par mes soins|(?:m'ont ete|m'a ete) (?:confiee?s?|attribuee?s?|demandee?s?)",
		),
		severity: 'conseil',
		title: 'Voix passive',
		message: () => "À la voix passive, votre action passe au second plan. Mettez-vous en sujet : « j'ai réalisé », « on m'a confié ».",
	},
	{
		rule: 'je-pense-pouvoir',
		pattern: phrase("(?:je pense|je crois|j'estime|je suppose|il me semble) (pouvoir|etre|avoir)"),
		severity: 'conseil',
		title: prudence,
		message: (excerpt) => `« ${excerpt} » affaiblit ce que vous affirmez. Dites-le simplement.`,
		fix: (letter, match) => {
			const verb = match.folded.match(/(pouvoir|etre|avoir)$/)?.[1]
			const replacement = verb ? hedgeReplacement[verb] : undefined
			return replacement ? replaceFix(letter.text, match.start, match.end, replacement) : undefined
		},
	},
	{
		rule: 'je-pense-que',
		pattern: phrase("(?:je pense|je crois|il me semble|j'ai l'impression|j'ai le sentiment|je suppose) (?:que|qu')"),
		severity: 'conseil',
		title: prudence,
		message: (excerpt) => `« ${excerpt.trim()} » affaiblit ce qui suit. Affirmez-le, et appuyez-le sur un fait.`,
		fix: (letter, match) => deleteFix(letter.text, match.start, match.end),
	},
	{
		rule: 'esperer-pouvoir',
		pattern: phrase("j'espere pouvoir"),
		severity: 'conseil',
		title: prudence,
		message: () => "« J'espère » place la décision hors de vos mains. Dites ce que vous voulez : « je souhaite ».",
		fix: (letter, match) => replaceFix(letter.text, match.start, match.end, 'je souhaite'),
	},
	{
		rule: 'esperer',
		pattern: phrase("j'espere|j'ose esperer|en esperant"),
		severity: 'conseil',
		title: prudence,
		message: () =>
			"L'espoir place la décision hors de vos mains. Affirmez plutôt ce que vous proposez : « Je souhaite vous présenter… », « Je vous propose un entretien ».",
	},
	{
		rule: 'conditionnel',
		pattern: phrase(`(?:je |j')(${Object.keys(conditionalReplacement).join('|')})`),
		severity: 'conseil',
		title: fr('Conditionnel qui affaiblit'),
		message: (excerpt) =>
			`« ${excerpt} » fait douter de votre envie. Le présent ou le futur engagent davantage : « je souhaite », « je peux », « je serai ».`,
		fix: (letter, match) => {
			const verb = match.folded.replace(/^(?:je +|j')/, '')
			const replacement = conditionalReplacement[verb]
			return replacement ? replaceFix(letter.text, match.start, match.end, replacement) : undefined
		},
	},
	{
		rule: 'peut-etre',
		pattern: phrase('peut-etre'),
		severity: 'detail',
		title: prudence,
		message: () => '« Peut-être » fait douter de ce que vous dites. Affirmez-le, ou retirez la phrase.',
	},
	{
		rule: 'essayer',
		pattern: phrase("je vais essayer de|je vais essayer d'|j'essaierai de|j'essaierai d'|je tenterai de|je tenterai d'"),
		severity: 'detail',
		title: prudence,
		message: () => "Essayer, c'est envisager d'échouer. Dites ce que vous ferez.",
	},
]

const compiled = rules.map((rule) => ({ ...rule, title: fr(rule.title) }))

export function checkPassive(letter: LetterText): Draft[] {
	const found: (FoldedMatch & { rule: (typeof compiled)[number] })[] = []
	for (const rule of compiled) for (const match of matchFolded(letter, rule.pattern)) found.push({ ...match, rule })
	return withoutOverlaps(found).map((match) => {
		const { rule } = match
		const excerpt = letter.text.slice(match.start, match.end)
		const fix = rule.fix?.(letter, match)
		return draft('passive', rule.rule, rule.severity, rule.title, fr(rule.message(excerpt)), {
			span: { start: match.start, end: match.end },
			text: letter.text,
			fix,
			rewritable: true,
		})
	})
}
