import { type Span, sentenceSpans } from './engine.js';
import type { LineBreaks } from './forced.js';
import { mapEnd, mapStart, toNfc } from './normalize.js';
import { compileRules } from './rules/compile.js';
import type { SegmentationRulesInput } from './rules/types.js';

/** Sentence spans of a text: offsets into the text as given (NFC or NFD), whitespace between sentences excluded. */
export function sentenceOffsets(text: string, lang: string, rules?: SegmentationRulesInput): Span[] {
  return offsetsWith(text, lang, rules, rules?.lineBreaks ?? 'boundary');
}

/** `sentenceOffsets` with the line-break reading given (Markdown paragraphs default to `soft`). */
export function offsetsWith(
  text: string,
  lang: string,
  rules: SegmentationRulesInput | undefined,
  lineBreaks: LineBreaks,
): Span[] {
  const compiled = compileRules(lang, rules);
  const nfc = toNfc(text);
  const spans = sentenceSpans(nfc.text, compiled, lineBreaks);
  const map = nfc.map;
  if (!map) return spans;
  return spans.map((s) => ({ start: mapStart(map, s.start), end: mapEnd(map, s.end) }));
}

/**
 * Splits plain text into sentences by the rules of `lang` (`en`, `ko`; others get language-neutral
 * rules) plus the config's additions. Whitespace between sentences is dropped, nothing else altered.
 * A line break after a line without terminal punctuation, before a capitalized line or a list marker,
 * ends a sentence unless `rules.lineBreaks` is `soft`.
 */
export function splitSentences(text: string, lang: string, rules?: SegmentationRulesInput): string[] {
  return sentenceOffsets(text, lang, rules).map((s) => text.slice(s.start, s.end));
}
