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
 * The offsets enclosed by a matched quotation or parenthesis. Kept as a few sorted ranges rather
 * than an array over the whole text: most paragraphs have none, and a typed array per paragraph
 * cost more than the pairing itself.
 */
export class Enclosed {
  /** Sorted, disjoint, inclusive `[from, to]` pairs, flattened. */
  private readonly ranges: number[];
  constructor(ranges: number[]) {
    this.ranges = ranges;
  }

  /** True when the gap before `text[i]` lies inside a matched quotation or parenthesis. */
  has(i: number): boolean {
    const r = this.ranges;
    let lo = 0;
    let hi = r.length >> 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((r[2 * mid + 1] ?? 0) < i) lo = mid + 1;
      else hi = mid;
    }
    return lo < r.length >> 1 && (r[2 * lo] ?? 0) <= i;
  }
}

const NONE = new Enclosed([]);

/** Merges inclusive ranges (flattened pairs) into sorted disjoint ones. */
function merge(found: number[]): number[] {
  const pairs: Array<[number, number]> = [];
  let sorted = true;
  for (let k = 0; k < found.length; k += 2) {
    if (k > 0 && (found[k] ?? 0) < (found[k - 2] ?? 0)) sorted = false;
    pairs.push([found[k] ?? 0, found[k + 1] ?? 0]);
  }
  // Regions are found as they close, mostly in order already; a sort call costs more than this check.
  if (!sorted) pairs.sort((x, y) => x[0] - y[0]);
  const out: number[] = [];
  for (const [from, to] of pairs) {
    const last = out.length - 1;
    if (last > 0 && from <= (out[last] ?? 0) + 1) out[last] = Math.max(out[last] ?? 0, to);
    else out.push(from, to);
  }
  return out;
}

/**
 * Where matched quotations and parentheses are: an offset is enclosed when the gap before `text[i]`
 * lies between a mark and its partner. Straight quotes and apostrophes are told apart by the
 * characters around them; unmatched marks open nothing.
 */
export function enclosedRegions(text: string): Enclosed {
  const found: number[] = [];
  const stack: Open[] = [];
  const region = (k: number, end: number) => {
    const open = stack[k];
    stack.length = k;
    if (open && end - open.at <= MAX_REGION && end > open.at) found.push(open.at + 1, end);
  };
  MARKS.lastIndex = 0;
  for (let m = MARKS.exec(text); m; m = MARKS.exec(text)) {
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
  return found.length === 0 ? NONE : new Enclosed(merge(found));
}

const CLOSING_BRACKETS = new Set(BRACKETS.values());

function findOpenBracket(stack: Open[], c: string): number {
  return CLOSING_BRACKETS.has(c) ? findOpen(stack, c) : -1;
}
