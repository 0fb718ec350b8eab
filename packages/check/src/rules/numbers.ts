import { findNumbers, sameValue } from '../lang/numbers.js';
import type { UnitRule } from './types.js';

// Small counts are often written out in words ("다섯", "두"), which carry no digits to compare.
const KOREAN_WORDS: Readonly<Record<number, RegExp>> = {
  1: /한|하나|첫/,
  2: /두|둘/,
  3: /세|셋/,
  4: /네|넷/,
  5: /다섯/,
  6: /여섯/,
  7: /일곱/,
  8: /여덟/,
  9: /아홉/,
  10: /열/,
};

const HAS_DIGIT = /[0-9]/;

/** Every number of the source must appear in the target with the same value, in whatever form. */
export const numberMismatch: UnitRule = {
  id: 'number-mismatch',
  title: 'Number of the source missing from the target',
  defaultSeverity: 'error',
  scope: 'unit',
  check: ({ source, target, targetLang }) => {
    // Every number starts with an ASCII digit: most sentences have none, and need no scan.
    if (!HAS_DIGIT.test(source)) return [];
    const found = findNumbers(target);
    const korean = targetLang.toLowerCase().startsWith('ko');
    return findNumbers(source)
      .filter((n) => !found.some((t) => sameValue(t.value, n.value)))
      .filter((n) => !(korean && KOREAN_WORDS[n.value]?.test(target)))
      .map((n) => ({
        message: `the source's number "${n.text}" (${n.value}) is not in the target`,
        note: 'Numbers are compared as values, so 109.6 billion may be written 1천96억 or 1,096억; check the figure.',
        expected: n.text,
      }));
  },
};
