import type { UnitFile } from '@dari/core';
import { describe, expect, it } from 'vitest';
import { ctx, file, unit } from '../test-support/factories.js';
import { activeRules } from './index.js';
import { yonhapClosing, yonhapDateline, yonhapLocalTime } from './yonhap.js';

const LEAD =
  'WASHINGTON -- South Korea and the United States will begin talks next week, the US trade representative said Thursday.';

/** A file with a dateline unit (`WASHINGTON` → its Korean) and the given paragraph units. */
function story(dateline: [string, string], paragraphs: ReadonlyArray<readonly [string, string]>): UnitFile {
  const f = file(paragraphs.map(([source, target], i) => unit({ id: `u${i}`, source, target })));
  return {
    ...f,
    groups: [
      {
        id: 'p-dateline',
        kind: 'dateline',
        units: [unit({ id: 'd', source: dateline[0], target: dateline[1] })],
      },
      ...f.groups,
    ],
  };
}
const fileCtx = (f: UnitFile, dateline?: string) => ({
  file: f,
  path: 'locales/ko/a.xlf',
  locale: 'ko',
  ...(dateline
    ? {
        article: { path: 'articles/a.md', lang: 'en', segments: [], facts: { date: '2017-08-17', dateline } },
      }
    : {}),
});

describe('yonhap-dateline', () => {
  const rows: ReadonlyArray<readonly [boolean, [string, string], string, string]> = [
    [
      false,
      ['WASHINGTON', '워싱턴'],
      LEAD,
      '(워싱턴=연합뉴스) 한미가 다음 주 협상을 시작한다고 USTR이 17일(현지시간) 밝혔다.',
    ],
    [
      false,
      ['BEIJING', '베이징'],
      'BEIJING -- China said Monday it will retaliate.',
      '(베이징=연합뉴스) 중국은 14일 보복하겠다고 밝혔다.',
    ],
    [false, ['SEOUL', '서울'], 'SEOUL, Aug. 17 (Yonhap) -- Exports rose.', '(서울=연합뉴스) 수출이 늘었다.'],
    [false, ['WASHINGTON', '워싱턴'], 'The talks will be held in Seoul.', '협상은 서울에서 열린다.'],
    [
      true,
      ['WASHINGTON', '워싱턴'],
      LEAD,
      '(뉴욕=연합뉴스) 한미가 다음 주 협상을 시작한다고 USTR이 17일(현지시간) 밝혔다.',
    ],
    [true, ['WASHINGTON', '워싱턴'], LEAD, '한미가 다음 주 협상을 시작한다고 USTR이 17일(현지시간) 밝혔다.'],
    [
      true,
      ['BEIJING', '베이징'],
      'BEIJING -- China said Monday it will retaliate.',
      '(워싱턴=연합뉴스) 중국은 14일 보복하겠다고 밝혔다.',
    ],
  ];
  for (const [wrong, dateline, source, target] of rows) {
    it(`${wrong ? 'flags' : 'passes'}: ${target}`, () => {
      const hits = yonhapDateline.check(fileCtx(story(dateline, [[source, target]])));
      expect(hits.length > 0, hits.map((h) => h.message).join('; ')).toBe(wrong);
    });
  }

  it('takes the city from the standard spelling when the file has no dateline unit', () => {
    const f = file([unit({ source: LEAD, target: '(워싱톤=연합뉴스) 한미가 다음 주 협상을 시작한다.' })]);
    expect(yonhapDateline.check(fileCtx(f)).map((h) => h.expected)).toEqual(['(워싱턴=연합뉴스)']);
  });
});

describe('yonhap-closing', () => {
  const rows: ReadonlyArray<readonly [boolean, string, string]> = [
    [false, 'The deal is a symbol of the alliance. (Yonhap)', '협정은 동맹의 상징이다. (끝)'],
    [false, 'The deal is a symbol of the alliance.', '협정은 동맹의 상징이다.'],
    [true, 'The deal is a symbol of the alliance. (Yonhap)', '협정은 동맹의 상징이다. (연합뉴스)'],
    [true, 'The deal is a symbol of the alliance. (Yonhap)', '협정은 동맹의 상징이다.'],
  ];
  for (const [wrong, source, target] of rows) {
    it(`${wrong ? 'flags' : 'passes'}: ${target}`, () => {
      expect(yonhapClosing.check(ctx(source, target)).length > 0).toBe(wrong);
    });
  }
});

describe('yonhap-local-time', () => {
  it('passes (현지시간) on the first date under a foreign dateline, and a Korean dateline without it', () => {
    const lead: [string, string] = [
      LEAD,
      '(워싱턴=연합뉴스) 한미가 다음 주 협상을 시작한다고 USTR이 17일(현지시간) 밝혔다.',
    ];
    const next: [string, string] = ['It will be held on Tuesday.', '회의는 오는 22일 열린다.'];
    expect(
      yonhapLocalTime.check(fileCtx(story(['WASHINGTON', '워싱턴'], [lead, next]), 'WASHINGTON')),
    ).toEqual([]);
    const seoul: [string, string] = [
      'SEOUL -- The ministry said Thursday exports rose.',
      '(서울=연합뉴스) 산업부는 17일 수출이 늘었다고 밝혔다.',
    ];
    expect(yonhapLocalTime.check(fileCtx(story(['SEOUL', '서울'], [seoul]), 'SEOUL'))).toEqual([]);
  });

  it('flags the first date under a foreign dateline without (현지시간)', () => {
    const lead: [string, string] = [
      LEAD,
      '(워싱턴=연합뉴스) 한미가 다음 주 협상을 시작한다고 USTR이 17일 밝혔다.',
    ];
    const hits = yonhapLocalTime.check(fileCtx(story(['WASHINGTON', '워싱턴'], [lead]), 'WASHINGTON'));
    expect(hits.map((h) => h.expected)).toEqual(['17일(현지시간)']);
  });
});

describe('the yonhap profile', () => {
  it('is off unless dari.config.json says "style": "yonhap", or rules turn a rule on', () => {
    const ids = (style?: string, rules = {}) =>
      [...activeRules(rules, style).severity.keys()].filter((id) => id.startsWith('yonhap-'));
    expect(ids()).toEqual([]);
    expect(ids('none')).toEqual([]);
    expect(ids('yonhap')).toEqual(['yonhap-dateline', 'yonhap-closing', 'yonhap-local-time']);
    expect(ids('none', { 'yonhap-closing': 'error' })).toEqual(['yonhap-closing']);
    expect(ids('yonhap', { 'yonhap-closing': 'off' })).toEqual(['yonhap-dateline', 'yonhap-local-time']);
  });
});
