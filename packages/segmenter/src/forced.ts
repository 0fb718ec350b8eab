import { BULLETS, isSpace } from './chars.js';
import type { Enclosed } from './pairs.js';
import type { CompiledPair, CompiledRules } from './rules/compile.js';

const BLANK_LINE = /\n[^\S\n]*\n/g;
const BULLET = /[•⁃‣◦▪▸►]/g;
const ENUMERATION = /^\s*(?:[•⁃‣◦▪▸►]\s*)?(?:(\d{1,2})|([a-z]))(\.\)|\.|\))\s/u;
const WINDOW = 64;

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

/** Where an inline enumeration `1. … 2. …` or `a) … b) …` that opens the text starts its next items. */
function enumeration(text: string, out: number[]): void {
  const m = ENUMERATION.exec(text);
  if (!m) return;
  const numeric = m[1] !== undefined;
  let value = numeric ? Number(m[1]) : (m[2] ?? 'a').charCodeAt(0);
  const delimiter = m[3] ?? '.';
  let from = m[0].length;
  for (;;) {
    value++;
    const marker = `${numeric ? String(value) : String.fromCharCode(value)}${delimiter}`;
    let at = text.indexOf(marker, from);
    while (
      at >= 0 &&
      !(isSpace(text[at + marker.length]) && (isSpace(text[at - 1]) || BULLETS.has(text[at - 1] ?? '')))
    ) {
      at = text.indexOf(marker, at + 1);
    }
    if (at < 0) return;
    let start = at;
    while (start > 0 && isSpace(text[start - 1])) start--;
    out.push(start > 0 && BULLETS.has(text[start - 1] ?? '') ? start - 1 : at);
    from = at + marker.length;
  }
}

/**
 * Offsets where a sentence must start although no punctuation ends the one before: blank lines,
 * inline bullets and enumerations, and the language's SRX break rules. Sorted, without duplicates.
 */
export function forcedBreaks(text: string, rules: CompiledRules, enclosed: Enclosed): number[] {
  const out: number[] = [];
  if (text.includes('\n')) for (const m of text.matchAll(BLANK_LINE)) out.push(skipSpace(text, m.index));
  for (const m of text.matchAll(BULLET)) {
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
