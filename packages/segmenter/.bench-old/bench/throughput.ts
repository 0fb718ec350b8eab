/**
 * Segmentation throughput on a generated, seeded wire-copy corpus: Markdown in (MB/s), units out
 * (units/s) for one 1 MB article and for 400 articles of 3 KB, `splitSentences` alone, and plain
 * `Intl.Segmenter` over the same text. Times are the best of three runs after a warm-up. The repository's `bench/` harness
 * calls `benchSegmentation()`; run alone with `node packages/segmenter/bench/throughput.ts` after a build.
 */
import { parseArticle, splitSentences } from '../dist/index.js';

/** One language's figures. */
export interface SegmentationThroughput {
  lang: string;
  mbPerSec: number;
  unitsPerSec: number;
  /** `splitSentences` alone over the article's paragraphs as plain text. */
  splitMbPerSec: number;
  /** `parseArticle` over 400 seeded articles of about 3 KB: news-sized files, per-file costs included. */
  smallMbPerSec: number;
  intlMbPerSec: number;
}

const EN = [
  'SEOUL, Aug. 17 (Yonhap) -- South Korea and the U.S. will hold talks on the FTA next week.',
  'The trade volume rose to $109.6 billion in 2016, up 4.5 percent from a year earlier.',
  '"We will discuss the best way to work together," the ministry said in a statement.',
  'U.S. President Donald J. Trump has called the deal "horrible." Officials in Seoul disagree.',
  'Dr. Kim said the No. 1 priority was jobs, and Mr. Lee agreed at 10 a.m. Tuesday.',
  'The [report](https://example.org/report "Full report") was released on Jan. 3 by *the agency*.',
  'Is the alliance at risk? Experts say no, citing the 28,500 troops stationed here.',
];
const KO = [
  '(서울=연합뉴스) 김철수 기자 = 한미 양국이 다음 주 서울에서 FTA 개정 협상을 연다.',
  '지난해 양국 교역액은 1천96억 달러로 전년보다 4.5% 늘었다.',
  '산업부 관계자는 "협상에 성실히 임하겠다. 국익이 최우선이다"라고 말했다.',
  '트럼프 대통령은 이 협정을 "끔찍한 거래"라고 비판해 왔다.',
  '협상은 언제 다시 열릴까? 정부는 아직 일정을 밝히지 않았다.',
  '회의는 2017. 8. 22. 오전 10시에 **서울**에서 열린다.',
  '자세한 내용은 [보도자료](https://example.kr)를 참고하면 된다.',
];

/** mulberry32: a small seeded generator so the corpus is the same on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A Markdown article of about `bytes` UTF-8 bytes: paragraphs of 1–4 sentences, a heading now and then. */
export function generateArticle(lang: 'en' | 'ko', bytes: number, seed = 42): string {
  const rnd = random(seed);
  const pool = lang === 'en' ? EN : KO;
  const parts = [`---\ntitle: "Generated ${lang} corpus"\ndate: 2017-08-17\nlang: ${lang}\n---\n`];
  let size = 0;
  let n = 0;
  while (size < bytes) {
    const count = 1 + Math.floor(rnd() * 4);
    const sentences = Array.from({ length: count }, () => pool[Math.floor(rnd() * pool.length)] ?? '');
    // A paragraph number keeps paragraphs distinct, as real articles are.
    const paragraph = `${n++ % 7 === 0 ? `## Section ${n}\n\n` : ''}${sentences.join(' ')} (${n})`;
    parts.push(paragraph);
    size += Buffer.byteLength(paragraph) + 2;
  }
  return `${parts.join('\n\n')}\n`;
}

function measure(run: () => number, bytes: number): { mbPerSec: number; perSec: number } {
  run(); // warm up the JIT
  let best = Number.POSITIVE_INFINITY;
  let count = 0;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    count = run();
    best = Math.min(best, performance.now() - t);
  }
  return { mbPerSec: bytes / 1e6 / (best / 1000), perSec: count / (best / 1000) };
}

/** Throughput of `parseArticle` and of plain `Intl.Segmenter` on about 1 MB per language. */
export async function benchSegmentation(bytes = 1_000_000): Promise<SegmentationThroughput[]> {
  const out: SegmentationThroughput[] = [];
  for (const lang of ['en', 'ko'] as const) {
    const md = generateArticle(lang, bytes);
    const size = Buffer.byteLength(md);
    const dari = measure(() => {
      const doc = parseArticle(md, { file: `bench/${lang}.md`, slug: lang });
      return doc.blocks.reduce((n, b) => n + b.segments.length, 0);
    }, size);
    const small = Array.from({ length: 400 }, (_, i) => generateArticle(lang, 3000, i + 1));
    const smallBytes = small.reduce((n, a) => n + Buffer.byteLength(a), 0);
    const perFile = measure(() => {
      let n = 0;
      for (const [i, a] of small.entries())
        n += parseArticle(a, { file: `bench/${i}.md`, slug: `a${i}` }).blocks.length;
      return n;
    }, smallBytes);
    // The body's paragraphs with Markdown markup dropped: what splitSentences sees inside parseArticle.
    const paragraphs = md
      .split(/\n\n/)
      .slice(1)
      .map((p) => p.replace(/\[([^\]]*)\]\([^)]*\)|[*#]+/g, '$1').trim());
    const split = measure(() => {
      let n = 0;
      for (const p of paragraphs) n += splitSentences(p, lang).length;
      return n;
    }, size);
    const segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
    const intl = measure(() => {
      let n = 0;
      for (const _ of segmenter.segment(md)) n++;
      return n;
    }, size);
    out.push({
      lang,
      mbPerSec: dari.mbPerSec,
      unitsPerSec: dari.perSec,
      splitMbPerSec: split.mbPerSec,
      smallMbPerSec: perFile.mbPerSec,
      intlMbPerSec: intl.mbPerSec,
    });
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of await benchSegmentation()) {
    console.log(
      `${r.lang}: parseArticle ${r.mbPerSec.toFixed(2)} MB/s, ${Math.round(r.unitsPerSec)} units/s; 3 KB articles ${r.smallMbPerSec.toFixed(2)} MB/s; splitSentences ${r.splitMbPerSec.toFixed(2)} MB/s; Intl.Segmenter ${r.intlMbPerSec.toFixed(2)} MB/s`,
    );
  }
}
