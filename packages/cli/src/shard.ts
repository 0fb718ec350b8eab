import { createHash } from 'node:crypto';
import { DariError } from '@dari/core';

/** One shard of N: `--shard i/N`, i from 0 to N-1. */
export interface Shard {
  readonly index: number;
  readonly count: number;
}

/**
 * The shard an article belongs to (pure): the first 32 bits of SHA-256 of its slug, mod N. A hash
 * rather than position in the listing, so that adding an article never moves another one between
 * shards, and every runner computes the same split from the slug alone.
 */
export function shardOf(slug: string, count: number): number {
  return createHash('sha256').update(slug).digest().readUInt32BE(0) % count;
}

/** Parses `--shard i/N`; throws a usage error (exit 2) for anything but 0 ≤ i < N ≤ 1024. */
export function parseShard(value: string): Shard {
  const match = /^(\d{1,4})\/(\d{1,4})$/.exec(value);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || count > 1024 || index >= count) {
    throw new DariError({
      ruleId: 'cli-usage',
      severity: 'error',
      message: `--shard expects INDEX/COUNT with 0 ≤ INDEX < COUNT ≤ 1024, such as --shard 0/4; got "${value}"`,
      note: 'Run `dari sync --help` for sharding.',
    });
  }
  return { index, count };
}

/** The predicate the engines take: does this slug belong to the shard? */
export function includesOf(shard: Shard): (slug: string) => boolean {
  return (slug) => shardOf(slug, shard.count) === shard.index;
}
