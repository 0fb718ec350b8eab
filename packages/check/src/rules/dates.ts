import { type Day, isForeignDateline, parseDay } from '../lang/calendar.js';
import { type DateMention, datesAgree, englishDates, koreanDates } from '../lang/dates.js';
import {
  englishTimeExpressions,
  explainedDays,
  impossibleKoreanDates,
  judgeTime,
} from '../lang/time-expressions.js';
import type { UnitContext, UnitRule } from './types.js';

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

/** What the time rules need to know of the article: its date (a day) and whether it is filed abroad. */
export function articleClock(ctx: UnitContext): ArticleClock {
  const date = ctx.article?.date;
  const dateline = ctx.article?.dateline;
  // Every unit of a file has the same article: its clock is worked out once.
  if (date !== clockDate || dateline !== clockDateline || clock === undefined) {
    clock = { today: parseDay(date), foreign: isForeignDateline(dateline) };
    clockDate = date;
    clockDateline = dateline;
  }
  return clock;
}

interface ArticleClock {
  readonly today: Day | undefined;
  readonly foreign: boolean;
}
let clock: ArticleClock | undefined;
let clockDate: string | undefined;
let clockDateline: string | undefined;

/**
 * A weekday or relative time (`said Thursday`, `on Tuesday`, `next week`, `last month`) that the
 * target renders as another day or the opposite direction. Weekdays resolve against the article's
 * date: Thursday in a story dated Thursday 17 August is `17일`, the Tuesday after is `오는 22일`.
 */
export const relativeDateMismatch: UnitRule = {
  id: 'relative-date-mismatch',
  title: 'Weekday or relative date resolved to another day in the target',
  defaultSeverity: 'error',
  scope: 'unit',
  check: (ctx) => {
    if (!ctx.targetLang.toLowerCase().startsWith('ko')) return [];
    const expressions = englishTimeExpressions(ctx.source);
    if (expressions.length === 0) return [];
    const { today, foreign } = articleClock(ctx);
    const explained = explainedDays(ctx.source, ctx.target);
    return expressions.flatMap((e) => {
      const r = judgeTime(e, ctx.target, today, foreign, explained);
      if (r.kind !== 'contradicts') return [];
      return [
        {
          message: `"${e.text}" is ${r.expected} here, but the target says "${r.found}"`,
          note: today
            ? `Resolved against the article's date ${ctx.article?.date}${foreign ? ' at its foreign dateline (현지시간)' : ''}.`
            : 'The article date is unknown, so only the words are compared.',
          expected: r.expected,
          actual: r.found,
        },
      ];
    });
  },
};

/** A Korean date that cannot exist: `47일`, `13월`, `2월 30일`, `2월 29일` outside a leap year. */
export const impossibleDate: UnitRule = {
  id: 'impossible-date',
  title: 'Date that does not exist in the target',
  defaultSeverity: 'error',
  scope: 'unit',
  check: (ctx) => {
    if (!ctx.targetLang.toLowerCase().startsWith('ko') || !HAS_DIGIT.test(ctx.target)) return [];
    return impossibleKoreanDates(ctx.target, parseDay(ctx.article?.date)?.y).map((text) => ({
      message: `"${text}" is not a date`,
      note: 'A month runs from 1 to 12 and a day to 28–31; a duration takes 간 or 동안 (47일간).',
      actual: text,
    }));
  },
};
