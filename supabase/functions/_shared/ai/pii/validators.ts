// Checksums of the French and international identifiers the anonymiser masks.
// A number is only treated as a NIR, an IBAN, a SIRET or a card when its
// checksum holds: this is what keeps order numbers, salaries and reference
// codes out of the placeholders.

/** Digits only: drops the spaces, dots and dashes people type between groups. */
export function digitsOf(text: string): string {
	return text.replace(/[\s.\-]/g, '')
}

/** Luhn (mod 10) check, used by payment cards, SIREN and SIRET. */
export function isLuhnValid(digits: string): boolean {
	if (!/^\d+$/.test(digits)) return false
	let sum = 0
	for (let index = 0; index < digits.length; index++) {
		let digit = digits.charCodeAt(digits.length - 1 - index) - 48
		if (index % 2 === 1) {
			digit *= 2
			if (digit > 9) digit -= 9
		}
		sum += digit
	}
	return sum % 10 === 0
}

/** Expected lengths of the IBANs most often met in France; other countries fall back to the generic 15–34 range. */
// prettier-ignore
const ibanLengths: Readonly<Record<string, number>> = {
	AD: 24, AT: 20, BE: 16, BG: 22, CH: 21, CY: 28, CZ: 24, DE: 22, DK: 18, EE: 20, ES: 24, FI: 18, FR: 27, GB: 22,
	GR: 27, HR: 21, HU: 28, IE: 22, IS: 26, IT: 27, LI: 21, LT: 20, LU: 20, LV: 21, MA: 28, MC: 27, MT: 31, NL: 18,
	NO: 15, PL: 28, PT: 25, RO: 24, SE: 24, SI: 19, SK: 24, SM: 27, TN: 24,
}

/** Remainder of a long decimal string by 97, computed piecewise so no precision is lost. */
function mod97(numeric: string): number {
	let remainder = 0
	for (let index = 0; index < numeric.length; index += 7) {
		remainder = Number(String(remainder) + numeric.slice(index, index + 7)) % 97
	}
	return remainder
}

/** IBAN check (ISO 13616): known length for the country, then the mod-97 rule on the rearranged number. */
export function isIbanValid(text: string): boolean {
	const iban = text.replace(/[\s\-]/g, '').toUpperCase()
	if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false
	const expectedLength = ibanLengths[iban.slice(0, 2)]
	if (expectedLength !== undefined && iban.length !== expectedLength) return false
	const rearranged = iban.slice(4) + iban.slice(0, 4)
	const numeric = rearranged.replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55))
	return mod97(numeric) === 1
}

/** The 13-digit body of a NIR as a number, with Corsica's 2A and 2B replaced as the key computation requires. */
function nirBody(nir: string): number | null {
	const body = nir.slice(0, 13).toUpperCase()
	if (/^\d{13}$/.test(body)) return Number(body)
	const corsica = /^(\d{5})2([AB])(\d{6})$/.exec(body)
	if (!corsica) return null
	const department = corsica[2] === 'A' ? '19' : '18'
	return Number(corsica[1] + department + corsica[3])
}

/** The two-digit key of a 13-character NIR body: 97 − (body mod 97). */
export function nirKey(body: string): string | null {
	const value = nirBody(body)
	if (value === null) return null
	return String(97 - (value % 97)).padStart(2, '0')
}

/**
 * NIR (numéro de sécurité sociale): sex, year, month, department (2A/2B for
 * Corsica), commune, order number and the key. Months 20–42 and 50+ are the
 * codes INSEE gives when the month of birth is unknown.
 */
export function isNirValid(text: string): boolean {
	const nir = text.replace(/[\s.\-]/g, '').toUpperCase()
	const parts = /^([1-478])(\d{2})(\d{2})(\d{2}|2[AB])(\d{3})(\d{3})(\d{2})$/.exec(nir)
	if (!parts) return false
	const month = Number(parts[3])
	if (!((month >= 1 && month <= 12) || (month >= 20 && month <= 42) || month >= 50)) return false
	return nirKey(nir) === parts[7]
}

/** SIREN: nine digits, Luhn. */
export function isSirenValid(text: string): boolean {
	const siren = digitsOf(text)
	return /^\d{9}$/.test(siren) && isLuhnValid(siren)
}

/** La Poste's establishments share one SIREN and break Luhn; their SIRETs follow a sum-of-digits rule instead. */
const laPosteSiren = '356000000'

/** SIRET: fourteen digits, Luhn, except La Poste whose digits must add up to a multiple of 5. */
export function isSiretValid(text: string): boolean {
	const siret = digitsOf(text)
	if (!/^\d{14}$/.test(siret)) return false
	if (siret.startsWith(laPosteSiren) && siret !== '35600000000048') {
		let sum = 0
		for (const digit of siret) sum += Number(digit)
		return sum % 5 === 0
	}
	return isLuhnValid(siret)
}

/** Payment card: 13 to 19 digits, an issuer prefix (2 to 6) and Luhn. */
export function isCardValid(text: string): boolean {
	const card = digitsOf(text)
	return /^[2-6]\d{12,18}$/.test(card) && isLuhnValid(card)
}
