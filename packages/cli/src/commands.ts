import { resolve } from 'node:path';
import { checkProject, exitCodeFor, formatReport, formatStatus, RULES } from '@dari/check';
import { assertKnownRules, type DariConfig, loadConfig } from '@dari/config';
import { formatDiagnostic } from '@dari/core';
import { relativeTo, writeFileAtomic } from '@dari/io';
import type { FileSummary } from '@dari/sync';
import type { Invocation } from './args.js';
import { type Io, progressBar } from './io.js';

/** `dari sync`: prints one line per file that changed, then the totals. */
export async function runSync(cwd: string, io: Io): Promise<number> {
  const config = loadProject(cwd);
  const onProgress = progressBar(io, 'sync');
  // Loaded on demand: `dari check` should not pay for loading the sync machinery.
  const { syncProject } = await import('@dari/sync');
  const report = await syncProject(config, onProgress ? { onProgress } : {});
  io.out(formatSyncSummary(report.files));
  for (const d of report.diagnostics) io.err(`${formatDiagnostic(d)}\n`);
  // A file a translator saved during the sync was left alone: the run did not finish its job.
  return report.diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
}

/** The per-file sync summary: files with changes get a line; the total always. */
export function formatSyncSummary(files: readonly FileSummary[]): string {
  const lines: string[] = [];
  const total = { added: 0, changed: 0, removed: 0, reused: 0, unchanged: 0, written: 0 };
  for (const f of files) {
    total.added += f.added;
    total.changed += f.changed;
    total.removed += f.removed;
    total.reused += f.reused;
    total.unchanged += f.unchanged;
    if (f.written) total.written++;
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
  lines.push(
    `sync: ${files.length} files, ${total.written} written; ${total.added} added, ${total.changed} changed (needs review), ${total.removed} removed, ${total.reused} reused from memory, ${total.unchanged} unchanged`,
  );
  return `${lines.join('\n')}\n`;
}

/** `dari check`: report in the asked format on stdout; exit 0 pass, 1 fail. */
export async function runCheck(inv: Extract<Invocation, { command: 'check' }>, io: Io): Promise<number> {
  const config = loadProject(inv.cwd);
  const report = await checkProject(config, {
    min: inv.min,
    minReviewed: inv.minReviewed,
    ...(inv.changed ? { changedSince: inv.changed } : {}),
  });
  io.out(formatReport(report, inv.format, { color: io.color }));
  return exitCodeFor(report);
}

/** `dari status`: the same numbers as a summary; never fails on thresholds. */
export async function runStatus(cwd: string, io: Io): Promise<number> {
  const config = loadProject(cwd);
  const report = await checkProject(config);
  io.out(formatStatus(report, { color: io.color }));
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
