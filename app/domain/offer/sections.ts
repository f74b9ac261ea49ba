// The parts of an offer: heading, company presentation, missions, required
// profile, nice-to-haves, conditions. Headings are recognised when the offer
// has them (« Vos missions », « Profil recherché », « What we offer »);
// otherwise each paragraph is read by its cues (« vous assurez… » is a
// mission, « vous êtes titulaire… » a requirement, « Salaire : » a condition).
import { foldText, foldWithOffsets } from '#app/domain/rome/tokens.ts'

export type SectionKind = 'header' | 'company' | 'missions' | 'profile' | 'bonus' | 'benefits' | 'learning' | 'other'

export type OfferLine = {
	/** Offsets of the line in the original text (without its line break). */
	start: number
	end: number
	text: string
	/** Lower case, no accents (same length as `text` for offsets within the line, see foldText). */
	folded: string
	kind: SectionKind
	/** A heading alone on its line (« Profil recherché ») carries no content. */
	heading: boolean
	/** Index of the paragraph (lines separated by a blank line). */
	paragraph: number
}

const headingPatterns: ReadonlyArray<readonly [SectionKind, RegExp]> = [
	[
		'company',
		/^(?:qui sommes[- ]nous|qui est [\w' -]+|l'entreprise|entreprise|la societe|societe|notre (?:societe|entreprise|maison|structure|agence|cabinet|etablissement|histoire)|presentation(?: de l'entreprise)?|about(?: us)?|who we are|a propos(?: de nous)?|l'employeur|employeur|le contexte|contexte|l'etablissement|la structure|notre client|le client)$/,
	],
	[
		'missions',
		/^(?:(?:vos|les|tes|ses|la|votre) )?(?:missions?|responsabilites|activites|taches)(?: principales?)?(?: et responsabilites)?$|^(?:le|votre|ton) (?:poste|role|quotidien|mission|job)$|^descript(?:ion|if)(?: du poste| de poste| de l'offre)?$|^au quotidien$|^ce que (?:vous ferez|tu feras|vous allez faire)$|^what you(?:'ll| will) do$|^(?:your |the )?(?:role|responsibilities|missions?)$|^job description$/,
	],
	[
		'profile',
		/^(?:(?:le|votre|ton) )?profil(?: recherche| souhaite| attendu| requis| du candidat)?$|^(?:ce que nous|ce qu'on) (?:attendons|recherchons|cherchons)(?: de vous| chez vous)?$|^competences(?: requises| attendues| recherchees| techniques)?$|^pre-?requis$|^qualifications?(?: requises)?$|^requirements$|^what we(?:'re| are) looking for$|^who you are$|^(?:savoir[- ]etre|qualites(?: attendues| requises| humaines| recherchees)?)$|^(?:formation|experience|diplomes?)(?: requise| et experience)?$|^le candidat ideal$|^vous$|^votre parcours$|^must[- ]haves?$|^about you$|^your profile$|^(?:les )?indispensables$/,
	],
	[
		'bonus',
		/^(?:les )?(?:petits )?plus$|^atouts?$|^un plus$|^nice[- ]to[- ]haves?$|^bonus(?: points)?$|^ce serait un plus$|^competences appreciees$/,
	],
	[
		'benefits',
		/^(?:ce que nous (?:vous )?(?:proposons|offrons)|nous (?:vous )?(?:proposons|offrons)|nos avantages|avantages?(?: sociaux)?|conditions(?: de travail| du poste)?|les conditions|informations(?: complementaires| pratiques)?|infos(?: pratiques)?|remuneration(?: et avantages)?|salaire|gratification|taux horaire|contrat|type de contrat|duree|what we offer|benefits|perks|package|horaires|lieu(?: de travail)?|localisation|processus(?: de recrutement)?|process(?: de recrutement)?|modalites|date de (?:debut|prise de poste)|pourquoi nous rejoindre|why join us|statut|temps de travail)$/,
	],
	['learning', /apprendrez|ce que (?:vous allez|tu vas) apprendre/],
]

const cues: ReadonlyArray<readonly [SectionKind, RegExp]> = [
	[
		'company',
		/\b(?:recrute|recrutons|nous sommes|est une?|est le|est la|fondee?|creee? en|depuis \d|leader|salaries|collaborateurs|entreprise|societe|groupe|reseau|enseigne|etablissement|marque|is a|we are)\b/g,
	],
	[
		'missions',
		/\b(?:vous (?:assurez|effectuez|realisez|aiderez|animez|accueillez|serez|prenez|participez|gerez|conseillez|contribuerez|analyserez|aurez|intervenez|travaillerez|veillerez|preparez|redigez|pilotez|concevez|developpez|encadrez)|au quotidien|missions?|taches|you will|your role|charge(?:e)? de)\b/g,
	],
	[
		'profile',
		/\b(?:profil|vous etes|vous avez|titulaire|diplome|experience|exigee?s?|requise?s?|indispensables?|debutant|permis|qualites|maitris\w*|we are looking|required|you have|formation)\b/g,
	],
	[
		'benefits',
		/\b(?:salaire|remuneration|contrat|cdd|cdi|temps (?:plein|partiel)|horaires|mutuelle|avantages|tickets? restaurant|primes?|conges|gratification|taux horaire|what we offer|salary|a pourvoir|rtt)\b/g,
	],
	['learning', /\bapprendrez\b/g],
]

// A paragraph opening with these words is about the conditions, whatever section it follows.
const conditionsOpening =
	/^(?:salaire|remuneration|gratification|taux horaire|contrat|cdd|cdi|temps (?:plein|partiel)|horaires|poste a pourvoir|missions? (?:de|d'une duree de) \d|teletravail|avantages|duree)\b/

const bullet = /^[\s\-–—•*·▪◦>]+/

/** Lines of an offer with the kind of section each belongs to. */
export function readSections(text: string): OfferLine[] {
	const rawLines: { start: number; end: number; text: string }[] = []
	let offset = 0
	for (const piece of text.split('\n')) {
		rawLines.push({ start: offset, end: offset + piece.length, text: piece })
		offset += piece.length + 1
	}

	const whole = foldWithOffsets(text)
	const foldLine = (line: { start: number; end: number; text: string }) =>
		whole.originalIndex === null ? whole.folded.slice(line.start, line.end) : foldText(line.text)
	const lines: OfferLine[] = []
	let paragraph = 0
	let previousBlank = true
	let headerDone = false
	let current: SectionKind | null = null
	// Sections opened by an explicit heading last until the next heading; those guessed from a line ending
	// with a colon (« vous serez chargé(e) de : ») last for one paragraph.
	let currentExplicit = false
	let paragraphKind: SectionKind | null = null
	let seenBody = false

	for (let index = 0; index < rawLines.length; index++) {
		const raw = rawLines[index]
		if (!raw) continue
		const trimmed = raw.text.trim()
		if (!trimmed) {
			if (!previousBlank) paragraph++
			previousBlank = true
			if (lines.length > 0) headerDone = true
			if (!currentExplicit) current = null
			paragraphKind = null
			continue
		}
		const startsParagraph = previousBlank
		previousBlank = false
		const folded = foldLine(raw)
		const bare = folded
			.replace(bullet, '')
			.replace(/[*#_]+/g, '')
			.trim()

		if (!headerDone) {
			const isFirst = lines.length === 0
			if (isFirst || (trimmed.length <= 120 && !/[.!?]$/.test(trimmed))) {
				lines.push({ ...raw, folded, kind: 'header', heading: false, paragraph })
				continue
			}
			headerDone = true
		}

		const standalone = standaloneHeading(bare)
		if (standalone) {
			current = standalone.kind
			currentExplicit = standalone.explicit
			lines.push({ ...raw, folded, kind: standalone.kind, heading: true, paragraph })
			seenBody = true
			continue
		}

		const inline = inlineHeading(bare)
		if (inline) {
			current = inline
			currentExplicit = true
			lines.push({ ...raw, folded, kind: inline, heading: false, paragraph })
			seenBody = true
			continue
		}

		if (startsParagraph) {
			if (conditionsOpening.test(bare)) paragraphKind = 'benefits'
			else if (current === null) paragraphKind = classifyParagraph(rawLines, index, !seenBody)
			else paragraphKind = null
		}
		const kind = paragraphKind ?? current ?? 'other'
		lines.push({ ...raw, folded, kind, heading: false, paragraph })
		seenBody = true
	}
	return lines
}

function standaloneHeading(bare: string): { kind: SectionKind; explicit: boolean } | null {
	const endsWithColon = /:\s*$/.test(bare)
	const label = bare
		.replace(/[\s:?!.]+$/, '')
		.replace(/\s+/g, ' ')
		.trim()
	if (!label) return null
	const words = label.split(' ').length
	if (words <= 8 && label.length <= 60) {
		// « Vous apprendrez à : » introduces one list, not a section.
		for (const [kind, pattern] of headingPatterns) if (pattern.test(label)) return { kind, explicit: kind !== 'learning' }
	}
	if (endsWithColon && label.length <= 140) {
		for (const [kind, pattern] of headingPatterns) if (kind === 'learning' && pattern.test(label)) return { kind, explicit: false }
		return { kind: strongestCue(label) ?? 'other', explicit: false }
	}
	return null
}

/** « Profil : CAP exigé… », « Salaire : 2 100 € » — a heading followed by its content on the same line. */
function inlineHeading(bare: string): SectionKind | null {
	const match = /^([^:]{2,45}?)\s*:\s*\S/.exec(bare)
	if (!match?.[1]) return null
	const label = match[1].trim()
	for (const [kind, pattern] of headingPatterns) if (pattern.test(label)) return kind
	return null
}

function strongestCue(text: string): SectionKind | null {
	let best: SectionKind | null = null
	let bestCount = 0
	for (const [kind, pattern] of cues) {
		const count = text.match(pattern)?.length ?? 0
		if (count > bestCount) {
			best = kind
			bestCount = count
		}
	}
	return best
}

function classifyParagraph(lines: { text: string }[], from: number, first: boolean): SectionKind {
	let text = ''
	for (let index = from; index < lines.length; index++) {
		const line = lines[index]?.text ?? ''
		if (!line.trim()) break
		text += ` ${foldText(line)}`
	}
	const counts = new Map<SectionKind, number>()
	for (const [kind, pattern] of cues) counts.set(kind, text.match(pattern)?.length ?? 0)
	const company = counts.get('company') ?? 0
	const missions = counts.get('missions') ?? 0
	const profile = counts.get('profile') ?? 0
	// The first paragraph after the heading presents the employer unless it plainly states duties or requirements.
	if (first && company >= missions && profile <= company) return 'company'
	let best: SectionKind = 'missions'
	let bestCount = 0
	for (const kind of ['missions', 'profile', 'benefits', 'learning', 'company'] as const) {
		const count = counts.get(kind) ?? 0
		if (count > bestCount) {
			best = kind
			bestCount = count
		}
	}
	return bestCount === 0 ? (first ? 'company' : 'other') : best
}

/** The line holding a character offset. */
export function lineAt(lines: OfferLine[], offset: number): OfferLine | undefined {
	let low = 0
	let high = lines.length - 1
	while (low <= high) {
		const middle = (low + high) >> 1
		const line = lines[middle]
		if (!line) break
		if (offset < line.start) high = middle - 1
		else if (offset > line.end) low = middle + 1
		else return line
	}
	return undefined
}

/** Sections that describe the employer or the conditions, not the skills sought. */
export function isBoilerplate(kind: SectionKind): boolean {
	return kind === 'company' || kind === 'benefits'
}
