/**
 * Calendar arithmetic for news copy: the article's date, weekdays and relative days, and which
 * datelines are foreign (their times are local, `(현지시간)`, not Korean time).
 */

/** A calendar day. */
export interface Day {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

/** `YYYY-MM-DD` (a frontmatter date) as a day, or undefined. */
export function parseDay(iso: string | undefined): Day | undefined {
  // Rules ask for the article's date on every unit of a file: the last answer is kept.
  if (iso === lastIso) return lastDay;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  const day = m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : undefined;
  lastDay =
    day && day.m >= 1 && day.m <= 12 && day.d >= 1 && day.d <= daysInMonth(day.y, day.m) ? day : undefined;
  lastIso = iso;
  return lastDay;
}

let lastIso: string | undefined;
let lastDay: Day | undefined;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(y: number, m: number): number {
  // Arithmetic where it is plain Gregorian; else Date, which also reads years 0–99 as 1900–1999.
  if (Number.isInteger(y) && y >= 100 && y <= 9999 && Number.isInteger(m) && m >= 1 && m <= 12) {
    if (m !== 2) return MONTH_DAYS[m - 1] ?? 31;
    return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  }
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function addDays(day: Day, n: number): Day {
  const t = new Date(Date.UTC(day.y, day.m - 1, day.d + n));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function addMonths(day: Day, n: number): Pick<Day, 'y' | 'm'> {
  const t = new Date(Date.UTC(day.y, day.m - 1 + n, 1));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1 };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: Day): number {
  return new Date(Date.UTC(day.y, day.m - 1, day.d)).getUTCDay();
}

export const sameDay = (a: Day, b: Day) => a.y === b.y && a.m === b.m && a.d === b.d;

/** English weekday names, Sunday first. */
export const EN_WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** Korean weekday names, Sunday first. */
export const KO_WEEKDAYS = ['일요일', '월요일', '화요일', '수요일', '목요일', '금요일', '토요일'];

// Places a Yonhap story is filed from inside Korea: their dates are Korean dates already.
const KOREAN_DATELINES = new Set(
  [
    'seoul',
    'busan',
    'incheon',
    'daegu',
    'daejeon',
    'gwangju',
    'ulsan',
    'sejong',
    'suwon',
    'jeju',
    'changwon',
    'pohang',
    'gangneung',
    'pyeongchang',
    'chuncheon',
    'cheongju',
    'jeonju',
    'andong',
    'gimhae',
    'yeosu',
    'mokpo',
    'panmunjom',
    'paju',
    'goyang',
    'seongnam',
    'yongin',
    'hwaseong',
    'pyeongtaek',
    'osan',
    'dokdo',
  ].map((c) => c),
);

/** True when the dateline names a place outside Korea (`WASHINGTON`, `BEIJING`); false when unknown. */
export function isForeignDateline(dateline: string | undefined): boolean {
  if (!dateline) return false;
  const place = dateline.split(',')[0]?.trim().toLowerCase() ?? '';
  return place !== '' && !KOREAN_DATELINES.has(place);
}
