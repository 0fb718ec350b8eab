import { english } from './en.js';
import type { LanguageRules } from './types.js';

/**
 * Korean news copy (Yonhap style). Latin words inside Korean text follow the English lists; the
 * Korean-specific rules are about quotation (`"…"라고`, `"…" 하며`), dates written `2017. 8. 17.`,
 * and a sentence that ends in `-다` right before a new quotation without punctuation.
 */
export const korean: LanguageRules = {
  ...english,
  // Verbs and particles that carry a quotation on into the same sentence: `"…." 하며`, `"…?" 라고`.
  quoteContinuation:
    '^(?:하(?:며|고|면서|는|자|던|여|였다|였고|였으며|기에)|했(?:다|고|으며|던|는데|지만)|한다|합니다|라(?:고|며|는|면서|던)|이라(?:고|며|는|면서)|고|며|는|면서|와|과|란|이란|싶\\p{L}*)(?![\\p{L}])',
  // A word ending in a particle or connective ending carries on past an ellipsis (`모르겠지만.. 다들`).
  ellipsisContinues: '(?:은|는|이|가|을|를|의|에|에서|도|만|고|며|서|면|니까|지만|는데|데|아우|어|음|네)$',
  // An unspaced ellipsis ends a Korean sentence only after a final ending (`-다…`, `-요…`).
  ellipsisEnds: '(?:[다요까죠]|니다)$',
  noBreak: [
    // Dates and periods written with spaced dots: `2017. 8. 17.`, `2017. 8.`
    { before: '(?:^|[^\\d])\\d{4}\\.$', after: '^\\s?\\d{1,2}\\.' },
    { before: '(?:^|[^\\d])\\d{4}\\.\\s?\\d{1,2}\\.$', after: '^\\s?\\d{1,2}(?:\\.|\\s|[일~])' },
    { before: '(?:^|[^\\d])\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.$', after: '^\\s' },
  ],
  breaks: [
    // `…뜨겁다 "르어 쓸러."`: a final `-다` with no period, then a new quotation.
    { before: '[\\p{Script=Hangul}]다$', after: '^\\s+["“‘\']' },
  ],
};
