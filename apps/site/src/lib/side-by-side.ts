/** The order a side-by-side view reads in: the article's own, with the credit last (pure). */
export function sideBySideOrder<B extends { kind: string; units: readonly unknown[] }>(
  blocks: readonly B[],
): B[] {
  const rank = (b: B) =>
    b.kind === 'title'
      ? 0
      : b.kind === 'dateline'
        ? 1
        : b.kind === 'summary'
          ? 2
          : b.kind === 'credit'
            ? 4
            : 3;
  // Array.prototype.sort is stable: blocks of one rank keep the article's order.
  return blocks.filter((b) => b.units.length > 0).sort((a, b) => rank(a) - rank(b));
}
