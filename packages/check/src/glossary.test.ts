import { DariError } from '@dari/core';
import { describe, expect, it } from 'vitest';
import { parseGlossary } from './glossary.js';

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
    expect(ko[1]?.pattern.test('Kim Hyun-chong')).toBe(true);
    expect(ko[1]?.pattern.test('kimchi Kimberly')).toBe(false);
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
