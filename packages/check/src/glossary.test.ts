import { DariError } from '@dari/core';
import { describe, expect, it } from 'vitest';
import { parseGlossary, termsIn } from './glossary.js';

const parse = (data: unknown, text?: string) => parseGlossary(data, ['en', 'ko'], 'glossary.json', text);

function errorOf(fn: () => unknown): DariError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DariError) return e;
    throw e;
  }
  throw new Error('expected a DariError');
}

describe('parseGlossary', () => {
  it('reads terms with one or several accepted targets, matching whole words only', () => {
    const ko = parse({ ko: { 'KORUS FTA': '한미 FTA', Kim: ['김', '김현종'] } }).get('ko') ?? [];
    expect(ko.map((e) => [e.source, e.targets])).toEqual([
      ['KORUS FTA', ['한미 FTA']],
      ['Kim', ['김', '김현종']],
    ]);
    expect(termsIn(ko, 'Kim Hyun-chong').map((e) => e.source)).toEqual(['Kim']);
    expect(termsIn(ko, 'kimchi Kimberly, Kim2 and KIM')).toEqual([]);
  });

  it('finds every term in one pass: overlapping terms, each entry once, in glossary order', () => {
    const ko =
      parse({ ko: { FTA: 'FTA', 'KORUS FTA': '한미 FTA', US: '미국', 'U.S.': '미국', Seoul: '서울' } }).get(
        'ko',
      ) ?? [];
    const found = termsIn(ko, 'The U.S. and Seoul revise the KORUS FTA; the US wants the FTA, USTR says.');
    expect(found.map((e) => e.source)).toEqual(['FTA', 'KORUS FTA', 'US', 'U.S.', 'Seoul']);
    // `US` inside `USTR` or `U.S.` is no whole word; a term at the very start and end of a text is.
    expect(termsIn(ko, 'USTR, U.S.').map((e) => e.source)).toEqual(['U.S.']);
    expect(termsIn(ko, 'Seoul').map((e) => e.source)).toEqual(['Seoul']);
    expect(termsIn([], 'Seoul')).toEqual([]);
  });

  it('names an unknown locale and where it is', () => {
    const text = '{\n  "kr": { "FTA": "FTA" }\n}\n';
    const e = errorOf(() => parse(JSON.parse(text), text));
    expect(e.diagnostics[0]).toMatchObject({
      ruleId: 'glossary-invalid',
      file: 'glossary.json',
      line: 2,
      column: 3,
    });
    expect(e.message).toContain('unknown locale "kr"; the configured locales are en, ko');
  });

  it('rejects an empty or non-string target', () => {
    expect(errorOf(() => parse({ ko: { FTA: '' } })).message).toContain('"ko" → "FTA"');
    expect(errorOf(() => parse({ ko: { FTA: [1] } })).message).toContain('"ko" → "FTA"');
    expect(errorOf(() => parse({ ko: ['FTA'] })).message).toContain('"ko" must map source terms');
    expect(errorOf(() => parse([])).message).toContain('must be a JSON object');
  });
});
