/** Joins class names, skipping empty ones. No merging: pass classes that do not conflict. */
export function cx(...classNames: Array<string | false | null | undefined>) {
	return classNames.filter(Boolean).join(' ')
}
