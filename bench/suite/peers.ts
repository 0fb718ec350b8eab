import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { slugOf } from '../corpus/article.ts';
import type { Run } from '../lib/measure.ts';
import { type Measurement, type Ratio, ratioOf } from '../lib/result.ts';
import { PO4A_MISSING, preparePo4a, runPo4a } from '../peers/po4a.ts';
import { POCOUNT_MISSING, runPocount } from '../peers/pocount.ts';

const peak = (run: Run) => (run.peakRssMb === undefined ? {} : { peakMb: run.peakRssMb });

function peerMeasurement(id: string, label: string, run: Run): Measurement {
  return {
    id,
    label,
    seconds: run.wallMs / 1000,
    ...peak(run),
    note: run.timedOut ? 'cut off at the time limit' : run.exitCode === 0 ? '' : `exit ${run.exitCode}`,
    data: { exitCode: run.exitCode ?? -1, timedOut: run.timedOut },
  };
}

function failed(run: Run): string | undefined {
  if (run.timedOut || run.exitCode === 0) return undefined;
  return `${run.command} failed (exit ${run.exitCode}): ${run.stderr.trim().split('\n').slice(-3).join(' / ')}`;
}

/** A label suffix ("at 1,000") as part of an id ("-at-1000"). */
const idOf = (suffix: string): string => (suffix ? `-${suffix.replace(/,/g, '').replace(/\s+/g, '-')}` : '');

/** What a peer step adds to the result. */
export interface PeerOutcome {
  measurements: Measurement[];
  ratios: Ratio[];
  notes: string[];
}

/** pocount over the same target-locale XLIFF files `dari check` read, as a ratio to it. */
export async function pocountVsCheck(
  dir: string,
  targetLocales: readonly string[],
  check: Run,
  timeoutMs: number,
  suffix = '',
  warm?: Run,
): Promise<PeerOutcome> {
  const out: PeerOutcome = { measurements: [], ratios: [], notes: [] };
  const pending = runPocount(
    dir,
    targetLocales.map((l) => `locales/${l}`),
    timeoutMs,
  );
  if (pending === undefined) {
    out.notes.push(POCOUNT_MISSING);
    return out;
  }
  const run = await pending;
  out.measurements.push(
    peerMeasurement(`pocount${idOf(suffix)}`, `pocount${suffix ? ` ${suffix}` : ''}`, run),
  );
  const error = failed(run);
  if (error) out.notes.push(error);
  else {
    out.ratios.push(
      ratioOf(
        `pocount-vs-check${idOf(suffix)}`,
        `pocount / dari check${suffix ? ` ${suffix}` : ''}, cold`,
        { seconds: check.wallMs / 1000, peakMb: check.peakRssMb },
        { seconds: run.wallMs / 1000, peakMb: run.peakRssMb, timedOut: run.timedOut },
        10,
      ),
    );
    // pocount keeps no cache: every run of it is a cold run, so this is what a CI job sees.
    if (warm)
      out.ratios.push(
        ratioOf(
          `pocount-vs-check-warm${idOf(suffix)}`,
          `pocount / dari check${suffix ? ` ${suffix}` : ''}, warm`,
          { seconds: warm.wallMs / 1000, peakMb: warm.peakRssMb },
          { seconds: run.wallMs / 1000, peakMb: run.peakRssMb, timedOut: run.timedOut },
          10,
        ),
      );
  }
  return out;
}

/** po4a updating POT/PO files for the same articles: cold, then with nothing changed. */
export async function po4aBeforeEdit(
  dir: string,
  size: number,
  targetLocales: readonly string[],
  dari: { cold: Run; warm: Run },
  timeoutMs: number,
): Promise<PeerOutcome> {
  const out: PeerOutcome = { measurements: [], ratios: [], notes: [] };
  rmSync(join(dir, 'po4a'), { recursive: true, force: true });
  preparePo4a(
    dir,
    Array.from({ length: size }, (_, i) => slugOf(i)),
    targetLocales,
  );
  for (const [phase, dariRun] of [
    ['cold', dari.cold],
    ['nothing changed', dari.warm],
  ] as const) {
    const pending = runPo4a(dir, timeoutMs);
    if (pending === undefined) {
      out.notes.push(PO4A_MISSING);
      return out;
    }
    const run = await pending;
    out.measurements.push(peerMeasurement(`po4a-${phase.replace(' ', '-')}`, `po4a, ${phase}`, run));
    const error = failed(run);
    if (error) {
      out.notes.push(error);
      return out;
    }
    out.ratios.push(
      ratioOf(
        `po4a-vs-sync-${phase.replace(' ', '-')}`,
        `po4a / dari sync, ${phase}`,
        { seconds: dariRun.wallMs / 1000, peakMb: dariRun.peakRssMb },
        { seconds: run.wallMs / 1000, peakMb: run.peakRssMb, timedOut: run.timedOut },
        10,
      ),
    );
    if (run.timedOut) return out;
  }
  return out;
}

/** po4a after the same 1% edit `dari sync` just handled. */
export async function po4aAfterEdit(dir: string, dariEdited: Run, timeoutMs: number): Promise<PeerOutcome> {
  const out: PeerOutcome = { measurements: [], ratios: [], notes: [] };
  const pending = runPo4a(dir, timeoutMs);
  if (pending === undefined) return out;
  const run = await pending;
  out.measurements.push(peerMeasurement('po4a-edited', 'po4a, 1% edited', run));
  const error = failed(run);
  if (error) out.notes.push(error);
  else {
    out.ratios.push(
      ratioOf(
        'po4a-vs-sync-edited',
        'po4a / dari sync, 1% edited',
        { seconds: dariEdited.wallMs / 1000, peakMb: dariEdited.peakRssMb },
        { seconds: run.wallMs / 1000, peakMb: run.peakRssMb, timedOut: run.timedOut },
        10,
      ),
    );
  }
  return out;
}
