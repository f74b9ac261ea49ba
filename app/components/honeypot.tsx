export const HONEYPOT_FIELD = 'site_web'

/**
 * A field people never see or fill; simple bots fill every field. Hidden from
 * sight, from assistive technologies and from the tab order.
 */
export function HoneypotField() {
	return (
		<div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
			<label htmlFor={HONEYPOT_FIELD}>Ne remplissez pas ce champ</label>
			<input id={HONEYPOT_FIELD} name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
		</div>
	)
}

export function isHoneypotFilled(formData: FormData) {
	const value = formData.get(HONEYPOT_FIELD)
	return typeof value === 'string' && value.length > 0
}
