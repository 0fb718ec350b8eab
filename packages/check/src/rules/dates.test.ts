import { describe, expect, it } from 'vitest';
import { ctx } from '../test-support/factories.js';
import { impossibleDate, relativeDateMismatch } from './dates.js';
import type { ArticleFacts } from './types.js';

// A story filed in Washington on Thursday 2017-08-17 (the seed's date) and one filed in Seoul on
// Monday 2024-03-04.
const WASHINGTON: ArticleFacts = { date: '2017-08-17', dateline: 'WASHINGTON' };
const SEOUL: ArticleFacts = { date: '2024-03-04', dateline: 'SEOUL' };

function table(facts: ArticleFacts | undefined, rows: ReadonlyArray<readonly [boolean, string, string]>) {
  for (const [wrong, source, target] of rows) {
    it(`${wrong ? 'flags' : 'passes'}: ${target}`, () => {
      const hits = relativeDateMismatch.check(ctx(source, target, facts ? { article: facts } : {}));
      expect(hits.length > 0, hits.map((h) => h.message).join('; ')).toBe(wrong);
    });
  }
}

describe('relative-date-mismatch, foreign dateline (Thursday 17 August 2017, Washington)', () => {
  table(WASHINGTON, [
    [false, 'The USTR said Thursday it will hold talks.', 'USTR은 17일(현지시간) 협상을 열겠다고 밝혔다.'],
    [false, 'The session will be held on Tuesday.', '회기는 오는 22일 열린다.'],
    [false, 'The president spoke on Monday.', '대통령은 지난 14일 연설했다.'],
    [false, 'The envoy arrived Wednesday.', '특사는 16일(현지시간) 도착했다.'],
    [false, 'The envoy arrived Wednesday.', '특사는 한국시간 17일 도착했다.'],
    [false, 'Officials said Thursday the plan is final.', '당국자들은 이날 계획이 확정됐다고 밝혔다.'],
    [false, 'The talks will open next week.', '협상은 다음 주 시작된다.'],
    [false, 'The talks will open next week.', '협상은 오는 22일 시작된다.'],
    [false, 'He made the request last month.', '그는 지난달 요청했다.'],
    [false, 'He made the request last month.', '그는 지난 7월 요청했다.'],
    [false, 'Exports fell last year.', '지난해 수출이 줄었다.'],
    [false, 'The vote was held yesterday.', '투표는 16일(현지시간) 실시됐다.'],
    [false, 'The session opens on Tuesday, Aug. 22.', '회기는 8월 22일 열린다.'],
    [true, 'The USTR said Thursday it will hold talks.', 'USTR은 16일(현지시간) 협상을 열겠다고 밝혔다.'],
    [true, 'The session will be held on Tuesday.', '회기는 오는 24일 열린다.'],
    [true, 'The session will be held on Tuesday.', '회기는 지난 22일 열렸다.'],
    [true, 'The session will be held on Tuesday.', '회기는 지난 15일 열렸다.'],
    [true, 'The president spoke on Monday.', '대통령은 오는 21일 연설한다.'],
    [false, 'Talks that started Monday will end Friday.', '지난 14일 시작된 협상은 오는 18일 끝난다.'],
    [true, 'Talks that started Monday will end Friday.', '오는 21일 시작된 협상은 오는 18일 끝난다.'],
    [
      false,
      'He said last Thursday that talks would resume.',
      '그는 지난 10일 협상이 재개될 것이라고 말했다.',
    ],
    [true, 'He said last Thursday that talks would resume.', '그는 17일 협상이 재개될 것이라고 말했다.'],
    [true, 'The president spoke on Monday.', '대통령은 지난 13일 연설했다.'],
    [true, 'The talks will open next week.', '협상은 지난주 시작됐다.'],
    [true, 'He made the request last month.', '그는 다음 달 요청할 예정이다.'],
    [true, 'Exports fell last year.', '올해 수출이 줄었다.'],
    [true, 'The vote was held yesterday.', '투표는 내일 실시된다.'],
  ]);

  it('says which day the weekday is and what the target has', () => {
    const [hit] = relativeDateMismatch.check(
      ctx('The session will be held on Tuesday.', '회기는 오는 24일 열린다.', { article: WASHINGTON }),
    );
    expect(hit?.expected).toContain('오는 22일');
    expect(hit?.actual).toBe('오는 24일');
  });
});

describe('relative-date-mismatch, Korean dateline (Monday 4 March 2024, Seoul)', () => {
  table(SEOUL, [
    [false, 'The ministry said Monday exports rose.', '산업부는 4일 수출이 늘었다고 밝혔다.'],
    [false, 'The summit will take place on Friday.', '정상회의는 오는 8일 열린다.'],
    [false, 'Police arrested him on Saturday.', '경찰은 지난 2일 그를 체포했다.'],
    [true, 'The ministry said Monday exports rose.', '산업부는 5일 수출이 늘었다고 밝혔다.'],
    [true, 'The summit will take place on Friday.', '정상회의는 오는 9일 열린다.'],
    [true, 'Police arrested him on Saturday.', '경찰은 지난 3일 그를 체포했다.'],
  ]);
});

describe('relative-date-mismatch without an article date compares words only', () => {
  table(undefined, [
    [false, 'He spoke on Tuesday.', '그는 화요일 연설했다.'],
    [false, 'He spoke on Tuesday.', '그는 22일 연설했다.'],
    [true, 'He spoke on Tuesday.', '그는 수요일 연설했다.'],
    [true, 'The talks will open next week.', '협상은 이번 주 시작된다.'],
  ]);
});

describe('impossible-date', () => {
  const rows: ReadonlyArray<readonly [boolean, string]> = [
    [false, '회의는 17일(현지시간) 열렸다.'],
    [false, '농성은 47일간 이어졌다.'],
    [false, '파업 100일째를 맞았다.'],
    [false, '2월 29일 발표됐다.'],
    [false, '협상은 12월 31일 끝난다.'],
    [false, '공사 기간은 13개월이다.'],
    [false, '매장은 365일 문을 연다.'],
    [false, '주 5일 근무제가 도입됐다.'],
    [true, '회의는 47일(현지시간) 열렸다.'],
    [true, '발표는 2월 30일 있었다.'],
    [true, '협상은 13월 시작된다.'],
    [true, '회의는 4월 31일 열린다.'],
    [true, '회의는 오는 32일 열린다.'],
    [true, '발표는 40일 오전 있었다.'],
  ];
  for (const [wrong, target] of rows) {
    it(`${wrong ? 'flags' : 'passes'}: ${target}`, () => {
      const hits = impossibleDate.check(
        ctx('The meeting was held.', target, { article: { date: '2024-03-04' } }),
      );
      expect(hits.length > 0, hits.map((h) => h.message).join('; ')).toBe(wrong);
    });
  }

  it('knows 29 February only in a leap year', () => {
    const c = (date: string) => ctx('x', '2월 29일 발표됐다.', { article: { date } });
    expect(impossibleDate.check(c('2017-08-17')).map((h) => h.actual)).toEqual(['2월 29일']);
    expect(impossibleDate.check(c('2024-03-04'))).toEqual([]);
  });
});

describe('relative-date-mismatch over units of articles in turn', () => {
  it('resolves each unit against its own article, whichever was checked before', () => {
    const source = 'The summit will take place on Friday.';
    const target = '정상회의는 오는 8일 열린다.';
    const check = (article?: ArticleFacts) =>
      relativeDateMismatch.check(ctx(source, target, article ? { article } : {})).length;
    for (let round = 0; round < 2; round++) {
      expect(check(SEOUL)).toBe(0);
      expect(check(WASHINGTON)).toBe(1);
      expect(check({ date: '2024-03-04', dateline: 'WASHINGTON' })).toBe(0);
      expect(check()).toBe(0);
      expect(check(SEOUL)).toBe(0);
    }
  });
});
