/**
 * Edit distance (Damerau–Levenshtein, optimal string alignment): insertions, deletions,
 * substitutions and swaps of two neighbours each cost 1, so `--fromat` is 1 away from `--format`.
 */
export function editDistance(a: string, b: string): number {
  const width = b.length + 1;
  // One flat table of (a.length + 1) × (b.length + 1) cells; d(i, j) is at i * width + j.
  const d = new Uint32Array((a.length + 1) * width);
  const at = (i: number, j: number) => d[i * width + j] ?? 0;
  for (let i = 0; i <= a.length; i++) d[i * width] = i;
  for (let j = 0; j <= b.length; j++) d[j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, at(i - 2, j - 2) + 1);
      }
      d[i * width + j] = best;
    }
  }
  return at(a.length, b.length);
}

/**
 * The candidates a user most likely meant by `word` ("did you mean"), closest first. A candidate
 * qualifies when it is within a third of the word's length in edits (at least 1); only the nearest
 * are kept. Failing that, candidates containing the word qualify (`explain utf8` → `article-not-utf8`),
 * shortest first. Empty when nothing is close.
 */
export function closestMatches(word: string, candidates: Iterable<string>, limit = 3): string[] {
  const w = word.toLowerCase();
  const near: { candidate: string; distance: number }[] = [];
  const containing: string[] = [];
  for (const candidate of candidates) {
    const c = candidate.toLowerCase();
    const distance = editDistance(w, c);
    if (distance <= Math.max(1, Math.floor(w.length / 3))) near.push({ candidate, distance });
    else if (w.length >= 3 && (c.includes(w) || w.includes(c))) containing.push(candidate);
  }
  // A near miss beats a part: only the nearest misses are offered, and parts only when there are none.
  const best = Math.min(...near.map((n) => n.distance));
  const found =
    near.length > 0
      ? near.filter((n) => n.distance === best).map((n) => n.candidate)
      : containing.sort((a, b) => a.length - b.length || a.localeCompare(b));
  return found.slice(0, limit);
}

/** ` (did you mean "a" or "b"?)`, or '' when there is nothing close; for appending to a message. */
export function didYouMean(
  word: string,
  candidates: Iterable<string>,
  quote = (s: string) => `"${s}"`,
): string {
  const found = closestMatches(word, candidates);
  if (found.length === 0) return '';
  const list = found.map(quote);
  const last = list.pop() as string;
  return ` (did you mean ${list.length > 0 ? `${list.join(', ')} or ${last}` : last}?)`;
}
