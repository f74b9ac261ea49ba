/** A cover letter as the person will send it, ready to be laid out on paper. */
export type LetterDocument = {
	sender: { name: string; lines: string[]; email?: string; phone?: string }
	/** `lines` holds what follows the company name: « À l’attention du service recrutement », address, city. */
	recipient: { company?: string; lines: string[] }
	/** The town written before the date: « Lyon, le 22 novembre 2026 ». */
	place?: string
	/** Read as a day in Europe/Paris, whatever the server's time zone. */
	date: Date
	subject: string
	/** From the salutation to the signature name; paragraphs separated by blank lines, a single line break kept as is. */
	body: string
	language?: 'fr'
}
