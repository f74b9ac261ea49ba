import http from 'node:http'
import PostalMime from 'postal-mime'
import { SMTPServer } from 'smtp-server'
import { assertPortFree } from './ports.ts'
import { escapeHtml } from '../../supabase/functions/_shared/email-html.ts'

export type CaughtMail = {
	id: number
	receivedAt: string
	from: string
	to: string[]
	subject: string
	text: string
	html: string
}

/**
 * A local SMTP server that keeps every message, and a small web page (and a
 * JSON API used by the tests) to read them. Nothing leaves the machine.
 */
export async function startMailCatcher(options: { smtpPort: number; httpPort: number }) {
	await assertPortFree(options.smtpPort, 'SMTP catcher', 'PHOENIX_SMTP_PORT')
	await assertPortFree(options.httpPort, 'mailbox page', 'PHOENIX_MAILBOX_PORT')
	const mails: CaughtMail[] = []
	let nextId = 1

	const smtp = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		banner: 'Phoenix local mail catcher',
		logger: false,
		onData(stream, session, callback) {
			const chunks: Buffer[] = []
			stream.on('data', (chunk: Buffer) => chunks.push(chunk))
			stream.on('end', async () => {
				try {
					const parsed = await PostalMime.parse(Buffer.concat(chunks))
					mails.unshift({
						id: nextId++,
						receivedAt: new Date().toISOString(),
						from: parsed.from?.address ?? String(session.envelope.mailFrom && session.envelope.mailFrom.address),
						to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
						subject: parsed.subject ?? '',
						text: parsed.text ?? '',
						html: parsed.html ?? '',
					})
					mails.splice(500)
					callback()
				} catch (error) {
					callback(error as Error)
				}
			})
		},
	})
	await new Promise<void>((resolve) => smtp.listen(options.smtpPort, '127.0.0.1', resolve))

	const web = http.createServer((request, response) => {
		const url = new URL(request.url ?? '/', 'http://localhost')
		if (url.pathname === '/api/messages' && request.method === 'GET') {
			const to = url.searchParams.get('to')?.toLowerCase()
			const selected = to ? mails.filter((mail) => mail.to.some((address) => address.toLowerCase() === to)) : mails
			return sendJson(response, selected)
		}
		if (url.pathname === '/api/messages' && request.method === 'DELETE') {
			mails.length = 0
			return sendJson(response, { deleted: true })
		}
		const htmlMatch = url.pathname.match(/^\/messages\/(\d+)\/html$/)
		if (htmlMatch) {
			const mail = mails.find((candidate) => candidate.id === Number(htmlMatch[1]))
			if (!mail) return notFound(response)
			response.writeHead(200, {
				'Content-Type': 'text/html; charset=utf-8',
				'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; img-src data:",
			})
			// Links in a mail open in a new tab, not inside the preview frame.
			return response.end(`<base target="_blank">${mail.html || `<pre>${escapeHtml(mail.text)}</pre>`}`)
		}
		if (url.pathname === '/') {
			response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
			return response.end(renderInbox(mails, Number(url.searchParams.get('id')) || mails[0]?.id))
		}
		return notFound(response)
	})
	await new Promise<void>((resolve) => web.listen(options.httpPort, '127.0.0.1', resolve))

	return {
		url: `http://localhost:${options.httpPort}`,
		smtpPort: options.smtpPort,
		async stop() {
			await Promise.all([
				new Promise<void>((resolve) => smtp.close(() => resolve())),
				new Promise<void>((resolve) => {
					web.closeAllConnections()
					web.close(() => resolve())
				}),
			])
		},
	}
}

function sendJson(response: http.ServerResponse, body: unknown) {
	response.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' })
	response.end(JSON.stringify(body))
}

function notFound(response: http.ServerResponse) {
	response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' })
	response.end('Introuvable')
}


function renderInbox(mails: CaughtMail[], selectedId: number | undefined) {
	const selected = mails.find((mail) => mail.id === selectedId)
	const list = mails
		.map(
			(mail) => `<li><a href="/?id=${mail.id}"${mail.id === selectedId ? ' aria-current="true"' : ''}>
				<strong>${escapeHtml(mail.subject || '(sans objet)')}</strong>
				<span>${escapeHtml(mail.to.join(', '))}</span>
				<time datetime="${mail.receivedAt}">${new Date(mail.receivedAt).toLocaleString('fr-FR', { timeZone: 'Europe/Paris' })}</time>
			</a></li>`,
		)
		.join('')
	return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="${mails.length ? 15 : 3}">
<title>Boîte de réception locale — Phoenix</title>
<style>
body{margin:0;font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1c1917;background:#fafaf9}
header{padding:16px 24px;background:#fff;border-bottom:1px solid #e7e5e4}h1{font-size:18px;margin:0}header p{margin:4px 0 0;color:#57534e;font-size:14px}
.layout{display:grid;grid-template-columns:minmax(240px,340px) 1fr;min-height:calc(100vh - 70px)}
ul{list-style:none;margin:0;padding:0;border-right:1px solid #e7e5e4;background:#fff}
li a{display:grid;gap:2px;padding:12px 16px;border-bottom:1px solid #f5f5f4;color:inherit;text-decoration:none}
li a[aria-current]{background:#fff7ed;border-left:4px solid #c2410c}li span,li time{font-size:13px;color:#57534e}
iframe{width:100%;height:100%;border:0;background:#fff}.empty{padding:24px;color:#57534e}
@media (max-width:700px){.layout{grid-template-columns:1fr}iframe{height:70vh}}
</style></head><body>
<header><h1>Boîte de réception locale</h1><p>Les e-mails envoyés par Phoenix en local arrivent ici (rien ne sort de votre machine).</p></header>
<div class="layout">${
		mails.length
			? `<ul>${list}</ul>${selected ? `<iframe title="${escapeHtml(selected.subject)}" src="/messages/${selected.id}/html"></iframe>` : ''}`
			: '<p class="empty">Aucun e-mail pour le moment. Demandez un lien de connexion&nbsp;: il apparaîtra ici.</p>'
	}</div></body></html>`
}
