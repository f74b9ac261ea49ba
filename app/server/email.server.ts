import nodemailer, { type Transporter } from 'nodemailer'
import { emailButton, emailDocument, escapeHtml } from '#shared/email-html.ts'
import { env } from './env.server.ts'

let transporter: Transporter | undefined

function mailer() {
	const { SMTP_HOST, SMTP_PORT, SMTP_SECURE, SMTP_USER, SMTP_PASSWORD } = env()
	transporter ??= nodemailer.createTransport({
		host: SMTP_HOST,
		port: SMTP_PORT,
		secure: SMTP_SECURE,
		auth: SMTP_USER ? { user: SMTP_USER, pass: SMTP_PASSWORD } : undefined,
		// The local catcher speaks plain SMTP; a real relay negotiates STARTTLS.
		ignoreTLS: !SMTP_USER && !SMTP_SECURE,
	})
	return transporter
}

export async function sendEmail(message: { to: string; subject: string; text: string; html: string }) {
	await mailer().sendMail({ from: env().MAIL_FROM, ...message })
}

export async function sendMagicLinkEmail({ to, link, code }: { to: string; link: string; code: string }) {
	const nbsp = '\u00a0'
	const text = [
		'Bonjour,',
		'',
		`Pour vous connecter à Phoenix, ouvrez ce lien (valable 15${nbsp}minutes, utilisable une seule fois)${nbsp}:`,
		link,
		'',
		`Vous lisez ce message sur un autre appareil${nbsp}? Saisissez ce code sur la page de connexion${nbsp}: ${code}`,
		'',
		`Si vous n’avez pas demandé à vous connecter, ignorez ce message${nbsp}: personne ne pourra entrer sans ce lien ni ce code.`,
		'',
		"L’équipe Phoenix",
	].join('\n')
	const html = emailDocument(
		'Votre lien de connexion à Phoenix',
		`<p>Bonjour,</p>
<p>Pour vous connecter, cliquez sur le bouton ci-dessous. Il est valable 15${nbsp}minutes et ne fonctionne qu’une fois.</p>
${emailButton(link, 'Me connecter à Phoenix')}
<p>Vous lisez ce message sur un autre appareil${nbsp}? Saisissez ce code sur la page de connexion${nbsp}:</p>
<p style="font-size:28px;letter-spacing:6px;font-weight:700;font-family:ui-monospace,monospace" data-code>${code}</p>
<p style="color:#57534e;font-size:14px">Si vous n’avez pas demandé à vous connecter, ignorez ce message${nbsp}: personne ne pourra entrer sans ce lien ni ce code.</p>`,
	)
	await sendEmail({ to, subject: 'Votre lien de connexion à Phoenix', text, html })
}
