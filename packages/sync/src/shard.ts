import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { DariConfig } from '@dari/config';
import { DariError, type Diagnostic } from '@dari/core';
import { naming } from '@dari/io';
import { readTmx, writeTmx } from '@dari/xliff';
import { commitAll, type Op, preflight } from './apply.js';
import { mergeArchive } from './archive.js';
import { decodeUtf8, readStamped, removeQuietly, stage, statStamped } from './fs.js';
import { archivePath, listArticles, listLocaleFiles, localeFilePath, relPath, UI_FILE } from './layout.js';
import { acquireLock } from './lock.js';
import type { MemoryEntry } from './types.js';
import { stageMissingUiFiles } from './ui-locales.js';

/** Where a shard run leaves its archive additions, inside its `locales/` folder. */
export const SHARD_FILE = '.shard.json';

/** A translation a shard removed: phase 0 from a synced article, 1 because its article is gone. */
export interface ShardAddition {
  readonly locale: string;
  readonly phase: 0 | 1;
  readonly slug: string;
  readonly entry: MemoryEntry;
}

/** The record one `dari sync --shard i/N` leaves for the merge. */
export interface ShardRecord {
  readonly index: number;
  readonly count: number;
  readonly additions: readonly ShardAddition[];
}

/** Stages `locales/.shard.json` (written even when empty, so the merge sees every shard ran). */
export function stageShardFile(config: DariConfig, record: ShardRecord): Op {
  const path = join(config.localesDir, SHARD_FILE);
  const rel = relPath(config, path);
  const text = `${JSON.stringify({ dariSyncShard: 1, ...record })}\n`;
  return { path, rel, temp: stage(path, text, rel), expected: statStamped(path)?.stamp };
}

function usage(message: string, file?: string): DariError {
  return new DariError({
    ruleId: 'cli-usage',
    severity: 'error',
    message,
    ...(file ? { file } : {}),
    note: 'Pass the `locales/` folder of every `dari sync --shard i/N` run, once each.',
  });
}

/** Reads a shard's record; throws a usage error naming the file when it is not one. */
function readRecord(dir: string, limit: number): ShardRecord {
  const path = join(dir, SHARD_FILE);
  if (!existsSync(path))
    throw usage(`${dir} holds no ${SHARD_FILE}: it is not the locales folder of a shard run`);
  const { bytes } = readStamped(path, path, limit);
  let parsed: unknown;
  try {
    parsed = JSON.parse(decodeUtf8(bytes, path));
  } catch {
    throw usage('not valid JSON', path);
  }
  const r = parsed as Partial<ShardRecord> & { dariSyncShard?: unknown };
  if (
    r.dariSyncShard !== 1 ||
    !Number.isInteger(r.index) ||
    !Number.isInteger(r.count) ||
    !Array.isArray(r.additions)
  )
    throw usage('not a shard record of `dari sync --shard`', path);
  return r as ShardRecord;
}

/**
 * `dari sync --merge DIR...`: puts the outputs of N shard runs together in this project, which must
 * be in the state the shards started from. For every shard, the locale files of its slugs are
 * copied byte for byte from its folder (or deleted, where the shard deleted them); then every
 * shard's archive additions are merged into each locale's `archive.tmx` in the order one unsharded
 * run would have added them (removed from synced articles, in article order, then orphans, in file
 * order), and missing interface files are created — so the result is the unsharded run's, byte for byte.
 */
export function mergeShards(
  config: DariConfig,
  dirs: readonly string[],
  shardOf: (slug: string, count: number) => number,
): { written: string[]; diagnostics: Diagnostic[] } {
  const records = dirs.map((dir) => ({ dir, record: readRecord(dir, config.limits.fileBytes) }));
  const count = records[0]?.record.count ?? 0;
  const seen = new Set<number>();
  for (const { dir, record } of records) {
    if (record.count !== count)
      throw usage(`${dir} is shard ${record.index}/${record.count}, the first is of ${count}`);
    if (seen.has(record.index)) throw usage(`shard ${record.index}/${count} is given twice (${dir})`);
    seen.add(record.index);
  }
  if (seen.size !== count) {
    const missing = [...Array(count).keys()].filter((i) => !seen.has(i));
    throw usage(`shards ${missing.map((i) => `${i}/${count}`).join(', ')} are missing from the merge`);
  }
  const lock = acquireLock(config.localesDir, config.root);
  const diagnostics: Diagnostic[] = lock.warning ? [lock.warning] : [];
  const ops: Op[] = [];
  try {
    // Orders as the unsharded run: its articles, then its locale files as they were before the merge.
    const articleOrder = new Map(listArticles(config).map((slug, i) => [slug, i]));
    const fileOrder = new Map(
      config.locales.map((l) => [l, new Map(listLocaleFiles(config, l).map((slug, i) => [slug, i]))]),
    );
    for (const { dir, record } of records) {
      for (const locale of config.locales) {
        const here = listLocaleFiles(config, locale);
        const there = existsSync(join(dir, locale)) ? listLocaleFilesIn(config, dir, locale) : [];
        for (const slug of new Set([...here, ...there])) {
          if (`${slug}.xlf` === UI_FILE || shardOf(slug, count) !== record.index) continue;
          const op = copyOp(config, dir, locale, slug);
          if (op) ops.push(op);
        }
      }
    }
    const added = new Map<string, { order: [number, number]; entry: MemoryEntry }[]>();
    for (const { record } of records)
      for (const a of record.additions) {
        const order = (a.phase === 0 ? articleOrder.get(a.slug) : fileOrder.get(a.locale)?.get(a.slug)) ?? -1;
        const list = added.get(a.locale) ?? [];
        list.push({ order: [a.phase, order], entry: a.entry });
        added.set(a.locale, list);
      }
    for (const [locale, list] of added) {
      // Stable: a shard's additions for one slug keep their order.
      list.sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1]);
      ops.unshift(
        ...archiveOp(
          config,
          locale,
          list.map((x) => x.entry),
        ),
      );
    }
    ops.push(...stageMissingUiFiles(config).ops);
    preflight(ops);
    commitAll(ops, diagnostics);
    return { written: ops.filter((o) => o.temp === undefined).map((o) => o.rel), diagnostics };
  } finally {
    for (const op of ops) if (op.temp) removeQuietly(op.temp);
    lock.release();
  }
}

function listLocaleFilesIn(config: DariConfig, dir: string, locale: string): string[] {
  return listLocaleFiles({ ...config, localesDir: dir, root: dirname(dir) }, locale);
}

/**
 * The shard's version of one locale file: its bytes, or a deletion when the shard has none;
 * undefined when the file is already so (most files, in a run where little changed).
 */
function copyOp(config: DariConfig, dir: string, locale: string, slug: string): Op | undefined {
  const path = localeFilePath(config, locale, slug);
  const rel = relPath(config, path);
  const now = statStamped(path);
  const expected = now?.stamp;
  const from = join(dir, locale, `${slug}.xlf`);
  if (!existsSync(from)) return now ? { path, rel, expected } : undefined;
  const { bytes } = readStamped(from, from, config.limits.fileBytes);
  if (
    now &&
    now.stamp.size === bytes.length &&
    readStamped(path, rel, config.limits.fileBytes).bytes.equals(bytes)
  )
    return undefined;
  naming(relPath(config, dirname(path)), () => mkdirSync(dirname(path), { recursive: true }));
  return { path, rel, temp: stage(path, bytes, rel), expected };
}

function archiveOp(config: DariConfig, locale: string, added: readonly MemoryEntry[]): Op[] {
  const path = archivePath(config, locale);
  const rel = relPath(config, path);
  const now = statStamped(path);
  const current = now
    ? readTmx(decodeUtf8(readStamped(path, rel, config.limits.fileBytes).bytes, rel), rel)
    : [];
  const { entries, changed } = mergeArchive(current, added);
  if (!changed) return [];
  naming(relPath(config, dirname(path)), () => mkdirSync(dirname(path), { recursive: true }));
  const text = writeTmx(entries, { srcLang: config.sourceLocale });
  return [{ path, rel, temp: stage(path, text, rel), expected: now?.stamp }];
}
