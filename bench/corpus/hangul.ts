import type { Rng } from '../lib/rng.ts';

// Frequent syllables of Korean news text; words are drawn from them so the text has the look,
// byte length and word-length profile of real copy without pretending to mean anything.
const SYLLABLES = [
  ...'정부한국미국무역협상경제회의장관대통령발표관계자지역시장기업수출입금융위원회국회의원산업에너지통상부교섭개정논의결과예정설명중요문제해결방안증가감소전년대비분기기록투자고용환경사회',
];
const PARTICLES = ['은', '는', '이', '가', '을', '를', '에', '의', '에서', '으로', '와', '과', '도', '까지'];
const ENDINGS = ['했다', '밝혔다', '말했다', '전했다', '예정이다', '것으로 알려졌다', '강조했다', '덧붙였다'];

/** Number of characters a Korean rendering of `englishLength` characters tends to have. */
export function hangulLength(englishLength: number): number {
  return Math.max(2, Math.round(englishLength * 0.55));
}

function word(rng: Rng): string {
  let w = '';
  const n = rng.int(1, 3);
  for (let i = 0; i < n; i++) w += rng.pick(SYLLABLES);
  return rng.chance(0.55) ? w + rng.pick(PARTICLES) : w;
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
  for (const n of numbers) words.splice(rng.int(0, words.length), 0, n);
  if (final) words.push(ending);
  return words.join(' ');
}

/** The figures in a piece of English text (e.g. `109.6`, `2016`, `12,400`). */
export function numbersIn(text: string): string[] {
  return text.match(/\d[\d,.]*\d|\d/g) ?? [];
}
