import { type DateMention, datesAgree, englishDates, koreanDates } from '../lang/dates.js';
import type { UnitRule } from './types.js';

const HAS_DIGIT = /[0-9]/;

function datesIn(text: string, lang: string): DateMention[] | undefined {
  const l = lang.toLowerCase();
  if (l.startsWith('ko')) return koreanDates(text);
  if (l.startsWith('en')) return englishDates(text);
  return undefined;
}

/** A date whose month or day differs between source and target; quiet unless both name a date. */
export const dateMismatch: UnitRule = {
  id: 'date-mismatch',
  title: 'Date with a different month or day in the target',
  defaultSeverity: 'error',
  scope: 'unit',
  check: ({ source, target, sourceLang, targetLang }) => {
    // Every date form has a digit on both sides (`Aug. 22`, `8월`): without one there is no pair.
    if (!HAS_DIGIT.test(source) || !HAS_DIGIT.test(target)) return [];
    const from = datesIn(source, sourceLang);
    const to = datesIn(target, targetLang);
    if (!from || !to || from.length === 0 || to.length === 0) return [];
    return from
      .filter((d) => !to.some((t) => datesAgree(d, t)))
      .map((d) => ({
        message: `the source's date "${d.text}" does not match the target's ${to.map((t) => `"${t.text}"`).join(', ')}`,
        note: 'Check the month and the day (Aug. 22 is 8월 22일).',
        expected: d.text,
        actual: to.map((t) => t.text).join(', '),
      }));
  },
};
