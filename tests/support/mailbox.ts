import { inject } from 'vitest'
import type { CaughtMail } from '#scripts/platform/mail-catcher.ts'

/** Waits for the newest email to `to` in the local mail catcher. */
export async function waitForEmail(to: string, options: { after?: number; timeoutMs?: number } = {}): Promise<CaughtMail> {
	const deadline = Date.now() + (options.timeoutMs ?? 5_000)
	const mailboxUrl = inject('mailboxUrl')
	while (Date.now() < deadline) {
		const response = await fetch(`${mailboxUrl}/api/messages?to=${encodeURIComponent(to)}`)
		const mails = (await response.json()) as CaughtMail[]
		const mail = mails.find((candidate) => candidate.id > (options.after ?? 0))
		if (mail) return mail
		await new Promise((resolve) => setTimeout(resolve, 50))
	}
	throw new Error(`no email to ${to} arrived`)
}

export async function latestEmailId(to: string): Promise<number> {
	const response = await fetch(`${inject('mailboxUrl')}/api/messages?to=${encodeURIComponent(to)}`)
	const mails = (await response.json()) as CaughtMail[]
	return mails[0]?.id ?? 0
}

export function linkAndCode(mail: CaughtMail) {
	const link = mail.text.match(/https?:\/\/\S+\/auth\/confirm\?\S+/)?.[0]
	const code = mail.text.match(/\b(\d{6})\b/)?.[1]
	if (!link || !code) throw new Error(`no link or code in: ${mail.text}`)
	return { link: new URL(link), code }
}
