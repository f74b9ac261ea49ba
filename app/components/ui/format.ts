const dayMonthYear = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Paris' })

/** « 21 novembre 2026 » (Paris time), and « 1er » on the first of the month, as French writes it; '' for an invalid date. */
export function formatLongDate(value: string | Date) {
	const date = new Date(value)
	if (Number.isNaN(date.getTime())) return ''
	return dayMonthYear
		.formatToParts(date)
		.map((part) => (part.type === 'day' && part.value === '1' ? '1er' : part.value))
		.join('')
}
