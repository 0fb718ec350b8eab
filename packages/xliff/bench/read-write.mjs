// Read/write timings on a large generated file (5,000 units in 500 groups). Build first:
//   node_modules/.bin/turbo run build --filter=@dari/xliff... && node_modules/.bin/node packages/xliff/bench/read-write.mjs
import { readXliff, writeXliff } from '../dist/index.js';

const link = (id) => [
  {
    type: 'open',
    id,
    kind: 'link',
    data: '<a href="https://ustr.gov/">',
    attrs: { href: 'https://ustr.gov/' },
  },
  'Seoul',
  { type: 'close', id, kind: 'link', data: '</a>' },
];
const units = Array.from({ length: 5000 }, (_, i) => ({
  id: `s-${i}`,
  source: ['The talks open in ', ...link('1'), ` on Tuesday ${i}.`],
  target: [`회담은 화요일 `, ...link('1'), `에서 열린다 ${i}.`],
  state: 'translated',
}));
const time = (fn) => {
  const t = performance.now();
  const out = fn();
  return [out, performance.now() - t];
};
for (const version of ['1.2', '2.0']) {
  const groups = Array.from({ length: 500 }, (_, g) => ({
    id: `p-${g}`,
    kind: 'paragraph',
    units: units.slice(g * 10, g * 10 + 10),
  }));
  const file = { version, sourceLang: 'en', targetLang: 'ko', original: 'articles/a.md', groups };
  const [text, w] = time(() => writeXliff(file));
  const [doc, r] = time(() => readXliff(text, 'a.xlf'));
  const [same, s] = time(() => writeXliff(doc, doc));
  const next = {
    ...doc,
    groups: doc.groups.map((g, i) =>
      i === 250 ? { ...g, units: [{ ...g.units[0], target: ['바뀜'] }, ...g.units.slice(1)] } : g,
    ),
  };
  const [, c] = time(() => writeXliff(next, doc));
  console.log(
    `${version}: ${(text.length / 1024).toFixed(0)} KiB; write new ${w.toFixed(0)} ms; read ${r.toFixed(0)} ms; ` +
      `rewrite unchanged ${s.toFixed(0)} ms (identical: ${same === text}); one target changed ${c.toFixed(0)} ms`,
  );
}
