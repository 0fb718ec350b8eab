import { type Content, plainText } from '@dari/core';

/** A translation the memory offers for a source, with how close its source is (0–100). */
export interface Proposal {
  readonly source: string;
  readonly target: string;
  readonly score: number;
  readonly from?: string;
}

/** A remembered pair, as the memory and the locale files give it. */
export interface MemoryPair {
  readonly source: Content;
  readonly target: Content;
  readonly from?: string;
}

const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Dice coefficient of two word multisets, in percent. */
function similarity(a: readonly string[], b: readonly string[]): number {
  if (a.length + b.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const w of a) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of b) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      common++;
      counts.set(w, n - 1);
    }
  }
  return Math.round((200 * common) / (a.length + b.length));
}

/**
 * The closest remembered translations of a source (pure): word-bag similarity of the sources, at
 * least `min` percent, best first, one per distinct target.
 */
export function proposalsFor(
  source: Content,
  memory: Iterable<MemoryPair>,
  { limit = 3, min = 50 }: { limit?: number; min?: number } = {},
): Proposal[] {
  const mine = words(plainText(source));
  const out: Proposal[] = [];
  const seen = new Set<string>();
  for (const pair of memory) {
    const text = plainText(pair.source);
    const score = similarity(mine, words(text));
    const target = plainText(pair.target);
    if (score < min || target.trim() === '' || seen.has(target)) continue;
    seen.add(target);
    out.push({ source: text, target, score, ...(pair.from !== undefined ? { from: pair.from } : {}) });
  }
  return out.sort((a, b) => b.score - a.score).slice(0, limit);
}
