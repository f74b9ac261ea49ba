// A letter written for this employer: it names the company and the job, and
// does not fall back on « votre entreprise » where the name would do.

import { foldAccents, stopWords, tokenize } from '#shared/ai/offline/text.ts'
import type { OfferAnalysis } from '#app/domain/offer/types.ts'
import { draft, fr, makeFix, matchFolded, matchStem, phrase, type Draft, type LetterText } from './text.ts'

const legalForms =
	/(?<![\p{L}\p{N}])(?:sas|sasu|sa|sarl|eurl|snc|scop|sca|sci|gmbh|inc|ltd|llc|bv|groupe|group|societe|ste)\.?(?![\p{L}\p{N}])/gu

/** A name as a phrase pattern; a company's without its legal form (« Santéo SAS » → santeo). */
function namePattern(name: string, isCompany: boolean): RegExp | null {
	const lower = foldAccents(name)
		.toLowerCase()
		.replace(/[’‘`´]/g, "'")
	const core = (isCompany ? lower.replace(legalForms, ' ') : lower).replace(/[^\p{L}\p{N}'&-]+/gu, ' ').trim()
	if (core.length < 2) return null
	const source = core
		.split(' ')
		.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
		.join('[ -]+')
	return phrase(source)
}

// « Boulangerie Dupain » is « Dupain » in a letter as often as not.
const companyKinds =
	/^(?:(?:la|le|les|l') ?)?(?:boulangerie|patisserie|groupe|cabinet|agence|hopital|clinique|banque|entreprise|societe|magasin|restaurant|hotel|studio|atelier|maison|librairie|pharmacie|laboratoire|ecole|association|fondation|mairie|ville de)\s+/

function companyPatterns(company: string): RegExp[] {
	const patterns: RegExp[] = []
	const full = namePattern(company, true)
	if (full) patterns.push(full)
	const folded = foldAccents(company).toLowerCase()
	const distinctive = folded.replace(companyKinds, '')
	if (distinctive !== folded) {
		const short = namePattern(distinctive, true)
		if (short) patterns.push(short)
	}
	return patterns
}

const genericCompany = phrase('votre (?:entreprise|societe|structure|etablissement|organisation|entite|groupe|enseigne|start-up|startup)')

const titleNoise = new Set([
	'h',
	'f',
	'hf',
	'junior',
	'senior',
	'confirme',
	'confirmee',
	'experimente',
	'experimentee',
	'cdi',
	'cdd',
	'stage',
	'stagiaire',
	'alternance',
	'alternant',
	'interim',
])

function titleStems(title: string): string[] {
	return tokenize(title)
		.filter((word) => word.length > 1 && !stopWords.has(word) && !titleNoise.has(word))
		.map(matchStem)
}

/** « de votre entreprise » before a vowel becomes « d’Orange », not « de Orange ». */
function companyFix(letter: LetterText, start: number, end: number, company: string) {
	const before = letter.text.slice(0, start)
	const elided = /^[aeiouyàâäéèêëîïôöûüAEIOUYÀÂÄÉÈÊËÎÏÔÖÛÜ]/u.test(company) ? before.match(/(?<![\p{L}\p{N}])([dD]e|[qQ]ue)[ \t]+$/u) : null
	if (elided) {
		const from = start - (elided[0]?.length ?? 0)
		const article = elided[1] ?? 'de'
		return makeFix(letter.text, from, end, `${article.slice(0, -1)}’${company}`, `Remplacer par “${article.slice(0, -1)}’${company}”`)
	}
	return makeFix(letter.text, start, end, company, `Remplacer par “${company}”`)
}

export function checkPersonalisation(
	letter: LetterText,
	context: { offer?: OfferAnalysis | null; company?: string | null; candidateName?: string | null },
): Draft[] {
	const drafts: Draft[] = []
	const company = (context.company ?? context.offer?.company ?? '').trim()
	const patterns = company ? companyPatterns(company) : []
	if (patterns.length > 0) {
		const named = patterns.reduce((count, namePattern) => count + matchFolded(letter, namePattern).length, 0)
		const generic = matchFolded(letter, genericCompany)
		const first = generic[0]
		if (named === 0 && first) {
			const words = letter.text.slice(first.start, first.end)
			drafts.push(
				draft(
					'personalisation',
					'entreprise-absente',
					'important',
					fr("Nom de l'entreprise absent"),
					fr(`Vous écrivez « ${words} » sans jamais nommer ${company}. Le nom montre au recruteur que la lettre a été écrite pour lui.`),
					{ span: first, text: letter.text, fix: companyFix(letter, first.start, first.end, company), rewritable: true },
				),
			)
		} else if (named === 0) {
			drafts.push(
				draft(
					'personalisation',
					'entreprise-absente',
					'important',
					fr("Nom de l'entreprise absent"),
					fr(
						`${company} n'apparaît nulle part. Nommez l'entreprise et dites ce qui vous attire chez elle : un produit, un public, un projet.`,
					),
					{ rewritable: true },
				),
			)
		} else if (generic.length >= 2) {
			const second = generic[1]
			if (second) {
				drafts.push(
					draft(
						'personalisation',
						'votre-entreprise',
						'conseil',
						fr('« Votre entreprise », encore'),
						fr(`La formule revient ${generic.length} fois. Nommez ${company} : c'est plus direct, et plus chaleureux.`),
						{ span: second, text: letter.text, fix: companyFix(letter, second.start, second.end, company), rewritable: true },
					),
				)
			}
		}
	}

	const title = context.offer?.title?.trim()
	if (title) {
		const wanted = titleStems(title)
		const present = letter.stems
		const head = wanted[0]
		const found = wanted.filter((word) => present.has(word)).length
		if (head && (!present.has(head) || found * 2 < wanted.length)) {
			drafts.push(
				draft(
					'personalisation',
					'poste-absent',
					'conseil',
					fr('Intitulé du poste absent'),
					fr(
						`L'offre s'intitule « ${title} ». Reprenez cet intitulé dans l'objet ou dès le premier paragraphe : le recruteur voit tout de suite à quel poste vous répondez.`,
					),
					{ rewritable: true },
				),
			)
		}
	}

	const name = context.candidateName?.trim()
	if (name) {
		const surname = name.split(/\s+/).at(-1) ?? name
		const signed = [name, surname].some((part) => {
			const partPattern = namePattern(part, false)
			return partPattern ? matchFolded(letter, partPattern).length > 0 : true
		})
		if (!signed) {
			const trailing = letter.text.match(/\s*$/u)?.[0] ?? ''
			const start = letter.text.length - trailing.length
			const fix = makeFix(letter.text, start, letter.text.length, `\n\n${name}${trailing.endsWith('\n') ? '\n' : ''}`, `Signer “${name}”`)
			drafts.push(
				draft(
					'personalisation',
					'signature',
					'detail',
					fr('Lettre non signée'),
					fr('Terminez par votre prénom et votre nom, sous la formule de politesse.'),
					{
						fix,
					},
				),
			)
		}
	}
	return drafts
}
