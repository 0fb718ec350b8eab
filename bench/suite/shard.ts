import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Measurement } from '../lib/result.ts';
import { cli, copyOf, prepareShardProject, runSharded, treeDiff, treeDigest } from '../lib/shard.ts';

/** Shard counts measured. */
export const SHARD_COUNTS = [1, 2, 4] as const;

/**
 * Sharded sync and check (docs/scaling.md, "Sharding"): a project of `size` articles in the state
 * of a newsroom's next sync (edits, cuts and deletions for the archive, reprints from the memory),
 * synced and checked once unsharded and then as N = 1, 2, 4 shards, each shard a process with the
 * machine to itself and no cache (a fresh CI runner), merged. A row's time is what a CI matrix
 * waits for: the slowest shard plus the merge. Its target is equality: the merged locales tree
 * and check report byte-identical to the unsharded run's.
 */
export async function shardSteps(size: number, seed: number): Promise<Measurement[]> {
  const work = mkdtempSync(join(tmpdir(), 'dari-bench-shard-'));
  try {
    const base = join(work, 'base');
    await prepareShardProject(base, size, seed);
    const whole = copyOf(base, work, 'unsharded');
    const sync = await cli(whole, ['sync']);
    const check = await cli(whole, ['check', '--format', 'json']);
    const tree = treeDigest(join(whole, 'locales'));
    const out: Measurement[] = [
      {
        id: 'shard-sync-0',
        label: 'dari sync, unsharded, no cache (the same project)',
        seconds: sync.seconds,
      },
      { id: 'shard-check-0', label: 'dari check, unsharded, no cache', seconds: check.seconds },
    ];
    for (const n of SHARD_COUNTS) {
      const dir = join(work, `n${n}`);
      const run = await runSharded(base, dir, n, { concurrent: false });
      const diff = treeDiff(tree, treeDigest(join(run.merged, 'locales')));
      const same = run.check.stdout === check.stdout && run.check.code === check.code;
      const shards = (times: readonly number[]) => times.map((t) => t.toFixed(2)).join(' / ');
      out.push(
        {
          id: `shard-sync-${n}`,
          label: `dari sync --shard i/${n}: slowest shard + merge`,
          seconds: run.syncSeconds,
          target: 'merged tree = unsharded',
          met: diff.length === 0,
          ...(diff.length > 0 ? { note: diff.slice(0, 3).join('; ') } : {}),
          data: { shards: shards(run.syncShards), identicalFiles: tree.size - diff.length, files: tree.size },
        },
        {
          id: `shard-check-${n}`,
          label: `dari check --shard i/${n}: slowest shard + merge`,
          seconds: run.checkSeconds,
          target: 'merged report = unsharded',
          met: same,
          ...(same ? {} : { note: run.check.stderr.split('\n')[0] || 'the merged report differs' }),
          data: { shards: shards(run.checkShards), reportBytes: run.check.stdout.length },
        },
      );
      rmSync(dir, { recursive: true, force: true });
    }
    return out;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
