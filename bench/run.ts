/**
 * `pnpm bench`: generates a corpus, runs every measurement on it, prints one table and writes it as
 * JSON under bench/results/. See bench/README.md.
 */
import { mkdtempSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DariError, formatDiagnostic } from '../packages/core/dist/index.js';
import { writeCorpus } from './corpus/generate.ts';
import { type BenchOptions, parseBenchArgs, type Step, USAGE } from './lib/args.ts';
import { listFiles, writeFileAtomic } from './lib/files.ts';
import { canMeasureMemory } from './lib/measure.ts';
import { repoPath } from './lib/repo.ts';
import type { BenchResult, Measurement, Ratio } from './lib/result.ts';
import { renderTable } from './lib/table.ts';
import { budgetStep } from './suite/budget.ts';
import { checkStep, type SyncOutcome, syncEdited, syncUntilWarm } from './suite/dari.ts';
import { type PeerOutcome, po4aAfterEdit, po4aBeforeEdit, pocountVsCheck } from './suite/peers.ts';
import { segmentCorpus, segmenterOwnBench } from './suite/segmentation.ts';
import { shardSteps } from './suite/shard.ts';
import { buildSite, discard, growth, type SiteBuild, subsetProject } from './suite/site.ts';
import { turboSteps } from './suite/turbo.ts';

const TARGET_LOCALES = ['ko', 'ja'];

function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

async function bench(options: BenchOptions): Promise<{ result: BenchResult; failures: number }> {
  const startedAt = new Date().toISOString();
  const measurements: Measurement[] = [];
  const ratios: Ratio[] = [];
  const notes: string[] = [];
  const cleanup: string[] = [];
  let failures = 0;
  const skipped = (s: Step) => options.skip.has(s);
  const addPeer = (p: PeerOutcome) => {
    measurements.push(...p.measurements);
    ratios.push(...p.ratios);
    notes.push(...p.notes);
  };
  /** Runs one step; a failure becomes a note and the rest of the bench goes on. */
  async function step<T>(name: string, fn: () => Promise<T>): Promise<T | undefined> {
    log(`${name}…`);
    const start = performance.now();
    try {
      const value = await fn();
      log(`${name} done in ${((performance.now() - start) / 1000).toFixed(1)} s`);
      return value;
    } catch (e) {
      failures++;
      const message = (e as Error).message.split('\n').slice(0, 6).join(' / ');
      notes.push(`${name} failed: ${message}`);
      log(`${name} FAILED: ${(e as Error).message}`);
      return undefined;
    }
  }
  if (!canMeasureMemory()) notes.push('GNU time missing (apt-get install time): peak memory not measured');

  const dir = mkdtempSync(join(tmpdir(), `dari-bench-${options.size}-`));
  if (!options.keep) cleanup.push(dir);
  // Dari's caches for the bench's projects live with the run, not in the user's cache folder.
  const caches = mkdtempSync(join(tmpdir(), 'dari-bench-caches-'));
  process.env.DARI_CACHE_DIR = caches;
  cleanup.push(caches);
  log(`generating ${options.size} articles in ${dir}`);
  const corpus = writeCorpus(dir, options.size, options.seed);
  const timeoutMs = options.peerTimeoutS * 1000;

  if (!skipped('segmentation')) {
    const seg = await step('segmentation throughput', () => segmentCorpus(dir));
    if (seg) measurements.push(...seg);
    const own = await step('segmenter benchSegmentation()', () => segmenterOwnBench());
    if (own) measurements.push(own);
  }

  let sync: SyncOutcome | undefined;
  if (!skipped('sync')) {
    sync = await step('dari sync cold / warm', () => syncUntilWarm(dir, options.size, options.seed));
    if (sync) measurements.push(...sync.measurements);
  }
  const xliffFiles = listFiles(join(dir, 'locales'), '.xlf').length;
  if (!sync) notes.push('no XLIFF was synced: check, peers and site measure nothing meaningful without it');

  if (sync && !skipped('check')) {
    const check = await step('dari check', () => checkStep(dir, options.size, 'check'));
    if (check) {
      measurements.push(...check.measurements);
      if (!skipped('peers')) {
        const pc = await step('pocount', () =>
          pocountVsCheck(dir, TARGET_LOCALES, check.run, timeoutMs, '', check.warm),
        );
        if (pc) addPeer(pc);
      }
    }
  }
  // po4a can update its PO files after the edit only if its cold run finished writing them.
  let po4aReady = false;
  if (sync && !skipped('peers')) {
    const p = await step('po4a cold / warm', () =>
      po4aBeforeEdit(dir, options.size, TARGET_LOCALES, sync, timeoutMs),
    );
    if (p) addPeer(p);
    po4aReady = p !== undefined && p.measurements.length > 0 && !p.measurements.some((m) => m.data?.timedOut);
  }
  if (sync) {
    const edited = await step('dari sync, 1% edited', () => syncEdited(dir, options.size));
    if (edited) {
      measurements.push(edited.measurement);
      if (!skipped('peers') && po4aReady) {
        const p = await step('po4a, 1% edited', () => po4aAfterEdit(dir, edited.run, timeoutMs));
        if (p) addPeer(p);
      } else if (!skipped('peers'))
        notes.push(
          'po4a, 1% edited: not run, po4a had no complete PO files to update (its cold run did not finish)',
        );
    }
  }

  // Check and site at 1,000 from the same corpus when the corpus is larger, to show growth.
  const small = sync && options.size > 1000 ? subsetProject(dir, 1000) : undefined;
  if (small) cleanup.push(small);
  if (small && !skipped('check')) {
    const check = await step('dari check at 1,000 articles', () => checkStep(small, 1000, 'check-1000'));
    if (check) {
      measurements.push(...check.measurements);
      if (!skipped('peers')) {
        const pc = await step('pocount at 1,000 articles', () =>
          pocountVsCheck(small, TARGET_LOCALES, check.run, timeoutMs, 'at 1,000', check.warm),
        );
        if (pc) addPeer(pc);
      }
    }
  }

  if (sync && !skipped('site')) {
    const builds: SiteBuild[] = [];
    const sizes = [
      ...new Set([small && options.siteSize > 1000 ? 1000 : undefined, options.siteSize]),
    ].filter((n): n is number => n !== undefined);
    for (const n of sizes) {
      const project = n === options.size ? dir : n === 1000 && small ? small : subsetProject(dir, n);
      if (project !== dir && project !== small) cleanup.push(project);
      const build = await step(`site build, ${n} articles`, () => buildSite(project, n));
      if (!build) continue;
      cleanup.push(build.outDir);
      builds.push(build);
      measurements.push(build.measurement);
    }
    const [first, last] = [builds[0], builds.at(-1)];
    if (first && last && first !== last) measurements.push(growth(first, last));
    if (first && !skipped('budget')) {
      const budget = await step('site budgets', () => budgetStep(first.outDir));
      if (budget) measurements.push(...budget);
    }
  }

  if (!skipped('shard')) {
    const shard = await step('sharded sync / check (N = 1, 2, 4)', () =>
      shardSteps(options.size, options.seed),
    );
    if (shard) measurements.push(...shard);
  }

  if (!skipped('turbo')) {
    const turbo = await step('turbo cache (in a clone)', () => turboSteps());
    if (turbo) measurements.push(...turbo);
  }

  if (options.keep) notes.push(`corpus kept in ${dir}`);
  for (const path of cleanup) discard(path);
  const cpu = cpus();
  return {
    failures,
    result: {
      startedAt,
      machine: {
        cpus: cpu.length,
        cpuModel: cpu[0]?.model.trim() ?? 'unknown',
        memGb: Math.round(totalmem() / 2 ** 30),
        node: process.versions.node,
      },
      options: {
        size: options.size,
        siteSize: options.siteSize,
        seed: options.seed,
        skipped: [...options.skip],
      },
      corpus: { ...corpus, xliffFiles },
      measurements,
      ratios,
      notes,
    },
  };
}

async function main(argv: readonly string[]): Promise<number> {
  let options: BenchOptions;
  try {
    options = parseBenchArgs(argv);
  } catch (e) {
    if (!(e instanceof DariError)) throw e;
    for (const d of e.diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
    return 2;
  }
  if (options.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const { result, failures } = await bench(options);
  process.stdout.write(`\n${renderTable(result)}`);
  const stamp = result.startedAt.replace(/[:.]/g, '-');
  const json = `${JSON.stringify(result, null, 2)}\n`;
  const file = repoPath(`bench/results/${stamp}-n${options.size}.json`);
  writeFileAtomic(file, json);
  writeFileAtomic(repoPath(`bench/results/latest-n${options.size}.json`), json);
  process.stdout.write(`\nwrote ${file}\n`);
  return failures === 0 ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2));
