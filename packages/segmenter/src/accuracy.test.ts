import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.js';
import { loadSets, score } from './testsets.js';

const root = fileURLToPath(new URL('../../../tests/segmentation/', import.meta.url));

// Regression gate: the accuracy reached on each set (see README). Lower only on purpose.
const FLOOR: Record<string, number> = {
  'news-en': 0.98,
  'news-ko': 0.98,
  golden_en: 0.88,
  golden_en48: 0.95,
  'golden_ko (kss)': 0.97,
};

describe('sentence test sets', () => {
  for (const set of loadSets(root)) {
    it(`${set.name} stays at or above ${(FLOOR[set.name] ?? 1) * 100}%`, () => {
      const { passed, failures } = score(set.cases, (t) => splitSentences(t, set.lang));
      const ratio = passed / set.cases.length;
      expect(
        ratio,
        failures.map((f) => `${f.case.id}: ${JSON.stringify(f.actual)}`).join('\n'),
      ).toBeGreaterThanOrEqual(FLOOR[set.name] ?? 1);
    });
  }

  it('gives every case the same units in NFD as in NFC', () => {
    for (const set of loadSets(root)) {
      for (const c of set.cases) {
        const fromNfd = splitSentences(c.input.normalize('NFD'), set.lang).map((s) => s.normalize('NFC'));
        expect(fromNfd, `${set.name} ${c.id}`).toEqual(splitSentences(c.input, set.lang));
      }
    }
  });

  it('has at least 150 English and 80 Korean news cases', () => {
    const sets = loadSets(root);
    expect(sets.find((s) => s.name === 'news-en')?.cases.length).toBeGreaterThanOrEqual(150);
    expect(sets.find((s) => s.name === 'news-ko')?.cases.length).toBeGreaterThanOrEqual(80);
  });
});
