// The employer's name when the offer states it: « Santéo est une jeune
// entreprise… », « Rejoignez Batijob ! », « Maison Arnal, pâtisserie de
// quartier… », « ESN régionale, Centrinfo assure… », « Fleetwise is a … ».

// A proper name: capitalised words, possibly joined by « de », « & », « d’ » (« La Table de Lorette », « Linon & Lin »).
const word = String.raw`[\p{Lu}][\p{L}\d'’.-]*\*{0,5}`
const name = String.raw`${word}(?:(?:\s+(?:de|du|des|la|le|les|et|&|d['’]|l['’])\s*|\s+|(?<=d['’]))${word}){0,4}`

const patterns: RegExp[] = [
	new RegExp(String.raw`\b(?:Rejoignez|Rejoins|Join)\s+(?!nous\b|-nous|notre|nos|une?\b|l['’]équipe)(${name})`, 'u'),
	new RegExp(String.raw`(?:^|[.!?]\s+)(${name})\s*(?:\([^)]*\)\s*)?(?:est|is|sont|are)\s+(?:une?|a|an|le|la|the|l['’])\s`, 'u'),
	new RegExp(String.raw`(?:^|[.!?]\s+)(${name})\s*(?:\*{1,5}\s*)?(?:\([^)]*\)\s*)?,\s+(?!nous\b|vous\b)[\p{Ll}\d]`, 'u'),
	new RegExp(String.raw`^[\p{Lu}][^,.;:!?]{2,70}?(?:\([^)]*\))?,\s+(${name})\s+(?!est\b)[\p{Ll}]+`, 'u'),
	new RegExp(
		String.raw`^(?:(?:La|Le|Les)\s+|L['’])[\p{Ll}]+\s+(${name})\s*(?:\([^)]*\)\s*)?(?:recrute|recherche|cherche|réalise|intervient|accompagne|fabrique|propose|conçoit|développe)\b`,
		'u',
	),
	new RegExp(String.raw`^(${name})\s+(?:recrute|recherche|cherche|fabrique|accompagne|intervient|conçoit|développe|propose)\b`, 'u'),
	new RegExp(String.raw`\bChez\s+(${name}),`, 'u'),
]

const notNames = new Set(
	(
		'Nous Notre Nos Vous Votre Vos Le La Les L Au Aux Pour Dans Avec Sous Sur En Un Une Des Ce Cette Ces Qui Que Il Elle On Poste Profil ' +
		'Missions Mission Entreprise Société Groupe Cabinet Agence Restaurant Hôtel Supermarché Enseigne Boulangerie Marque Organisme ESN ' +
		'Rattaché Rattachée Au sein Titulaire Vous êtes We Our The About Your This Join Rejoignez Salaire Contrat Rémunération Qualités'
	).split(' '),
)

/** The employer named in the presentation lines (or the heading), or null. */
export function parseCompany(presentation: string[], headerSegments: string[]): string | null {
	for (const line of presentation) {
		const text = line.replace(/^[\s\-•*]+/, '').trim()
		for (const pattern of patterns) {
			const match = pattern.exec(text)
			const candidate = match?.[1] ? cleanName(match[1]) : null
			if (candidate) return candidate
		}
	}
	for (const segment of headerSegments) {
		if (/^(?:EHPAD|CHU|CHR|Clinique|Hôpital|Hôtel|Restaurant|Transports|Groupe|Pâtisserie|Boulangerie|Maison|Cabinet)\b/u.test(segment)) {
			const candidate = cleanName(segment.replace(/\s*\([^)]*\)\s*$/, ''))
			if (candidate) return candidate
		}
	}
	return null
}

function cleanName(raw: string): string | null {
	const name = raw
		.replace(/\s*\*+\s*$/, '')
		.replace(/[\s,.;:]+$/, '')
		// « L’EHPAD Les Tilleuls », « L’association Les Tournesols »: the article, and a common noun after it, are not the name.
		.replace(/^[LlDd]['’](?:\p{Ll}+\s+)?/u, '')
		.trim()
	if (name.length < 2) return null
	const first = name.split(/[\s'’]/)[0] ?? ''
	if (notNames.has(first) && name.split(/\s+/).length === 1) return null
	if (/^(?:Nous|Notre|Nos|Vous|Votre|Vos|Au sein|Pour|Dans|Rattaché|Titulaire|Qualités|Poste|Profil|We|Our|The|This|Your)\b/u.test(name))
		return null
	if (name === name.toUpperCase() && name.length > 6) return null
	return name
}
