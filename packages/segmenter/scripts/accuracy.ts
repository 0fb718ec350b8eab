/**
 * Sentence-splitting accuracy per test set, Dari next to plain `Intl.Segmenter`, and whether Dari
 * gives the same units for the set's inputs in NFD (decomposed Hangul, accents) as in NFC.
 * Run after a build: `node packages/segmenter/scripts/accuracy.ts [--failures] [--set=<name>]`.
 * It imports the built package (`../dist/index.js`) because Node's type stripping does not
 * rewrite the `.js` specifiers inside `src/`. The public suites are read from `../shared`.
 */
import { fileURLToPath } from 'node:url';
import { splitSentences } from '../dist/index.js';
import { intlSplit, loadOwnSets, loadSharedSets, score, sharedDir } from '../dist/testsets.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const showFailures = process.argv.includes('--failures');
const only = process.argv.find((a) => a.startsWith('--set='))?.slice(6);

const shared = loadSharedSets(root);
if (!shared) console.log(`public suites skipped: ${sharedDir(root)} not found`);
const rows: string[][] = [
  ['set', 'lang', 'cases', 'Dari', 'Dari, whitespace collapsed', 'same result in NFD', 'Intl.Segmenter'],
];
for (const set of [...loadOwnSets(root), ...(shared ?? [])]) {
  if (only && set.name !== only) continue;
  const dari = score(set.cases, (t) => splitSentences(t, set.lang));
  const collapsed = score(set.cases, (t) => splitSentences(t, set.lang), { normalizeWs: true });
  const intl = score(set.cases, (t) => intlSplit(t, set.lang));
  // NFD input, its sentences normalized back: must be exactly the units the NFC input gives.
  const nfd = set.cases.filter((c) => {
    const units = splitSentences(c.input, set.lang);
    const fromNfd = splitSentences(c.input.normalize('NFD'), set.lang).map((s) => s.normalize('NFC'));
    return JSON.stringify(fromNfd) === JSON.stringify(units);
  }).length;
  const pct = (r: { passed: number }) =>
    `${r.passed}/${set.cases.length} ${((100 * r.passed) / set.cases.length).toFixed(1)}%`;
  rows.push([
    set.name,
    set.lang,
    String(set.cases.length),
    pct(dari),
    pct(collapsed),
    pct({ passed: nfd }),
    pct(intl),
  ]);
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
