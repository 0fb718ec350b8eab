import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachedCard, renderCard } from './card.js';
import { cardPath } from './card-file.js';
import {
  type CardDrawing,
  type CardRequest,
  cardDrawingLine,
  cardDrawingSlot,
  cardThreadLimit,
  cardThreads,
  cardWorkersAvailable,
  drawCardsInWorkers,
  takeDrawing,
} from './card-pool.js';

const request = (title: string, lang = 'en'): CardRequest => ({
  text: { title, lang, site: lang === 'ko' ? '다리' : 'Dari', date: '2026-12-01' },
  label: `${lang}/${title.toLowerCase().replaceAll(' ', '-')}`,
});

describe('cardThreads', () => {
  it('starts no thread for no card, one for a few, one per core for many', () => {
    expect(cardThreads(0, 2)).toBe(0);
    expect(cardThreads(3, 2)).toBe(1);
    expect(cardThreads(40, 8)).toBe(1);
    expect(cardThreads(41, 8)).toBe(2);
    expect(cardThreads(30_000, 2)).toBe(2);
    expect(cardThreads(30_000, 1)).toBe(1);
  });

  it('hands the drawing to the integration once', () => {
    cardDrawingSlot.set({ cards: 3, threads: 1, seconds: 2 });
    expect(cardDrawingSlot.take()).toEqual({ cards: 3, threads: 1, seconds: 2 });
    expect(cardDrawingSlot.take()).toBeUndefined();
  });

  it('takes at most DARI_CARD_THREADS threads when it is a whole number, else one per core', () => {
    expect(cardThreadLimit({ DARI_CARD_THREADS: '1' }, 2)).toBe(1);
    expect(cardThreadLimit({ DARI_CARD_THREADS: '4' }, 2)).toBe(4);
    expect(cardThreadLimit({}, 2)).toBe(2);
    expect(cardThreadLimit({ DARI_CARD_THREADS: '0' }, 2)).toBe(2);
    expect(cardThreadLimit({ DARI_CARD_THREADS: 'two' }, 2)).toBe(2);
  });
});

// The workers run card-worker.ts from source: Node's type stripping (the toolchain's Node 24).
describe.runIf(cardWorkersAvailable())('share cards drawn on worker threads', () => {
  it('stores the same bytes as drawing in this thread, and draws a cached card never again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dari-card-pool-'));
    const requests = [request('Council passes the 2027 budget'), request('한미 FTA 개정 협상 개시', 'ko')];
    let done: CardDrawing | undefined;
    expect(
      drawCardsInWorkers(
        dir,
        requests,
        () => 2,
        (d) => (done = d),
      ),
    ).toBe(2);
    for (const { text, label } of requests) {
      await takeDrawing(cardPath(dir, text));
      const inWorker = readFileSync(cardPath(dir, text));
      expect(inWorker.equals(Buffer.from(await renderCard(text)))).toBe(true);
      // The page reads the worker's card from the cache.
      expect(Buffer.from(await cachedCard(dir, text, label)).equals(inWorker)).toBe(true);
    }
    expect(readdirSync(dir).sort()).toEqual(
      requests.map((r) => cardPath(dir, r.text).slice(dir.length + 1)).sort(),
    );
    expect(done).toMatchObject({ cards: 2, threads: 2 });
    expect(cardDrawingLine({ cards: 2, threads: 2, seconds: 61.84 })).toBe(
      '2 share cards drawn on 2 threads in 61.8 s',
    );
    expect(drawCardsInWorkers(dir, requests, () => 2)).toBe(0);
  });

  it('fails the cards of a thread that exits without answering, instead of waiting forever', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dari-card-pool-'));
    const quitter = join(dir, 'quitter.mjs');
    // A drawing thread that takes its first card and stops, as one killed mid-card would.
    writeFileSync(
      quitter,
      "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => process.exit(3));\n",
    );
    const lost = request('Ferry service resumes');
    expect(drawCardsInWorkers(join(dir, 'cards'), [lost], () => 1, undefined, quitter)).toBe(1);
    await expect(takeDrawing(cardPath(join(dir, 'cards'), lost.text))).rejects.toThrow(
      /^The share card of en\/ferry-service-resumes could not be drawn: its drawing thread stopped \(exit code 3\)/,
    );
  });

  it('fails the page of a card a worker could not draw, naming the article', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'dari-card-pool-')), 'not-a-folder');
    writeFileSync(file, '');
    // The cache folder is under a file: the worker draws the card and cannot store it.
    const dir = join(file, 'cards');
    const failing = request('Storm closes the port');
    expect(drawCardsInWorkers(dir, [failing], () => 1)).toBe(1);
    await expect(takeDrawing(cardPath(dir, failing.text))).rejects.toThrow(
      /^The share card of en\/storm-closes-the-port could not be drawn: .*ENOTDIR/,
    );
  });
});
