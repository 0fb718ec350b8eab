import { describe, expect, it } from 'vitest';
import { ctx } from '../test-support/factories.js';
import { unbalancedBrackets } from './brackets.js';
import { dateMismatch } from './dates.js';
import { glossaryTerm } from './glossary.js';
import { lengthRatio } from './length.js';
import { koreanParticle } from './particles.js';
import { doubleSpace, finalPunctuationMismatch, targetEqualsSource, whitespaceMismatch } from './text.js';

const ids = (hits: readonly { message: string }[]) => hits.map((h) => h.message);

describe('text rules', () => {
  it('target-equals-source: an untranslated copy, but not a bare number', () => {
    expect(ids(targetEqualsSource.check(ctx('Seoul talks', 'Seoul talks')))).toEqual([
      'the target is the same as the source',
    ]);
    expect(targetEqualsSource.check(ctx('2016', '2016'))).toEqual([]);
  });

  it('whitespace-mismatch: leading or trailing space differs', () => {
    expect(ids(whitespaceMismatch.check(ctx('Talks begin.', ' 협상 시작. ')))).toEqual([
      'leading whitespace differs from the source',
      'trailing whitespace differs from the source',
    ]);
    expect(whitespaceMismatch.check(ctx('Talks begin.', '협상 시작.'))).toEqual([]);
  });

  it('final-punctuation: a question turned statement, looking through closing quotes', () => {
    expect(ids(finalPunctuationMismatch.check(ctx('Will talks begin?', '협상이 시작된다.')))).toEqual([
      'the source ends with "?", the target with "."',
    ]);
    expect(finalPunctuationMismatch.check(ctx('He said "no."', '그는 "아니다"라고 말했다.'))).toEqual([]);
  });

  it('double-space: two spaces in a row', () => {
    expect(ids(doubleSpace.check(ctx('Talks begin.', '협상이  시작된다.')))).toEqual([
      'the target has two or more spaces in a row',
    ]);
  });

  it('unbalanced-brackets: an unclosed bracket or an odd quote, unless the source is open too', () => {
    expect(
      ids(unbalancedBrackets.check(ctx('The FTA (KORUS) holds.', '한미 FTA(KORUS는 유지된다.'))),
    ).toEqual(['in the target, "(" is never closed']);
    expect(ids(unbalancedBrackets.check(ctx('He said "no."', '그는 "아니다라고 말했다.')))).toEqual([
      'in the target, an odd number of straight double quotes (")',
    ]);
    expect(unbalancedBrackets.check(ctx('"The quote goes on.', '"인용은 이어진다.'))).toEqual([]);
  });

  it('length-ratio: a target far too short for its source', () => {
    const source = 'South Korea and the United States will begin talks next week on the trade deal.';
    expect(lengthRatio.check(ctx(source, '협상.'))).toHaveLength(1);
    expect(lengthRatio.check(ctx(source, '한국과 미국이 다음 주 무역협정 협상을 시작한다.'))).toEqual([]);
  });

  it('glossary-term: a required term not used', () => {
    expect(
      ids(glossaryTerm.check(ctx('The KORUS FTA took effect.', '한미 자유무역협정이 발효됐다.'))),
    ).toEqual(['"KORUS FTA" should be translated as "한미 FTA"']);
    expect(glossaryTerm.check(ctx('The KORUS FTA took effect.', '한미 FTA가 발효됐다.'))).toEqual([]);
    expect(glossaryTerm.check(ctx('Lighthizers took effect.', '발효됐다.'))).toEqual([]);
  });

  it('date-mismatch: a different day, quiet when only one side names a date', () => {
    expect(ids(dateMismatch.check(ctx('The talks open on Aug. 22.', '협상은 8월 23일 열린다.')))).toEqual([
      'the source\'s date "Aug. 22" does not match the target\'s "8월 23일"',
    ]);
    expect(dateMismatch.check(ctx('The talks open on Aug. 22.', '협상은 8월 22일 열린다.'))).toEqual([]);
    expect(dateMismatch.check(ctx('The talks open on Tuesday.', '협상은 22일 열린다.'))).toEqual([]);
  });

  it('korean-particle: FTA은 where FTA는 is right; only for Korean targets', () => {
    expect(ids(koreanParticle.check(ctx('The FTA holds.', '한미 FTA은 유지된다.')))).toEqual([
      '"FTA은" should be "FTA는"',
    ]);
    expect(koreanParticle.check(ctx('The FTA holds.', 'FTA은', { targetLang: 'ja' }))).toEqual([]);
  });
});
