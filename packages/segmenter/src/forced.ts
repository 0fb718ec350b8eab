import { BULLETS, CLOSERS, isDigit, isLetter, isLower, isSpace, isUpper, TERMINATORS } from './chars.js';
import type { Enclosed } from './pairs.js';
import type { CompiledPair, CompiledRules } from './rules/compile.js';

const BLANK_LINE = /\n[^\S\n]*\n/g;
const BULLET = /[•⁃‣◦▪▸►]/g;
const WINDOW = 64;

/** How single line breaks are read: see `SegmentationRulesInput.lineBreaks`. */
export type LineBreaks = 'soft' | 'boundary';

/** A short clause with a verb of attribution after a closing quote: `"Why now?" Kim asked.` */
export function attribution(text: string, k: number, rules: CompiledRules): boolean {
  if (rules.attributionVerbs.size === 0) return false;
  const clause = /^[^.!?"“”]{0,80}[.!?,]/u.exec(text.slice(k, k + 82))?.[0];
  if (!clause) return false;
  const words = clause.split(/[\s,.!?]+/u).filter(Boolean);
  // `Just as she said this, she noticed …` is a new sentence that happens to hold a verb of saying.
  if (rules.introWords.has(words[0] ?? '') || SUBORDINATORS.has(words[0] ?? '')) return false;
  return words.length <= 6 && words.some((w) => rules.attributionVerbs.has(w));
}

/** Words that open a clause of their own, never an attribution (`"…!" Just as she said this`). */
const SUBORDINATORS = new Set([
  'Just',
  'As',
  'When',
  'While',
  'If',
  'Although',
  'Though',
  'Because',
  'So',
  'But',
  'And',
  'Then',
]);

/**
 * True when an SRX pair matches at `at`. The `after` pattern is anchored at its start and fails
 * fast, so it is tried first and the `before` window (scanned for a `$` match) only when it passes.
 */
export function pairMatches(text: string, at: number, pairs: readonly CompiledPair[]): boolean {
  let before: string | undefined;
  for (const r of pairs) {
    r.afterAt.lastIndex = at;
    if (!r.afterAt.test(text)) continue;
    before ??= text.slice(Math.max(0, at - WINDOW), at);
    if (r.before.test(before)) return true;
  }
  return false;
}

/** Offset of the first non-space character at or after `i`. */
export function skipSpace(text: string, i: number): number {
  let k = i;
  while (k < text.length && isSpace(text[k])) k++;
  return k;
}

/** An item marker in running text: `1.`, `2.)`, `3)`, `a.`, `b)`, `iv)`, after a space, bullet or the start. */
const ROMAN_CHARS = new Set(['i', 'v', 'x']);
const isAsciiDigit = (c: number) => c >= 48 && c <= 57;
const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'];
/** How far ahead the next item's marker may be for two markers to make a list. */
const ITEM_SPAN = 400;

/** The markers that would follow `m` in a list: `1.` → `2.`, `a)` → `b)`, `iv)` → `v)` (and `j)`). */
function successors(token: string, numeric: boolean, delimiter: string): string[] {
  if (numeric) return [`${Number(token) + 1}${delimiter}`];
  const out: string[] = [];
  if (token.length === 1 && token !== 'z')
    out.push(`${String.fromCharCode(token.charCodeAt(0) + 1)}${delimiter}`);
  const r = ROMAN.indexOf(token);
  if (r >= 0 && r + 1 < ROMAN.length) out.push(`${ROMAN[r + 1]}${delimiter}`);
  return out;
}

/** Offset of `marker` as an item marker (space or bullet before, space after) in `[from, to)`, or -1. */
function findMarker(text: string, marker: string, from: number, to: number): number {
  for (let at = text.indexOf(marker, from); at >= 0 && at < to; at = text.indexOf(marker, at + 1)) {
    if (isSpace(text[at + marker.length]) && (isSpace(text[at - 1]) || BULLETS.has(text[at - 1] ?? '')))
      return at;
  }
  return -1;
}

/** Where an item starts: its bullet when one is written right before the marker. */
function itemStart(text: string, at: number): number {
  let start = at;
  while (start > 0 && isSpace(text[start - 1])) start--;
  return start > 0 && BULLETS.has(text[start - 1] ?? '') ? start - 1 : at;
}

/** A marker token (as `markerStart` reads it) and its delimiter somewhere in the text. */
const ANY_MARKER = /(?:^|[\s•⁃‣◦▪▸►])(?:\d{1,2}|[ivx]{1,4}|[a-z])(?:\.\)?|\))\s/u;

/**
 * Enumerations written in running text, `1. … 2. …`, `a) … b) …`, `i) … ii) …`: a marker followed
 * within a few hundred characters by the next one starts an item, and so does that next one.
 */
function enumeration(text: string, out: number[]): void {
  // Most paragraphs hold no marker-shaped token at all: one native scan says so (what `markerStart`
  // accepts, a delimiter and a space after it), before any sentence end is looked at.
  if (!ANY_MARKER.test(text)) return;
  // Delimiters found with `indexOf` (no match object per sentence end), `.` and `)` in turn.
  for (const mark of ['.', ')']) {
    for (let i = text.indexOf(mark); i >= 0; i = text.indexOf(mark, i + 1)) {
      if (isSpace(text[i + 1])) enumerationAt(text, i, out);
    }
  }
}

/** A marker whose delimiter ends at `d` (`.` or `)`, a space after it): its items start here and at its successor. */
function enumerationAt(text: string, d: number, out: number[]): void {
  const end = d + 1;
  // A `.)` delimiter is found at its `)`.
  const delimiter = text[d] === ')' && text[d - 1] === '.' ? '.)' : (text[d] ?? '.');
  const tokenEnd = end - delimiter.length;
  const at = markerStart(text, tokenEnd);
  if (at < 0) return;
  const token = text.slice(at, tokenEnd);
  // `for 1. above`: a numbered item starts with a capital, a lettered one may not (`a. here it is`).
  const numeric = isDigit(token[0]);
  if (numeric && isLower(text[skipSpace(text, end)])) return;
  for (const next of successors(token, numeric, delimiter)) {
    const found = findMarker(text, next, end, end + ITEM_SPAN);
    if (found < 0) continue;
    if (at > 0) out.push(itemStart(text, at));
    out.push(itemStart(text, found));
    return;
  }
}

/**
 * Start of a marker token ending at `end` (`12`, `b`, `iv`) with a space, bullet or the text's start
 * before it, or -1. By char codes: this runs at every sentence end.
 */
function markerStart(text: string, end: number): number {
  let at = end;
  while (at > end - 2 && at > 0 && isAsciiDigit(text.charCodeAt(at - 1))) at--;
  if (at === end) {
    while (at > end - 4 && at > 0 && ROMAN_CHARS.has(text[at - 1] ?? '')) at--;
    if (at === end) {
      const c = text.charCodeAt(end - 1);
      if (!(c >= 97 && c <= 122)) return -1;
      at = end - 1;
    } else if (end - at === 1) at = end - 1;
  }
  return at === 0 || isSpace(text[at - 1]) || BULLETS.has(text[at - 1] ?? '') ? at : -1;
}

/** A list item marker opening a line: `* `, `- `, `• `, `1. `, `2) `, `(3) `, `a. `, `iv) `. */
const LINE_MARKER =
  /(?:[-*+•⁃‣◦▪▸►]|\(?\d{1,3}[.)]\)?|\(\d{1,3}\)|\(?[a-z][.)]|\(?(?:i{1,3}|iv|vi{0,3}|ix|x)[.)])(?=[^\S\n])/uy;
/** A line break with the spaces and tabs around it. */
const LINE_BREAK = /[^\S\r\n]*(?:\r\n|\r|\n)[^\S\r\n]*/g;
/** Line endings that carry the sentence on to the next line. */
const CARRIES_ON = new Set([',', ';', '-', '–', '—', '(', '&', '/', '\\']);

/** The last character of the line ending at `end` that is not a closing quote or bracket. */
function lastMark(text: string, end: number): string | undefined {
  let i = end;
  while (i > 0 && CLOSERS.has(text[i - 1] ?? '')) i--;
  return text[i - 1];
}

/** True when the line starting at `k` starts like a sentence: a capital (or a letter of a caseless script). */
function sentenceLike(text: string, k: number): boolean {
  let i = k;
  while (i < text.length && /["“‘'([]/u.test(text[i] ?? '')) i++;
  const c = text[i];
  return isUpper(c) || isDigit(c) || (isLetter(c) && !isLower(c) && c?.toUpperCase() === c?.toLowerCase());
}

/**
 * `boundary` line breaks: a line that is a list item starts a sentence, and so does a line after one
 * without terminal punctuation that starts like a sentence (a byline or headline before the body).
 */
function lineBoundaries(text: string, enclosed: Enclosed, out: number[]): void {
  shortLines(text, out);
  LINE_BREAK.lastIndex = 0;
  for (let m = LINE_BREAK.exec(text); m; m = LINE_BREAK.exec(text)) {
    const k = m.index + m[0].length;
    if (m.index === 0 || k >= text.length || enclosed.has(k)) continue;
    LINE_MARKER.lastIndex = k;
    if (LINE_MARKER.test(text)) {
      out.push(k);
      continue;
    }
    const last = lastMark(text, m.index) ?? '';
    if (!TERMINATORS.has(last) && !CARRIES_ON.has(last) && sentenceLike(text, k)) out.push(k);
  }
}

/** A line of a list written without markers: a few words, no sentence punctuation. */
const SHORT_LINE = /^[^\S\r\n]*[^\s.!?…]+(?:[^\S\r\n]+[^\s.!?…]+){0,2}[^\S\r\n]*$/u;

/**
 * Three or more short lines in a row (`features\ncontact manager\nevents, activities`) are a list
 * even in lower case: each line is an item. A wrapped sentence has longer lines.
 */
function shortLines(text: string, out: number[]): void {
  const lines: { start: number; short: boolean; tail: boolean }[] = [];
  const add = (start: number, end: number) => {
    // A list may start after a sentence on the same line: `… in the city. features\ncontact manager`.
    const line = text.slice(start, end);
    // (A marker such as `a.` is no sentence: the part before the period must hold two words.)
    const after = /\S\s+\S+[.!?][^\S\r\n]+(?=\S[^.!?]*$)/u.exec(line);
    const from = after ? start + after.index + after[0].length : start;
    lines.push({ start: from, short: SHORT_LINE.test(text.slice(from, end)), tail: after !== null });
  };
  LINE_BREAK.lastIndex = 0;
  let start = 0;
  for (let m = LINE_BREAK.exec(text); m; m = LINE_BREAK.exec(text)) {
    add(start, m.index);
    start = m.index + m[0].length;
  }
  if (lines.length < 2) return;
  if (start < text.length) add(start, text.length);
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j < lines.length && lines[j]?.short) j++;
    if (j - i >= 3) {
      if (lines[i]?.tail) out.push(lines[i]?.start ?? 0);
      for (let x = i + 1; x < j; x++) out.push(lines[x]?.start ?? 0);
    }
    i = Math.max(j, i + 1);
  }
}

const DASH = /--|[—–]/;

/** An interrupted quotation, `sir--" The Rabbit started`: the dash and the quote end the sentence. */
const INTERRUPTED = /(?:--|[—–])["”'’](?=[^\S\n]+["“]?\p{Lu})/gu;

function interrupted(text: string, rules: CompiledRules, out: number[]): void {
  INTERRUPTED.lastIndex = 0;
  for (let m = INTERRUPTED.exec(text); m; m = INTERRUPTED.exec(text)) {
    const k = skipSpace(text, m.index + m[0].length);
    if (!attribution(text, k, rules)) out.push(k);
  }
}

/**
 * Offsets where a sentence must start although no punctuation ends the one before: blank lines,
 * line structure (`boundary`), inline bullets and enumerations, interrupted quotations, and the
 * language's SRX break rules. Sorted, without duplicates.
 */
export function forcedBreaks(
  text: string,
  rules: CompiledRules,
  enclosed: Enclosed,
  lineBreaks: LineBreaks,
): number[] {
  const out: number[] = [];
  const lines = text.includes('\n') || text.includes('\r');
  BLANK_LINE.lastIndex = 0;
  if (lines)
    for (let m = BLANK_LINE.exec(text); m; m = BLANK_LINE.exec(text)) out.push(skipSpace(text, m.index));
  if (lines && lineBreaks === 'boundary') lineBoundaries(text, enclosed, out);
  if (DASH.test(text)) interrupted(text, rules, out);
  // `exec` on the shared pattern, not `matchAll`: that clones the pattern on every call, and nearly
  // every paragraph has no bullet at all.
  BULLET.lastIndex = 0;
  for (let m = BULLET.exec(text); m; m = BULLET.exec(text)) {
    if (m.index > 0 && isSpace(text[m.index - 1]) && !enclosed.has(m.index)) out.push(m.index);
  }
  enumeration(text, out);
  // A break pair is tried where a whitespace run starts. Rather than visiting every space, each
  // pair's `after` pattern finds its own candidates in one scan (every start, overlaps included).
  for (const r of rules.breaks) {
    const find = r.afterAny;
    find.lastIndex = 0;
    for (let m = find.exec(text); m; m = find.exec(text)) {
      const at = m.index;
      find.lastIndex = at + 1;
      if (at === 0 || !isSpace(text[at]) || isSpace(text[at - 1]) || enclosed.has(at)) continue;
      if (r.before.test(text.slice(Math.max(0, at - WINDOW), at))) out.push(skipSpace(text, at));
    }
  }
  return out.length < 2 ? out : [...new Set(out)].sort((a, b) => a - b);
}
