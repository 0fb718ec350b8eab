/**
 * Before/after throughput in one process, interleaved, best CPU time of N rounds each: on a shared,
 * loaded machine absolute MB/s swing by 3× between runs, the ratio of two builds measured side by
 * side does not. Build, copy the old build inside this package (so its dependencies resolve), run:
 *   git stash; pnpm --filter @dari/segmenter build; cp -r packages/segmenter/dist packages/segmenter/.bench-old/dist; git stash pop
 *   pnpm --filter @dari/segmenter build; node packages/segmenter/bench/compare.ts packages/segmenter/.bench-old/dist [rounds]
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateArticle } from './throughput.ts';

type Segmenter = typeof import('../dist/index.js');

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

export async function compare(oldDist: string, rounds = 7): Promise<string[]> {
  const before = (await import(pathToFileURL(resolve(oldDist, 'index.js')).href)) as Segmenter;
  const after = (await import('../dist/index.js')) as Segmenter;
  const rows: string[] = [];
  for (const lang of ['en', 'ko'] as const) {
    const md = generateArticle(lang, 1_000_000);
    const size = Buffer.byteLength(md);
    const small = Array.from({ length: 400 }, (_, i) => generateArticle(lang, 3000, i + 1));
    const smallBytes = small.reduce((n, a) => n + Buffer.byteLength(a), 0);
    const paragraphs = md
      .split(/\n\n/)
      .slice(1)
      .map((p) => p.replace(/\[([^\]]*)\]\([^)]*\)|[*#]+/g, '$1').trim());
    const tasks: Array<[string, number, (m: Segmenter) => void]> = [
      [
        'splitSentences',
        size,
        (m) => {
          for (const p of paragraphs) m.splitSentences(p, lang);
        },
      ],
      [
        'parseArticle, 3 KB files',
        smallBytes,
        (m) => {
          for (const [i, a] of small.entries()) m.parseArticle(a, { file: `b/${i}.md`, slug: `a${i}` });
        },
      ],
      [
        'parseArticle, one 1 MB file',
        size,
        (m) => {
          m.parseArticle(md, { file: 'b.md', slug: 'b' });
        },
      ],
    ];
    for (const [name, bytes, run] of tasks) {
      run(before);
      run(after);
      let old = Number.POSITIVE_INFINITY;
      let now = Number.POSITIVE_INFINITY;
      for (let i = 0; i < rounds; i++) {
        let t = cpu();
        run(before);
        old = Math.min(old, cpu() - t);
        t = cpu();
        run(after);
        now = Math.min(now, cpu() - t);
      }
      const mb = (ms: number) => (bytes / 1e6 / (ms / 1000)).toFixed(2);
      rows.push(
        `${lang} ${name}: before ${mb(old)} MB/s, after ${mb(now)} MB/s (${((old / now) * 100).toFixed(0)}%)`,
      );
    }
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, rounds] = process.argv.slice(2);
  if (!dir) throw new Error('usage: node packages/segmenter/bench/compare.ts <old dist dir> [rounds]');
  for (const row of await compare(dir, Number(rounds ?? 7))) console.log(row);
}
