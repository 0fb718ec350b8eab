/**
 * A small seeded pseudo-random generator (mulberry32): the corpus must be byte-identical for the
 * same seed on every machine, which Math.random cannot give.
 */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** True with probability p. */
  chance(p: number): boolean;
  /** Roughly normal (sum of uniforms), clamped to [min, max] and rounded. */
  around(mean: number, spread: number, min: number, max: number): number;
}

/** A generator whose whole sequence is decided by `seed`. */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new RangeError('pick from an empty list');
      return items[Math.floor(next() * items.length)] as T;
    },
    chance: (p) => next() < p,
    around: (mean, spread, min, max) => {
      const z = next() + next() + next() - 1.5; // variance 1/4
      return Math.min(max, Math.max(min, Math.round(mean + z * 2 * spread)));
    },
  };
}

/** A seed derived from a string, so each article's generator is independent of the others. */
export function seedOf(text: string, base: number): number {
  let h = (base ^ 0x811c9dc5) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}
