import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ArticleDocument } from '../../packages/core/src/index.ts';
import { listFiles } from '../lib/files.ts';
import { loadPackage, repoPath } from '../lib/repo.ts';
import type { Measurement } from '../lib/result.ts';

interface SegmenterApi {
  parseArticle(
    markdown: string,
    options: { file: string; slug: string; defaultLang?: string },
  ): ArticleDocument;
}

function mbPerS(bytes: number, ms: number): number {
  return bytes / 1e6 / (ms / 1000);
}

/**
 * Segmentation throughput on the generated corpus, in process: every article through
 * `parseArticle` (Markdown in, units out), next to plain `Intl.Segmenter` sentence splitting of
 * the same bytes as the floor of what any segmenter costs.
 */
export async function segmentCorpus(dir: string): Promise<Measurement[]> {
  const { parseArticle } = await loadPackage<SegmenterApi>('segmenter');
  const names = listFiles(join(dir, 'articles'), '.md');
  const texts = names.map((n) => readFileSync(join(dir, 'articles', n), 'utf8'));
  const bytes = texts.reduce((s, t) => s + Buffer.byteLength(t), 0);
  const run = (i: number) =>
    parseArticle(texts[i] as string, {
      file: `articles/${names[i]}`,
      slug: (names[i] as string).slice(0, -3),
    });
  for (let i = 0; i < Math.min(50, texts.length); i++) run(i); // let the JIT settle
  globalThis.gc?.();
  let units = 0;
  let start = performance.now();
  for (let i = 0; i < texts.length; i++) {
    for (const block of run(i).blocks) units += block.segments.length;
  }
  const parseMs = performance.now() - start;

  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  let sentences = 0;
  start = performance.now();
  for (const text of texts) for (const _ of segmenter.segment(text)) sentences++;
  const intlMs = performance.now() - start;

  return [
    {
      id: 'segment-parse',
      label: `segmenter parseArticle, ${texts.length.toLocaleString('en')} articles`,
      seconds: parseMs / 1000,
      note: `${mbPerS(bytes, parseMs).toFixed(1)} MB/s, ${Math.round(units / (parseMs / 1000)).toLocaleString('en')} units/s (${units.toLocaleString('en')} units)`,
      data: { bytes, units, mbPerS: mbPerS(bytes, parseMs), unitsPerS: units / (parseMs / 1000) },
    },
    {
      id: 'segment-intl',
      label: 'plain Intl.Segmenter, same bytes',
      seconds: intlMs / 1000,
      note: `${mbPerS(bytes, intlMs).toFixed(1)} MB/s, ${sentences.toLocaleString('en')} sentences (no Markdown, no ids)`,
      data: { bytes, sentences, mbPerS: mbPerS(bytes, intlMs) },
    },
  ];
}

const THROUGHPUT = repoPath('packages/segmenter/bench/throughput.ts');

/** The segmenter engineer's own benchmark (`benchSegmentation()`), reported as it returns. */
export async function segmenterOwnBench(): Promise<Measurement> {
  if (!existsSync(THROUGHPUT)) throw new Error(`${THROUGHPUT} does not exist yet`);
  const mod = (await import(THROUGHPUT)) as { benchSegmentation?: () => unknown };
  if (typeof mod.benchSegmentation !== 'function')
    throw new Error(`${THROUGHPUT} exports no benchSegmentation()`);
  const result = await mod.benchSegmentation();
  const flat: Record<string, number | string | boolean> = {};
  for (const [k, v] of Object.entries((result ?? {}) as Record<string, unknown>)) {
    if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') flat[k] = v;
    else flat[k] = JSON.stringify(v);
  }
  const numbers = Object.entries(flat)
    .filter(([, v]) => typeof v === 'number')
    .map(([k, v]) => `${k} ${Number(v).toFixed(2)}`);
  return {
    id: 'segment-own',
    label: 'segmenter benchSegmentation()',
    note: numbers.join(', '),
    data: flat,
  };
}
