// The standard PDF fonts only know the Windows-1252 repertoire: anything else
// makes pdf-lib throw, so a letter is brought into it before being laid out.

const windows1252Extras = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ')

const replacements: Record<string, string> = {
	'\t': ' ',
	// Non-breaking spaces must stay non-breaking, or « : » and « » » could start a line.
	'\u202F': '\u00A0',
	'\u2007': '\u00A0',
	'\u2000': ' ',
	'\u2001': ' ',
	'\u2002': ' ',
	'\u2003': ' ',
	'\u2004': ' ',
	'\u2005': ' ',
	'\u2006': ' ',
	'\u2008': ' ',
	'\u2009': ' ',
	'\u200A': ' ',
	'\u205F': ' ',
	'\u3000': ' ',
	'\u2010': '-',
	'\u2011': '-',
	'\u2012': '–',
	'\u2015': '—',
	'\u2212': '-',
	'\u2043': '-',
	'\u02BC': '’',
	'\u201B': '‘',
	'\u201F': '“',
	'\u2032': '’',
	'\u2033': '”',
	Ł: 'L',
	ł: 'l',
	Đ: 'D',
	đ: 'd',
	ı: 'i',
	'\u2192': '->',
	'\u2190': '<-',
	'\u2264': '<=',
	'\u2265': '>=',
	'\u25AA': '•',
	'\u25CF': '•',
	'\u25E6': '•',
	'\u2023': '•',
}

// Invisible characters: a soft hyphen would otherwise print as a visible dash mid-word.
const dropped = /[\u00AD\u200B-\u200D\u2060\uFEFF\uFE00-\uFE0F\p{M}]/u

function isWindows1252(character: string): boolean {
	const codePoint = character.codePointAt(0) ?? 0
	return (codePoint >= 0x20 && codePoint <= 0x7e) || (codePoint >= 0xa0 && codePoint <= 0xff) || windows1252Extras.has(character)
}

/**
 * The text as close as Windows-1252 (WinAnsi) allows: French letters, « », ’, œ, € and … kept;
 * narrow no-break spaces widened to no-break spaces; other dashes and spaces made plain;
 * letters from other languages stripped of the accents WinAnsi lacks (« Dvořák » → « Dvorák »);
 * emoji and other scripts dropped. Line breaks are kept.
 */
export function toWinAnsi(text: string): string {
	let result = ''
	for (const character of text.normalize('NFC')) {
		if (character === '\n') result += character
		else if (dropped.test(character)) continue
		else if (character in replacements) result += replacements[character]
		else if (isWindows1252(character)) result += character
		else {
			const decomposed = character.normalize('NFKD').replace(/\p{M}/gu, '')
			if (decomposed !== character && [...decomposed].every(isWindows1252)) result += decomposed
		}
	}
	return result
}
