// The contract offered. « CDI » and « CDD » are unambiguous almost anywhere;
// « alternance », « stage », « intérim », « freelance » are often mentioned
// for other reasons (« première expérience en stage ou alternance acceptée »,
// « agence d’intérim », « recrutement des intérimaires »), so they count only in
// the heading, the conditions, the presentation, or in a phrase that can only
// describe the contract (« contrat d’apprentissage », « mission d’intérim »).
import type { SectionKind } from './sections.ts'
import type { ContractType } from './types.ts'

export type ContractSource = { folded: string; kind: SectionKind }

type Rule = { type: ContractType; anywhere?: RegExp; framed?: RegExp; notAfter?: RegExp }

const rules: Rule[] = [
	{
		type: 'CDI',
		anywhere: /\bcdi\b|\bcontrat a duree indeterminee\b|\bpermanent (?:contract|position)\b/g,
		// « possibilité d’embauche en CDI » after a temporary contract is a prospect, not the contract.
		notAfter:
			/(?:embauche|evolution|evolutif|debouchant sur|passage|perspective|en vue d'un|possibilite d'un|pre-?embauche|transformable)\s*(?:en|sur|d'un|vers un)?\s*$/,
	},
	{
		type: 'CDD',
		anywhere: /\bcdd\b|\bcontrat a duree determinee\b|\bfixed[- ]term\b|\bcontrat saisonnier\b|\bemploi saisonnier\b|\bposte saisonnier\b/g,
	},
	{
		type: 'alternance',
		anywhere:
			/\bcontrat d'apprentissage\b|\bcontrat de professionnalisation\b|\bcontrat pro\b|\ben alternance\b|\bapprenticeship\b|\bwork[- ]study\b/g,
		framed: /\balternance\b|\bapprentissage\b|\bapprenti(?:e|s|es)?\b|\balternant(?:e|s|es)?\b/g,
	},
	{
		type: 'stage',
		anywhere:
			/\bstage de (?:\d+|six|quatre|trois|deux) (?:mois|semaines)\b|\boffre de stage\b|\bconvention de stage\b|\binternship\b|\bstage de fin d'etudes\b/g,
		framed: /\bstages?\b|\bstagiaires?\b|\bgratification\b|\bintern\b/g,
	},
	{
		type: 'intérim',
		anywhere:
			/\bmissions? d'interim\b|\bmissions? interim\b|\ben interim\b|\bcontrat de travail temporaire\b|\btemporary (?:contract|assignment)\b/g,
		framed: /\binterim\b|\btravail temporaire\b/g,
		notAfter: /(?:agence|agences|societe|entreprise|reseau|cabinet|groupe)\s*(?:d'|de )?$/,
	},
	{
		type: 'freelance',
		anywhere:
			/\bmissions? freelance\b|\ben freelance\b|\bstatut d'independant\b|\bstatut independant\b|\bportage salarial\b|\bauto-?entrepreneur\b|\bmicro-?entrepreneur\b|\btravailleur independant\b|\ba titre independant\b|\bfreelance contract\b|\bcontractor\b|\btjm\b/g,
		framed: /\bfreelances?\b|\bfree-lance\b/g,
	},
]

// Where a merely « framed » word counts: the heading, the presentation and the conditions.
const framedKinds: ReadonlySet<SectionKind> = new Set(['header', 'company', 'benefits'])

/** The contracts an offer proposes, in order of first mention. */
export function parseContract(lines: ContractSource[]): ContractType[] {
	const found = new Map<ContractType, number>()
	let position = 0
	for (const line of lines) {
		for (const rule of rules) {
			for (const pattern of [rule.anywhere, framedKinds.has(line.kind) ? rule.framed : undefined]) {
				if (!pattern) continue
				pattern.lastIndex = 0
				for (const match of line.folded.matchAll(pattern)) {
					const before = line.folded.slice(Math.max(0, (match.index ?? 0) - 40), match.index)
					if (rule.notAfter?.test(before)) continue
					if (!found.has(rule.type)) found.set(rule.type, position + (match.index ?? 0))
				}
			}
		}
		position += line.folded.length + 1
	}
	// « Indépendant » in the job title itself (« Formateur bureautique indépendant »).
	const header = lines.find((line) => line.kind === 'header')
	if (header && /\bindependant(?:e|s)?\b/.test(header.folded) && !found.has('freelance')) found.set('freelance', 0)
	return [...found.entries()].sort((a, b) => a[1] - b[1]).map(([type]) => type)
}
