export type { Span } from './engine.js';
export { matchKey } from './normalize.js';
export { builtInRules, type CompiledRules, compileRules } from './rules/compile.js';
export type { LanguageRules, RulePair, SegmentationRulesInput } from './rules/types.js';
export { sentenceOffsets, splitSentences } from './sentences.js';
