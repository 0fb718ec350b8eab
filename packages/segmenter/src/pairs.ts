import { BRACKETS, isLetter, isSpace, isWordChar } from './chars.js';

/**
 * Quotations and parentheses longer than this are not trusted to be one: a stray quote mark in a
 * long paragraph would otherwise swallow every sentence after it.
 */
export const MAX_REGION = 1000;

/** How far down the stack a closer looks for its opener; keeps pairing linear on hostile input. */
const LOOKBACK = 8;

interface Open {
  readonly close: string;
  readonly at: number;
}

/** Every quote and bracket character; pairing looks only at these. */
const MARKS = /["'“”‘’„‚＂()[\]{}「」『』《》〈〉<>«»‹›（）［］]/g;

const DASHES = new Set(['-', '–', '—', '/']);

function spaceBefore(text: string, i: number): boolean {
  const p = text[i - 1];
  return i === 0 || isSpace(p) || BRACKETS.has(p ?? '') || DASHES.has(p ?? '') || p === '“' || p === '‘';
}

function spaceAfter(text: string, i: number): boolean {
  const n = text[i + 1];
  return n === undefined || isSpace(n) || /[.,;:!?…)\]}»”’>-]/u.test(n);
}

function findOpen(stack: Open[], close: string): number {
  for (let k = stack.length - 1; k >= 0 && k >= stack.length - LOOKBACK; k--) {
    if (stack[k]?.close === close) return k;
  }
  return -1;
}

/**
 * Quote and bracket depth at every offset: `depth[i]` counts the matched quotations and
 * parentheses that enclose the gap before `text[i]`. Straight quotes and apostrophes are told apart
 * by the characters around them; unmatched marks open nothing.
 */
export function quoteDepths(text: string): Uint16Array {
  const n = text.length;
  const diff = new Int32Array(n + 2);
  const stack: Open[] = [];
  const region = (k: number, end: number) => {
    const open = stack[k];
    stack.length = k;
    if (open && end - open.at <= MAX_REGION) {
      diff[open.at + 1] = (diff[open.at + 1] ?? 0) + 1;
      diff[end + 1] = (diff[end + 1] ?? 0) - 1;
    }
  };
  for (const m of text.matchAll(MARKS)) {
    const i = m.index;
    const c = m[0];
    const bracket = BRACKETS.get(c);
    if (bracket !== undefined) {
      stack.push({ close: bracket, at: i });
    } else if (c === '“' || c === '„') {
      stack.push({ close: '"', at: i });
    } else if (c === '‘' || c === '‚') {
      stack.push({ close: "'", at: i });
    } else if (c === '"' || c === '”' || c === '＂') {
      const k = findOpen(stack, '"');
      if (k >= 0 && !spaceBefore(text, i)) region(k, i);
      else if (!spaceAfter(text, i) && c !== '”') stack.push({ close: '"', at: i });
      else if (k >= 0) region(k, i);
      else if (!spaceAfter(text, i)) stack.push({ close: '"', at: i });
    } else if (c === "'" || c === '’') {
      if (isWordChar(text[i - 1]) && isLetter(text[i + 1])) continue; // an apostrophe: it's, Korea's
      const k = findOpen(stack, "'");
      if (k >= 0 && !spaceBefore(text, i)) region(k, i);
      else if (spaceBefore(text, i) && !spaceAfter(text, i)) stack.push({ close: "'", at: i });
    } else {
      const k = findOpenBracket(stack, c);
      if (k >= 0) region(k, i);
    }
  }
  const depth = new Uint16Array(n + 1);
  let d = 0;
  for (let i = 0; i <= n; i++) {
    d += diff[i] ?? 0;
    depth[i] = d > 0 ? Math.min(d, 65535) : 0;
  }
  return depth;
}

const CLOSING_BRACKETS = new Set(BRACKETS.values());

function findOpenBracket(stack: Open[], c: string): number {
  return CLOSING_BRACKETS.has(c) ? findOpen(stack, c) : -1;
}
