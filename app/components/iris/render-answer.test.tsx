import { renderToStaticMarkup } from 'react-dom/server'
import { MemoryRouter } from 'react-router'
import { describe, expect, test } from 'vitest'
import { AnswerText, answerBlocks, answerPlainText, inlineTokens, linkTarget } from './render-answer.tsx'

function render(text: string) {
	return renderToStaticMarkup(
		<MemoryRouter>
			<AnswerText text={text} />
		</MemoryRouter>,
	)
}

describe('linkTarget', () => {
	test('keeps our screens and the allowed public sites only', () => {
		expect(linkTarget('/letters')).toEqual({ kind: 'product', to: '/letters' })
		expect(linkTarget('/compte?onglet=profil#metier')).toEqual({ kind: 'product', to: '/compte?onglet=profil#metier' })
		expect(linkTarget('https://www.moncompteformation.gouv.fr/espace-prive')).toEqual({
			kind: 'external',
			href: 'https://www.moncompteformation.gouv.fr/espace-prive',
		})
	})

	test('refuses everything else', () => {
		for (const href of [
			'javascript:alert(1)',
			'JavaScript:alert(1)',
			'data:text/html,<script>alert(1)</script>',
			'//evil.example/letters',
			'/admin',
			'https://evil.example/',
			'http://www.francetravail.fr/',
			'https://www.francetravail.fr.evil.example/',
			'https://user@www.francetravail.fr/',
			'https://www.francetravail.fr:8443/',
			'letters',
			'',
		]) {
			expect(linkTarget(href), href).toBeNull()
		}
	})
})

describe('answerBlocks', () => {
	test('splits paragraphs on blank lines and keeps single line breaks', () => {
		expect(answerBlocks('Bonjour.\nDeuxième ligne.\n\n\nNouveau paragraphe.')).toEqual([
			{ type: 'paragraph', lines: ['Bonjour.', 'Deuxième ligne.'] },
			{ type: 'paragraph', lines: ['Nouveau paragraphe.'] },
		])
	})

	test('reads bullet and numbered lists, with indented continuation lines', () => {
		expect(answerBlocks('Étapes\u00a0:\n\n1. Bilan\n2. Formation\n   financée par le CPF\n\n- un\n* deux\n+ trois')).toEqual([
			{ type: 'paragraph', lines: ['Étapes\u00a0:'] },
			{ type: 'list', ordered: true, start: 1, items: [['Bilan'], ['Formation', 'financée par le CPF']] },
			{ type: 'list', ordered: false, start: 1, items: [['un'], ['deux'], ['trois']] },
		])
	})

	test('a list right after a sentence starts its own block', () => {
		expect(answerBlocks('Voici\u00a0:\n- a\n- b\nFin.').map((block) => block.type)).toEqual(['paragraph', 'list', 'paragraph'])
	})

	test('keeps the number a list starts from', () => {
		expect(answerBlocks('3. trois\n4. quatre')).toEqual([{ type: 'list', ordered: true, start: 3, items: [['trois'], ['quatre']] }])
	})

	test('turns headings into their own blocks and drops separators', () => {
		expect(answerBlocks('## Le CPF ##\n---\nTexte')).toEqual([
			{ type: 'heading', text: 'Le CPF' },
			{ type: 'paragraph', lines: ['Texte'] },
		])
	})

	test('a line starting with bold text is not a list item', () => {
		expect(answerBlocks('**Important**\u00a0: oui')).toEqual([{ type: 'paragraph', lines: ['**Important**\u00a0: oui'] }])
	})
})

describe('inlineTokens', () => {
	test('reads bold and italics, nested', () => {
		expect(inlineTokens('un **gras avec *italique* dedans** et _souligné_')).toEqual([
			{ type: 'text', text: 'un ' },
			{
				type: 'strong',
				children: [
					{ type: 'text', text: 'gras avec ' },
					{ type: 'emphasis', children: [{ type: 'text', text: 'italique' }] },
					{ type: 'text', text: ' dedans' },
				],
			},
			{ type: 'text', text: ' et ' },
			{ type: 'emphasis', children: [{ type: 'text', text: 'souligné' }] },
		])
	})

	test('leaves intraword underscores, products and unfinished markers alone', () => {
		expect(inlineTokens('user_id_field, 2*3*4 et **pas fini')).toEqual([{ type: 'text', text: 'user_id_field, 2*3*4 et **pas fini' }])
	})

	test('keeps allowed links and reduces the others to their label', () => {
		expect(inlineTokens('[Ouvrir Phoenix CV](/cv) ou [ici](https://evil.example/x) ou ![photo](https://evil.example/p.png)')).toEqual([
			{ type: 'link', label: 'Ouvrir Phoenix CV', target: { kind: 'product', to: '/cv' } },
			{ type: 'text', text: ' ou ici ou photo' },
		])
	})

	test('a javascript: link with parentheses stays text', () => {
		const tokens = inlineTokens('[cliquez](javascript:alert(1))')
		expect(tokens.some((token) => token.type === 'link')).toBe(false)
	})
})

describe('answerPlainText', () => {
	test('drops the Markdown marks', () => {
		expect(answerPlainText('## Titre\n\n**Gras** et [lien](/cv).\n\n- un\n- *deux*')).toBe('Titre\nGras et lien.\nun\ndeux')
	})
})

describe('AnswerText', () => {
	test('escapes raw HTML instead of running it', () => {
		const html = render('Avant <script>alert("x")</script> <img src=x onerror=alert(1)> après')
		expect(html).not.toContain('<script')
		expect(html).not.toContain('<img')
		expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;')
	})

	test('a javascript: link is not a link', () => {
		const html = render('[Cliquez ici](javascript:alert(document.cookie))')
		expect(html).not.toContain('<a')
		expect(html).not.toContain('javascript:')
		expect(html).toContain('Cliquez ici')
	})

	test('an https link to another site is not a link, nor is an image', () => {
		const html = render('[France Travail](https://francetravail.evil.example/login) ![pixel](https://evil.example/t.gif?c=secret)')
		expect(html).not.toContain('<a')
		expect(html).not.toContain('<img')
		expect(html).not.toContain('evil.example')
		expect(html).toContain('France Travail')
		expect(html).toContain('pixel')
	})

	test('a product path becomes an in-app link', () => {
		const html = render('Vous pouvez [ouvrir le Trajectory Builder](/letters).')
		expect(html).toMatch(/<a[^>]* href="\/letters"[^>]*>ouvrir le Trajectory Builder<\/a>/)
		expect(html).not.toContain('target="_blank"')
	})

	test('an allowed public site opens in a new tab without an opener', () => {
		const html = render('[Mon Compte Formation](https://www.moncompteformation.gouv.fr/)')
		expect(html).toContain('href="https://www.moncompteformation.gouv.fr/"')
		expect(html).toContain('target="_blank"')
		expect(html).toContain('rel="noopener noreferrer"')
		expect(html).toContain('(nouvel onglet)')
	})

	test('renders paragraphs, line breaks, lists and emphasis', () => {
		const html = render('Bonjour\u00a0!\nSuite.\n\n1. **Bilan**\n2. *Formation*\n\n- a')
		expect(html).toContain('<p>Bonjour\u00a0!<br/>Suite.</p>')
		expect(html).toContain('<ol')
		expect(html).toContain('<li><strong class="font-semibold">Bilan</strong></li>')
		expect(html).toContain('<li><em>Formation</em></li>')
		expect(html).toContain('<ul')
	})
})
