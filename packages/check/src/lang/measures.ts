/**
 * Currencies and units next to a number, on both sides: `$109.6 billion` is dollars and must be
 * `달러` in Korean, not `원`; `percentage points` are `%포인트`, not `%`.
 */
import type { NumberMatch } from './numbers.js';

export type Measure =
  | 'dollar'
  | 'won'
  | 'euro'
  | 'yen'
  | 'yuan'
  | 'pound'
  | 'percent'
  | 'percentage point'
  | 'point'
  | 'ton'
  | 'km'
  | 'kg'
  | 'mile'
  | 'meter';

/** The Korean a measure is written with, for messages. */
export const KOREAN_MEASURE: Readonly<Record<Measure, string>> = {
  dollar: '달러',
  won: '원',
  euro: '유로',
  yen: '엔',
  yuan: '위안',
  pound: '파운드',
  percent: '% (퍼센트)',
  'percentage point': '%포인트',
  point: '포인트',
  ton: '톤',
  km: 'km (킬로미터)',
  kg: 'kg (킬로그램)',
  mile: '마일',
  meter: 'm (미터)',
};

const EN_BEFORE: ReadonlyArray<readonly [RegExp, Measure]> = [
  [/(?:US)?\$\s?$/, 'dollar'],
  [/€\s?$/, 'euro'],
  [/£\s?$/, 'pound'],
  [/¥\s?$/, 'yen'],
  [/(?:₩|(?<![A-Za-z])W)\s?$/, 'won'],
];
const EN_AFTER: ReadonlyArray<readonly [RegExp, Measure]> = [
  [/^\s?(?:US\s)?dollars?\b/i, 'dollar'],
  [/^\s?won\b/, 'won'],
  [/^\s?euros?\b/i, 'euro'],
  [/^\s?yen\b/i, 'yen'],
  [/^\s?yuan\b/i, 'yuan'],
  [/^\s?pounds?\s(?:sterling)\b/i, 'pound'],
  [/^\s?(?:percentage|percent(?:age)?)\s?points?\b|^\s?%\s?points?\b|^\s?pp\b/i, 'percentage point'],
  [/^\s?(?:%|percent\b|per\scent\b|pct\b)/i, 'percent'],
  [/^\s?points?\b/i, 'point'],
  [/^\s?(?:metric\s)?(?:tons?|tonnes?)\b/i, 'ton'],
  [/^[-\s]?(?:km|kilomet(?:er|re)s?)\b/i, 'km'],
  [/^[-\s]?(?:kg|kilograms?)\b/i, 'kg'],
  [/^[-\s]?miles?\b/i, 'mile'],
  [/^[-\s]?(?:met(?:er|re)s?)\b/i, 'meter'],
];
const KO_AFTER: ReadonlyArray<readonly [RegExp, Measure]> = [
  [/^\s?(?:%\s?포인트|%p|퍼센트\s?포인트)/, 'percentage point'],
  [/^\s?(?:%|퍼센트|프로(?![가-힣]))/, 'percent'],
  [/^\s?포인트/, 'point'],
  [/^\s?달러/, 'dollar'],
  [/^\s?원(?!칙|자력|전|인|래|론|장|년)/, 'won'],
  [/^\s?유로/, 'euro'],
  [/^\s?엔(?![가-힣])|^\s?엔화/, 'yen'],
  [/^\s?위안/, 'yuan'],
  [/^\s?파운드/, 'pound'],
  [/^\s?(?:톤|t\b)/, 'ton'],
  [/^\s?(?:km|㎞|킬로미터)/, 'km'],
  [/^\s?(?:kg|㎏|킬로그램)/, 'kg'],
  [/^\s?마일/, 'mile'],
  [/^\s?(?:m\b|미터)/, 'meter'],
];

/** The measure an English number carries (`$27 billion`, `5 percent`, `3.2 percentage points`). */
export function englishMeasure(text: string, n: NumberMatch): Measure | undefined {
  const before = text.slice(Math.max(0, n.start - 4), n.start);
  for (const [re, m] of EN_BEFORE) if (re.test(before)) return m;
  const after = text.slice(n.end, n.end + 40);
  for (const [re, m] of EN_AFTER) if (re.test(after)) return m;
  return undefined;
}

/**
 * The measure written after a Korean number (`270억 달러`, `5%`); across a range (`100억~200억 달러`)
 * the unit after its last number counts.
 */
export function koreanMeasure(
  text: string,
  n: NumberMatch,
  all: readonly NumberMatch[],
): Measure | undefined {
  let end = n.end;
  for (const next of all) {
    if (next.start < end) continue;
    const gap = text.slice(end, next.start);
    if (!/^\s?(?:여|가량)?\s?(?:~|∼|-|–|에서|내지)\s?$/.test(gap)) break;
    end = next.end;
  }
  const after = text.slice(end, end + 12).replace(/^(?:여|가량|남짓)/, '');
  for (const [re, m] of KO_AFTER) if (re.test(after)) return m;
  return undefined;
}
