import { resolve } from 'node:path';
import { type CheckPart, checkPart, checkProject, exitCodeFor, mergeParts, RULES } from '@dari/check';
import { assertKnownRules, type DariConfig, loadConfig } from '@dari/config';
import { DariError } from '@dari/core';
import { readText, relativeTo, writeFileAtomic } from '@dari/io';
import {
  type CommandResult,
  type DiagnosticFormat,
  formatDiagnosticsText,
  formatResult,
  reportChunks,
  statusReportChunks,
} from '@dari/report';
import type { FileSummary } from '@dari/sync';
import type { Invocation } from './args.js';
import { type Io, writePieces } from './io.js';
import { progressFor, withProgress } from './progress.js';
import { includesOf, shardOf } from './shard.js';

/** `dari sync`: one line per file that changed, then the totals (or the same as JSON or annotations). */
export async function runSync(inv: Extract<Invocation, { command: 'sync' }>, io: Io): Promise<number> {
  const { cwd, shard, merge, format } = inv;
  const config = loadProject(cwd);
  // Loaded on demand: `dari check` should not pay for loading the sync machinery.
  const { syncProject, mergeShards } = await import('@dari/sync');
  if (merge) {
    const merged = mergeShards(
      config,
      merge.map((d) => resolve(cwd, d)),
      shardOf,
    );
    const summary = `sync --merge: ${merge.length} shards, ${merged.written.length} files written`;
    const data = { shards: merge.length, written: merged.written };
    report(io, format, { command: 'sync', summary, data, findings: merged.diagnostics }, `${summary}\n`);
    return merged.diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
  }
  const result = await withProgress(progressFor(io, 'sync', 'articles'), (progress) =>
    syncProject(config, {
      ...progress,
      ...(shard ? { shard: { ...shard, includes: includesOf(shard) } } : {}),
    }),
  );
  const text = formatSyncSummary(result.files);
  const summary = text.trimEnd().split('\n').at(-1) ?? '';
  const data = { files: result.files, totals: syncTotals(result.files) };
  report(io, format, { command: 'sync', summary, data, findings: result.diagnostics }, text);
  // A file a translator saved during the sync was left alone: the run did not finish its job.
  return result.diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
}

/**
 * Prints a run's result: `text` on stdout with the findings as lines on stderr (as always), or
 * everything on stdout in the JSON or GitHub shape `dari check` uses.
 */
function report(io: Io, format: DiagnosticFormat, result: CommandResult, text: string): void {
  if (format !== 'text') {
    io.out(formatResult(result, format));
    return;
  }
  io.out(text);
  io.err(formatDiagnosticsText(result.findings, { color: io.errColor ?? false }));
}

/** A sync's totals over its files. */
export function syncTotals(files: readonly FileSummary[]) {
  const total = {
    files: files.length,
    written: 0,
    added: 0,
    changed: 0,
    removed: 0,
    reused: 0,
    unchanged: 0,
  };
  for (const f of files) {
    total.added += f.added;
    total.changed += f.changed;
    total.removed += f.removed;
    total.reused += f.reused;
    total.unchanged += f.unchanged;
    if (f.written) total.written++;
  }
  return total;
}

/** The per-file sync summary: files with changes get a line; the total always. */
export function formatSyncSummary(files: readonly FileSummary[]): string {
  const lines: string[] = [];
  for (const f of files) {
    if (f.deleted) {
      lines.push(`${f.file}  deleted (its article is gone; translations kept in the memory archive)`);
      continue;
    }
    if (f.written || f.added || f.changed || f.removed || f.reused) {
      lines.push(
        `${f.file}  +${f.added} added  ~${f.changed} changed (needs review)  -${f.removed} removed  ${f.reused} reused${f.written ? '' : '  (not rewritten)'}`,
      );
    }
  }
  const total = syncTotals(files);
  lines.push(
    `sync: ${files.length} files, ${total.written} written; ${total.added} added, ${total.changed} changed (needs review), ${total.removed} removed, ${total.reused} reused from memory, ${total.unchanged} unchanged`,
  );
  return `${lines.join('\n')}\n`;
}

/** `dari check`: report in the asked format on stdout; exit 0 pass, 1 fail. */
export async function runCheck(inv: Extract<Invocation, { command: 'check' }>, io: Io): Promise<number> {
  const config = loadProject(inv.cwd);
  const changed = inv.changed ? { changedSince: inv.changed } : {};
  if (inv.shard) {
    const includes = includesOf(inv.shard);
    const part = await withProgress(progressFor(io, 'check', 'files'), (progress) =>
      checkPart(config, { ...changed, includes, ...progress }),
    );
    const record: PartRecord = { dariCheckShard: 1, ...inv.shard, ...changed, ...part };
    io.out(`${JSON.stringify(record)}\n`);
    return 0;
  }
  const options = { min: inv.min, minReviewed: inv.minReviewed, ...changed };
  const report = inv.merge
    ? mergeParts(config, readParts(inv.cwd, inv.merge, inv.changed), options)
    : await withProgress(progressFor(io, 'check', 'files'), (progress) =>
        checkProject(config, { ...options, ...progress }),
      );
  await writePieces(io, reportChunks(report, inv.format, { color: io.color, rules: RULES }));
  return exitCodeFor(report);
}

/** What `dari check --shard i/N` prints: its slice of the results, before any threshold. */
interface PartRecord extends CheckPart {
  readonly dariCheckShard: 1;
  readonly index: number;
  readonly count: number;
  readonly changedSince?: string;
}

/**
 * How large a part of `dari check --merge` may be: Dari's own output, not a translator's file, so
 * not held to the 64 MB limit of project files (a part of 10,000 articles with one finding a
 * sentence is larger), but short of the longest string V8 will parse (about 512 MiB).
 */
const PART_MAX_BYTES = 500 * 1024 * 1024;

/** Reads the part files of `dari check --merge`: one per shard of the same split and `--changed`. */
function readParts(cwd: string, files: readonly string[], changed: string | undefined): CheckPart[] {
  const bad = (message: string, file?: string) =>
    new DariError({
      ruleId: 'cli-usage',
      severity: 'error',
      message,
      ...(file ? { file } : {}),
      note: 'Give the JSON printed by every `dari check --shard I/N` run of one split, once each.',
    });
  const seen = new Set<number>();
  let count: number | undefined;
  const parts = files.map((file) => {
    const path = resolve(cwd, file);
    let record: Partial<PartRecord>;
    try {
      record = JSON.parse(readText(path, file, PART_MAX_BYTES)) as Partial<PartRecord>;
    } catch (e) {
      if (e instanceof DariError) throw e;
      throw bad('not valid JSON', file);
    }
    const { index, count: n } = record;
    if (
      record.dariCheckShard !== 1 ||
      !Number.isInteger(index) ||
      !Number.isInteger(n) ||
      !Array.isArray(record.results) ||
      !Array.isArray(record.extra)
    )
      throw bad('not a part printed by `dari check --shard`', file);
    count ??= n;
    if (n !== count) throw bad(`shard ${index}/${n} is of another split than the first (of ${count})`, file);
    if (seen.has(index as number)) throw bad(`shard ${index}/${n} is given twice`, file);
    if (record.changedSince !== changed)
      throw bad(
        `the part was checked with --changed ${record.changedSince ?? '(none)'}; the merge with ${changed ?? '(none)'}`,
        file,
      );
    seen.add(index as number);
    return { results: record.results, extra: record.extra };
  });
  const missing = [...Array(count ?? 0).keys()].filter((i) => !seen.has(i));
  if (missing.length > 0)
    throw bad(`shards ${missing.map((i) => `${i}/${count}`).join(', ')} are missing from the merge`);
  return parts;
}

/** `dari status`: the same numbers as a summary (or check's JSON, or annotations); never fails on thresholds. */
export async function runStatus(inv: Extract<Invocation, { command: 'status' }>, io: Io): Promise<number> {
  const config = loadProject(inv.cwd);
  const report = await withProgress(progressFor(io, 'status', 'files'), (progress) =>
    checkProject(config, progress),
  );
  await writePieces(io, statusReportChunks(report, inv.format, { color: io.color }));
  return 0;
}

/** `dari tm export`: TMX on stdout or into a file. */
export async function runTmExport(cwd: string, output: string | undefined, io: Io): Promise<number> {
  const config = loadProject(cwd);
  const { exportTmx } = await import('@dari/sync');
  const tmx = await exportTmx(config);
  if (output === undefined) io.out(tmx);
  else {
    const path = resolve(cwd, output);
    writeFileAtomic(path, tmx, relativeTo(cwd, path));
    io.err(`tm export: wrote ${path}\n`);
  }
  return 0;
}

/**
 * The config, validated once for every command: the schema, then the rule ids against the check's
 * registry (the list comes from there, so a new rule is known at once), so sync accepts exactly
 * the configs check accepts.
 */
export function loadProject(cwd: string): DariConfig {
  const config = loadConfig(cwd);
  assertKnownRules(
    config,
    RULES.map((r) => r.id),
  );
  return config;
}
