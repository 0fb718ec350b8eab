/**
 * Numbers as values, so `109.6 billion` and `1천96억` (or `1,096억`) compare equal: English digits
 * with `,`/`.` and scale words, Korean digits with 천/백/십 inside a group and 만/억/조 between groups.
 */

const SMALL_UNITS: Readonly<Record<string, number>> = { 십: 10, 백: 100, 천: 1000 };
const BIG_UNITS: Readonly<Record<string, number>> = { 만: 1e4, 억: 1e8, 조: 1e12 };
const SCALE_WORDS: Readonly<Record<string, number>> = {
  thousand: 1e3,
  million: 1e6,
  mln: 1e6,
  billion: 1e9,
  bln: 1e9,
  trillion: 1e12,
  tln: 1e12,
};
const DIGITS = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/y;
const SCALE = /[ \u00a0]?(thousand|million|mln|billion|bln|trillion|tln)\b/iy;
const ORDINAL = /(?:st|nd|rd|th)\b/y;

/** A number found in a text: its value and where it starts and ends. */
export interface NumberMatch {
  readonly value: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

function readDigits(text: string, at: number): { value: number; end: number } | undefined {
  DIGITS.lastIndex = at;
  const m = DIGITS.exec(text);
  if (!m) return undefined;
  return { value: Number(m[0].replaceAll(',', '')), end: at + m[0].length };
}

/** One Korean group such as `1천96` or `5천` (digits with 천/백/십), up to where it ends. */
function readGroup(text: string, at: number): { value: number; end: number } | undefined {
  let value = 0;
  let i = at;
  let any = false;
  for (;;) {
    const digits = readDigits(text, i);
    if (!digits) break;
    any = true;
    const unit = SMALL_UNITS[text[digits.end] ?? ''];
    if (unit === undefined) {
      value += digits.value;
      i = digits.end;
      break;
    }
    value += digits.value * unit;
    i = digits.end + 1;
  }
  return any ? { value, end: i } : undefined;
}

/** Reads the number starting at `at` (a digit), Korean units and English scale words included. */
function readNumber(text: string, at: number): { value: number; end: number } | undefined {
  const first = readGroup(text, at);
  if (!first) return undefined;
  let group: { value: number; end: number } = first;
  let total = 0;
  let lastBig = Number.POSITIVE_INFINITY;
  for (;;) {
    const big = BIG_UNITS[text[group.end] ?? ''];
    if (big === undefined || big >= lastBig) break;
    total += group.value * big;
    lastBig = big;
    const end: number = group.end + 1;
    // `3조 5천억` continues across one space only into a smaller big unit; `1억5000` only unspaced.
    const next: number = text[end] === ' ' && /\d/.test(text[end + 1] ?? '') ? end + 1 : end;
    const following: { value: number; end: number } | undefined = /\d/.test(text[next] ?? '')
      ? readGroup(text, next)
      : undefined;
    if (!following) return { value: total, end };
    const followingBig = BIG_UNITS[text[following.end] ?? ''];
    if (followingBig !== undefined && followingBig < big) {
      group = following;
      continue;
    }
    if (followingBig === undefined && next === end)
      return { value: total + following.value, end: following.end };
    return { value: total, end };
  }
  if (total > 0) return { value: total + group.value, end: group.end };
  SCALE.lastIndex = group.end;
  const scale = SCALE.exec(text);
  if (scale) {
    const factor = SCALE_WORDS[(scale[1] ?? '').toLowerCase()] ?? 1;
    return { value: group.value * factor, end: group.end + scale[0].length };
  }
  return group;
}

/** Every number of a text, in order. Ordinals (`1st`) are left out: their forms vary too much. */
export function findNumbers(text: string): NumberMatch[] {
  const out: NumberMatch[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57 && !/[\d.,]/.test(text[i - 1] ?? '')) {
      const n = readNumber(text, i);
      if (n) {
        ORDINAL.lastIndex = n.end;
        if (!ORDINAL.test(text))
          out.push({ value: n.value, start: i, end: n.end, text: text.slice(i, n.end) });
        i = Math.max(n.end, i + 1);
        continue;
      }
    }
    i++;
  }
  return out;
}

/** Equal as numbers, allowing for binary floating point (`109.6 * 1e9`). */
export function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= Math.max(Math.abs(a), Math.abs(b)) * 1e-9;
}
