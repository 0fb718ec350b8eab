import { type Content, isCode } from '@dari/core';

const segmenters = new Map<string, Intl.Segmenter>();

/** One cached word segmenter per language: building one costs far more than using it. */
function segmenterFor(lang: string): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) {
    s = new Intl.Segmenter(lang, { granularity: 'word' });
    segmenters.set(lang, s);
  }
  return s;
}

/** Dari's word count: `Intl.Segmenter` word granularity, counting word-like segments only. */
export function countWords(text: string, lang: string): number {
  let n = 0;
  for (const segment of segmenterFor(lang).segment(text)) if (segment.isWordLike) n++;
  return n;
}

// The three regular expressions of translate-toolkit's pocount.wordcount(), ported as they are.
const BR_TAG = /<br\s*?\/?>/g;
// Python's `\w` and `\D` are Unicode-aware; `.` does not cross a newline in either language.
const XML_TAG = /<([\p{L}\p{N}_.:]+)(\s([\p{L}\p{N}_.:]+=((".*?")|('.*?')))?)*\/?>|<\/([\p{L}\p{N}_.]+)>/gu;
const NUMBER_DOT = /\P{Nd}\.\P{Nd}/gu;
/** translate.lang.common.Common.punctuation: what pocount strips from both ends of a word. */
const POCOUNT_PUNCTUATION = new Set(
  '.,;:!?-@#$%^*_()[]{}/\\\'`"<>‘’‛“”„‟′″‴‵‶‷‹›«»¿¡،؟؛÷。、，；！？「」『』【】।॥॰።፤፣…±°¹²³·©®×£¥€',
);

/** The text pocount sees in a `<source>`/`<target>`: text plus the native markup inside inline codes. */
export function pocountText(content: Content): string {
  let out = '';
  for (const part of content) out += isCode(part) ? part.data : part;
  return out;
}

/**
 * pocount's word count (translate-toolkit 3.x): `<br>` to a newline, XML tags dropped, a dot between
 * two non-digits to a space, then whitespace-separated tokens with punctuation stripped from both
 * ends. Ported rather than approximated so that `--format json` agrees with the tool CI users know.
 */
export function pocountWords(text: string): number {
  const cleaned = text.replace(BR_TAG, '\n').replace(XML_TAG, '').replace(NUMBER_DOT, ' ');
  let n = 0;
  for (const token of cleaned.split(/\s+/u)) {
    if (token === '') continue;
    for (const ch of token) {
      if (!POCOUNT_PUNCTUATION.has(ch)) {
        n++;
        break;
      }
    }
  }
  return n;
}
