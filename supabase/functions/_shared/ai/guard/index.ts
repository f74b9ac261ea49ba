// The prompt-injection guard of the AI gateway: screening, per-request
// envelopes with a canary, and the corpus evaluation used by the tests.
export { normalizeText, stripInvisible } from './normalize.ts'
export { guardFamilies, guardRules, type GuardFamily, type GuardRule } from './patterns.ts'
export { BLOCK_THRESHOLD, COOCCURRENCE_BONUS, DOCUMENT_SENSITIVITY, FLAG_THRESHOLD, screenText, type ScreenOptions } from './screen.ts'
export { createEnvelope, dataDeclaration, leaksCanary, wrapUntrusted, type DataDeclarationOptions, type Envelope } from './envelope.ts'
export { evaluateGuard, parseJsonl, type GuardEvaluation, type GuardSample } from './evaluate.ts'
