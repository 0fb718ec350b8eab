/**
 * Sentence-splitting accuracy per test set, Dari next to plain `Intl.Segmenter`.
 * Run after a build: `node packages/segmenter/scripts/accuracy.ts [--failures]`.
 * It imports the built package (`../dist/index.js`) because Node's type stripping does not
 * rewrite the `.js` specifiers inside `src/`.
 */
import { fileURLToPath } from 'node:url';
import { splitSentences } from '../dist/index.js';
import { intlSplit, loadSets, score } from '../dist/testsets.js';

const root = fileURLToPath(new URL('../../../tests/segmentation/', import.meta.url));
const showFailures = process.argv.includes('--failures');

const rows: string[][] = [['set', 'lang', 'cases', 'Dari', 'Intl.Segmenter']];
for (const set of loadSets(root)) {
  const dari = score(set.cases, (t) => splitSentences(t, set.lang));
  const intl = score(set.cases, (t) => intlSplit(t, set.lang));
  const pct = (r: { passed: number }) =>
    `${r.passed}/${set.cases.length} ${((100 * r.passed) / set.cases.length).toFixed(1)}%`;
  rows.push([set.name, set.lang, String(set.cases.length), pct(dari), pct(intl)]);
  if (showFailures) {
    for (const f of dari.failures) {
      console.log(`✗ ${set.name} ${f.case.id} ${f.case.name}\n  input:    ${JSON.stringify(f.case.input)}`);
      for (const s of f.case.expected) console.log(`  expected: ${JSON.stringify(s)}`);
      for (const s of f.actual) console.log(`  actual:   ${JSON.stringify(s)}`);
    }
  }
}
const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
for (const r of rows) console.log(r.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join('  '));
