import { escapeHtml } from '#shared/email-html.ts'
import { asServiceRole } from '#app/server/db.server.ts'
import { sendEmail } from '#app/server/email.server.ts'
import { env } from '#app/server/env.server.ts'
import { consumeRateLimits } from '#app/server/rate-limit.server.ts'

export type SalesInquiry = { organisation: string; contactName: string; email: string; seats?: number; message: string }

export async function allowInquiry(clientAddress: string | null) {
	if (!clientAddress) return true
	return consumeRateLimits([{ key: `sales-inquiry:ip:${clientAddress}`, rule: { windowSeconds: 3600, max: 5 } }])
}

/** Stores the enquiry, then mails it to the sales address; a mail failure keeps the stored enquiry. */
export async function submitInquiry(inquiry: SalesInquiry) {
	await asServiceRole('store an enterprise enquiry', (tx) => tx`
		insert into public.sales_inquiries (organisation, contact_name, email, seats, message)
		values (${inquiry.organisation}, ${inquiry.contactName}, ${inquiry.email}, ${inquiry.seats ?? null}, ${inquiry.message})`)
	const text = [
		`Structure : ${inquiry.organisation}`,
		`Contact : ${inquiry.contactName} <${inquiry.email}>`,
		`Personnes accompagnées : ${inquiry.seats ?? 'non précisé'}`,
		'',
		inquiry.message,
	].join('\n')
	await sendEmail({
		to: env().SALES_EMAIL,
		subject: `Demande Entreprise : ${inquiry.organisation}`,
		text,
		html: `<pre style="font-family:system-ui,sans-serif;white-space:pre-wrap">${escapeHtml(text)}</pre>`,
	}).catch((error) => console.error('sales inquiry mail:', error))
}
