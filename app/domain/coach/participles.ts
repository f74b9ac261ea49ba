// The past participle of a French infinitive, for turning « j'ai été amené
// à gérer » into « j'ai géré ». Only verbs conjugated with « avoir »: for the
// others (« venir », « partir »…) the rewrite would need « être » and an
// agreement the coach cannot know, so there is no answer.

import { foldAccents } from '#shared/ai/offline/text.ts'

const withEtre = new Set([
	'aller',
	'arriver',
	'rester',
	'tomber',
	'retomber',
	'entrer',
	'rentrer',
	'retourner',
	'venir',
	'devenir',
	'revenir',
	'intervenir',
	'parvenir',
	'survenir',
	'provenir',
	'partir',
	'repartir',
	'sortir',
	'mourir',
	'naitre',
	'apparaitre',
])

/** Exact infinitives (folded) whose participle does not follow a family rule. */
const exact: Record<string, string> = {
	voir: 'vu',
	revoir: 'revu',
	prevoir: 'prévu',
	savoir: 'su',
	pouvoir: 'pu',
	devoir: 'dû',
	vouloir: 'voulu',
	valoir: 'valu',
	promouvoir: 'promu',
	emouvoir: 'ému',
	lire: 'lu',
	relire: 'relu',
	elire: 'élu',
	boire: 'bu',
	croire: 'cru',
	plaire: 'plu',
	rire: 'ri',
	sourire: 'souri',
	suffire: 'suffi',
	taire: 'tu',
	resoudre: 'résolu',
	conclure: 'conclu',
	inclure: 'inclus',
	exclure: 'exclu',
	battre: 'battu',
	combattre: 'combattu',
	debattre: 'débattu',
	vivre: 'vécu',
	revivre: 'revécu',
	survivre: 'survécu',
	paraitre: 'paru',
	disparaitre: 'disparu',
	courir: 'couru',
	parcourir: 'parcouru',
	secourir: 'secouru',
	concourir: 'concouru',
}

/** Endings shared by a family of verbs (folded ending → participle ending), longest first. */
const families: ReadonlyArray<readonly [ending: string, participle: string]> = [
	['prendre', 'pris'],
	['mettre', 'mis'],
	['faire', 'fait'],
	['cevoir', 'çu'],
	['querir', 'quis'],
	['tenir', 'tenu'],
	['ouvrir', 'ouvert'],
	['offrir', 'offert'],
	['souffrir', 'souffert'],
	['suivre', 'suivi'],
	['naitre', 'nu'],
	['uire', 'uit'],
	['crire', 'crit'],
	['dire', 'dit'],
	['aindre', 'aint'],
	['eindre', 'eint'],
	['oindre', 'oint'],
	['endre', 'endu'],
	['andre', 'andu'],
	['ondre', 'ondu'],
	['erdre', 'erdu'],
	['ordre', 'ordu'],
	['traire', 'trait'],
]

/** « gérer » → « géré », « concevoir » → « conçu », « venir » → null. Keeps the accents and capital of the word given. */
export function pastParticiple(infinitive: string): string | null {
	const word = infinitive
	const folded = foldAccents(word.toLowerCase())
	if (folded.length !== word.length || folded.length < 3 || withEtre.has(folded)) return null
	const known = exact[folded]
	if (known) return /^\p{Lu}/u.test(word) ? known.charAt(0).toUpperCase() + known.slice(1) : known
	for (const [ending, participle] of families) {
		if (folded.endsWith(foldAccents(ending))) return word.slice(0, word.length - ending.length) + participle
	}
	if (folded.endsWith('er')) return `${word.slice(0, -2)}é`
	// Second-group verbs (« finir », « établir »); the third-group ones in -ir
	// that matter here are in the tables above or behave the same (« servir »).
	if (folded.endsWith('ir') && !folded.endsWith('oir')) return word.slice(0, -1)
	return null
}
