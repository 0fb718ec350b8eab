import {
  BULLETS,
  CLOSERS,
  isDigit,
  isHangul,
  isLetter,
  isLower,
  isSpace,
  isUpper,
  OBJECT,
  OPENERS,
  TERMINATORS,
} from './chars.js';
import { forcedBreaks, pairMatches, skipSpace } from './forced.js';
import { type Enclosed, enclosedRegions } from './pairs.js';
import type { CompiledRules } from './rules/compile.js';
import { isAbbreviation, listed } from './words.js';

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
const QUOTES = new Set(['"', "'", '”', '’', '»', '›', '」', '』', '＂']);
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
      closed = true;
      if (QUOTES.has(c)) quoted = true;
    } else if (c === ' ' && text[to + 1] === '.' && text[to - 1] === '.' && !closed) spaced = true;
    else break;
    to++;
  }
  const kind: RunKind = strong
    ? 'strong'
    : dots >= 4 || (ellipsis && dots > 0)
      ? 'ellipsis4'
      : dots === 3 || ellipsis
        ? 'ellipsis'
        : 'period';
  return { from, to, kind, spaced, closed, quoted };
}

/** Start of the word that ends at `end`, opening quotes and brackets excluded. */
function tokenStart(text: string, end: number, floor = 0): number {
  let s = end;
  while (s > floor && !isSpace(text[s - 1]) && text[s - 1] !== OBJECT) s--;
  while (s < end && (OPENERS.has(text[s] ?? '') || BULLETS.has(text[s] ?? ''))) s++;
  return s;
}

function wordAt(text: string, k: number): string {
  let e = k;
  while (e < text.length && isLetter(text[e])) e++;
  return text.slice(k, e);
}

/** A short clause with a verb of attribution after a closing quote: `"Why now?" Kim asked.` */
function attribution(text: string, k: number, rules: CompiledRules): boolean {
  if (rules.attributionVerbs.size === 0) return false;
  const clause = /^[^.!?"“”]{0,80}[.!?,]/u.exec(text.slice(k, k + 82))?.[0];
  if (!clause) return false;
  const words = clause.split(/[\s,.!?]+/u).filter(Boolean);
  return words.length <= 6 && words.some((w) => rules.attributionVerbs.has(w));
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

function periodBreaks(text: string, run: Run, k: number, sentence: number, rules: CompiledRules): boolean {
  const s = tokenStart(text, run.from, sentence);
  const token = text.slice(s, run.from);
  const c = text[k];
  // A list marker opening the sentence: `1. The first item`, `2.) …`, `a. …`.
  const marker = run.kind === 'period' && /^(?:\d{1,3}|\p{L}|[ivx]+|[IVX]+)$/u.test(token);
  if (
    marker &&
    /^[\s•⁃‣◦▪▸►]*$/u.test(text.slice(sentence, s)) &&
    /^\.\)?$/u.test(text.slice(run.from, run.to))
  ) {
    return false;
  }
  if (run.closed || token === '') return true;
  if (listed(rules.prepositive, token) && !isLower(c)) return false;
  if (isDigit(c) && listed(rules.numberPrefixes, token)) return false;
  if (!isAbbreviation(token, rules)) return true;
  if (isDigit(c) || c === '(' || c === OBJECT) return false;
  if (OPENERS.has(c ?? '')) return true;
  return rules.sentenceStarters.has(wordAt(text, k));
}

/** A period glued to the next word: `했다.그는`, `world.Today`; never inside `example.com` or `3.14`. */
function gluedBreaks(text: string, run: Run, rules: CompiledRules): boolean {
  if (run.kind === 'ellipsis' || run.kind === 'ellipsis4') return false;
  const prev = text[run.from - 1];
  const next = text[run.to];
  if (isHangul(prev) && !run.closed && (isHangul(next) || isUpper(next) || OPENERS.has(next ?? '')))
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

/** Where the sentence ends if the punctuation run breaks it, or -1 when the sentence goes on. */
function decide(text: string, run: Run, sentence: number, enclosed: Enclosed, rules: CompiledRules): number {
  const n = text.length;
  let j = run.to;
  if (enclosed.has(j)) return -1;
  if (rules.noBreak.length > 0 && pairMatches(text, j, rules.noBreak)) return -1;
  if (j >= n) return n;
  if (!isSpace(text[j])) {
    // `"…높이 들려야 한다."(요한 3:13) 공관복음에는`: the citation belongs to the quotation.
    const tag = run.closed ? tagEnd(text, j) : -1;
    if (tag < 0) return gluedBreaks(text, run, rules) ? j : -1;
    if (tag < n && !isSpace(text[tag])) return -1;
    j = tag;
  }
  const k = skipSpace(text, j);
  if (k >= n) return j;
  const c = text[k];
  if (isLower(c)) return -1;
  // A closing credit `(Yonhap)` at the very end stays with the last sentence.
  const tag = tagEnd(text, k);
  if (tag > 0 && skipSpace(text, tag) >= n) return -1;
  if (run.quoted && rules.quoteContinuation?.test(text.slice(k, k + 16))) return -1;
  if (run.quoted && attribution(text, k, rules)) return -1;
  switch (run.kind) {
    case 'strong':
    case 'ellipsis4':
      return j;
    case 'ellipsis':
      if (run.spaced) return -1;
      if (isUpper(c)) return j;
      return isLetter(c) && rules.ellipsisEnds?.test(text.slice(Math.max(0, run.from - 8), run.from))
        ? j
        : -1;
    case 'period':
      return periodBreaks(text, run, k, sentence, rules) ? j : -1;
  }
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && isSpace(text[e - 1])) e--;
  return e;
}

/** Sentence spans of a text (already NFC), by the compiled rules of its language. Linear in the text. */
export function sentenceSpans(text: string, rules: CompiledRules): Span[] {
  const enclosed = enclosedRegions(text);
  const forced = forcedBreaks(text, rules, enclosed);
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
