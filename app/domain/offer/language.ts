// French first, English tolerated: the analyser reads both and says which one the offer is in.
import { foldText } from '#app/domain/rome/tokens.ts'

const english = new Set('the and of to with in on for you we our your is are will be this that what who as at by from an or'.split(' '))
const french = new Set(
	'le la les des et de du vous nous notre votre est sont pour avec une un au aux en dans sur par ou qui que'.split(' '),
)

export function detectLanguage(text: string): 'fr' | 'en' {
	let englishCount = 0
	let frenchCount = 0
	for (const word of foldText(text).split(/[^a-z']+/)) {
		if (english.has(word)) englishCount++
		if (french.has(word)) frenchCount++
	}
	return englishCount > frenchCount * 1.2 ? 'en' : 'fr'
}
