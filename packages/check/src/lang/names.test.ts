import { describe, expect, it } from 'vitest';
import { jamoDistance, jamoDistanceWithin, locatedIn, NAMES, namesIn, nearMiss } from './names.js';

/** The plain edit distance over jamo, as the rules defined it before the bounded one. */
function reference(a: string, b: string): number {
  const jamo = (w: string) =>
    [...w].flatMap((ch) => {
      const c = ch.charCodeAt(0) - 0xac00;
      return c < 0 || c > 11171
        ? [100000 + ch.charCodeAt(0)]
        : [Math.floor(c / 588), 100 + Math.floor((c % 588) / 28), 200 + (c % 28)];
    });
  const x = jamo(a);
  const y = jamo(b);
  let prev = y.map((_, j) => j).concat(y.length);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    for (let j = 1; j <= y.length; j++)
      row.push(
        Math.min(
          (prev[j] ?? 0) + 1,
          (row[j - 1] ?? 0) + 1,
          (prev[j - 1] ?? 0) + (x[i - 1] === y[j - 1] ? 0 : 1),
        ),
      );
    prev = row;
  }
  return prev[y.length] ?? 0;
}

// Words from a few syllables that differ by one jamo or two, so near pairs are common.
const SYLLABLES = ['도', '더', '널', '날', '드', '트', '럼', '람', '프', '펴', 'A', '김', '긴'];
function words(seed: number, count: number): string[] {
  let s = seed;
  const next = () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s;
  };
  return Array.from({ length: count }, () =>
    Array.from({ length: 1 + (next() % 6) }, () => SYLLABLES[next() % SYLLABLES.length]).join(''),
  );
}

describe('jamo distance', () => {
  const pool = words(7, 120);
  const pairs = pool.flatMap((a, i) => pool.slice(i + 1, i + 12).map((b) => [a, b] as const));

  it('equals the plain edit distance over jamo', () => {
    for (const [a, b] of pairs) expect(jamoDistance(a, b), `${a} / ${b}`).toBe(reference(a, b));
    expect(jamoDistance('', '도널드')).toBe(9);
  });

  it('is exact up to the limit and above the limit past it', () => {
    for (const limit of [0, 1, 2, 3])
      for (const [a, b] of pairs) {
        const exact = reference(a, b);
        const bounded = jamoDistanceWithin(a, b, limit);
        if (exact <= limit) expect(bounded, `${a} / ${b} within ${limit}`).toBe(exact);
        else expect(bounded, `${a} / ${b} within ${limit}`).toBeGreaterThan(limit);
      }
  });
});

describe('answers kept for the last text', () => {
  it('nearMiss answers each target for itself when targets alternate', () => {
    const wrong = '트럼트는 베이징에서 만났다.';
    const right = '트럼프는 베이징에서 만났다.';
    const other = '라이트하이져 대표가 요청했다.';
    for (let round = 0; round < 2; round++) {
      expect(nearMiss(wrong, '트럼프')).toBe('트럼트');
      expect(nearMiss(right, '트럼프')).toBeUndefined();
      expect(nearMiss(other, '라이트하이저')).toBe('라이트하이져');
      expect(nearMiss(other, '트럼프')).toBeUndefined();
      expect(nearMiss(wrong, '라이트하이저')).toBeUndefined();
    }
  });

  it('namesIn answers each source for itself when sources alternate', () => {
    const a = 'Donald Trump met Xi Jinping in Beijing.';
    const b = 'Robert Lighthizer spoke in Seoul.';
    for (let round = 0; round < 2; round++) {
      expect(namesIn(a).map((e) => e.en)).toEqual(['Donald Trump', 'Xi Jinping', 'Beijing']);
      expect(namesIn(b).map((e) => e.en)).toEqual(['Robert Lighthizer', 'Seoul']);
      expect(namesIn('No names here.')).toEqual([]);
    }
  });
});

describe('names in an English text', () => {
  const en = (text: string) => namesIn(text).map((e) => e.en);

  it('starts every name with a word of letters only (the test runs where such a word starts)', () => {
    for (const e of NAMES) expect(e.en.split(/[\s-]/)[0], e.en).toMatch(/^[A-Za-z]+$/);
  });

  it('finds a full name after the same first word used alone, and in capitals', () => {
    expect(en('Robert Smith met Robert Lighthizer.')).toEqual(['Robert Lighthizer']);
    expect(en('WASHINGTON -- Kim Jong-un spoke.')).toEqual(['Kim Jong-un', 'Washington']);
    expect(en('Donald said that Donald Trump left.')).toEqual(['Donald Trump']);
  });

  it('finds whole words only', () => {
    expect(en('Trumped-up charges in Seoulville; éTrump, Trump2.')).toEqual([]);
    expect(en('éTrump met Trump.')).toEqual(['Trump']);
  });
});

describe('a name placed somewhere', () => {
  it('is after a preposition of place, each time it is asked', () => {
    const seoul = NAMES.find((e) => e.en === 'Seoul');
    if (!seoul) throw new Error('Seoul is in the lexicon');
    for (let round = 0; round < 2; round++) {
      expect(locatedIn('Talks were held in Seoul.', seoul)).toBe(true);
      expect(locatedIn('He flew to SEOUL on Monday.', seoul)).toBe(true);
      expect(locatedIn('Seoul said the talks went well.', seoul)).toBe(false);
      expect(locatedIn('Talks were held in Seoulville.', seoul)).toBe(false);
    }
  });
});
