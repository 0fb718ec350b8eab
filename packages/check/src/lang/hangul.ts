/** How a word ends when read aloud in Korean, which decides the form of the particle after it. */
export type Ending = 'vowel' | 'rieul' | 'consonant';

const SYLLABLE_FIRST = 0xac00;
const SYLLABLE_LAST = 0xd7a3;
/** Index of ㄹ among the 28 final-consonant slots of a precomposed syllable. */
const FINAL_RIEUL = 8;

/** True for a precomposed Hangul syllable (가–힣). */
export function isHangulSyllable(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c >= SYLLABLE_FIRST && c <= SYLLABLE_LAST;
}

/** The ending of a Hangul syllable, from its final consonant (Unicode jamo arithmetic). */
export function syllableEnding(ch: string): Ending {
  const final = (ch.charCodeAt(0) - SYLLABLE_FIRST) % 28;
  if (final === 0) return 'vowel';
  return final === FINAL_RIEUL ? 'rieul' : 'consonant';
}

// Sino-Korean readings: 영 일 이 삼 사 오 육 칠 팔 구.
const DIGIT_ENDING: readonly Ending[] = [
  'consonant',
  'rieul',
  'vowel',
  'consonant',
  'vowel',
  'vowel',
  'consonant',
  'rieul',
  'rieul',
  'vowel',
];
// 십 백 천 for 1–3 trailing zeros; 만 억 조 for each further four.
const PLACE_ENDING: readonly Ending[] = ['consonant', 'consonant', 'consonant'];
const BIG_ENDING: readonly Ending[] = ['consonant', 'consonant', 'vowel'];

/** The ending of a number read in Sino-Korean (`2016` → 육, `20` → 이십, `1000` → 천, `0` → 영). */
export function numberEnding(digits: string): Ending | undefined {
  const d = digits.replaceAll(',', '');
  if (!/^\d+$/.test(d)) return undefined;
  if (/^0+$/.test(d)) return 'consonant';
  const zeros = d.length - d.replace(/0+$/, '').length;
  if (zeros === 0) return DIGIT_ENDING[Number(d.at(-1))];
  if (zeros < 4) return PLACE_ENDING[zeros - 1];
  return BIG_ENDING[Math.floor(zeros / 4) - 1];
}

// Letter names: L 엘, M 엠, N 엔, R 알 end in a consonant (ㄹ for L and R); every other ends in a vowel.
const LETTER_ENDING: Readonly<Record<string, Ending>> = {
  L: 'rieul',
  M: 'consonant',
  N: 'consonant',
  R: 'rieul',
};

/**
 * The ending of a Latin acronym read letter by letter (`FTA` → 에이, `USTR` → 알); undefined when
 * it may be read as a word (`NATO`, `KORUS`, `ASEAN`), since then only a dictionary knows.
 */
export function acronymEnding(word: string): Ending | undefined {
  if (!/^[A-Z]+$/.test(word)) return undefined;
  const spelled = word.length <= 3 || !/[AEIOU]/.test(word) || /[^AEIOU]{3}/.test(word);
  if (!spelled) return undefined;
  return LETTER_ENDING[word.at(-1) ?? ''] ?? 'vowel';
}
