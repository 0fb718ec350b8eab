import { acronymEnding, type Ending, isHangulSyllable, numberEnding, syllableEnding } from './hangul.js';

/** A particle that does not agree with the word before it. */
export interface ParticleMismatch {
  /** Offset of the particle in the text. */
  readonly offset: number;
  readonly word: string;
  readonly particle: string;
  readonly expected: string;
}

/** Each particle pair: the form after a consonant, the form after a vowel. */
const PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['은', '는'],
  ['이', '가'],
  ['을', '를'],
  ['과', '와'],
  ['으로', '로'],
];

/** The form a pair takes after a word ending this way; ㄹ takes 로, not 으로. */
function expectedForm(pair: readonly [string, string], ending: Ending): string {
  if (pair[0] === '으로') return ending === 'consonant' ? '으로' : '로';
  return ending === 'vowel' ? pair[1] : pair[0];
}

// A particle standing alone: followed by no further Hangul (so `하는`, `국가`, `FTA이다` are left alone).
const PARTICLE = /(으로|은|는|이|가|을|를|과|와|로)(?![\uac00-\ud7a3])/g;
const CLOSERS = '"\'”’」』》〉';

/**
 * Where the word the particle attaches to ends, and how it reads. Skips a closing quote; for a
 * gloss in parentheses right after a word (`무역대표부(USTR)는`) Korean usage attaches the particle
 * to the outer word.
 */
function wordBefore(text: string, at: number): { word: string; ending: Ending; quoted: boolean } | undefined {
  let end = at;
  let quoted = false;
  while (end > 0 && CLOSERS.includes(text[end - 1] ?? '')) {
    end--;
    quoted = true;
  }
  if (text[end - 1] === ')') {
    const open = text.lastIndexOf('(', end - 1);
    if (open <= 0) return undefined;
    const glossed = /[\p{L}\p{N}]/u.test(text[open - 1] ?? '');
    end = glossed ? open : end - 1;
    quoted = true;
  }
  // Only a word ending in an ASCII letter or digit can be Latin or a number: most particles follow
  // Hangul, and skip the regular expression (it tries every start in the slice).
  const latin = isAsciiAlnum(text.charCodeAt(end - 1))
    ? /([A-Za-z]+|[\d,]*\d)$/.exec(text.slice(Math.max(0, end - 40), end))
    : null;
  if (latin) {
    const word = latin[1] ?? '';
    const ending = /^\d/.test(word) ? numberEnding(word) : acronymEnding(word);
    return ending ? { word, ending, quoted } : undefined;
  }
  const last = text[end - 1] ?? '';
  if (!isHangulSyllable(last)) return undefined;
  return { word: last, ending: syllableEnding(last), quoted };
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * Particles that disagree with the word before them, reported only when sure: after digits, Latin
 * acronyms read letter by letter and quoted words; after bare Hangul only the forms no word stem
 * can produce (`협정를`, `나라으로`), since `먹는`, `국가` or `통로` look like particles but are not.
 */
export function particleMismatches(text: string): ParticleMismatch[] {
  const out: ParticleMismatch[] = [];
  for (const m of text.matchAll(PARTICLE)) {
    const particle = m[1] ?? '';
    const offset = m.index ?? 0;
    if (offset === 0) continue;
    const before = wordBefore(text, offset);
    if (!before) continue;
    const pair = PAIRS.find((p) => p.includes(particle));
    if (!pair) continue;
    const expected = expectedForm(pair, before.ending);
    if (expected === particle) continue;
    const bareHangul = isHangulSyllable(before.word) && !before.quoted;
    if (bareHangul && !(particle === '를' || (particle === '으로' && before.ending === 'vowel'))) continue;
    // `로` right after Hangul may be the end of `으로` matched as `로`: the regex prefers `으로`, so no.
    out.push({ offset, word: before.word, particle, expected });
  }
  return out;
}
