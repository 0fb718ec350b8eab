/**
 * Unicode and whitespace normalization for matching. The segmenter works on NFC so that rules
 * written in composed Hangul match decomposed input too, but it returns slices of the caller's own
 * text: offsets are mapped back, characters are never changed.
 */

/** From U+0300 on, all but precomposed Hangul, curly quotes and the ellipsis (surrogates included). */
const MAYBE_NOT_NFC = /[\u0300-\u2017\u201a\u201b\u201e-\u2025\u2027-\uabff\ud7a4-\uffff]/;
const JOINS_PREVIOUS = /[\p{M}\u1160-\u11ff\ud7b0-\ud7ff]/u;

/** NFC text plus a map from its offsets back to the original's, or no map when the text is NFC already. */
export interface Normalized {
  readonly text: string;
  /** `map[k]` is the original offset of NFC offset `k` when `k` starts a character cluster, else -1. */
  readonly map?: Int32Array;
}

/**
 * True when every character is one that NFC leaves alone whatever surrounds it: below U+0300 (no
 * combining marks yet), precomposed Hangul syllables, curly quotes and the ellipsis. A cheap scan
 * that spares `normalize` (about as costly as segmenting) for nearly all news text.
 */
export function surelyNfc(text: string): boolean {
  return !MAYBE_NOT_NFC.test(text);
}

/** Whitespace other than a space, or two spaces in a row. */
const COLLAPSIBLE = /[^\S ]| {2}/;

/** True when `matchKey` would change the whitespace: at either end, doubled, or other than a space. */
function untidy(text: string): boolean {
  return text.charCodeAt(0) === 32 || text.charCodeAt(text.length - 1) === 32 || COLLAPSIBLE.test(text);
}

/** The NFC form of a text with an offset map back to the original. Linear in the text. */
export function toNfc(text: string): Normalized {
  if (surelyNfc(text)) return { text };
  const nfc = text.normalize('NFC');
  if (nfc === text) return { text };
  const parts: string[] = [];
  const starts: number[] = [];
  let i = 0;
  while (i < text.length) {
    let e = i + ((text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1);
    while (e < text.length && JOINS_PREVIOUS.test(text[e] ?? '')) e++;
    parts.push(e - i === 1 ? (text[i] ?? '') : text.slice(i, e).normalize('NFC'));
    starts.push(i);
    i = e;
  }
  const out = parts.join('');
  const map = new Int32Array(out.length + 1).fill(-1);
  let k = 0;
  for (const [p, part] of parts.entries()) {
    map[k] = starts[p] ?? 0;
    k += part.length;
  }
  map[out.length] = text.length;
  return { text: out, map };
}

/** Original offset of an NFC offset where a span starts (rounded down to a cluster start). */
export function mapStart(map: Int32Array, k: number): number {
  let i = k;
  while (i > 0 && map[i] === -1) i--;
  return map[i] ?? 0;
}

/** Original offset of an NFC offset where a span ends (rounded up to a cluster start). */
export function mapEnd(map: Int32Array, k: number): number {
  let i = k;
  while (i < map.length - 1 && map[i] === -1) i++;
  return map[i] ?? 0;
}

/** The key two texts are matched by: NFC, whitespace runs as one space, trimmed. */
export function matchKey(text: string): string {
  const nfc = surelyNfc(text) ? text : text.normalize('NFC');
  return untidy(nfc) ? nfc.replace(/\s+/g, ' ').trim() : nfc;
}
