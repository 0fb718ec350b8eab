import { englishMeasure, KOREAN_MEASURE, koreanMeasure } from '../lang/measures.js';
import { englishNumberWords, englishValues, koreanNativeValues, koreanValues } from '../lang/number-words.js';
import { findNumbers, sameValue } from '../lang/numbers.js';
import type { UnitRule } from './types.js';

const HAS_DIGIT = /[0-9]/;
const isKorean = (lang: string) => lang.toLowerCase().startsWith('ko');

/**
 * Every number of the source must appear in the target with the same value, as often as the source
 * has it (`in 2016 … in 2016` needs two 2016s): numbers are a multiset, not a set.
 */
export const numberMismatch: UnitRule = {
  id: 'number-mismatch',
  title: 'Number of the source missing from the target',
  defaultSeverity: 'error',
  scope: 'unit',
  check: ({ source, target, targetLang }) => {
    // Every number starts with an ASCII digit: most sentences have none, and need no scan.
    if (!HAS_DIGIT.test(source)) return [];
    // Korean may write a small count as a word (`세 장관`), so those values join the pool.
    const pool = isKorean(targetLang) ? koreanValues(target) : findNumbers(target).map((n) => n.value);
    const wanted = findNumbers(source);
    return wanted
      .filter((n) => {
        const i = pool.findIndex((v) => sameValue(v, n.value));
        if (i < 0) return true;
        pool.splice(i, 1);
        return false;
      })
      .map((n) => {
        const times = wanted.filter((w) => sameValue(w.value, n.value)).length;
        return {
          message:
            times > 1
              ? `the source has "${n.text}" (${n.value}) ${times} times; the target has it fewer times`
              : `the source's number "${n.text}" (${n.value}) is not in the target`,
          note: 'Numbers are compared as values, so 109.6 billion may be written 1천96억 or 1,096억; check the figure.',
          expected: n.text,
        };
      });
  },
};

/** An English number word (`four years`, `a dozen`, `two-thirds`) whose value the Korean lacks. */
export const numberWordMismatch: UnitRule = {
  id: 'number-word-mismatch',
  title: 'Number written as a word in the source, with another value (or none) in the target',
  defaultSeverity: 'error',
  scope: 'unit',
  check: ({ source, target, targetLang }) => {
    if (!isKorean(targetLang)) return [];
    const words = englishNumberWords(source);
    const native = koreanNativeValues(target);
    if (words.length === 0 && native.length === 0) return [];
    const pool = koreanValues(target);
    const missing = words
      .filter((w) => !pool.some((v) => sameValue(v, w.value)) && !w.loose?.test(target))
      .map((w) => ({
        message: Number.isNaN(w.value)
          ? `the source's "${w.text}" is not in the target`
          : `the source's "${w.text}" (${w.value}) is not in the target${pool.length > 0 ? `, which has ${[...new Set(pool)].join(', ')}` : ''}`,
        note: 'A number spelled out in English is still a number: five years earlier is 5년 전, two-thirds 3분의 2.',
        expected: Number.isNaN(w.value) ? w.text : String(w.value),
      }));
    // The other way: a count the Korean writes in words (`세 동맹국`) that the English never gives.
    const known = native.length > 0 ? englishValues(source) : [];
    const invented = native
      .filter((n) => !known.some((v) => sameValue(v, n.value)))
      .map((n) => ({
        message: `the target's "${n.text.trim()}" (${n.value}) is a count the source does not give`,
        note: 'A Korean numeral word must say the number the English says (두 동맹국 for the two allies).',
        actual: n.text.trim(),
      }));
    return [...missing, ...invented];
  },
};

/** A number kept with another currency or unit: `$27 billion` as `270억 원`, `points` as `%`. */
export const unitMismatch: UnitRule = {
  id: 'unit-mismatch',
  title: 'Number with a different currency or unit in the target',
  defaultSeverity: 'error',
  scope: 'unit',
  check: ({ source, target, targetLang }) => {
    if (!HAS_DIGIT.test(source) || !isKorean(targetLang)) return [];
    const targetNumbers = findNumbers(target);
    const hits = [];
    for (const n of findNumbers(source)) {
      const want = englishMeasure(source, n);
      if (!want) continue;
      const same = targetNumbers.filter((t) => sameValue(t.value, n.value));
      const got = same.map((t) => koreanMeasure(target, t, targetNumbers));
      if (same.length === 0 || got.includes(want)) continue;
      const wrong = got.find((g) => g !== undefined);
      if (wrong === undefined) continue;
      hits.push({
        message: `"${n.text}" is ${want} in the source but ${KOREAN_MEASURE[wrong]} in the target`,
        note: `${want} is ${KOREAN_MEASURE[want]} in Korean: a right figure with the wrong unit is a wrong figure.`,
        expected: KOREAN_MEASURE[want],
        actual: KOREAN_MEASURE[wrong],
      });
    }
    return hits;
  },
};
