import { type Content, isCode } from '@dari/core';
import { countWordsSimple } from './lang/word-break.js';

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

/**
 * Languages whose ICU word rules are the root rules on what `countWordsSimple` handles (Swedish and
 * Finnish, say, join words across `:`); words.fast.test.ts checks each against `Intl.Segmenter`.
 */
export const SIMPLE_WORD_LANGS: ReadonlySet<string> = new Set([
  'en',
  'de',
  'fr',
  'es',
  'it',
  'pt',
  'nl',
  'ko',
  'ja',
  'zh',
]);

const simple = new Map<string, boolean>();
// ICU is slow enough that texts it counts (other scripts; locale files repeat every source) are kept.
const icuCounts = new Map<string, number>();

function usesSimpleRules(lang: string): boolean {
  let yes = simple.get(lang);
  if (yes === undefined) {
    yes = SIMPLE_WORD_LANGS.has(lang.toLowerCase().split(/[-_]/)[0] ?? '');
    simple.set(lang, yes);
  }
  return yes;
}

/** Dari's word count: `Intl.Segmenter` word granularity, counting word-like segments only. */
export function countWords(text: string, lang: string): number {
  if (usesSimpleRules(lang)) {
    const fast = countWordsSimple(text);
    if (fast >= 0) return fast;
  }
  const key = `${lang}\u0000${text}`;
  let n = icuCounts.get(key);
  if (n === undefined) {
    n = 0;
    for (const segment of segmenterFor(lang).segment(text)) if (segment.isWordLike) n++;
    if (icuCounts.size >= 200_000) icuCounts.clear();
    icuCounts.set(key, n);
  }
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
