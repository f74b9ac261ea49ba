// The HTML around every email Phoenix sends, from the app or an Edge Function.

export function escapeHtml(text: string) {
	return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)
}

/** A call-to-action link styled as a button (email clients ignore stylesheets). */
export function emailButton(href: string, label: string) {
	return `<p style="margin:24px 0"><a href="${escapeHtml(href)}" style="background:#c2410c;color:#fff;text-decoration:none;padding:12px 20px;border-radius:8px;font-weight:600;display:inline-block">${escapeHtml(label)}</a></p>`
}

/** A French email document: a title, then `bodyHtml`, which the caller has already escaped. */
export function emailDocument(title: string, bodyHtml: string) {
	return `<!doctype html>
<html lang="fr"><body style="font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1c1917;background:#fafaf9;padding:24px">
<div style="max-width:520px;margin:0 auto;background:#fff;border-radius:12px;padding:32px;border:1px solid #e7e5e4">
<h1 style="font-size:20px;margin:0 0 16px">${escapeHtml(title)}</h1>
${bodyHtml}
<p>L’équipe Phoenix</p>
</div></body></html>`
}
