export { type ParseArticleOptions, parseArticle } from './article.js';
export { decodeArticle } from './decode.js';
export type { Span } from './engine.js';
export { RULES as SEGMENTER_RULES } from './errors.js';
export { matchKey } from './normalize.js';
export { builtInRules, type CompiledRules, compileRules } from './rules/compile.js';
export type { LanguageRules, RulePair, SegmentationRulesInput } from './rules/types.js';
export { sentenceOffsets, splitSentences } from './sentences.js';
export { renumberCodes, splitContent } from './split-content.js';
