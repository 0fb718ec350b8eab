import { describe, expect, it } from 'vitest';
import { acronymEnding, numberEnding, syllableEnding } from './hangul.js';
import { particleMismatches } from './particles.js';

const flagged = (text: string) => particleMismatches(text).map((m) => `${m.word}${m.particle}→${m.expected}`);

describe('particle agreement', () => {
  it('flags a particle that does not agree with a Latin acronym read letter by letter', () => {
    expect(flagged('한미 FTA은 발효됐다')).toEqual(['FTA은→는']);
    expect(flagged('FTA이 발효된 뒤')).toEqual(['FTA이→가']);
    expect(flagged('USTR는 밝혔다')).toEqual(['USTR는→은']);
    expect(flagged('FTA으로 늘었다')).toEqual(['FTA으로→로']);
  });

  it('accepts the right forms, ㄹ + 로 included', () => {
    expect(flagged('한미 FTA는 발효됐다. FTA가 발효된 뒤 USTR은 FTA를 USTR과 USTR로 보냈다.')).toEqual([]);
  });

  it('reads digits in Sino-Korean', () => {
    expect(flagged('2016를 기준으로')).toEqual(['2016를→을']);
    expect(flagged('2016을 기준으로, 2는, 3은, 10은, 1000은, 0은, 2012로')).toEqual([]);
    expect(flagged('10는')).toEqual(['10는→은']);
  });

  it('looks through a closing quote, and past a gloss in parentheses to the outer word', () => {
    expect(flagged('"킬러"은')).toEqual(['러은→는']);
    expect(flagged("'한미 FTA'은")).toEqual(['FTA은→는']);
    expect(flagged('미국 무역대표부(USTR)는 밝혔다')).toEqual([]);
    expect(flagged('미국 무역대표부(USTR)은 밝혔다')).toEqual(['부은→는']);
  });

  it('stays quiet where a dictionary would be needed', () => {
    expect(flagged('하는 국가 통로 먹는 마을 사과 NATO은 FTA이다 FTA와의')).toEqual([]);
  });

  it('after bare Hangul flags only forms no word stem produces', () => {
    expect(flagged('협정를 논의')).toEqual(['정를→을']);
    expect(flagged('나라으로 갔다')).toEqual(['라으로→로']);
    expect(flagged('270억 달러를 기록했고 1천96억 달러로 늘었다')).toEqual([]);
  });
});

describe('how words end', () => {
  it('uses jamo arithmetic for Hangul', () => {
    expect(syllableEnding('가')).toBe('vowel');
    expect(syllableEnding('말')).toBe('rieul');
    expect(syllableEnding('국')).toBe('consonant');
  });

  it('reads numbers with their place names', () => {
    expect(numberEnding('20')).toBe('consonant');
    expect(numberEnding('100')).toBe('consonant');
    expect(numberEnding('10000')).toBe('consonant');
    expect(numberEnding('1000000000000')).toBe('vowel');
    expect(numberEnding('1,002')).toBe('vowel');
    expect(numberEnding('7')).toBe('rieul');
  });

  it('reads acronyms letter by letter unless they may be words', () => {
    expect(acronymEnding('FTA')).toBe('vowel');
    expect(acronymEnding('UN')).toBe('consonant');
    expect(acronymEnding('USTR')).toBe('rieul');
    expect(acronymEnding('KORUS')).toBeUndefined();
    expect(acronymEnding('Seoul')).toBeUndefined();
  });
});
