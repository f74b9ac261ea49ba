// Skills named in a text (offer, CV, letter), read against the curated
// lexicon first and the ROME savoirs / savoir-faire second. Precision comes
// before recall: a ROME label counts only when all its significant words
// stand together in one sentence, and never where a curated wording already
// matched.
import type { TextSpan } from '#app/domain/offer/types.ts'
import { type CuratedSkill, curatedSkills } from '#app/domain/offer/lexicon/index.ts'
import type { RomeLexiconSkill } from './lexicon.ts'
import { type Phrase, type PhraseKey, PhraseMatcher } from './phrase-matcher.ts'
import type { SkillMention } from './rome-index.ts'
import { type ContentToken, contentTokens, foldText, type Token, tokenizeWithOffsets } from './tokens.ts'

type CuratedEntry = { source: 'lexicon'; skill: CuratedSkill; key: string; romeCode?: string }
type RomeEntry = { source: 'rome'; skill: RomeLexiconSkill; key: string }
type NamedEntry = { source: 'named'; label: string; key: string }
type Entry = CuratedEntry | RomeEntry | NamedEntry

type Payload = {
	entry: CuratedEntry | RomeEntry
	weak: boolean
	/** Original-case words when the capitals must match (« Sage »). */
	caseSensitive: string[] | null
}

type Candidate = { entry: Entry; indexes: number[]; span: TextSpan }

// Words that introduce a skill without being it: « Maîtrise de », « Utilisation de », « Connaissance du ».
const leadInWords = new Set(
	(
		'maitrise maitriser maitrisez connaissance connaissances connaitre utilisation utiliser pratique pratiques technique techniques ' +
		'notions notion bases base programmation langage langages logiciel logiciels outil outils principes methodes methode'
	).split(' '),
)

// Qualifiers left around a skill name in a label (« JavaScript ES6+ », « Anglais courant », « CACES R489 »).
const qualifierWords = new Set(
	(
		'niveau bon bonne excellent excellente solide solides experience experiences competence competences savoir capacite parfaite parfait ' +
		'courant courante avance avancee expert experte confirme confirmee debutant version certification categorie categories cat ' +
		'framework frameworks avancees approfondie approfondies operationnel operationnelle professionnel professionnelle fluent strong ' +
		'knowledge good'
	).split(' '),
)

// A ROME savoir-faire starts with a verb (« Réaliser des soins infirmiers »); the key keeps what is done.
const genericVerbs = new Set(
	(
		'realiser effectuer assurer utiliser appliquer respecter participer contribuer veiller pratiquer maitriser connaitre savoir mettre ' +
		'faire proceder garantir'
	).split(' '),
)

// Words an item of a list may carry besides the skill itself (« un vrai sens de… », « Vous êtes très organisé »).
const listItemFillers = new Set(
	(
		'bon bonne bons bonnes grand grande grandes excellent excellente vrai vraie reel reelle sens capacite esprit qualite qualites gout ' +
		'forte fort faire preuve etes etre soyez savez avez aussi naturellement particulierement vraiment plutot profil personne candidat ' +
		'attendu attendues attendus humaines humaine interpersonnelles'
	).split(' '),
)

// Single-word ROME savoirs that are ordinary words in an offer (« Restauration », « Design », « Presse »).
const genericRomeWords = new Set(
	(
		'cycle son restauration design presse industrie prevention technologie recrutement francais peche architecture histoire moto taxi ' +
		'meubles disques contes sacs oiseaux vidange robot basic flash painter apache chorus oracle cuisinier barman brancardier creativite ' +
		'doctorat assurances informatique electricite finance economie ecologie couture decoration routage reportage batteries orgue quad ' +
		'cadencier defiler coder theatre comedie photographie medias evenementiel ambulance bicyclette cor guitare piano psychologie ' +
		'mathematiques esthetique photographe boulanger ebeniste metallier crepier croupier apiculteur osteopathe chiropracteur ' +
		'electronique cybersecurite gnomonique figurines mollusques reptiles fondure mentalisme transport logistique vente securite ' +
		'hygiene qualite production maintenance commerce service gestion communication management marketing'
	).split(' '),
)

// Multi-word ROME savoirs that offers use as ordinary phrases (« contribuer à l’amélioration continue »).
const genericRomePhrases = new Set(
	['amélioration continue', 'grande distribution', 'relation client'].map((phrase) =>
		contentTokens(tokenizeWithOffsets(phrase))
			.map((token) => token.stem)
			.join(' '),
	),
)

const sourcePriority: Record<Entry['source'], number> = { lexicon: 0, named: 1, rome: 2 }

// « le logiciel NetSoins », « notre outil Tempo »: software the lexicon cannot know, named right after the word.
const namedSoftwarePattern = /\b(?:logiciels?|outils?|progiciels?)\s+(?:de\s+[a-zéèêàç-]+\s+)?([A-Z][A-Za-z0-9+]*[a-z0-9+][A-Za-z0-9+]*)\b/g

export type SkillFinder = {
	findSkills(text: string): SkillMention[]
	skillKey(wording: string): string
}

export function createSkillFinder(romeSkills: readonly RomeLexiconSkill[]): SkillFinder {
	const curatedMatcher = new PhraseMatcher<Payload>()
	const curatedByKey = new Map<string, CuratedEntry>()
	const patternEntries: { entry: CuratedEntry; pattern: RegExp }[] = []

	for (const skill of curatedSkills) {
		const key = fallbackKey(skill.label)
		const entry: CuratedEntry = { source: 'lexicon', skill, key }
		if (!curatedByKey.has(key)) curatedByKey.set(key, entry)
		for (const variant of skill.variants) {
			const phrase = variantPhrase(variant, entry)
			if (phrase) curatedMatcher.add(phrase)
		}
		for (const pattern of skill.patterns ?? []) patternEntries.push({ entry, pattern })
	}

	function lookupCurated(content: ContentToken[], wording: string): CuratedEntry | undefined {
		if (content.length === 0) return undefined
		// Most ROME labels share no first word with the lexicon, nor anything its patterns look for.
		const couldMatch = content.some((token) => curatedMatcher.startsWith(token.stem) || curatedMatcher.startsWith(`=${token.word}`))
		if (!couldMatch && !/permis|[#+]|\.net|nf\s?c|a\/b|ci\s?\/|suite/i.test(wording)) return undefined
		let best: { entry: CuratedEntry; covered: Set<number> } | undefined
		for (const match of curatedMatcher.findAll(content)) {
			const entry = match.phrase.payload.entry
			if (entry.source !== 'lexicon') continue
			if (!best || match.indexes.length > best.covered.size) best = { entry, covered: new Set(match.indexes) }
			else if (best.entry === entry) for (const index of match.indexes) best.covered.add(index)
		}
		if (!best) {
			for (const { entry, pattern } of patternEntries) {
				pattern.lastIndex = 0
				if (pattern.test(wording)) return entry
			}
			return undefined
		}
		const { covered } = best
		const residual = content.filter((token, index) => !covered.has(index) && !isNoise(token))
		return residual.length === 0 ? best.entry : undefined
	}

	function keyOf(wording: string, bareContent?: ContentToken[]): string {
		const hasParentheses = wording.includes('(')
		const bare = hasParentheses ? wording.replace(/\([^)]*\)/g, ' ').trim() : wording
		const bareTokens = bareContent ?? contentTokens(tokenizeWithOffsets(bare))
		const fullTokens = hasParentheses ? contentTokens(tokenizeWithOffsets(wording)) : bareTokens
		let entry = lookupCurated(fullTokens, wording)
		if (!entry && hasParentheses) {
			entry = lookupCurated(bareTokens, bare)
			const parenthetical = [...wording.matchAll(/\(([^)]*)\)/g)].map((match) => match[1] ?? '').join(' ')
			if (!entry && parenthetical.trim()) entry = lookupCurated(contentTokens(tokenizeWithOffsets(parenthetical)), parenthetical)
		}
		return entry ? entry.key : keyFromTokens(bareTokens, bare)
	}

	const skillKey = (wording: string): string => keyOf(wording)

	// ROME skills: linked to a curated entry when they mean the same, read on their own otherwise.
	const romeMatcher = new PhraseMatcher<Payload>()
	// Rare words make a single-word ROME savoir safe to look for; common ones (« vente ») do not.
	const coreFrequency = new Map<string, number>()
	const singleWordCores: { entry: RomeEntry; word: string; stem: string }[] = []
	for (const skill of romeSkills) {
		if (skill.kind === 'savoir_etre' || skill.category === 'Certifications et habilitations') continue
		// Ten words or more never come down to the four a text is searched for.
		if (skill.label.split(' ').length >= 10) continue
		const bareLabel = skill.label.includes('(') ? skill.label.replace(/\([^)]*\)/g, ' ').trim() : skill.label
		const bare = contentTokens(tokenizeWithOffsets(bareLabel))
		const core = romeCore(skill, bare)
		for (const stem of new Set(core.map((token) => token.stem))) coreFrequency.set(stem, (coreFrequency.get(stem) ?? 0) + 1)
		// A long label is never looked for, nor worded like a curated entry.
		if (core.length > 4) continue
		const key = keyOf(skill.label, bare)
		const curated = curatedByKey.get(key)
		if (curated) {
			curated.romeCode ??= skill.code
			continue
		}
		const entry: RomeEntry = { source: 'rome', skill, key }
		const [only] = core
		if (core.length === 1 && only) {
			// Only a label that is one word by itself (« Chimie », « Photoshop »): « Techniques de rattache » must not be read in « rattaché(e) ».
			if (skill.kind === 'savoir' && bare.length === 1 && only.word.length >= 4 && !genericRomeWords.has(only.word))
				singleWordCores.push({ entry, ...only })
		} else if (core.length >= 2 && core.length <= 4 && !genericRomePhrases.has(core.map((token) => token.stem).join(' '))) {
			const payload: Payload = { entry, weak: false, caseSensitive: null }
			romeMatcher.add({ keys: core.map((token) => token.stem), payload, maxGap: 1, crossesCommas: false })
		}
	}
	for (const { entry, word, stem } of singleWordCores) {
		if ((coreFrequency.get(stem) ?? 0) > 25) continue
		romeMatcher.add({ keys: [`=${word}`], payload: { entry, weak: false, caseSensitive: null }, maxGap: 0, crossesCommas: false })
	}

	function findSkills(text: string): SkillMention[] {
		const tokens = tokenizeWithOffsets(text)
		const content = contentTokens(tokens)
		const candidates: Candidate[] = []

		for (const match of curatedMatcher.findAll(content)) {
			if (!acceptCurated(match.phrase.payload, match.indexes, content, tokens, text)) continue
			candidates.push({ entry: match.phrase.payload.entry, indexes: match.indexes, span: spanOf(content, match.indexes) })
		}
		for (const { entry, pattern } of patternEntries) {
			pattern.lastIndex = 0
			for (const found of text.matchAll(pattern)) {
				// No word indexes: a licence category never hides another reading of the same words.
				const start = found.index ?? 0
				candidates.push({ entry, indexes: [], span: { start, end: start + found[0].length } })
			}
		}
		namedSoftwarePattern.lastIndex = 0
		for (const found of text.matchAll(namedSoftwarePattern)) {
			const name = found[1] ?? ''
			if (!name || name.length < 3 || /^[A-Z]+$/.test(name)) continue
			const start = (found.index ?? 0) + found[0].lastIndexOf(name)
			const key = skillKey(name)
			const entry: Entry = curatedByKey.get(key) ?? { source: 'named', label: name, key }
			candidates.push({ entry, indexes: indexesWithin(content, start, start + name.length), span: { start, end: start + name.length } })
		}
		for (const match of romeMatcher.findAll(content)) {
			candidates.push({ entry: match.phrase.payload.entry, indexes: match.indexes, span: spanOf(content, match.indexes) })
		}

		const accepted = dropYielding(arbitrate(candidates), tokens, content)
		const byKey = new Map<string, SkillMention>()
		for (const candidate of accepted.sort((a, b) => a.span.start - b.span.start)) {
			const { entry } = candidate
			const existing = byKey.get(entry.key)
			if (existing) {
				const last = existing.spans[existing.spans.length - 1]
				// « JavaScript ES6+ » is one mention, highlighted as one.
				if (last && candidate.span.start >= last.end && /^[\s/,+-]{0,2}$/.test(text.slice(last.end, candidate.span.start))) {
					last.end = Math.max(last.end, candidate.span.end)
				} else if (!existing.spans.some((span) => span.start === candidate.span.start)) existing.spans.push(candidate.span)
				continue
			}
			byKey.set(entry.key, mentionOf(entry, candidate.span))
		}
		return [...byKey.values()]
	}

	return { findSkills, skillKey }
}

function mentionOf(entry: Entry, span: TextSpan): SkillMention {
	if (entry.source === 'lexicon') {
		return {
			label: entry.skill.label,
			key: entry.key,
			kind: entry.skill.kind,
			...(entry.skill.tool ? { tool: true } : {}),
			...(entry.romeCode ? { romeCode: entry.romeCode } : {}),
			source: 'lexicon',
			spans: [span],
		}
	}
	if (entry.source === 'named') return { label: entry.label, key: entry.key, kind: 'hard', tool: true, source: 'lexicon', spans: [span] }
	return {
		label: entry.skill.label,
		key: entry.key,
		kind: 'hard',
		...(entry.skill.category === 'Produits, outils et matières' ? { tool: true } : {}),
		romeCode: entry.skill.code,
		source: 'rome',
		spans: [span],
	}
}

/**
 * Keeps the best reading of each stretch of words: the curated lexicon over
 * ROME, the longer wording over the shorter one it contains. A ROME label
 * touching a curated match is dropped (the curated one says it better).
 */
function arbitrate(candidates: Candidate[]): Candidate[] {
	const ordered = [...candidates].sort(
		(a, b) =>
			sourcePriority[a.entry.source] - sourcePriority[b.entry.source] ||
			b.indexes.length - a.indexes.length ||
			b.span.end - b.span.start - (a.span.end - a.span.start) ||
			a.span.start - b.span.start,
	)
	const accepted: Candidate[] = []
	const curatedIndexes = new Set<number>()
	for (const candidate of ordered) {
		if (candidate.indexes.length > 0) {
			const nested = accepted.some((other) => candidate.indexes.every((index) => other.indexes.includes(index)))
			if (nested) continue
			if (candidate.entry.source === 'rome' && candidate.indexes.some((index) => curatedIndexes.has(index))) continue
		} else if (accepted.some((other) => other.entry.key === candidate.entry.key && other.span.start === candidate.span.start)) {
			continue
		}
		accepted.push(candidate)
		if (candidate.entry.source !== 'rome') for (const index of candidate.indexes) curatedIndexes.add(index)
	}
	return accepted
}

/** Drops a curated reading when a better one of the same sentence supersedes it (« règles d’hygiène » next to HACCP). */
function dropYielding(candidates: Candidate[], tokens: Token[], content: ContentToken[]): Candidate[] {
	const sentenceOf = (candidate: Candidate): number => {
		let position = content[candidate.indexes[0] ?? -1]?.position ?? tokens.findIndex((token) => token.start >= candidate.span.start)
		while (position > 0 && (tokens[position]?.before ?? 2) < 2) position--
		return position
	}
	const labelsBySentence = new Map<number, Set<string>>()
	for (const candidate of candidates) {
		const sentence = sentenceOf(candidate)
		const labels = labelsBySentence.get(sentence) ?? new Set<string>()
		labels.add(labelOf(candidate.entry))
		labelsBySentence.set(sentence, labels)
	}
	return candidates.filter((candidate) => {
		const yieldsTo = candidate.entry.source === 'lexicon' ? candidate.entry.skill.yieldsTo : undefined
		if (!yieldsTo?.length) return true
		const labels = labelsBySentence.get(sentenceOf(candidate))
		return !yieldsTo.some((label) => labels?.has(label))
	})
}

function labelOf(entry: Entry): string {
	return entry.source === 'named' ? entry.label : entry.skill.label
}

function acceptCurated(payload: Payload, indexes: number[], content: ContentToken[], tokens: Token[], text: string): boolean {
	const entry = payload.entry
	if (entry.source !== 'lexicon') return true
	const first = content[indexes[0] ?? 0]
	const last = content[indexes[indexes.length - 1] ?? 0]
	if (!first || !last) return false
	if (payload.caseSensitive) {
		const words = indexes.map((index) => content[index])
		if (!payload.caseSensitive.every((word, position) => text.slice(words[position]?.start, words[position]?.end) === word)) return false
	}
	const { notAfter, notBefore, context } = entry.skill
	if (notAfter?.length) {
		const before = tokens.slice(Math.max(0, first.position - 2), first.position)
		if (before.some((token) => notAfter.includes(token.word))) return false
	}
	if (notBefore?.length) {
		const after = tokens.slice(last.position + 1, last.position + 3)
		if (after.some((token) => notBefore.includes(token.word))) return false
	}
	if (context?.length) {
		const clause = clauseAround(tokens, first.position, last.position)
		if (!clause.some((token) => context.some((stem) => token.stem.startsWith(stem)))) return false
	}
	if (payload.weak && (!standsAlone(tokens, content, indexes) || describesWorkplace(tokens, first.position))) return false
	return true
}

// « une équipe dynamique et bienveillante »: adjectives about the workplace, not the person.
const workplaceNouns = new Set(
	(
		'equipe equipes entreprise environnement ambiance cadre structure societe startup groupe marque agence magasin boutique salon ' +
		'restaurant hotel cabinet atelier service etablissement association team company environment'
	).split(' '),
)

function describesWorkplace(tokens: Token[], position: number): boolean {
	for (let index = position - 1; index >= 0 && index >= position - 6; index--) {
		const token = tokens[index]
		if (!token) break
		if (workplaceNouns.has(token.word)) return true
		if (token.before !== 0) break
	}
	return false
}

/** The tokens of the sentence (up to a line break, full stop, colon or semicolon) around a stretch. */
function clauseAround(tokens: Token[], from: number, to: number): Token[] {
	let start = from
	while (start > 0 && (tokens[start]?.before ?? 2) < 2) start--
	let end = to + 1
	while (end < tokens.length && (tokens[end]?.before ?? 2) < 2) end++
	return tokens.slice(start, end)
}

/** The matched words are an item of a list by themselves (« Rigueur, organisé(e) et ponctuel(le) »). */
function standsAlone(tokens: Token[], content: ContentToken[], indexes: number[]): boolean {
	const matched = new Set(indexes.map((index) => content[index]?.position))
	const firstPosition = content[indexes[0] ?? 0]?.position ?? 0
	const lastPosition = content[indexes[indexes.length - 1] ?? 0]?.position ?? 0
	const isSeparator = (token: Token | undefined) =>
		token !== undefined && (token.word === 'et' || token.word === 'ou' || token.word === 'and')
	let start = firstPosition
	while (start > 0 && (tokens[start]?.before ?? 2) === 0 && !isSeparator(tokens[start - 1])) start--
	let end = lastPosition + 1
	while (end < tokens.length && (tokens[end]?.before ?? 2) === 0 && !isSeparator(tokens[end])) end++
	for (let position = start; position < end; position++) {
		const token = tokens[position]
		if (!token || token.stop || matched.has(position)) continue
		if (!listItemFillers.has(token.word)) return false
	}
	return true
}

function spanOf(content: ContentToken[], indexes: number[]): TextSpan {
	const first = content[indexes[0] ?? 0]
	const last = content[indexes[indexes.length - 1] ?? 0]
	return { start: first?.start ?? 0, end: last?.end ?? 0 }
}

function indexesWithin(content: ContentToken[], start: number, end: number): number[] {
	const indexes: number[] = []
	content.forEach((token, index) => {
		if (token.start >= start && token.end <= end) indexes.push(index)
	})
	return indexes
}

function variantPhrase(variant: string, entry: CuratedEntry): Phrase<Payload> | undefined {
	const flags = /^[~=^]+/.exec(variant)?.[0] ?? ''
	const wording = variant.slice(flags.length)
	const allTokens = tokenizeWithOffsets(wording)
	// « a/b tests » would shrink to « tests »: a single letter that is not an elided article belongs in a pattern.
	if (allTokens.some((token) => token.word.length === 1 && !/[\dadljmnstcy]/.test(token.word))) return undefined
	const tokens = contentTokens(allTokens)
	if (tokens.length === 0) return undefined
	const exact = flags.includes('=') || flags.includes('^')
	const keys: PhraseKey[] = tokens.map((token) => (exact ? `=${token.word}` : token.stem))
	const caseSensitive = flags.includes('^') ? tokens.map((token) => wording.slice(token.start, token.end)) : null
	const gap = tokens.length > 1 ? (entry.skill.gap ?? (entry.skill.kind === 'hard' && !entry.skill.tool ? 1 : 0)) : 0
	return { keys, payload: { entry, weak: flags.includes('~'), caseSensitive }, maxGap: gap, crossesCommas: gap > 0 }
}

function isNoise(token: ContentToken): boolean {
	return token.word.length <= 2 || /\d/.test(token.word) || leadInWords.has(token.word) || qualifierWords.has(token.word)
}

/** The key of a wording no curated entry covers: its significant stems, lead-in words and a leading verb left out, sorted. */
function fallbackKey(wording: string): string {
	const bare = wording.replace(/\([^)]*\)/g, ' ')
	return keyFromTokens(contentTokens(tokenizeWithOffsets(bare)), bare)
}

function keyFromTokens(content: ContentToken[], wording: string): string {
	let words = content.filter((token) => !leadInWords.has(token.word))
	if (words.length > 1 && genericVerbs.has(words[0]?.word ?? '')) words = words.slice(1)
	if (words.length === 0) words = content
	// A capital letter on its own is a category (« Permis B », « Permis C »), not an article.
	const categories = [...wording.matchAll(/(?:^|[\s(/,])([A-Z])(?=$|[\s)/,])/g)].map((match) => (match[1] ?? '').toLowerCase())
	const stems = [...new Set([...words.map((token) => token.stem), ...categories])].sort()
	return stems.length > 0 ? stems.join(' ') : foldText(wording).trim()
}

/**
 * The words of a ROME label that must appear in a text: no parentheses, no
 * lead-in (« Utilisation de »). A savoir-faire keeps its verb: without it
 * « Concevoir une application web » would be read in any « application web ».
 */
function romeCore(skill: RomeLexiconSkill, bare: ContentToken[]): ContentToken[] {
	let words = bare
	if (skill.kind === 'savoir') while (words.length > 1 && leadInWords.has(words[0]?.word ?? '')) words = words.slice(1)
	return words
}
