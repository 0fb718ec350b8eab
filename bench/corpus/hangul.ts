import type { Rng } from '../lib/rng.ts';

// Frequent syllables of Korean news text; words are drawn from them so the text has the look,
// byte length and word-length profile of real copy without pretending to mean anything.
const SYLLABLES = [
  ...'정부한국미국무역협상경제회의장관대통령발표관계자지역시장기업수출입금융위원회국회의원산업에너지통상부교섭개정논의결과예정설명중요문제해결방안증가감소전년대비분기기록투자고용환경사회',
];
// Particles that depend on whether the word ends in a consonant (batchim): [after consonant, after vowel].
const PAIRED: ReadonlyArray<readonly [string, string]> = [
  ['은', '는'],
  ['이', '가'],
  ['을', '를'],
  ['과', '와'],
  ['으로', '로'],
];
const PLAIN = ['에', '의', '에서', '도', '까지'];
const ENDINGS = ['했다', '밝혔다', '말했다', '전했다', '예정이다', '것으로 알려졌다', '강조했다', '덧붙였다'];

/** Number of characters a Korean rendering of `englishLength` characters tends to have. */
export function hangulLength(englishLength: number): number {
  return Math.max(2, Math.round(englishLength * 0.55));
}

/** The particle form that agrees with the last syllable, as a Korean reader expects. */
export function particleFor(word: string, pair: readonly [string, string]): string {
  const code = word.charCodeAt(word.length - 1) - 0xac00;
  const batchim = code >= 0 && code < 11172 ? code % 28 : 0;
  // 으로/로: ㄹ-final words take 로 like vowel-final ones.
  if (pair[0] === '으로') return batchim === 0 || batchim === 8 ? pair[1] : pair[0];
  return batchim === 0 ? pair[1] : pair[0];
}

function word(rng: Rng): string {
  let w = '';
  const n = rng.int(1, 3);
  for (let i = 0; i < n; i++) w += rng.pick(SYLLABLES);
  if (!rng.chance(0.55)) return w;
  return w + (rng.chance(0.6) ? particleFor(w, rng.pick(PAIRED)) : rng.pick(PLAIN));
}

/**
 * Synthetic Hangul of about `length` characters, keeping `numbers` (figures must survive
 * translation, and checkers compare them) and closing with a verb ending when `final`.
 */
export function hangulText(rng: Rng, length: number, numbers: readonly string[], final: boolean): string {
  const words: string[] = [];
  let size = 0;
  const ending = final ? rng.pick(ENDINGS) : '';
  const budget = Math.max(1, length - ending.length);
  while (size < budget) {
    const w = word(rng);
    words.push(w);
    size += w.length + 1;
  }
  // Distinct slots keep a word between two figures: "1,096억 270만" would read as one number.
  while (words.length + 1 < numbers.length) words.push(word(rng));
  const slots = new Set<number>();
  while (slots.size < numbers.length) slots.add(rng.int(0, words.length));
  const order = [...slots].sort((a, b) => b - a);
  order.forEach((slot, i) => {
    words.splice(slot, 0, numbers[numbers.length - 1 - i] as string);
  });
  if (final) words.push(ending);
  return words.join(' ');
}

const SCALE: Readonly<Record<string, number>> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

/** A value written the Korean way, in 조 (10¹²), 억 (10⁸) or 만 (10⁴): 27 billion → 270억. */
export function koreanAmount(value: number): string {
  const fmt = (n: number) => Number(n.toFixed(2)).toLocaleString('en');
  if (value >= 1e12) return `${fmt(value / 1e12)}조`;
  if (value >= 1e8) return `${fmt(value / 1e8)}억`;
  if (value >= 1e4) return `${fmt(value / 1e4)}만`;
  return fmt(value);
}

/**
 * The figures of a piece of English text as a Korean translation writes them: plain numbers as
 * they are (`2016`, `12,400`, `3.2`), scaled amounts in Korean units (`$109.6 billion` → `1,096억`).
 */
export function numbersIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(\d[\d,.]*\d|\d)(?:\s+(thousand|million|billion|trillion)\b)?/g)) {
    const [, digits = '', scale] = m;
    out.push(scale ? koreanAmount(Number(digits.replaceAll(',', '')) * (SCALE[scale] ?? 1)) : digits);
  }
  return out;
}
