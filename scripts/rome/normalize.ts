/**
 * The form job titles are searched in: lower-case ASCII letters and digits,
 * single spaces between words. « Développeur / Développeuse d'œuvres » →
 * "developpeur developpeuse d oeuvres".
 *
 * `public.normalize_for_search` (supabase/migrations/20261121000150_job_title_search.sql)
 * applies the same rules to queries in SQL; tests/integration/rome.test.ts
 * checks that both give identical output for every ROME job title.
 */
export function normalizeForSearch(text: string): string {
	return (
		text
			// NFKD splits accented letters into letter + combining mark, and
			// compatibility forms (ligature ﬁ, full-width letters) into plain ones.
			.normalize('NFKD')
			.replace(/\p{M}+/gu, '')
			.replace(/[œŒæÆßøØłŁđĐ]/g, (letter) => ligatures[letter] ?? letter)
			.toLowerCase()
			// Apostrophes (elisions), slashes, hyphens, brackets…: all word breaks.
			.replace(/[^a-z0-9]+/g, ' ')
			.trim()
	)
}

// Letters that are not "letter + accent" in Unicode, spelt as unaccent spells them.
const ligatures: Record<string, string> = {
	œ: 'oe',
	Œ: 'OE',
	æ: 'ae',
	Æ: 'AE',
	ß: 'ss',
	ø: 'o',
	Ø: 'O',
	ł: 'l',
	Ł: 'L',
	đ: 'd',
	Đ: 'D',
}
