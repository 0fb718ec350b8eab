import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countWordsSimple } from './lang/word-break.js';
import { countWords, pocountWords, pocountWordsSimple, SIMPLE_WORD_LANGS } from './words.js';

const segmenters = new Map<string, Intl.Segmenter>();

function icuWords(text: string, lang: string): number {
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
    segmenters.set(lang, segmenter);
  }
  let n = 0;
  for (const s of segmenter.segment(text)) if (s.isWordLike) n++;
  return n;
}

/** Deterministic strings over `alphabet` (a small LCG, so a failure reproduces). */
function* randomTexts(alphabet: string, count: number, seed = 7): Generator<string> {
  const chars = [...alphabet];
  let x = seed;
  const next = () => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return x >>> 8;
  };
  for (let i = 0; i < count; i++) {
    let t = '';
    const length = 1 + (next() % 14);
    for (let j = 0; j < length; j++) t += chars[next() % chars.length];
    yield t;
  }
}

const MIXED = `aZk09.,;':- "()$%&?!/@#*+=<>[]{}|~\`^\\‘’“”–—…\u00a0\t\n\r`;

describe('countWords without ICU (ASCII and news punctuation)', () => {
  it.each([...SIMPLE_WORD_LANGS])('counts as Intl.Segmenter does for %s', (lang) => {
    const seen: string[] = [];
    for (const alphabet of [MIXED, "a0.,;:'’‘ ", 'xy7.’ ']) {
      for (const text of randomTexts(alphabet, 4000, alphabet.length)) {
        if (countWordsSimple(text) !== icuWords(text, lang)) seen.push(text);
      }
    }
    expect(seen.slice(0, 5)).toEqual([]);
  });

  it('counts news copy as Intl.Segmenter does', () => {
    const article = new URL('../../../tests/fixtures/check/project/articles/trade-talks.md', import.meta.url);
    const lines = readFileSync(article, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '');
    const samples = [
      ...lines,
      "The U.S. and Korea's 1,096.5 trade—worth $109.6 billion—rose 3.5% on Aug. 22, it’s said: “yes.”",
      'e-mail 9/11 10:30 a.m. 3,000-odd rock’n’roll',
    ];
    for (const text of samples) expect([text, countWords(text, 'en')]).toEqual([text, icuWords(text, 'en')]);
  });

  it('leaves other scripts and underscores to ICU', () => {
    expect(countWordsSimple('snake_case')).toBe(-1);
    expect(countWordsSimple('café')).toBe(-1);
    expect(countWordsSimple('한미 FTA')).toBe(-1);
    expect(countWords('snake_case café 한미 FTA', 'en')).toBe(icuWords('snake_case café 한미 FTA', 'en'));
    expect(countWords('a:b', 'sv')).toBe(icuWords('a:b', 'sv'));
  });
});

/** pocountWords as ported from translate-toolkit, without the single-pass shortcut. */
function pocountByRegex(text: string): number {
  const cleaned = text.replace(/\P{Nd}\.\P{Nd}/gu, ' ');
  let n = 0;
  for (const token of cleaned.split(/\s+/u)) if ([...token].some((ch) => !PUNCT.has(ch))) n++;
  return n;
}
const PUNCT = new Set(
  '.,;:!?-@#$%^*_()[]{}/\\\'`"<>‘’‛“”„‟′″‴‵‶‷‹›«»¿¡،؟؛÷。、，；！？「」『』【】।॥॰።፤፣…±°¹²³·©®×£¥€',
);

describe('pocountWords in one pass', () => {
  it('counts as the ported regular expressions do', () => {
    const seen: string[] = [];
    for (const alphabet of [MIXED.replace('<', ''), 'a0. ', 'x.9.. \u00a0…', 'ab.—–-_']) {
      for (const text of randomTexts(alphabet, 20000, alphabet.length + 3)) {
        if (pocountWordsSimple(text) !== pocountByRegex(text)) seen.push(text);
      }
    }
    expect(seen.slice(0, 5)).toEqual([]);
  });

  it('leaves tags and other scripts to the regular expressions', () => {
    expect(pocountWordsSimple('a <b>bold</b> move')).toBe(-1);
    expect(pocountWordsSimple('한미 FTA')).toBe(-1);
    expect(pocountWords('a <b>bold</b> move<br/>U.S. 1.5')).toBe(4);
    expect(pocountWords('한미 FTA.')).toBe(2);
  });
});
