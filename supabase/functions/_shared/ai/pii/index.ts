// The anonymiser's public face: what the AI gateway and the tests import.
export { Anonymizer, type StreamRestorer } from './anonymizer.ts'
export { findPii } from './detect.ts'
export { evaluatePii, parseJsonl, type PiiEvaluation, type PiiSample, type PiiScore } from './evaluate.ts'
export { isFirstName } from './names.ts'
export { isCardValid, isIbanValid, isLuhnValid, isNirValid, isSirenValid, isSiretValid, nirKey } from './validators.ts'
