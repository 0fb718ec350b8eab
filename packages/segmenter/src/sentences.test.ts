import { DariError } from '@dari/core';
import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.js';

describe('splitSentences (en)', () => {
  it('keeps abbreviations, initials and numbers inside sentences', () => {
    expect(
      splitSentences('Donald J. Trump met U.N. envoys on Jan. 5 at 10 a.m. about $109.6 billion.', 'en'),
    ).toHaveLength(1);
    expect(splitSentences('Samsung was No. 1 again. Growth hit 4.5 percent.', 'en')).toEqual([
      'Samsung was No. 1 again.',
      'Growth hit 4.5 percent.',
    ]);
  });

  it('ends a sentence at an abbreviation when a typical sentence starter follows', () => {
    expect(splitSentences('He flew to the U.S. The talks begin Monday.', 'en')).toEqual([
      'He flew to the U.S.',
      'The talks begin Monday.',
    ]);
  });

  it('keeps a quotation with its attribution and splits after a quoted sentence end', () => {
    expect(splitSentences('"We are ready. Talks start now," the ministry said.', 'en')).toHaveLength(1);
    expect(splitSentences('"Why now?" Kim asked.', 'en')).toHaveLength(1);
    expect(splitSentences('He called it "horrible." Seoul disagreed.', 'en')).toEqual([
      'He called it "horrible."',
      'Seoul disagreed.',
    ]);
  });

  it('keeps a closing credit with the last sentence', () => {
    expect(splitSentences('The talks ended. (Yonhap)', 'en')).toEqual(['The talks ended. (Yonhap)']);
  });

  it('drops only the whitespace between sentences', () => {
    const text = '  First one.\n\tSecond  one!  ';
    const out = splitSentences(text, 'en');
    expect(out).toEqual(['First one.', 'Second  one!']);
  });

  it('returns nothing for empty or blank text', () => {
    expect(splitSentences('', 'en')).toEqual([]);
    expect(splitSentences(' \n ', 'ko')).toEqual([]);
  });
});

describe('splitSentences (ko)', () => {
  it('splits on -다. -요. -까? endings, with or without a following space', () => {
    expect(splitSentences('회의가 열렸다.참석자는 많았어요. 언제 끝날까? 모른다.', 'ko')).toEqual([
      '회의가 열렸다.',
      '참석자는 많았어요.',
      '언제 끝날까?',
      '모른다.',
    ]);
  });

  it('keeps a quotation carried on by 라고 or 하며 in its sentence', () => {
    expect(splitSentences('그는 "준비됐다. 시작하자."라고 말했다. 회의가 끝났다.', 'ko')).toEqual([
      '그는 "준비됐다. 시작하자."라고 말했다.',
      '회의가 끝났다.',
    ]);
    expect(splitSentences('그는 "문제없다." 하며 웃었다.', 'ko')).toHaveLength(1);
  });

  it('keeps Korean dates, numbers and Latin abbreviations together', () => {
    expect(splitSentences('협정은 2012. 3. 15. 발효됐다. 교역액은 1천96억 달러다.', 'ko')).toHaveLength(2);
    expect(splitSentences('미국 U.S. 스틸이 한미 FTA를 비판했다.', 'ko')).toHaveLength(1);
  });

  it('gives the same units for NFC and NFD input, as slices of the input', () => {
    const nfc = '(서울=연합뉴스) 한미 양국이 만났다. "좋다"고 말했다.';
    const nfd = nfc.normalize('NFD');
    const a = splitSentences(nfc, 'ko');
    const b = splitSentences(nfd, 'ko');
    expect(b.map((s) => s.normalize('NFC'))).toEqual(a);
    expect(b.every((s) => nfd.includes(s))).toBe(true);
  });
});

describe('rules from the config', () => {
  it('adds abbreviations and no-break patterns without code changes', () => {
    const text = 'The Gyeonggi Prov. Office said so. It was late.';
    expect(splitSentences(text, 'en')).toHaveLength(3);
    expect(splitSentences(text, 'en', { abbreviations: ['Prov'] })).toHaveLength(2);
    const office = 'The office is in Bldg. Seven now. It opened.';
    expect(splitSentences(office, 'en')).toHaveLength(3);
    expect(splitSentences(office, 'en', { noBreakBefore: ['\\bBldg\\.'] })).toHaveLength(2);
  });

  it('adds break patterns for boundaries without punctuation', () => {
    expect(splitSentences('속보 북한 미사일 발사', 'ko', { breakAfter: ['속보'] })).toEqual([
      '속보',
      '북한 미사일 발사',
    ]);
  });

  it('reports an invalid pattern as a DariError', () => {
    expect(() => splitSentences('A. B.', 'en', { noBreakBefore: ['('] })).toThrow(DariError);
  });
});
