/** Calendar dates in English (`Aug. 22`, `22 August`) and Korean (`8월 22일`), as month and day. */

/** A date mention; `month` or `day` is absent when the text names only the other. */
export interface DateMention {
  readonly month?: number;
  readonly day?: number;
  readonly text: string;
}

const MONTHS: ReadonlyArray<readonly [RegExp, number]> = [
  [/^jan(?:uary)?$/i, 1],
  [/^feb(?:ruary)?$/i, 2],
  [/^mar(?:ch)?$/i, 3],
  [/^apr(?:il)?$/i, 4],
  [/^may$/i, 5],
  [/^june?$/i, 6],
  [/^july?$/i, 7],
  [/^aug(?:ust)?$/i, 8],
  [/^sep(?:t|tember)?$/i, 9],
  [/^oct(?:ober)?$/i, 10],
  [/^nov(?:ember)?$/i, 11],
  [/^dec(?:ember)?$/i, 12],
];

// Capitalized month names only: "may" and "march" are also ordinary English words.
const MONTH_WORD =
  'Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?';
const EN_MONTH_DAY = new RegExp(`\\b(${MONTH_WORD})\\s(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s?\\d{3})`, 'g');
const EN_DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s(${MONTH_WORD})(?![\\p{L}])`, 'gu');
// "in March 2012", "March, 2012": a month with a year and no day.
const EN_MONTH_YEAR = new RegExp(`\\b(${MONTH_WORD})(?:,)?\\s(\\d{4})\\b`, 'g');
const KO_DATE = /(?:(\d{1,2})월\s?)?(\d{1,2})일|(\d{1,2})월/g;

function monthNumber(word: string): number | undefined {
  const w = word.replace(/\.$/, '');
  return MONTHS.find(([re]) => re.test(w))?.[1];
}

function valid(month: number | undefined, day: number | undefined): boolean {
  return (
    (month === undefined || (month >= 1 && month <= 12)) && (day === undefined || (day >= 1 && day <= 31))
  );
}

/** Dates named in an English text. */
export function englishDates(text: string): DateMention[] {
  const out: DateMention[] = [];
  for (const m of text.matchAll(EN_MONTH_DAY)) {
    const month = monthNumber(m[1] ?? '');
    const day = Number(m[2]);
    if (month !== undefined && valid(month, day)) out.push({ month, day, text: m[0] });
  }
  for (const m of text.matchAll(EN_DAY_MONTH)) {
    const month = monthNumber(m[2] ?? '');
    const day = Number(m[1]);
    if (month !== undefined && valid(month, day)) out.push({ month, day, text: m[0] });
  }
  for (const m of text.matchAll(EN_MONTH_YEAR)) {
    const month = monthNumber(m[1] ?? '');
    if (month !== undefined) out.push({ month, text: m[0] });
  }
  return out;
}

/** Dates named in a Korean text: `8월 22일`, `22일`, `3월`. */
export function koreanDates(text: string): DateMention[] {
  const out: DateMention[] = [];
  for (const m of text.matchAll(KO_DATE)) {
    const month = m[1] ?? m[3];
    const date = {
      ...(month !== undefined ? { month: Number(month) } : {}),
      ...(m[2] !== undefined ? { day: Number(m[2]) } : {}),
      text: m[0],
    };
    if (valid(date.month, date.day)) out.push(date);
  }
  return out;
}

/** True when a target date can be the same as the source date (what is named on both sides agrees). */
export function datesAgree(source: DateMention, target: DateMention): boolean {
  if (source.day !== undefined && target.day !== undefined && source.day !== target.day) return false;
  if (source.month !== undefined && target.month !== undefined && source.month !== target.month) return false;
  // A day-only source matched against a month-only target (or the reverse) says nothing either way.
  return (source.day !== undefined && target.day !== undefined) || source.month !== undefined;
}
