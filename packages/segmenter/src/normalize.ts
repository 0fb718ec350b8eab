/**
 * Unicode and whitespace normalization for matching. The segmenter works on NFC so that rules
 * written in composed Hangul match decomposed input too, but it returns slices of the caller's own
 * text: offsets are mapped back, characters are never changed.
 */

const JOINS_PREVIOUS = /[\p{M}\u1160-\u11ff\ud7b0-\ud7ff]/u;

/** NFC text plus a map from its offsets back to the original's, or no map when the text is NFC already. */
export interface Normalized {
  readonly text: string;
  /** `map[k]` is the original offset of NFC offset `k` when `k` starts a character cluster, else -1. */
  readonly map?: Int32Array;
}

/** The NFC form of a text with an offset map back to the original. Linear in the text. */
export function toNfc(text: string): Normalized {
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
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}
