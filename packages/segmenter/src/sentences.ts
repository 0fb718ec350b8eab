import { type Span, sentenceSpans } from './engine.js';
import { mapEnd, mapStart, toNfc } from './normalize.js';
import { compileRules } from './rules/compile.js';
import type { SegmentationRulesInput } from './rules/types.js';

/** Sentence spans of a text: offsets into the text as given (NFC or NFD), whitespace between sentences excluded. */
export function sentenceOffsets(text: string, lang: string, rules?: SegmentationRulesInput): Span[] {
  const compiled = compileRules(lang, rules);
  const nfc = toNfc(text);
  const spans = sentenceSpans(nfc.text, compiled);
  const map = nfc.map;
  if (!map) return spans;
  return spans.map((s) => ({ start: mapStart(map, s.start), end: mapEnd(map, s.end) }));
}

/**
 * Splits plain text into sentences by the rules of `lang` (`en`, `ko`; others get language-neutral
 * rules) plus the config's additions. Whitespace between sentences is dropped, nothing else altered.
 */
export function splitSentences(text: string, lang: string, rules?: SegmentationRulesInput): string[] {
  return sentenceOffsets(text, lang, rules).map((s) => text.slice(s.start, s.end));
}
