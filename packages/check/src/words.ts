import { type Content, isCode } from '@dari/core';
import { countWordsSimple } from './lang/word-break.js';

// Cache: one word segmenter per language tag (a project has a handful); never cleared.
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

/**
 * Cache of word counts by text, bounded by the characters of its keys (about 2 × `maxChars` bytes)
 * rather than by entries, so a run over a large archive of long sentences cannot grow it past that:
 * when full it starts again empty (the next files repeat their own sources, not old ones).
 */
export class CountMemo {
  private readonly counts = new Map<string, number>();
  private chars = 0;

  constructor(private readonly maxChars: number) {}

  get(key: string): number | undefined {
    return this.counts.get(key);
  }

  set(key: string, count: number): void {
    if (key.length > this.maxChars) return;
    if (this.chars + key.length > this.maxChars) {
      this.counts.clear();
      this.chars = 0;
    }
    if (!this.counts.has(key)) this.chars += key.length;
    this.counts.set(key, count);
  }

  /** Entries held (for tests). */
  get size(): number {
    return this.counts.size;
  }
}

/** Characters of text each count cache may hold (~16 MB): far more than one slug's locale files. */
const MEMO_CHARS = 8_000_000;

// Cache: whether a language tag uses the simple rules; one entry per tag, never cleared.
const simple = new Map<string, boolean>();
// Cache: ICU is slow enough that texts it counts (other scripts; locale files repeat every source) are kept.
const icuCounts = new CountMemo(MEMO_CHARS);

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

// Cache: texts with tags or other scripts go through the regular expressions; locale files repeat
// every source, so their counts are kept.
const pocountCounts = new CountMemo(MEMO_CHARS);

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
  const fast = pocountWordsSimple(text);
  if (fast >= 0) return fast;
  let n = pocountCounts.get(text);
  if (n !== undefined) return n;
  const cleaned = text.replace(BR_TAG, '\n').replace(XML_TAG, '').replace(NUMBER_DOT, ' ');
  n = 0;
  for (const token of cleaned.split(/\s+/u)) {
    if (token === '') continue;
    for (const ch of token) {
      if (!POCOUNT_PUNCTUATION.has(ch)) {
        n++;
        break;
      }
    }
  }
  pocountCounts.set(text, n);
  return n;
}

const SPACE = 1;
const PUNCTUATION = 2;
const DIGIT = 4;
/** Classes of the characters the single pass handles: ASCII but `<` (tags), and news punctuation. */
const CLASS = new Map<number, number>();
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (ch === '<') continue;
  CLASS.set(
    c,
    (/\s/.test(ch) ? SPACE : 0) |
      (POCOUNT_PUNCTUATION.has(ch) ? PUNCTUATION : 0) |
      (/\d/.test(ch) ? DIGIT : 0),
  );
}
for (const ch of '\u00a0‘’“”…–—') {
  CLASS.set(ch.charCodeAt(0), (/\s/.test(ch) ? SPACE : 0) | (POCOUNT_PUNCTUATION.has(ch) ? PUNCTUATION : 0));
}
const TABLE = Int8Array.from({ length: 0x2030 }, (_, c) => CLASS.get(c) ?? -1);

/**
 * `pocountWords` in one pass, for text without tags in ASCII and news punctuation (-1 otherwise):
 * the regular expressions and the split cost several times more, on every unit of every file.
 * A dot between two non-digits removes all three characters and splits there, as NUMBER_DOT does.
 */
export function pocountWordsSimple(text: string): number {
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x2030 || (TABLE[c] ?? -1) < 0) return -1;
  }
  let n = 0;
  let word = false;
  for (let i = 0; i < length; i++) {
    const k = TABLE[text.charCodeAt(i)] ?? 0;
    if (
      i + 2 < length &&
      !(k & DIGIT) &&
      text.charCodeAt(i + 1) === 46 &&
      !((TABLE[text.charCodeAt(i + 2)] ?? 0) & DIGIT)
    ) {
      if (word) n++;
      word = false;
      i += 2;
    } else if (k & SPACE) {
      if (word) n++;
      word = false;
    } else if (!(k & PUNCTUATION)) {
      word = true;
    }
  }
  return word ? n + 1 : n;
}
