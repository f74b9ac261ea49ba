// The offline engine's public face: the provider the gateway builds when no
// Gemini key is set, and the pieces other features may reuse (help search,
// intent recognition, the letter writer, the French text helpers).
export { answerOffline, createOfflineEngine, offlineModel, type OfflineContext, type OfflineEngineOptions } from './engine.ts'
export { helpArticleById, helpArticles, type HelpArea, type HelpArticle } from './help-content.ts'
export {
	detectIntent,
	isDistress,
	type Employment,
	type HelpTopic,
	type Intent,
	type OccupationFocus,
	type OccupationMention,
	type Scheme,
} from './intents.ts'
export { writeLetter } from './letter.ts'
export { createHelpIndex, searchHelp, type HelpHit, type HelpIndex, type SearchHelpOptions } from './retrieval.ts'
export { analyze, foldAccents, frenchTypography, normalizeText, splitSentences, stem, stopWords, tokenize } from './text.ts'
