import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, copyOf, prepareShardProject, runSharded, treeDiff, treeDigest } from '../../bench/lib/shard.ts';

/**
 * `dari sync --shard i/N` and `dari check --shard i/N` as separate processes of the built CLI on
 * one corpus (edits, cut sentences and deleted articles that go to the archive, reprints whose
 * sentences come from another shard's files), merged: byte-identical to one unsharded run.
 */
describe('sharded sync and check, merged, equal an unsharded run', () => {
  let work: string;
  let base: string;
  let unsharded: string;
  let report: string;
  let text: string;
  let code: number;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'dari-shard-'));
    base = join(work, 'base');
    await prepareShardProject(base, 36, 7);
    unsharded = copyOf(base, work, 'unsharded');
    expect((await cli(unsharded, ['sync'])).code).toBe(0);
    const check = await cli(unsharded, ['check', '--format', 'json']);
    // Generated Korean has error findings (exit 1); the merge must reach the same verdict.
    expect(check.code).toBeLessThan(2);
    code = check.code;
    report = check.stdout;
    text = (await cli(unsharded, ['check'])).stdout;
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('the corpus exercises the archive and deletions', () => {
    const archive = readFileSync(join(unsharded, 'locales/ko/.memory/archive.tmx'), 'utf8');
    expect(archive.match(/<tu[ >]/g)?.length ?? 0).toBeGreaterThan(10);
    expect(treeDigest(join(base, 'locales')).size).toBeGreaterThan(
      treeDigest(join(unsharded, 'locales')).size - 20,
    );
    expect(
      [...treeDigest(join(base, 'locales')).keys()].some(
        (p) => !treeDigest(join(unsharded, 'locales')).has(p),
      ),
    ).toBe(true);
  });

  for (const n of [1, 2, 4]) {
    it(`N = ${n}: the merged locales tree and check report are byte-identical`, async () => {
      const dir = join(work, `n${n}`);
      const run = await runSharded(base, dir, n, { concurrent: true });
      const diff = treeDiff(treeDigest(join(unsharded, 'locales')), treeDigest(join(run.merged, 'locales')));
      expect(diff).toEqual([]);
      expect(run.check.code).toBe(code);
      expect(run.check.stdout).toBe(report);
      const asText = await cli(run.merged, [
        'check',
        '--merge',
        ...Array.from({ length: n }, (_, i) => join(dir, `part-${i}.json`)),
      ]);
      expect(asText.stdout).toBe(text);
    });
  }

  it('merges a part larger than the 64 MB limit of project files (a big archive with many findings)', async () => {
    const dir = join(work, 'n1');
    const big = join(work, 'big-part.json');
    const part = readFileSync(join(dir, 'part-0.json'), 'utf8');
    // The same JSON with whitespace after it: a part of 65 MB, as 10,000 articles produced.
    writeFileSync(big, part + ' '.repeat(65 * 1024 * 1024));
    const run = await cli(join(dir, 'merged'), ['check', '--merge', big, '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(code);
    expect(run.stdout).toBe(report);
  });

  it('a merge missing a shard is refused with exit 2, naming it', async () => {
    const dir = join(work, 'n2');
    const run = await cli(join(dir, 'merged'), ['check', '--merge', join(dir, 'part-0.json')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('1/2 are missing');
  });

  it('a sync merge missing a shard is refused with exit 2 and writes nothing', async () => {
    const shard = copyOf(base, work, 'lonely-shard');
    expect((await cli(shard, ['sync', '--shard', '0/2'])).code).toBe(0);
    const target = copyOf(base, work, 'lonely-merge');
    const before = treeDigest(join(target, 'locales'));
    const run = await cli(target, ['sync', '--merge', join(shard, 'locales')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('1/2 are missing');
    expect(treeDiff(before, treeDigest(join(target, 'locales')))).toEqual([]);
  });

  it('thresholds apply to the summed counts: a --min the whole misses fails the merge with exit 1', async () => {
    const dir = join(work, 'n2');
    const parts = [0, 1].map((i) => join(dir, `part-${i}.json`));
    const whole = await cli(unsharded, ['check', '--min', 'ko=99']);
    const merged = await cli(join(dir, 'merged'), ['check', '--merge', ...parts, '--min', 'ko=99']);
    expect(whole.code).toBe(1);
    expect(merged.code).toBe(1);
    expect(merged.stdout).toBe(whole.stdout);
  });
});
