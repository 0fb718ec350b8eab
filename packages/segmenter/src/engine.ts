import { abbreviationBreaks } from './abbreviations.js';
import {
  BULLETS,
  CLOSERS,
  isDigit,
  isHangul,
  isLetter,
  isLower,
  isSpace,
  isUpper,
  isWordChar,
  OBJECT,
  OPENERS,
  TERMINATORS,
} from './chars.js';
import { attribution, forcedBreaks, type LineBreaks, pairMatches, skipSpace } from './forced.js';
import { type Enclosed, enclosedRegions } from './pairs.js';
import type { CompiledRules } from './rules/compile.js';
import { isAbbreviation } from './words.js';

/** A sentence as offsets into the text it came from, surrounding whitespace excluded. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

type RunKind = 'period' | 'strong' | 'ellipsis' | 'ellipsis4';

/** The punctuation cluster that may end a sentence: `.`, `?!`, `."`, `.)`, `. . .`. */
interface Run {
  readonly from: number;
  readonly to: number;
  readonly kind: RunKind;
  readonly spaced: boolean;
  readonly closed: boolean;
  readonly quoted: boolean;
}

const TERMINATOR = /[.!?…‼⁇⁈⁉。！？．｡]/g;

/** Offset of the first character that may end a sentence at or after `from`, or -1. */
function nextTerminator(text: string, from: number): number {
  // `test` scans natively and, unlike `exec`, builds no match object; each terminator is one unit long.
  TERMINATOR.lastIndex = from;
  return TERMINATOR.test(text) ? TERMINATOR.lastIndex - 1 : -1;
}
const QUOTES = new Set(['"', "'", '”', '’', '»', '›', '」', '』', '＂', '`']);
/** Tokenized text closes a quotation after a space: `to do ? '' Graham`, `Boursier . ' He`. */
const SPACED_CLOSE = / (?:''|["'”’])(?=\s|$)/y;
const QUOTE_MARKS = new Set(["'", '"', '”', '’']);
/** A repeated terminator after a space: `Really ? ? ?`, `Happy! . . .`. */
const REPEAT = new Set(['?', '!', '.', '…']);
/** A closing credit or citation such as `(Yonhap)` is this short. */
const MAX_TAG = 40;

function readRun(text: string, from: number): Run {
  let to = from;
  let dots = 0;
  let strong = false;
  let ellipsis = false;
  let spaced = false;
  let closed = false;
  let quoted = false;
  for (;;) {
    const c = text[to];
    if (c === undefined) break;
    if (c === '.' || c === '．' || c === '｡') dots++;
    else if (c === '…') ellipsis = true;
    else if (TERMINATORS.has(c)) strong = true;
    else if (CLOSERS.has(c)) {
      // A straight quote glued to the next word opens a quotation: `되었다.'바카라'라는`.
      if ((c === "'" || c === '"') && isWordChar(text[to + 1])) break;
      closed = true;
      if (QUOTES.has(c)) quoted = true;
    } else if (c === ' ' && text[to + 1] === '.' && text[to - 1] === '.' && !closed) spaced = true;
    else if (c === ' ' && strong && !closed && REPEAT.has(text[to + 1] ?? '')) spaced = true;
    else if (c === ' ' && !closed && QUOTE_MARKS.has(text[to + 1] ?? '') && spacedClose(text, to)) {
      to = SPACED_CLOSE.lastIndex;
      closed = true;
      quoted = true;
      continue;
    } else break;
    to++;
  }
  const kind: RunKind = strong
    ? 'strong'
    : dots >= 4 || (ellipsis && dots > 0)
      ? 'ellipsis4'
      : dots === 3 || dots === 2 || ellipsis
        ? 'ellipsis'
        : 'period';
  return { from, to, kind, spaced, closed, quoted };
}

function spacedClose(text: string, at: number): boolean {
  SPACED_CLOSE.lastIndex = at;
  return SPACED_CLOSE.test(text);
}

/** Start of the word that ends at `end`, opening quotes and brackets excluded. */
function tokenStart(text: string, end: number, floor = 0): number {
  let s = end;
  while (s > floor && !isSpace(text[s - 1]) && text[s - 1] !== OBJECT) s--;
  while (s < end && (OPENERS.has(text[s] ?? '') || BULLETS.has(text[s] ?? ''))) s++;
  return s;
}

/** End of a short parenthetical with no sentence punctuation that opens at `k`, or -1. */
function tagEnd(text: string, k: number): number {
  if (text[k] !== '(' && text[k] !== '（') return -1;
  for (let e = k + 1; e < text.length && e <= k + MAX_TAG; e++) {
    const c = text[e];
    if (c === ')' || c === '）') return e + 1;
    if (TERMINATORS.has(c ?? '') && c !== '.') return -1;
  }
  return -1;
}

/** A list marker's token: `12`, `b`, `iv`, `IV`. */
const MARKER_TOKEN = /^(?:\d{1,3}|\p{L}|[ivx]+|[IVX]+)$/u;
const ROMAN_FIRST = new Set(['i', 'v', 'x', 'I', 'V', 'X']);

function periodBreaks(text: string, run: Run, k: number, sentence: number, rules: CompiledRules): boolean {
  let s = tokenStart(text, run.from, sentence);
  let token = text.slice(s, run.from);
  // A list marker opening the sentence: `1. The first item`, `2.) …`, `a. …`.
  const marker =
    run.kind === 'period' &&
    // (cheap test first: only a roman numeral is longer than three characters)
    (token.length <= 3 || ROMAN_FIRST.has(token[0] ?? '')) &&
    MARKER_TOKEN.test(token);
  if (
    marker &&
    /^[\s•⁃‣◦▪▸►]*$/u.test(text.slice(sentence, s)) &&
    /^\.\)?$/u.test(text.slice(run.from, run.to))
  ) {
    return false;
  }
  if (run.closed) return true;
  if (token === '') {
    // Tokenized text puts a space before the period: `Hello Mr . Robinson`.
    if (text[run.from - 1] !== ' ' || run.from - 1 <= sentence) return true;
    s = tokenStart(text, run.from - 1, sentence);
    token = text.slice(s, run.from - 1);
    if (token === '') return true;
  }
  return abbreviationBreaks(text, token, s, k, sentence, rules) ?? true;
}

/** True when the word before the run ends in a Korean final ending (`-다`, `-요`, `-니다`). */
function finalEnding(text: string, run: Run, rules: CompiledRules): boolean {
  return rules.ellipsisEnds?.test(text.slice(Math.max(0, run.from - 8), run.from)) === true;
}

/** A period glued to the next word: `했다.그는`, `world.Today`; never inside `example.com` or `3.14`. */
function gluedBreaks(text: string, run: Run, rules: CompiledRules): boolean {
  const prev = text[run.from - 1];
  const next = text[run.to];
  if (run.kind === 'ellipsis' || run.kind === 'ellipsis4') {
    // `방식입니다...하지만`, `자괴감...(멍청`: after a final ending or before a bracket, a Korean ellipsis ends.
    return !run.closed && isHangul(prev) && (OPENERS.has(next ?? '') || finalEnding(text, run, rules));
  }
  if (isHangul(prev) && !run.closed && (isHangul(next) || isUpper(next) || OPENERS.has(next ?? '')))
    return true;
  // `넣었다.2월`, `있다.*Baldness`: after a final ending, anything but a lower-case continuation starts anew.
  if (
    isHangul(prev) &&
    !run.closed &&
    finalEnding(text, run, rules) &&
    (isDigit(next) || next === '*' || isLetter(next))
  )
    return true;
  if (run.kind !== 'period' || run.closed || !isUpper(next) || !isLower(text[run.to + 1])) return false;
  if (!isLower(prev) && !isDigit(prev)) return false;
  const s = tokenStart(text, run.from);
  let e = run.to;
  while (e < text.length && !isSpace(text[e])) e++;
  if (/@|\/\/|www\./u.test(text.slice(s, e))) return false;
  const word = text.slice(s, run.from);
  return word.length >= 2 && !isAbbreviation(word, rules);
}

/** A citation or footnote marker after the terminator belongs to the sentence: `gas.[1]`, `gas. [1][2]`. */
const BRACKET_CITATION = /(?:[^\S\n]?\[(?:\d{1,3}|\p{L}{1,6}[ ]?\d{1,3})\])+(?=\s|$|\p{Script=Hangul})/uy;
/** A superscript written as digits after the period: `a consultation.11 12 Take`, `(type 2).10 This`. */
const NUMBER_CITATION = /\d{1,3}(?:[ ,]\d{1,3}){0,4}(?=\s+["“]?[\p{Lu}\p{Lo}]|\s*$)/uy;

/** Where a citation after the run ends, or `j` when there is none. */
function citationEnd(text: string, run: Run, j: number): number {
  const c = text[j];
  if (c === '[' || (c === ' ' && text[j + 1] === '[')) {
    BRACKET_CITATION.lastIndex = j;
    if (BRACKET_CITATION.test(text)) return BRACKET_CITATION.lastIndex;
  }
  if (isDigit(c) && run.kind === 'period' && run.to - run.from === 1) {
    const p = text[run.from - 1];
    if (isLower(p) || p === ')') {
      NUMBER_CITATION.lastIndex = j;
      if (NUMBER_CITATION.test(text)) return NUMBER_CITATION.lastIndex;
    }
  }
  return j;
}

/** Punctuation that cannot open a sentence: what follows still belongs to this one (`cream. , It`, `so? -- a bit`). */
function continues(text: string, k: number): boolean {
  const c = text[k];
  if (c === ',' || c === ';' || c === ':' || c === '?' || c === '!' || c === '—' || c === '–') return true;
  return c === '-' && text[k + 1] === '-';
}

/** The pronoun `I` is capitalized everywhere: after an ellipsis it is no sign of a new sentence. */
const pronounI = (text: string, k: number) => text[k] === 'I' && !isLetter(text[k + 1]);

/** Emoji, emoticons and Hangul jamo laughs after the punctuation belong to the sentence: `하니까요. 😲😲`, `답죠?ㅎㅅㅎ`. */
const TRAILER =
  /[^\S\n]*(?:\p{Extended_Pictographic}|\u{FE0F}|\u{200D}|[\u3131-\u318E]|\^\^|\^_\^|[;:]\))+(?=\s|$)/uy;

function trailerEnd(text: string, j: number): number {
  // Cheap test first: what follows must be an emoji, a jamo or an emoticon's first mark.
  const k = text[j] === ' ' ? j + 1 : j;
  const c = text.charCodeAt(k);
  if (!(c === 0x5e || c === 0x3b || c === 0x3a || (c >= 0x2000 && !(c >= 0xac00 && c <= 0xd7a3)))) return j;
  TRAILER.lastIndex = j;
  return TRAILER.test(text) ? TRAILER.lastIndex : j;
}

/** Where the sentence ends if the punctuation run breaks it, or -1 when the sentence goes on. */
function decide(text: string, run: Run, sentence: number, enclosed: Enclosed, rules: CompiledRules): number {
  const n = text.length;
  let j = run.to;
  // Punctuation opening a sentence (`. . . The practice`) ends nothing, nor an aside `다행히도(?)`.
  if (run.from === sentence) return -1;
  if (text[run.from - 1] === '(' && text[run.to - 1] === ')') return -1;
  if (enclosed.has(j)) return -1;
  if (rules.noBreak.length > 0 && pairMatches(text, j, rules.noBreak)) return -1;
  if (j >= n) return n;
  // `되나? 싶었는데`, `했다면?라는`: a question or exclamation quoted without marks goes on.
  if (
    run.kind !== 'period' &&
    rules.quoteContinuation?.test(text.slice(skipSpace(text, j), skipSpace(text, j) + 16))
  )
    return -1;
  const cited = Math.max(citationEnd(text, run, j), trailerEnd(text, j));
  if (cited > j) j = cited;
  else if (!isSpace(text[j])) {
    // `"…높이 들려야 한다."(요한 3:13) 공관복음에는`: the citation belongs to the quotation.
    const tag = run.closed ? tagEnd(text, j) : -1;
    if (tag < 0) return gluedBreaks(text, run, rules) ? j : -1;
    if (tag < n && !isSpace(text[tag])) return -1;
    j = tag;
  }
  const k = skipSpace(text, j);
  if (k >= n) return j;
  const c = text[k];
  if (continues(text, k)) return -1;
  // Lower case goes on, except after a Korean final ending (`소개합니다. linkclump 확장`).
  if (isLower(c) && !(isHangul(text[run.from - 1]) && finalEnding(text, run, rules))) return -1;
  // A closing credit `(Yonhap)` at the very end stays with the last sentence; so does a closing
  // parenthetical sentence, `(Which was very likely true.)`, unless it stands on its own line.
  const tag = tagEnd(text, k);
  if (tag > 0 && skipSpace(text, tag) >= n && !(text[tag - 2] === '.' && text.slice(j, k).includes('\n')))
    return -1;
  if (run.quoted && rules.quoteContinuation?.test(text.slice(k, k + 16))) return -1;
  if (run.quoted && attribution(text, k, rules)) return -1;
  switch (run.kind) {
    case 'strong':
      // `at Yahoo! Research`: a name written with its exclamation mark.
      if (
        text[run.from] === '!' &&
        rules.exclaimedNames.has(text.slice(tokenStart(text, run.from), run.from))
      )
        return -1;
      return j;
    case 'ellipsis4':
      // `compounds. . . . The practice`: a period, then an ellipsis opening the next sentence.
      if (run.spaced && isLetter(text[run.from - 1]) && text[run.from + 1] === ' ' && isUpper(c))
        return run.from + 1;
      if (isUpper(c) || !isLetter(c) || isLower(c)) return j;
      return ellipsisBreaks(text, run, k, rules) ? j : -1;
    case 'ellipsis':
      if (isUpper(c)) return pronounI(text, k) ? -1 : j;
      return ellipsisBreaks(text, run, k, rules) ? j : -1;
    case 'period':
      return periodBreaks(text, run, k, sentence, rules) ? j : -1;
  }
}

/**
 * An ellipsis before a word of a caseless script (Korean): it ends the sentence after a closing
 * quote, before an opening one, or unless the word before ends in a particle or connective ending.
 */
function ellipsisBreaks(text: string, run: Run, k: number, rules: CompiledRules): boolean {
  const c = text[k];
  const before = text.slice(Math.max(0, run.from - 8), run.from);
  if (rules.ellipsisContinues && isHangul(before[before.length - 1])) {
    if (OPENERS.has(c ?? '')) return true;
    if (!isLetter(c)) return false;
    return run.closed || !rules.ellipsisContinues.test(before);
  }
  // `원빈:"..." 동원:"…"`: a quotation closed after an ellipsis, then a new Korean sentence.
  if (rules.ellipsisContinues && run.closed && isHangul(c)) return true;
  return isLetter(c) && rules.ellipsisEnds?.test(before) === true;
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && isSpace(text[e - 1])) e--;
  return e;
}

/**
 * Sentence spans of a text (already NFC), by the compiled rules of its language and the reading of
 * single line breaks (`boundary` or `soft`, see `SegmentationRulesInput.lineBreaks`). Linear in the text.
 */
export function sentenceSpans(
  text: string,
  rules: CompiledRules,
  lineBreaks: LineBreaks = 'boundary',
): Span[] {
  const enclosed = enclosedRegions(text);
  const forced = forcedBreaks(text, rules, enclosed, lineBreaks);
  const spans: Span[] = [];
  let start = skipSpace(text, 0);
  let f = 0;
  const close = (end: number) => {
    const e = trimEnd(text, start, end);
    if (e > start) spans.push({ start, end: e });
  };
  const takeForced = (upTo: number) => {
    while (f < forced.length && (forced[f] ?? 0) <= upTo) {
      const at = forced[f++] ?? 0;
      if (at > start) {
        close(at);
        start = at;
      }
    }
  };
  for (let at = nextTerminator(text, start); at >= 0; ) {
    takeForced(at);
    const run = readRun(text, at);
    const end = decide(text, run, start, enclosed, rules);
    if (end >= 0) {
      takeForced(end - 1);
      close(end);
      start = skipSpace(text, end);
      at = nextTerminator(text, start);
    } else at = nextTerminator(text, run.to);
  }
  takeForced(text.length);
  close(text.length);
  return spans;
}
