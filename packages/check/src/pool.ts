import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { DariConfig } from '@dari/config';
import { runUnitLoading, type UnitEnv, type UnitOutcome, type WorkUnit } from './units.js';

/** Messages between `runUnits` and `worker.ts`. */
export type ToWorker = { readonly id: number; readonly units: readonly WorkUnit[] };
export type FromWorker =
  | { readonly id: number; readonly outcomes: readonly UnitOutcome[] }
  | { readonly fatal: { readonly stack: string; readonly code?: string; readonly path?: string } };

/** What a worker is started with: it builds its own rules, glossary and readers from the config. */
export interface WorkerData {
  readonly config: DariConfig;
}

// A worker costs about a third of a second to start (loading the parsers) — what checking ~250
// files costs — so each one must have well more than that to do.
const FILES_PER_WORKER = 400;

/** The built worker beside this module; absent when running from source (vitest), so tests run in-process. */
const WORKER = new URL('./worker.js', import.meta.url);

/** Threads to use for `work` files: 1 (in-process) on one core, for small jobs, or without a built worker. */
export function threadsFor(work: number, requested: number | undefined): number {
  if (requested !== undefined) return Math.max(1, Math.floor(requested));
  const cores = availableParallelism();
  return Math.max(1, Math.min(cores, Math.floor(work / FILES_PER_WORKER)));
}

/** Whether worker threads can run here (the built `worker.js` exists). */
export function workersAvailable(): boolean {
  return WORKER.protocol === 'file:' && existsSync(fileURLToPath(WORKER));
}

/**
 * Runs every unit and returns their outcomes in the units' order, whatever thread ran them: in
 * this thread when `threads` is 1, else spread over `threads` workers a chunk at a time.
 * `onDone` hears of each finished unit (in workers, a chunk's units as its answer arrives).
 */
export async function runUnits(
  units: readonly WorkUnit[],
  threads: number,
  env: () => Promise<UnitEnv>,
  config: DariConfig,
  onDone?: (unit: WorkUnit) => void,
): Promise<UnitOutcome[]> {
  // Nothing to do must not load the parsers: that is most of a warm run's start-up.
  if (units.length === 0) return [];
  if (threads <= 1 || units.length <= 1) {
    const ready = await env();
    const outcomes: UnitOutcome[] = [];
    for (const u of units) {
      outcomes.push(await runUnitLoading(u, ready));
      onDone?.(u);
    }
    return outcomes;
  }
  return runInWorkers(units, Math.min(threads, units.length), config, onDone);
}

/**
 * A worker's unexpected error for this thread: the file-system code and path kept, so the CLI still
 * reports an unreadable file as bad input (`io-enoent`, exit 2) rather than as an internal error.
 */
function rebuilt(fatal: Extract<FromWorker, { fatal: unknown }>['fatal']): Error {
  const message = fatal.stack.split('\n')[0]?.replace(/^\w*Error: /, '') ?? '';
  const error = new Error(message) as NodeJS.ErrnoException;
  error.stack = `${fatal.stack}\n    (in a @dari/check worker)`;
  if (fatal.code !== undefined) error.code = fatal.code;
  if (fatal.path !== undefined) error.path = fatal.path;
  return error;
}

function runInWorkers(
  units: readonly WorkUnit[],
  threads: number,
  config: DariConfig,
  onDone: ((unit: WorkUnit) => void) | undefined,
): Promise<UnitOutcome[]> {
  // Small chunks balance the threads at the end; not too small, each message has a cost.
  const size = Math.max(1, Math.min(100, Math.ceil(units.length / (threads * 32))));
  const outcomes: UnitOutcome[] = new Array(units.length);
  const workers: Worker[] = [];
  let next = 0;
  let pending = 0;
  return new Promise<UnitOutcome[]>((resolve, reject) => {
    let done = false;
    const finish = (error?: Error) => {
      if (done) return;
      done = true;
      for (const w of workers) void w.terminate();
      if (error) reject(error);
      else resolve(outcomes);
    };
    const feed = (worker: Worker) => {
      if (next >= units.length) {
        if (pending === 0) finish();
        return;
      }
      const message: ToWorker = { id: next, units: units.slice(next, next + size) };
      next += size;
      pending++;
      worker.postMessage(message);
    };
    for (let i = 0; i < threads; i++) {
      const worker = new Worker(WORKER, { workerData: { config } satisfies WorkerData });
      workers.push(worker);
      worker.on('message', (m: FromWorker) => {
        if ('fatal' in m) return finish(rebuilt(m.fatal));
        pending--;
        for (let j = 0; j < m.outcomes.length; j++) {
          outcomes[m.id + j] = m.outcomes[j] as UnitOutcome;
          if (onDone) onDone(units[m.id + j] as WorkUnit);
        }
        feed(worker);
      });
      worker.on('error', (e) => finish(e));
      worker.on('exit', (code) => {
        if (!done) finish(new Error(`@dari/check worker exited (code ${code}) before finishing`));
      });
      // Two chunks each, so a worker never waits for the main thread between chunks.
      feed(worker);
      feed(worker);
    }
  });
}
