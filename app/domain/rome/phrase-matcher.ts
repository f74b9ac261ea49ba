// Finds known phrases (skill wordings) in a run of content tokens through a
// trie keyed by stems, so a text is read once whatever the size of the
// lexicon: at each word only the phrases starting with that word are tried.
import type { ContentToken } from './tokens.ts'

/** A phrase key is a stem, or `=word` when the exact folded word is required. */
export type PhraseKey = string

export type Phrase<Payload> = {
	keys: PhraseKey[]
	payload: Payload
	/**
	 * Content words allowed between two words of the phrase (« gestion des
	 * commandes et des stocks » reads as « gestion des stocks » with a gap of 1).
	 */
	maxGap: number
	/** Whether the phrase may run across a comma or a parenthesis (« gérer les commandes, les stocks »). */
	crossesCommas: boolean
}

export type PhraseMatch<Payload> = {
	phrase: Phrase<Payload>
	/** Indexes of the matched words in the content token array. */
	indexes: number[]
}

type TrieNode<Payload> = {
	children: Map<PhraseKey, TrieNode<Payload>> | null
	ends: Phrase<Payload>[] | null
	/** Largest gap any phrase below this node allows. */
	maxGapBelow: number
}

function newNode<Payload>(): TrieNode<Payload> {
	return { children: null, ends: null, maxGapBelow: 0 }
}

export class PhraseMatcher<Payload> {
	private readonly root: TrieNode<Payload> = newNode()
	size = 0

	add(phrase: Phrase<Payload>): void {
		if (phrase.keys.length === 0) return
		let node = this.root
		node.maxGapBelow = Math.max(node.maxGapBelow, phrase.maxGap)
		for (const key of phrase.keys) {
			node.children ??= new Map()
			let child = node.children.get(key)
			if (!child) {
				child = newNode()
				node.children.set(key, child)
			}
			node = child
			node.maxGapBelow = Math.max(node.maxGapBelow, phrase.maxGap)
		}
		node.ends ??= []
		node.ends.push(phrase)
		this.size++
	}

	/** Whether some phrase starts with this key (a cheap test before a full search). */
	startsWith(key: PhraseKey): boolean {
		return this.root.children?.has(key) ?? false
	}

	/** Every occurrence of every phrase (overlapping ones included; the caller arbitrates). */
	findAll(tokens: ContentToken[]): PhraseMatch<Payload>[] {
		const matches: PhraseMatch<Payload>[] = []
		for (let start = 0; start < tokens.length; start++) {
			const token = tokens[start]
			if (!token) continue
			for (const key of keysOf(token)) {
				const node = this.root.children?.get(key)
				if (node) this.extend(tokens, node, [start], 0, false, matches)
			}
		}
		return matches
	}

	private extend(
		tokens: ContentToken[],
		node: TrieNode<Payload>,
		indexes: number[],
		gapUsed: number,
		crossedComma: boolean,
		matches: PhraseMatch<Payload>[],
	): void {
		for (const phrase of node.ends ?? []) {
			if (gapUsed <= phrase.maxGap && (phrase.crossesCommas || !crossedComma)) matches.push({ phrase, indexes: [...indexes] })
		}
		const children = node.children
		if (!children) return
		const last = indexes[indexes.length - 1] ?? 0
		let comma = crossedComma
		for (let next = last + 1; next <= last + 1 + node.maxGapBelow && next < tokens.length; next++) {
			const token = tokens[next]
			if (!token || token.gapBefore === 2) return
			if (token.gapBefore === 1) comma = true
			for (const key of keysOf(token)) {
				const child = children.get(key)
				if (child) this.extend(tokens, child, [...indexes, next], Math.max(gapUsed, next - last - 1), comma, matches)
			}
		}
	}
}

function keysOf(token: ContentToken): PhraseKey[] {
	return [token.stem, `=${token.word}`]
}
