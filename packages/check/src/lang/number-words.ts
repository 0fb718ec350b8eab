/**
 * Numbers written as words: English (`four`, `twenty-five`, `a dozen`, `two-thirds`, `half of`,
 * `twice`) and Korean native numerals and fractions (`네`, `두 동맹국`, `사흘`, `양국`, `3분의 2`, `절반`),
 * so `the past four years` can be held against `지난 4년간` and `five years earlier` against `5년 전`.
 */
import { findNumbers } from './numbers.js';

/** An English number word: the values it may stand for, and Korean forms beyond plain values. */
export interface NumberWord {
  readonly text: string;
  readonly value: number;
  /** Korean renderings that are not one exact value (`a dozen` may be `10여`). */
  readonly loose?: RegExp;
}

const UNITS: Readonly<Record<string, number>> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const ONES: Readonly<Record<string, number>> = { one: 1, ...UNITS };
const SCALES: Readonly<Record<string, number>> = {
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};
const FRACTIONS: Readonly<Record<string, number>> = {
  half: 2,
  halves: 2,
  third: 3,
  thirds: 3,
  quarter: 4,
  quarters: 4,
  fifth: 5,
  fifths: 5,
};

const TENS_WORD = Object.keys(TENS).join('|');
const ONES_WORD = Object.keys(ONES).join('|');
// `one` alone is left out: "one of the", "the one who" are rarely counts.
const CARDINAL = new RegExp(
  `\\b(?:(${TENS_WORD})(?:-(${ONES_WORD}))?|(${Object.keys(UNITS).join('|')}))(?:\\s(hundred|thousand|million|billion|trillion)\\b)?(?![\\p{L}])`,
  'giu',
);
const FRACTION = /\b(one|a|two|three|four)[-\s](third|thirds|quarter|quarters|fifth|fifths)\b/gi;
const DOZEN = /\b(a|two|three|four|five|six)\s(dozen)\b(?!s)/gi;
const HALF = /\b(?:half\s(?:of|the|its|their|his|her|a|an)\b|by\shalf\b|halved\b|a\shalf\b)/gi;
const TWICE = /\btwice\b/gi;
// `a year before`, `a month ago`: one unit of time, 1년 전 / 한 달 전 in Korean.
const ONE_SPAN = /\b(?:a|one)\s(year|month|week|day|decade)\s(?:before|earlier|ago|later|after|from)\b/gi;
const ONE_SPAN_KO: Readonly<Record<string, RegExp>> = {
  year: /(?<![\d.])1\s?년|한\s?해/,
  month: /(?<![\d.])1\s?(?:개월|달)|한\s?달/,
  week: /(?<![\d.])1\s?주|한\s?주/,
  day: /(?<![\d.])1\s?일|하루|전날|다음\s?날|이튿날/,
  decade: /(?<![\d.])10\s?년|십\s?년/,
};
// `the two Koreas` is 남북, `one or two` is an idiom of vagueness, `two-way` a kind.
const NOT_A_COUNT = /^(?:\s(?:Koreas)\b|\sor\s|-way\b)/;

// Words every match of the patterns above contains, so a sentence with none skips them. Case
// folding as wide as the patterns' own (`u`: `ſix` is `six` to CARDINAL).
const PARTS_HINT = /third|quarter|fifth|dozen|hal(?:f|ve)|twice/iu;
// With CARDINAL's own flags, so its `\b` too: `often` holds `ten`, but not where a word starts.
const CARDINAL_HINT = new RegExp(`\\b(?:${[...Object.keys(TENS), ...Object.keys(UNITS)].join('|')})`, 'iu');

/** Number words of an English text, in order. */
export function englishNumberWords(text: string): NumberWord[] {
  const out: { at: number; w: NumberWord }[] = [];
  const fractionSpans: Array<[number, number]> = [];
  const parts = PARTS_HINT.test(text);
  for (const m of parts ? text.matchAll(FRACTION) : []) {
    const num = (m[1] ?? '').toLowerCase();
    const n = num === 'a' ? 1 : (ONES[num] ?? 1);
    const d = FRACTIONS[(m[2] ?? '').toLowerCase()] ?? 1;
    fractionSpans.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
    out.push({ at: m.index ?? 0, w: { text: m[0], value: n / d } });
  }
  for (const m of parts ? text.matchAll(DOZEN) : []) {
    const n = (m[1] ?? '').toLowerCase() === 'a' ? 1 : (ONES[(m[1] ?? '').toLowerCase()] ?? 1);
    fractionSpans.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
    out.push({
      at: m.index ?? 0,
      w: { text: m[0], value: 12 * n, ...(n === 1 ? { loose: /(?:10|십)\s?(?:여|수)|열두|열둘/ } : {}) },
    });
  }
  for (const m of parts ? text.matchAll(HALF) : [])
    out.push({ at: m.index ?? 0, w: { text: m[0], value: 0.5 } });
  for (const m of parts ? text.matchAll(TWICE) : [])
    out.push({ at: m.index ?? 0, w: { text: m[0], value: 2 } });
  for (const m of text.matchAll(ONE_SPAN)) {
    const span = (m[1] ?? '').toLowerCase();
    // Held against its own Korean forms only (a stray 1 elsewhere does not satisfy it).
    out.push({ at: m.index ?? 0, w: { text: m[0], value: Number.NaN, loose: ONE_SPAN_KO[span] ?? /1/ } });
  }
  for (const m of CARDINAL_HINT.test(text) ? text.matchAll(CARDINAL) : []) {
    const at = m.index ?? 0;
    if (fractionSpans.some(([s, e]) => at >= s && at < e)) continue;
    if (NOT_A_COUNT.test(text.slice(at + m[0].length))) continue;
    const base = m[3]
      ? (UNITS[m[3].toLowerCase()] ?? 0)
      : (TENS[(m[1] ?? '').toLowerCase()] ?? 0) + (ONES[(m[2] ?? '').toLowerCase()] ?? 0);
    const scale = SCALES[(m[4] ?? '').toLowerCase()] ?? 1;
    out.push({ at, w: { text: m[0], value: base * scale } });
  }
  return out.sort((a, b) => a.at - b.at).map((x) => x.w);
}

// Korean native numerals before a counted noun (`두 나라`, `세 차례`) or standing alone (`둘`, `셋`).
const NATIVE: ReadonlyArray<readonly [string, number]> = [
  ['열한', 11],
  ['열두', 12],
  ['열셋', 13],
  ['열세', 13],
  ['열네', 14],
  ['열다섯', 15],
  ['스무', 20],
  ['스물', 20],
  ['서른', 30],
  ['마흔', 40],
  ['쉰', 50],
  ['두', 2],
  ['둘', 2],
  ['세', 3],
  ['셋', 3],
  ['석', 3],
  ['네', 4],
  ['넷', 4],
  ['다섯', 5],
  ['여섯', 6],
  ['일곱', 7],
  ['여덟', 8],
  ['아홉', 9],
  ['열', 10],
];
// Counts of days in one word.
const DAY_WORDS: ReadonlyArray<readonly [string, number]> = [
  ['이틀', 2],
  ['사흘', 3],
  ['나흘', 4],
  ['닷새', 5],
  ['엿새', 6],
  ['이레', 7],
  ['여드레', 8],
  ['아흐레', 9],
  ['열흘', 10],
  ['보름', 15],
];
const NATIVE_RE = new RegExp(
  `(?<![가-힣\\d])(${NATIVE.map(([w]) => w).join('|')})(?=\\s[가-힣]|[^가-힣\\s]|$)`,
  'g',
);
const DAY_RE = new RegExp(`(?<![가-힣])(${DAY_WORDS.map(([w]) => w).join('|')})`, 'g');
// 兩 in `양국`, `양측`, `양사`, `양자`, `양 정상`: two of something.
const BOTH = /(?<![가-힣])(?:양(?=국|측|사\s|자\s|자간|당|\s[가-힣])|쌍방)/g;
const FRACTION_KO = /(\d+)\s?분의\s?(\d+)/g;
const HALF_KO = /(?<![가-힣])(?:절반|반(?=\s|으로|이|을|에|세기|년|값|나절|가량|쯤|[^가-힣]|$))/g;
// `50%` may say `half`, `25%` `a quarter`.
const PERCENT_KO = /(\d+(?:\.\d+)?)\s?(?:%|퍼센트)(?!\s?포인트|p)/g;

const NATIVE_VALUE = new Map(NATIVE);
const DAY_VALUE = new Map(DAY_WORDS);

// number-mismatch and number-word-mismatch read the same target one after the other: the last
// target's values are kept (a copy is handed out where the caller may change it).
let nativeText: string | undefined;
let nativeValues: ReadonlyArray<{ readonly text: string; readonly value: number }> = [];
let valuesText: string | undefined;
let values: readonly number[] = [];

/** Values of Korean native numerals (`세 동맹국`, `사흘`): counts a translator wrote as words. */
export function koreanNativeValues(
  text: string,
): ReadonlyArray<{ readonly text: string; readonly value: number }> {
  if (text !== nativeText) {
    nativeValues = [
      ...Array.from(text.matchAll(NATIVE_RE), (m) => ({
        text: m[0],
        value: NATIVE_VALUE.get(m[1] ?? '') ?? 0,
      })),
      ...Array.from(text.matchAll(DAY_RE), (m) => ({ text: m[0], value: DAY_VALUE.get(m[1] ?? '') ?? 0 })),
    ];
    nativeText = text;
  }
  return nativeValues;
}

// English words that account for a Korean count without being numbers themselves.
const IMPLIED: ReadonlyArray<readonly [RegExp, number]> = [
  [/\b(?:both|double[ds]?|doubling|pair|couple|second|twin|bilateral)\b/i, 2],
  [/\b(?:third|triple[ds]?|tripling|trilateral)\b/i, 3],
  [/\b(?:fourth|quadruple[ds]?)\b/i, 4],
  [/\bfifth\b/i, 5],
  [/\bsixth\b/i, 6],
  [/\bseventh\b/i, 7],
  [/\beighth\b/i, 8],
  [/\bninth\b/i, 9],
  [/\btenth\b/i, 10],
  [/\b(?:fortnight)\b/i, 15],
  [/\bweek\b/i, 7],
];

/** Values an English text accounts for: digits, number words, ordinals and `both`/`double`. */
export function englishValues(text: string): number[] {
  return [
    ...findNumbers(text).map((n) => n.value),
    ...englishNumberWords(text).map((w) => w.value),
    ...IMPLIED.filter(([re]) => re.test(text)).map(([, v]) => v),
  ];
}

/** Every number value a Korean text states, in digits, native words or fractions. */
export function koreanValues(text: string): number[] {
  if (text === valuesText) return values.slice();
  const out = findNumbers(text).map((n) => n.value);
  for (const m of text.matchAll(NATIVE_RE)) out.push(NATIVE_VALUE.get(m[1] ?? '') ?? 0);
  for (const m of text.matchAll(DAY_RE)) out.push(DAY_VALUE.get(m[1] ?? '') ?? 0);
  for (const _ of text.matchAll(BOTH)) out.push(2);
  for (const m of text.matchAll(FRACTION_KO)) out.push(Number(m[2]) / Number(m[1]));
  for (const _ of text.matchAll(HALF_KO)) out.push(0.5);
  for (const m of text.matchAll(PERCENT_KO)) out.push(Number(m[1]) / 100);
  values = out.slice();
  valuesText = text;
  return out;
}
