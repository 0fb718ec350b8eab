/**
 * Relative time in English news copy (`said Thursday`, `next week`, `last month`, `yesterday`) and
 * whether a Korean rendering agrees: Yonhap turns a weekday into the day of the month it falls on
 * (`17일(현지시간)`, `오는 22일`, `지난 14일`), resolved against the article's date.
 */
import {
  addDays,
  addMonths,
  type Day,
  daysInMonth,
  EN_WEEKDAYS,
  KO_WEEKDAYS,
  sameDay,
  weekdayOf,
} from './calendar.js';
import { englishDates } from './dates.js';

export type TimeUnit = 'day' | 'week' | 'month' | 'year';

/** One English time expression: a weekday, or an offset of days, weeks, months or years from now. */
export interface TimeExpression {
  readonly text: string;
  readonly unit: TimeUnit | 'weekday';
  /** Offset in `unit` (0 this, -1 last, +1 next); for a weekday, -1 `last Monday`, +1 `next Monday`. */
  readonly offset: number;
  /** 0 = Sunday, for a weekday. */
  readonly weekday?: number;
  /** `last Monday` / `next Monday` said in words (not read from the tense of the clause). */
  readonly explicit?: boolean;
}

// `said Thursday`, `started Monday`: a past verb right before the weekday; `will be held … on
// Tuesday`: a future in its clause. Neither: the weekday may be either side of the article's date.
const PAST_VERB =
  /\b(?:said|told|announced|reported|added|noted|stated|met|held|made|was|were|had|did|began|left|arrived|spoke|took|gave|came|went|\w+ed)\s+(?:on\s+|late\s+|early\s+)?$/i;
const FUTURE =
  /\b(?:will|shall|to be held|is to|are to|set to|scheduled|slated|planned|plans? to|expected to|going to|due to)\b/i;

/** -1 when the clause puts the weekday in the past, +1 in the future, 0 when it does not say. */
function tenseOf(text: string, at: number): number {
  const before = text.slice(Math.max(0, at - 80), at);
  const clause = before.split(/[,;:"“”]\s/).pop() ?? '';
  // `will be held on Tuesday`: the future of the clause outweighs the participle before the day.
  if (FUTURE.test(clause)) return 1;
  return PAST_VERB.test(before) ? -1 : 0;
}

const WEEKDAY =
  /\b(?:(last|next|this|on|since|until|by)\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)(?!s\b)(?![\p{L}])/gu;
const RELATIVE_DAY = /\b(today|yesterday|tomorrow)\b/gi;
const RELATIVE_SPAN = /\b(next|last|this|coming)\s+(week|month|year)\b/gi;
const OFFSETS: Readonly<Record<string, number>> = { last: -1, next: 1, coming: 1, this: 0 };

// relative-date-mismatch, omitted-content and yonhap-local-time read the same source one after the
// other: the last answers are kept, and handed out as they are (callers only read them).
let expressionsText: string | undefined;
let expressions: readonly TimeExpression[] = [];
let explainedSource: string | undefined;
let explainedTarget: string | undefined;
let explained: ReadonlySet<number> = new Set();

/** Every relative time expression of an English text, in order. */
export function englishTimeExpressions(text: string): readonly TimeExpression[] {
  if (text !== expressionsText) {
    expressions = timeExpressionsOf(text);
    expressionsText = text;
  }
  return expressions;
}

function timeExpressionsOf(text: string): TimeExpression[] {
  const out: { at: number; e: TimeExpression }[] = [];
  // Every weekday name ends in "day" (WEEKDAY is case-sensitive): most sentences have none to look for.
  for (const m of text.includes('day') ? text.matchAll(WEEKDAY) : []) {
    const qualifier = (m[1] ?? '').toLowerCase();
    const at = m.index ?? 0;
    const offset = qualifier === 'last' ? -1 : qualifier === 'next' ? 1 : tenseOf(text, at);
    const label = qualifier === 'last' || qualifier === 'next' || qualifier === 'this' ? m[0] : (m[2] ?? '');
    out.push({
      at,
      e: {
        text: label,
        unit: 'weekday',
        offset,
        weekday: EN_WEEKDAYS.indexOf(m[2] ?? ''),
        ...(qualifier === 'last' || qualifier === 'next' ? { explicit: true } : {}),
      },
    });
  }
  for (const m of text.matchAll(RELATIVE_DAY)) {
    const word = (m[1] ?? '').toLowerCase();
    out.push({
      at: m.index ?? 0,
      e: { text: m[0], unit: 'day', offset: word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0 },
    });
  }
  for (const m of text.matchAll(RELATIVE_SPAN)) {
    const unit = (m[2] ?? '').toLowerCase() as TimeUnit;
    out.push({ at: m.index ?? 0, e: { text: m[0], unit, offset: OFFSETS[(m[1] ?? '').toLowerCase()] ?? 0 } });
  }
  return out.sort((a, b) => a.at - b.at).map((x) => x.e);
}

/** A Korean day of the month named in a target: `17일`, `오는 22일`, `8월 22일`, with its place. */
export interface KoreanDay {
  readonly text: string;
  readonly month?: number;
  readonly day: number;
  readonly prefix?: '오는' | '지난';
  /** Followed by `(현지시간)`. */
  readonly localTime: boolean;
  readonly index: number;
}

// Not a date when a duration or an ordinal follows: `47일간`, `3일 만에`, `5일째`.
const KO_DAY =
  /(?:(오는|지난)\s?)?(?:(\d{1,2})월\s?)?(\d{1,3})일(?!\s?(?:간|동안|만에|만의|째|이내|가량|남짓|여간|연속|치))(\s?\(현지시간\))?/g;

export function koreanDays(text: string): KoreanDay[] {
  const out: KoreanDay[] = [];
  for (const m of text.matchAll(KO_DAY)) {
    if (/[\d.,]/.test(text[(m.index ?? 0) - 1] ?? '')) continue;
    // `주 5일` (five days a week), `연 365일`: a count per period, not a date.
    if (
      m[1] === undefined &&
      m[2] === undefined &&
      /(?:주|연|매|하루|한 해)\s?$/.test(text.slice(0, m.index ?? 0))
    )
      continue;
    const prefix = m[1] as '오는' | '지난' | undefined;
    out.push({
      text: m[0].trim(),
      ...(m[2] !== undefined ? { month: Number(m[2]) } : {}),
      day: Number(m[3]),
      ...(prefix ? { prefix } : {}),
      localTime: m[4] !== undefined,
      index: m.index ?? 0,
    });
  }
  return out;
}

// Korean forms of each relative span, by offset; a form of another offset contradicts the source.
const SPAN_FORMS: Readonly<Record<TimeUnit, Readonly<Record<number, RegExp>>>> = {
  day: { [-1]: /어제|전날|전일/, 0: /오늘|이날|금일|당일|현재/, 1: /내일|다음\s?날|이튿날|익일/ },
  week: { [-1]: /지난\s?주|전주/, 0: /이번\s?주|금주|이주\s/, 1: /다음\s?주|내주|차주|오는\s?주/ },
  month: { [-1]: /지난\s?달|전달|전월/, 0: /이번\s?달|이달|금월/, 1: /다음\s?달|내달|익월/ },
  year: { [-1]: /지난해|작년|전년/, 0: /올해|금년|올\s/, 1: /내년|이듬해|다음\s?해/ },
};

// What to suggest for each relative span, by offset.
const SPAN_WORD: Readonly<Record<TimeUnit, Readonly<Record<number, string>>>> = {
  day: { [-1]: '어제', 0: '이날', 1: '내일' },
  week: { [-1]: '지난주', 0: '이번 주', 1: '다음 주' },
  month: { [-1]: '지난달', 0: '이달', 1: '다음 달' },
  year: { [-1]: '지난해', 0: '올해', 1: '내년' },
};

/** How a target renders one time expression: agrees, contradicts it (and how), or leaves it out. */
export type Rendering =
  | { readonly kind: 'agrees' }
  | { readonly kind: 'absent'; readonly expected: string }
  | { readonly kind: 'contradicts'; readonly expected: string; readonly found: string };

const fmtDay = (d: Day) => `${d.d}일`;

/**
 * Days a weekday can name, seen from `today`: the last one (up to today) and the next one (from
 * today on); `last Monday` only the past one, `next Monday` the next or the one after.
 */
function weekdayCandidates(e: TimeExpression, today: Day): { past: Day[]; future: Day[] } {
  const w = e.weekday ?? 0;
  const back = (weekdayOf(today) - w + 7) % 7;
  const ahead = (w - weekdayOf(today) + 7) % 7;
  // `last Monday` said on a Monday is a week ago; `said Monday` on a Monday is today.
  const past = addDays(today, -(back === 0 && e.explicit ? 7 : back));
  const future = addDays(today, ahead === 0 && e.explicit ? 7 : ahead);
  if (e.offset === -1) return { past: [past], future: [] };
  if (e.offset === 1) return { past: [], future: e.explicit ? [future, addDays(future, 7)] : [future] };
  return { past: [past], future: [future] };
}

/** The days (of the month) a Korean mention may carry for `d`: local, or a day later in Korea. */
function dayMatches(k: KoreanDay, d: Day, foreign: boolean): boolean {
  const dayOk = k.day === d.d || (foreign && !k.localTime && k.day === addDays(d, 1).d);
  return dayOk && (k.month === undefined || k.month === d.m || (foreign && k.month === addDays(d, 1).m));
}

/**
 * Judges one English time expression against a Korean target. `today` is the article's date (at
 * its dateline); without it only the words are compared. `explained` are Korean days that the
 * source's own calendar dates (`Aug. 22`) account for, so they are never taken as a wrong weekday.
 */
export function judgeTime(
  e: TimeExpression,
  target: string,
  today: Day | undefined,
  foreign: boolean,
  otherDays: ReadonlySet<number> = new Set(),
): Rendering {
  if (e.unit === 'weekday') return judgeWeekday(e, target, today, foreign, otherDays);
  const forms = SPAN_FORMS[e.unit];
  if (forms[e.offset]?.test(target)) return { kind: 'agrees' };
  const expectedWord = SPAN_WORD[e.unit][e.offset] ?? '';
  for (const [offset, re] of Object.entries(forms)) {
    const m = re.exec(target);
    if (m && Number(offset) !== e.offset)
      return { kind: 'contradicts', expected: expectedWord, found: m[0].trim() };
  }
  // Numeric renderings: `지난 14일` for last week, `7월` for last month, `2016년` for last year.
  if (today) {
    const days = koreanDays(target);
    if (e.unit === 'day') {
      const want = addDays(today, e.offset);
      if (days.some((k) => dayMatches(k, want, foreign))) return { kind: 'agrees' };
      const wrong = days.find(
        (k) => !otherDays.has(k.index) && (k.month === undefined || k.month === want.m),
      );
      if (wrong)
        return { kind: 'contradicts', expected: `${expectedWord} (${fmtDay(want)})`, found: wrong.text };
    }
    if (e.unit === 'week') {
      const lo = e.offset * 7 - 6;
      const hi = e.offset * 7 + 13;
      const inRange = (k: KoreanDay) =>
        Array.from({ length: hi - lo + 1 }, (_, i) => addDays(today, lo + i)).some((d) =>
          dayMatches(k, d, foreign),
        );
      if (days.some(inRange)) return { kind: 'agrees' };
    }
    if (e.unit === 'month') {
      const want = addMonths(today, e.offset);
      const months = [...target.matchAll(/(?<![\d.])(\d{1,2})월/g)].map((m) => Number(m[1]));
      if (months.includes(want.m)) return { kind: 'agrees' };
    }
    if (e.unit === 'year') {
      const years = [...target.matchAll(/(?<![\d.])(\d{4})년/g)].map((m) => Number(m[1]));
      if (years.includes(today.y + e.offset)) return { kind: 'agrees' };
    }
  }
  return { kind: 'absent', expected: expectedWord };
}

function judgeWeekday(
  e: TimeExpression,
  target: string,
  today: Day | undefined,
  foreign: boolean,
  otherDays: ReadonlySet<number>,
): Rendering {
  const w = e.weekday ?? 0;
  const koName = KO_WEEKDAYS[w] ?? '';
  const all = koreanDays(target);
  // Days the source's own calendar dates account for agree but never contradict.
  const days = all.filter((k) => !otherDays.has(k.index));
  const named = [...target.matchAll(/[일월화수목금토]요일/g)].map((m) => m[0]);
  if (!today) {
    if (named.includes(koName) || all.length > 0 || /이날|당일/.test(target)) return { kind: 'agrees' };
    const other = named.find((n) => n !== koName);
    if (other) return { kind: 'contradicts', expected: koName, found: other };
    return { kind: 'absent', expected: `${koName} or its date` };
  }
  const { past, future } = weekdayCandidates(e, today);
  const fits = (k: KoreanDay) =>
    (k.prefix !== '오는' && past.some((d) => dayMatches(k, d, foreign))) ||
    (k.prefix !== '지난' && future.some((d) => dayMatches(k, d, foreign)));
  if (all.some(fits)) return { kind: 'agrees' };
  const isToday = [...past, ...future].some((d) => sameDay(d, today));
  if (isToday && /이날|당일|오늘/.test(target)) return { kind: 'agrees' };
  if (named.includes(koName) && days.length === 0) return { kind: 'agrees' };
  const choices = [...past.map((d) => `지난 ${fmtDay(d)}`), ...future.map((d) => `오는 ${fmtDay(d)}`)];
  const expected = isToday ? `${fmtDay(today)} (${e.text} is the article's date)` : choices.join(' or ');
  const wrong = days[0];
  if (wrong) return { kind: 'contradicts', expected, found: wrong.text };
  const other = named.find((n) => n !== koName);
  if (other) return { kind: 'contradicts', expected, found: other };
  return { kind: 'absent', expected };
}

/** Indexes of Korean days the source's own calendar dates (`Aug. 22`, `22 August`) account for. */
export function explainedDays(source: string, target: string): ReadonlySet<number> {
  if (source !== explainedSource || target !== explainedTarget) {
    explained = explainedDaysOf(source, target);
    explainedSource = source;
    explainedTarget = target;
  }
  return explained;
}

function explainedDaysOf(source: string, target: string): Set<number> {
  const dates = englishDates(source);
  const out = new Set<number>();
  for (const k of koreanDays(target))
    if (dates.some((d) => d.day === k.day && (k.month === undefined || d.month === k.month)))
      out.add(k.index);
  return out;
}

/** Korean dates that cannot exist: `47일`, `13월`, `2월 30일` (a 29 February only in a leap year). */
export function impossibleKoreanDates(target: string, year: number | undefined): string[] {
  const out: string[] = [];
  for (const k of koreanDays(target)) {
    // A bare `365일` may be a count (`365일 내내`); a day is a date when it has a month, 오는/지난,
    // (현지시간) or a time of day after it.
    const dated =
      k.month !== undefined ||
      k.prefix !== undefined ||
      k.localTime ||
      /^\s?(?:오전|오후|새벽|저녁|밤|낮|자정|정오|부터|까지|께|자\s)/.test(
        target.slice(k.index + k.text.length),
      );
    if (!dated && k.day > 0) continue;
    const y = year ?? 2000;
    const max = k.month !== undefined && k.month >= 1 && k.month <= 12 ? daysInMonth(y, k.month) : 31;
    if (k.day < 1 || k.day > max || (k.month !== undefined && (k.month < 1 || k.month > 12)))
      out.push(k.text);
  }
  for (const m of target.matchAll(/(?<![\d.,])(\d{1,3})월(?!\s?\d{1,3}일)/g)) {
    const month = Number(m[1]);
    if (month < 1 || month > 12) out.push(m[0]);
  }
  return out;
}
