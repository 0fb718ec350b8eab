// Interleaved before/after in one process: best CPU time of N rounds each (the machine is shared).

import { generateArticle } from '../bench/throughput.ts';
import * as newSeg from '../dist/index.js';
import * as oldSeg from './dist/index.js';

const N = Number(process.argv[2] ?? 7);
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const rows = [];
for (const lang of ['en', 'ko']) {
  const md = generateArticle(lang, 1_000_000);
  const size = Buffer.byteLength(md);
  const small = Array.from({ length: 400 }, (_, i) => generateArticle(lang, 3000, i + 1));
  const smallBytes = small.reduce((n, a) => n + Buffer.byteLength(a), 0);
  const paragraphs = md
    .split(/\n\n/)
    .slice(1)
    .map((p) => p.replace(/\[([^\]]*)\]\([^)]*\)|[*#]+/g, '$1').trim());
  const tasks = {
    splitSentences: [
      size,
      (m) => {
        for (const p of paragraphs) m.splitSentences(p, lang);
      },
    ],
    'parseArticle 3 KB': [
      smallBytes,
      (m) => {
        for (const [i, a] of small.entries()) m.parseArticle(a, { file: `b/${i}.md`, slug: `a${i}` });
      },
    ],
    'parseArticle 1 MB': [size, (m) => m.parseArticle(md, { file: 'b.md', slug: 'b' })],
  };
  for (const [name, [bytes, run]] of Object.entries(tasks)) {
    const best = { old: Infinity, new: Infinity };
    run(oldSeg);
    run(newSeg);
    for (let i = 0; i < N; i++) {
      for (const [k, m] of [
        ['old', oldSeg],
        ['new', newSeg],
      ]) {
        const t = cpu();
        run(m);
        best[k] = Math.min(best[k], cpu() - t);
      }
    }
    const mb = (ms) => (bytes / 1e6 / (ms / 1000)).toFixed(2);
    rows.push(
      `${lang} ${name}: before ${mb(best.old)} MB/s, after ${mb(best.new)} MB/s (${((best.old / best.new) * 100).toFixed(0)}%)`,
    );
  }
}
console.log(rows.join('\n'));
