// Licences, certificates and spoken languages: short names an offer often
// makes compulsory (« Permis B indispensable », « CACES R489 »).
import type { CuratedSkill } from './types.ts'

// « permis C ou CE », « permis B et C », « Permis C/CE »: every category listed after « permis » (capitals only, so that
// « permis de » is never read as category DE).
const licencePattern = (category: string): RegExp =>
	new RegExp(
		`(?:[Pp]ermis|PERMIS)(?:\\s+de\\s+conduire)?\\s+(?:(?:B|BE|C|C1|CE|C1E|D|DE)\\s*(?:,|\\/|ou|et|\\+)\\s*)*(${category})(?![\\w])`,
		'g',
	)

const licence = (category: string): CuratedSkill => ({
	label: `Permis ${category}`,
	kind: 'hard',
	tool: true,
	variants: [],
	patterns: [licencePattern(category)],
})

export const certifications: CuratedSkill[] = [
	{
		label: 'Permis B',
		kind: 'hard',
		tool: true,
		variants: ['permis de conduire', 'driving licence', 'driving license', 'permis vl'],
		patterns: [licencePattern('B')],
		notBefore: ['c', 'ce', 'd', 'poids', 'pl', 'spl', 'bateau', 'cotier', 'fluvial'],
	},
	licence('BE'),
	licence('C'),
	licence('C1'),
	licence('CE'),
	licence('D'),
	{ label: 'FIMO', kind: 'hard', tool: true, variants: ['=fimo'] },
	{ label: 'FCO', kind: 'hard', tool: true, variants: ['=fco'] },
	{ label: 'CACES', kind: 'hard', tool: true, variants: ['=caces'] },
	{ label: 'Habilitation électrique', kind: 'hard', tool: true, variants: ['habilitation electrique', 'habilitations electriques'] },
	{
		label: 'Attestation de capacité fluides frigorigènes',
		kind: 'hard',
		tool: true,
		variants: ['attestation de capacite', 'fluides frigorigenes'],
	},
	{ label: 'AFGSU', kind: 'hard', tool: true, variants: ['=afgsu', 'gestes et soins d urgence'] },
	{
		label: 'Sauveteur secouriste du travail (SST)',
		kind: 'hard',
		tool: true,
		variants: ['sauveteur secouriste du travail', '^SST', '=psc1'],
	},
]

const language = (label: string, variants: string[]): CuratedSkill => ({ label, kind: 'hard', variants })

export const spokenLanguages: CuratedSkill[] = [
	language('Anglais', ['=anglais', '^English', 'langue anglaise', 'anglais courant', 'anglais professionnel']),
	language('Espagnol', ['=espagnol', '^Spanish']),
	language('Allemand', ['=allemand', '^German']),
	language('Italien', ['=italien', '^Italian']),
	language('Portugais', ['=portugais', '^Portuguese']),
	language('Néerlandais', ['=neerlandais', '^Dutch']),
	language('Arabe', ['=arabe', '^Arabic']),
	language('Chinois', ['=chinois', '=mandarin', '^Chinese']),
	language('Russe', ['=russe', '^Russian']),
	language('Japonais', ['=japonais', '^Japanese']),
	language('Français', ['=francais', '^French', 'langue francaise']),
	language('Langue des signes', ['langue des signes', '=lsf']),
]
