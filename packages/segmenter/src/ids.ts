/** Content-derived ids: the same text always gets the same id, wherever it moves. */

/** cyrb53: a fast, well-mixed 53-bit string hash (public domain). */
function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

const SPACE = 36 ** 8;
const HALF = 36 ** 4;

/** Four base-36 digits of a small integer; radix `toString` of a Smi is fast, of a double is not. */
function four(n: number): string {
  const s = n.toString(36);
  return s.length === 4 ? s : '0000'.slice(s.length) + s;
}

/** Eight base-36 characters ([0-9a-z]) from the hash of a match key: `(h % 36^8)` in base 36, zero-padded. */
export function shortHash(key: string): string {
  const x = hash53(key) % SPACE;
  const high = Math.floor(x / HALF);
  return four(high) + four(x - high * HALF);
}

/** Hands out ids unique within one article: the second use of `x` becomes `x-2`, then `x-3`. */
export class IdAllocator {
  private readonly used = new Set<string>();
  /** Next suffix to try per base, so a sentence repeated thousands of times stays linear. */
  private readonly next = new Map<string, number>();

  /** Reserves a fixed id (the frontmatter anchors) so no content id takes it. */
  reserve(id: string): string {
    this.used.add(id);
    return id;
  }

  /** `base`, or `base-N` with the smallest N ≥ 2 still free. */
  take(base: string): string {
    const seen = this.next.get(base);
    if (seen === undefined && !this.used.has(base)) {
      this.next.set(base, 2);
      this.used.add(base);
      return base;
    }
    let n = seen ?? 2;
    let id = `${base}-${n++}`;
    while (this.used.has(id)) id = `${base}-${n++}`;
    this.next.set(base, n);
    this.used.add(id);
    return id;
  }
}
