const dayMonthYear = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Paris' })
// A day (yyyy-mm-dd) is not an instant: read and printed in UTC so no time zone moves it.
const shortDay = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })
const hourMinute = new Intl.DateTimeFormat('fr-FR', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Paris' })

/** The date with « 1er » on the first of the month, as French writes it. */
function withFirst(format: Intl.DateTimeFormat, date: Date) {
	return format
		.formatToParts(date)
		.map((part) => (part.type === 'day' && part.value === '1' ? '1er' : part.value))
		.join('')
}

/** « 21 novembre 2026 » (Paris time), and « 1er » on the first of the month, as French writes it; '' for an invalid date. */
export function formatLongDate(value: string | Date) {
	const date = new Date(value)
	if (Number.isNaN(date.getTime())) return ''
	return withFirst(dayMonthYear, date)
}

/** « 22 nov. 2026 » for an ISO day (yyyy-mm-dd), « 1er déc. 2026 » on the first of the month; '' when unreadable. */
export function formatShortDay(isoDay: string) {
	const date = new Date(`${isoDay}T12:00:00Z`)
	if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDay) || Number.isNaN(date.getTime())) return ''
	return withFirst(shortDay, date)
}

/** « 22 novembre 2026 à 14 h 05 » (Paris time); '' for an invalid date. */
export function formatDateTime(value: string | Date) {
	const date = new Date(value)
	if (Number.isNaN(date.getTime())) return ''
	const [hours, minutes] = hourMinute.format(date).split(':')
	return `${withFirst(dayMonthYear, date)} à ${hours}\u00a0h\u00a0${minutes}`
}
