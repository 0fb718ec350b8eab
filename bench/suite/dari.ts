import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { editCorpus } from '../corpus/edit.ts';
import { fillLocale } from '../corpus/fill.ts';
import { changedFiles, listFiles, snapshot } from '../lib/files.ts';
import { ensureOk, measure, type Run } from '../lib/measure.ts';
import { repoPath } from '../lib/repo.ts';
import type { Measurement } from '../lib/result.ts';

const CLI = repoPath('packages/cli/dist/bin.js');

/** Runs the built `dari` CLI on a project, as a user would, with time and peak memory measured. */
export async function dari(
  command: string,
  dir: string,
  extra: readonly string[] = [],
  allowed = [0],
  env: Readonly<Record<string, string>> = {},
): Promise<Run> {
  return ensureOk(await measure(process.execPath, [CLI, command, '--cwd', dir, ...extra], { env }), allowed);
}

/** A cache folder of its own: the run sees no cache, as on a fresh clone or a new CI runner. */
function freshCache(): { env: Record<string, string>; done: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'dari-bench-cache-'));
  return { env: { DARI_CACHE_DIR: dir }, done: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Whether targets apply: they are stated for 10,000 articles. */
const atScale = (size: number): boolean => size >= 10_000;

function syncMeasurement(
  id: string,
  label: string,
  run: Run,
  rewritten: number,
  size: number,
  limitS: number,
): Measurement {
  const seconds = run.wallMs / 1000;
  const memOk = run.peakRssMb === undefined || run.peakRssMb <= 500;
  return {
    id,
    label,
    seconds,
    ...(run.peakRssMb === undefined ? {} : { peakMb: run.peakRssMb }),
    target: `≤ ${limitS} s, ≤ 500 MB`,
    ...(atScale(size) ? { met: seconds <= limitS && memOk } : {}),
    note: `${rewritten} files written`,
    data: { filesWritten: rewritten, perArticleMs: run.wallMs / size },
  };
}

/** What the sync steps leave for later steps. */
export interface SyncOutcome {
  readonly measurements: Measurement[];
  readonly cold: Run;
  readonly warm: Run;
}

/**
 * `dari sync` cold (no XLIFF yet), then Korean filled in mixed states, then a sync that settles
 * that, then one with nothing changed, counting files rewritten (which must be none).
 */
export async function syncUntilWarm(dir: string, size: number, seed: number): Promise<SyncOutcome> {
  const measurements: Measurement[] = [];
  const locales = join(dir, 'locales');

  let before = snapshot(locales);
  const cold = await dari('sync', dir);
  const coldWritten = changedFiles(before, snapshot(locales)).length;
  measurements.push(syncMeasurement('sync-cold', 'dari sync, cold', cold, coldWritten, size, 20));

  const ko = await fillLocale(dir, 'ko', seed);
  measurements.push({
    id: 'fill-ko',
    label: 'Korean targets filled (setup)',
    note: `${ko.translated} translated, ${ko.needsReview} needs review, ${ko.untranslated} new of ${ko.units} units`,
    data: { ...ko },
  });

  // The first sync after translators' work settles whatever the fill step wrote differently.
  before = snapshot(locales);
  const settle = await dari('sync', dir);
  const settleWritten = changedFiles(before, snapshot(locales)).length;
  measurements.push({
    id: 'sync-after-fill',
    label: 'dari sync, after Korean was filled',
    seconds: settle.wallMs / 1000,
    ...(settle.peakRssMb === undefined ? {} : { peakMb: settle.peakRssMb }),
    note: `${settleWritten} files written`,
    data: { filesWritten: settleWritten },
  });

  before = snapshot(locales);
  const warm = await dari('sync', dir);
  const warmWritten = changedFiles(before, snapshot(locales)).length;
  const warmM = syncMeasurement('sync-warm', 'dari sync, nothing changed', warm, warmWritten, size, 2);
  measurements.push({
    ...warmM,
    ...(warmM.met === undefined ? {} : { met: warmM.met && warmWritten === 0 }),
  });

  // What a fresh clone or a new CI runner pays: every file exists, no cache says which are in sync.
  const cache = freshCache();
  before = snapshot(locales);
  const fresh = await dari('sync', dir, [], [0], cache.env).finally(cache.done);
  const freshWritten = changedFiles(before, snapshot(locales)).length;
  measurements.push({
    id: 'sync-no-cache',
    label: 'dari sync, nothing changed, no cache',
    seconds: fresh.wallMs / 1000,
    ...(fresh.peakRssMb === undefined ? {} : { peakMb: fresh.peakRssMb }),
    target: '≤ 500 MB',
    ...(atScale(size) ? { met: (fresh.peakRssMb ?? 0) <= 500 && freshWritten === 0 } : {}),
    note: `${freshWritten} files written (fresh clone: every file read once)`,
    data: { filesWritten: freshWritten },
  });
  return { measurements, cold, warm };
}

/** Edits 1% of the articles, then times `dari sync`. */
export async function syncEdited(dir: string, size: number): Promise<{ measurement: Measurement; run: Run }> {
  const locales = join(dir, 'locales');
  const edited = editCorpus(dir, size, 0.01).length;
  const before = snapshot(locales);
  const run = await dari('sync', dir);
  const written = changedFiles(before, snapshot(locales)).length;
  const m = syncMeasurement(
    'sync-edited',
    `dari sync, 1% edited (${edited} articles)`,
    run,
    written,
    size,
    3,
  );
  return { run, measurement: m };
}

/**
 * `dari check --format json` over the whole project, cold (the first check of this project: a
 * fresh CI runner) and then warm (its cache kept: a runner that restored its cache, or the site
 * build after `dari check` in one job); exit 1 (findings) is a result, not a failure.
 */
export async function checkStep(
  dir: string,
  articles: number,
  id: string,
): Promise<{ measurements: Measurement[]; run: Run; warm: Run }> {
  const files = listFiles(join(dir, 'locales'), '.xlf').length;
  const run = await dari('check', dir, ['--format', 'json'], [0, 1]);
  const warm = await dari('check', dir, ['--format', 'json'], [0, 1]);
  const measurement = (which: string, r: Run): Measurement => {
    const seconds = r.wallMs / 1000;
    return {
      id: which === 'cold' ? id : `${id}-warm`,
      label: `dari check, ${files.toLocaleString('en')} XLIFF files, ${which}`,
      seconds,
      ...(r.peakRssMb === undefined ? {} : { peakMb: r.peakRssMb }),
      target: '≤ 3 s',
      ...(atScale(articles) ? { met: seconds <= 3 } : {}),
      note: `exit ${r.exitCode}`,
      data: { files, articles, exitCode: r.exitCode ?? -1 },
    };
  };
  return { run, warm, measurements: [measurement('cold', run), measurement('warm', warm)] };
}
