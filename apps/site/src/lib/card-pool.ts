import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CardText } from './card-draw.ts';
import { type CardJob, type CardReply, cardPath } from './card-file.ts';

/** A card to have drawn, and what to call it in an error: `<locale>/<slug>`. */
export interface CardRequest {
  readonly text: CardText;
  readonly label: string;
}

/**
 * The worker's source. Astro bundles this module into a chunk elsewhere, so the site's folder comes
 * from the build's config (`__DARI_SITE_DIR__`); tests run this file where it is.
 */
const WORKER =
  typeof __DARI_SITE_DIR__ === 'string'
    ? join(__DARI_SITE_DIR__, 'src', 'lib', 'card-worker.ts')
    : fileURLToPath(new URL('./card-worker.ts', import.meta.url));

/** Whether cards can be drawn off the main thread: the worker runs from source (Node ≥ 22.18, 23.6). */
export function cardWorkersAvailable(): boolean {
  return Boolean((process.features as { typescript?: string | false }).typescript) && existsSync(WORKER);
}

// A worker takes about a second to start (satori, resvg, the fonts); a card takes 60–70 ms.
const CARDS_PER_THREAD = 40;

/**
 * The most threads to draw cards on: `DARI_CARD_THREADS` when it is a whole number ≥ 1 (fewer
 * threads, less memory: each holds ≈ 150 MB while drawing), else one per core (pure).
 */
export function cardThreadLimit(env: Record<string, string | undefined>, cores: number): number {
  const asked = Number(env.DARI_CARD_THREADS);
  return Number.isInteger(asked) && asked >= 1 ? asked : cores;
}

/** Threads for drawing `missing` cards (pure): none for none, more only when each has enough to do. */
export function cardThreads(
  missing: number,
  limit: number = cardThreadLimit(process.env, availableParallelism()),
): number {
  if (missing <= 0) return 0;
  return Math.max(1, Math.min(limit, Math.ceil(missing / CARDS_PER_THREAD)));
}

/** Cards being drawn by a pool, by their path in the card cache: each settles once it is stored. */
const drawing = new Map<string, Promise<void>>();

/** The drawing of the card at `path`, if a pool has it; forgotten once asked for (the page is built once). */
export function takeDrawing(path: string): Promise<void> | undefined {
  const promise = drawing.get(path);
  drawing.delete(path);
  return promise;
}

/** What a pool did, once its last card is stored: `seconds` from its start. */
export interface CardDrawing {
  readonly cards: number;
  readonly threads: number;
  readonly seconds: number;
}

/** What the build logs of a pool's work when it is done (`bench` reads it: bench/suite/site.ts). */
export function cardDrawingLine(d: CardDrawing): string {
  return `${d.cards} share cards drawn on ${d.threads} threads in ${d.seconds.toFixed(1)} s`;
}

/**
 * The build's card drawing, for the integration to log when the build is done (a line printed
 * from the pool would land inside Astro's line for the page being rendered). The page modules and
 * the integration are separate module graphs in one process: they meet on `globalThis`.
 */
export const cardDrawingSlot = {
  set(drawing: CardDrawing): void {
    (globalThis as { __dariCardDrawing?: CardDrawing }).__dariCardDrawing = drawing;
  },
  take(): CardDrawing | undefined {
    const g = globalThis as { __dariCardDrawing?: CardDrawing };
    const drawing = g.__dariCardDrawing;
    delete g.__dariCardDrawing;
    return drawing;
  },
};

/**
 * Starts drawing, on `threads` worker threads, every requested card not yet in the cache `dir`, and
 * returns at once: each card's page waits for its own (`takeDrawing`). Cards are drawn in the
 * order asked, the order Astro builds their pages. Returns how many cards are to be drawn;
 * `onDone` hears how it went once all are stored (not when a thread died). `script` is the
 * worker's code (tests give another).
 */
export function drawCardsInWorkers(
  dir: string,
  requests: readonly CardRequest[],
  threads: (missing: number) => number = cardThreads,
  onDone?: (drawing: CardDrawing) => void,
  script: string | URL = WORKER,
): number {
  const jobs: Array<CardJob & { readonly label: string }> = [];
  const settle = new Map<number, { resolve: () => void; reject: (e: Error) => void; label: string }>();
  for (const { text, label } of requests) {
    const path = cardPath(dir, text);
    if (drawing.has(path) || existsSync(path)) continue;
    const id = jobs.length;
    const promise = new Promise<void>((resolve, reject) => settle.set(id, { resolve, reject, label }));
    // Settled before its page asks for it (or never asked for, the build having failed): not unhandled.
    promise.catch(() => {});
    drawing.set(path, promise);
    jobs.push({ id, text, path, label });
  }
  const count = Math.min(threads(jobs.length), jobs.length);
  if (count === 0) return 0;
  const start = performance.now();
  let next = 0;
  let left = jobs.length;
  const workers: Worker[] = [];
  const failed = (label: string, why: string) =>
    new Error(`The share card of ${label} could not be drawn: ${why.split('\n')[0]}\n${why}`);
  let stopped = false;
  const stop = () => {
    stopped = true;
    for (const w of workers) void w.terminate();
  };
  // A thread that dies (it could not load, ran out of memory, exited) fails every card not yet
  // stored: a card it was drawing would otherwise keep its page, and the build, waiting forever.
  const abandon = (why: string) => {
    for (const waiting of settle.values()) waiting.reject(failed(waiting.label, why));
    settle.clear();
    next = jobs.length;
    stop();
  };
  const feed = (worker: Worker) => {
    const job = jobs[next++];
    if (job === undefined) return;
    worker.postMessage({ id: job.id, text: job.text, path: job.path } satisfies CardJob);
  };
  for (let i = 0; i < count; i++) {
    const worker = new Worker(script);
    workers.push(worker);
    worker.on('message', (reply: CardReply) => {
      const waiting = settle.get(reply.id);
      settle.delete(reply.id);
      if (waiting) {
        if (reply.error === undefined) waiting.resolve();
        else waiting.reject(failed(waiting.label, reply.error));
      }
      if (--left > 0) return feed(worker);
      stop();
      onDone?.({ cards: jobs.length, threads: count, seconds: (performance.now() - start) / 1000 });
    });
    worker.on('error', (e) => abandon(e.stack ?? e.message));
    worker.on('exit', (code) => {
      if (!stopped && settle.size > 0) abandon(`its drawing thread stopped (exit code ${code})`);
    });
    feed(worker);
  }
  return jobs.length;
}
