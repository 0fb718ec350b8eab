import { describe, expect, it } from 'vitest';
import { includesOf, shardOf } from './shard.js';

describe('shardOf', () => {
  const slugs = Array.from({ length: 2000 }, (_, i) => `article-${i}`);

  it('puts every slug in exactly one shard, the same on every call', () => {
    for (const n of [1, 2, 3, 4, 7]) {
      for (const slug of slugs.slice(0, 200)) {
        const owners = Array.from({ length: n }, (_, i) => includesOf({ index: i, count: n })(slug));
        expect(owners.filter(Boolean)).toHaveLength(1);
        expect(shardOf(slug, n)).toBe(shardOf(slug, n));
      }
    }
  });

  it('spreads slugs evenly (each of 4 shards within 10% of a quarter)', () => {
    const sizes = [0, 0, 0, 0];
    for (const slug of slugs) sizes[shardOf(slug, 4)] = (sizes[shardOf(slug, 4)] ?? 0) + 1;
    for (const size of sizes) expect(Math.abs(size - 500)).toBeLessThan(50);
  });

  it('depends on the slug alone: adding articles moves none', () => {
    expect(shardOf('korus-fta-revision-talks', 4)).toBe(shardOf('korus-fta-revision-talks', 4));
    expect(slugs.map((s) => shardOf(s, 4))).toEqual(slugs.map((s) => shardOf(s, 4)));
    // A fixed value: a change of hash would move every article between runners silently.
    expect([0, 1, 2, 3].map((i) => shardOf(`article-${i}`, 1024))).toEqual([288, 344, 870, 792]);
  });
});
