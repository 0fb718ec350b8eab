import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { generateArticle, slugOf } from '../corpus/article.ts';
import { editCorpus } from '../corpus/edit.ts';
import { fillLocale } from '../corpus/fill.ts';
import { writeCorpus } from '../corpus/generate.ts';
import { listFiles } from './files.ts';
import { repoPath } from './repo.ts';

const exec = promisify(execFile);
const CLI = repoPath('packages/cli/dist/bin.js');

/** One process of the built CLI: its output, exit code and wall time. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly seconds: number;
}

/** Runs `dari <args> --cwd <dir>` as its own process, with a cache folder of its own (a fresh runner). */
export async function cli(dir: string, args: readonly string[]): Promise<CliRun> {
  const cache = mkdtempSync(join(tmpdir(), 'dari-shard-cache-'));
  const start = performance.now();
  try {
    const { stdout, stderr } = await exec(process.execPath, [CLI, ...args, '--cwd', dir], {
      env: { ...process.env, DARI_CACHE_DIR: cache, NO_COLOR: '1' },
      maxBuffer: 256 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr, seconds: (performance.now() - start) / 1000 };
  } catch (e) {
    const err = e as { code?: unknown; stdout?: string; stderr?: string };
    if (typeof err.code !== 'number') throw e;
    return {
      code: err.code,
      stdout: err.stdout ?? '',
      stderr: err.stderr ?? '',
      seconds: (performance.now() - start) / 1000,
    };
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
}

function ok(run: CliRun, what: string): CliRun {
  if (run.code !== 0) throw new Error(`${what} exited ${run.code}: ${run.stderr}`);
  return run;
}

/**
 * A project in the state a newsroom's next sync meets: `size` articles synced and translated into
 * Korean, then a tenth edited, a sentence cut from every fifth (its translation goes to the
 * archive), every seventh deleted (its files go to the archive), and reprints of translated
 * articles under new slugs (their sentences come from the memory, usually another shard's files).
 */
export async function prepareShardProject(dir: string, size: number, seed: number): Promise<void> {
  writeCorpus(dir, size, seed);
  ok(await cli(dir, ['sync']), 'the first sync');
  await fillLocale(dir, 'ko', seed);
  editCorpus(dir, size, 0.1);
  const path = (i: number) => join(dir, 'articles', `${slugOf(i)}.md`);
  for (let i = 0; i < size; i++) {
    if (i % 7 === 3) rmSync(path(i));
    else if (i % 5 === 1) {
      const text = readFileSync(path(i), 'utf8');
      const body = text.indexOf('\n---\n', 4) + 5;
      const paragraphs = text.slice(body).split('\n\n');
      const cut = paragraphs.findIndex((p, k) => k > 0 && p.trim() !== '' && !p.startsWith('#'));
      if (cut > 0) paragraphs.splice(cut, 1);
      writeFileSync(path(i), text.slice(0, body) + paragraphs.join('\n\n'));
    }
  }
  for (let i = 0; i < Math.max(2, Math.round(size / 10)); i++) {
    const from = i * 3;
    if (from % 7 === 3 || from >= size) continue;
    writeFileSync(join(dir, 'articles', `reprint-${slugOf(from)}.md`), readFileSync(path(from), 'utf8'));
  }
  // New articles too: their sentences are new to every shard.
  for (let i = size; i < size + Math.max(1, Math.round(size / 20)); i++) {
    const { slug, markdown } = generateArticle(i, seed);
    writeFileSync(join(dir, 'articles', `${slug}.md`), markdown);
  }
}

/** A copy of a project (articles, locales, config) in a new folder under `parent`. */
export function copyOf(base: string, parent: string, name: string): string {
  const dir = join(parent, name);
  mkdirSync(dir, { recursive: true });
  cpSync(base, dir, { recursive: true });
  return dir;
}

/** The SHA-256 of every file under `dir`, by relative path: equal maps mean byte-identical trees. */
export function treeDigest(dir: string): Map<string, string> {
  return new Map(
    listFiles(dir)
      .filter((p) => !p.endsWith('.dari.lock'))
      .map((p) => [
        p,
        createHash('sha256')
          .update(readFileSync(join(dir, p)))
          .digest('hex'),
      ]),
  );
}

/** Where two trees differ (missing, extra or different files), for a failure message. */
export function treeDiff(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): string[] {
  const out: string[] = [];
  for (const [p, h] of a) if (b.get(p) !== h) out.push(b.has(p) ? `differs: ${p}` : `only unsharded: ${p}`);
  for (const p of b.keys()) if (!a.has(p)) out.push(`only sharded: ${p}`);
  return out;
}

/** What a sharded sync and check did: the merged project, the merged report, and wall times. */
export interface ShardedRun {
  readonly merged: string;
  readonly check: CliRun;
  /** Wall time of the slowest shard plus the merge: what a CI matrix waits for. */
  readonly syncSeconds: number;
  readonly checkSeconds: number;
  /** The shards' times, one per shard. */
  readonly syncShards: readonly number[];
  readonly checkShards: readonly number[];
}

/** Runs `task` for 0..n-1, all at once or one after another; results in index order. */
async function each<T>(n: number, concurrent: boolean, task: (i: number) => Promise<T>): Promise<T[]> {
  if (concurrent) return Promise.all(Array.from({ length: n }, (_, i) => task(i)));
  const out: T[] = [];
  for (let i = 0; i < n; i++) out.push(await task(i));
  return out;
}

/**
 * Runs `dari sync --shard i/N` for every i, each as its own process in its own copy of `base` (as
 * N CI runners would), then `dari sync --merge` on a fresh copy of `base`; then `dari check
 * --shard i/N` on the merged project and `dari check --merge` of the parts. `concurrent`: the
 * shards run at once (the test: they must not interfere); else one after another, so each has the
 * machine to itself as a runner would (the bench's times).
 */
export async function runSharded(
  base: string,
  work: string,
  n: number,
  options: { readonly format?: string; readonly concurrent?: boolean } = {},
): Promise<ShardedRun> {
  const { format = 'json', concurrent = true } = options;
  const copies = Array.from({ length: n }, (_, i) => copyOf(base, work, `shard-${i}`));
  const syncs = await each(n, concurrent, async (i) =>
    ok(await cli(copies[i] as string, ['sync', '--shard', `${i}/${n}`]), `sync shard ${i}/${n}`),
  );
  const merged = copyOf(base, work, 'merged');
  const mergeSync = ok(
    await cli(merged, ['sync', '--merge', ...copies.map((d) => join(d, 'locales'))]),
    'sync --merge',
  );
  const checks = await each(n, concurrent, async (i) =>
    ok(await cli(merged, ['check', '--shard', `${i}/${n}`]), `check shard ${i}/${n}`),
  );
  const parts = checks.map((c, i) => {
    const file = join(work, `part-${i}.json`);
    writeFileSync(file, c.stdout);
    return file;
  });
  const check = await cli(merged, ['check', '--merge', ...parts, '--format', format]);
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
  const syncShards = syncs.map((s) => s.seconds);
  const checkShards = checks.map((c) => c.seconds);
  return {
    merged,
    check,
    syncShards,
    checkShards,
    syncSeconds: Math.max(...syncShards) + mergeSync.seconds,
    checkSeconds: Math.max(...checkShards) + check.seconds,
  };
}
