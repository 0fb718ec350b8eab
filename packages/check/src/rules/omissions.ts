import { locatedIn, nameRendered, namesIn, nearMiss } from '../lang/names.js';
import { englishTimeExpressions, explainedDays, judgeTime } from '../lang/time-expressions.js';
import { articleClock } from './dates.js';
import type { Hit, UnitRule } from './types.js';

/**
 * Something the English says that the Korean leaves out: a time expression (`next week`, a
 * weekday) or a person or place of the name lexicon. Numbers left out are number-mismatch's and
 * number-word-mismatch's (errors); a time said otherwise is relative-date-mismatch's.
 */
export const omittedContent: UnitRule = {
  id: 'omitted-content',
  title: 'Time expression or name of the source absent from the target',
  defaultSeverity: 'warning',
  scope: 'unit',
  check: (ctx) => {
    if (!ctx.targetLang.toLowerCase().startsWith('ko')) return [];
    const hits: Hit[] = [];
    const expressions = englishTimeExpressions(ctx.source);
    if (expressions.length > 0) {
      const { today, foreign } = articleClock(ctx);
      const explained = explainedDays(ctx.source, ctx.target);
      for (const e of expressions) {
        const r = judgeTime(e, ctx.target, today, foreign, explained);
        if (r.kind === 'absent')
          hits.push({
            message: `"${e.text}" is not in the target (expected ${r.expected})`,
            note: 'A time the English gives must reach the Korean reader too.',
            expected: r.expected,
          });
      }
    }
    for (const entry of namesIn(ctx.source)) {
      // A misspelled name is there, only wrong: name-spelling says so.
      if (
        nameRendered(entry, ctx.target, locatedIn(ctx.source, entry)) ||
        entry.ko.split(' ').some((w) => nearMiss(ctx.target, w))
      )
        continue;
      if (entry.wrong?.some((w) => ctx.target.includes(w))) continue;
      hits.push({
        message: `"${entry.en}" is not in the target (expected ${entry.ko})`,
        note: 'A person or place named in the English must be named in the Korean.',
        expected: entry.ko,
      });
    }
    return hits;
  },
};
