/**
 * Word-bag similarity (Dice coefficient over word multisets). Chosen over an edit ratio because it
 * stays high when words are inserted or moved within a sentence, and because bags add up: the
 * bag of two sentences is the sum of theirs, which is what split and merge detection compare.
 */

/** Word counts of one or more sentences. */
export interface WordBag {
  readonly counts: ReadonlyMap<string, number>;
  readonly size: number;
}

/** Bag of a token list. */
export function bagOf(words: readonly string[]): WordBag {
  const counts = new Map<string, number>();
  for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  return { counts, size: words.length };
}

/** Sum of bags (sentences read together). */
export function addBags(bags: readonly WordBag[]): WordBag {
  const counts = new Map<string, number>();
  let size = 0;
  for (const bag of bags) {
    size += bag.size;
    for (const [w, n] of bag.counts) counts.set(w, (counts.get(w) ?? 0) + n);
  }
  return { counts, size };
}

/** Highest Dice two bags of these sizes could reach; lets matching skip hopeless pairs cheaply. */
export function diceUpperBound(a: WordBag, b: WordBag): number {
  const total = a.size + b.size;
  return total === 0 ? 0 : (2 * Math.min(a.size, b.size)) / total;
}

/** Dice coefficient 2·|A∩B| / (|A|+|B|) on word multisets; 0 when both are empty. */
export function dice(a: WordBag, b: WordBag): number {
  const total = a.size + b.size;
  if (total === 0) return 0;
  const [small, large] = a.counts.size <= b.counts.size ? [a, b] : [b, a];
  let common = 0;
  for (const [w, n] of small.counts) common += Math.min(n, large.counts.get(w) ?? 0);
  return (2 * common) / total;
}
