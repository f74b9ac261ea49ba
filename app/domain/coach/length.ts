// Length: a letter is read in under a minute, so 200 to 400 words in three to
// five paragraphs, and sentences a reader takes in one breath.

import { draft, fr, type Draft, type LetterText } from './text.ts'

export const lengthLimits = {
	minWords: 200,
	maxWords: 400,
	/** Below or above these, the length alone hurts the letter. */
	tooFewWords: 150,
	tooManyWords: 500,
	minParagraphs: 3,
	maxParagraphs: 5,
	/** A paragraph shorter than this is a heading, a salutation or a signature. */
	paragraphWords: 20,
	maxSentenceWords: 40,
}

export function checkLength(letter: LetterText): Draft[] {
	const drafts: Draft[] = []
	const { words } = letter
	if (words > 0 && words < lengthLimits.minWords) {
		drafts.push(
			draft(
				'length',
				'trop-courte',
				words < lengthLimits.tooFewWords ? 'important' : 'conseil',
				fr('Lettre trop courte'),
				fr(
					`${words} mots : visez entre ${lengthLimits.minWords} et ${lengthLimits.maxWords}. Ajoutez un exemple concret de ce que vous avez fait, et ce que vous savez de l'entreprise.`,
				),
				{ rewritable: true },
			),
		)
	} else if (words > lengthLimits.maxWords) {
		drafts.push(
			draft(
				'length',
				'trop-longue',
				words > lengthLimits.tooManyWords ? 'important' : 'conseil',
				fr('Lettre trop longue'),
				fr(
					`${words} mots : au-delà de ${lengthLimits.maxWords}, le recruteur survole. Gardez un exemple par idée et coupez les répétitions.`,
				),
				{ rewritable: true },
			),
		)
	}

	const body = letter.paragraphs.filter((paragraph) => paragraph.words >= lengthLimits.paragraphWords).length
	if (words >= lengthLimits.tooFewWords && body < lengthLimits.minParagraphs) {
		drafts.push(
			draft(
				'length',
				'paragraphes',
				'conseil',
				fr('Pas assez de paragraphes'),
				fr(
					`${body === 0 ? 'Aucun paragraphe' : body === 1 ? 'Un seul paragraphe' : 'Deux paragraphes'} : une lettre se lit mieux en trois à cinq (vous, moi, nous, puis la demande d'entretien). Séparez-les par une ligne vide.`,
				),
				{ rewritable: true },
			),
		)
	} else if (body > lengthLimits.maxParagraphs) {
		drafts.push(
			draft(
				'length',
				'paragraphes',
				'conseil',
				fr('Trop de paragraphes'),
				fr(`${body} paragraphes : regroupez-les en trois à cinq, un par idée.`),
				{ rewritable: true },
			),
		)
	}

	for (const sentence of letter.sentences) {
		if (sentence.words <= lengthLimits.maxSentenceWords) continue
		drafts.push(
			draft(
				'length',
				'phrase-longue',
				'conseil',
				fr('Phrase trop longue'),
				fr(`${sentence.words} mots dans une seule phrase : coupez-la en deux ou trois, une idée par phrase.`),
				{ span: sentence, text: letter.text, rewritable: true },
			),
		)
	}
	return drafts
}
