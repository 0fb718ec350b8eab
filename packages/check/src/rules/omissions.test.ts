import { describe, expect, it } from 'vitest';
import { ctx } from '../test-support/factories.js';
import { omittedContent } from './omissions.js';

const FACTS = { article: { date: '2017-08-17', dateline: 'WASHINGTON' } };

describe('omitted-content', () => {
  const rows: ReadonlyArray<readonly [boolean, string, string]> = [
    [false, 'The talks will begin next week.', '협상은 다음 주 시작된다.'],
    [false, 'The talks will begin next week.', '협상은 내주 시작된다.'],
    [false, 'Lighthizer made the request last month.', '라이트하이저 대표는 지난달 요청했다.'],
    [false, 'The USTR said Thursday it will hold talks.', 'USTR은 17일(현지시간) 협상을 열겠다고 밝혔다.'],
    [false, 'US President Donald Trump slammed the deal.', '트럼프 미국 대통령은 협정을 비난했다.'],
    [false, "It was held upon Washington's request.", '미국의 요청에 따라 열렸다.'],
    [false, 'Talks will be held in Seoul.', '협상은 서울에서 열린다.'],
    [true, 'The talks will begin next week.', '협상이 시작된다.'],
    [true, 'Lighthizer made the request last month.', '라이트하이저 대표가 요청했다.'],
    [true, 'The USTR said Thursday it will hold talks.', 'USTR은 협상을 열겠다고 밝혔다.'],
    [true, 'US President Donald Trump slammed the deal.', '미국 대통령은 협정을 비난했다.'],
    [true, 'Talks will be held in Seoul.', '협상이 열린다.'],
    [true, 'In Seoul, the ministry said it will back the FTA.', '산업부는 한미 FTA를 지지하겠다고 밝혔다.'],
    [
      false,
      'In Seoul, the ministry said it will back the FTA.',
      '서울에서는 산업부가 한미 FTA를 지지하겠다고 밝혔다.',
    ],
    [false, 'Tokyo and Beijing traded barbs.', '중일 양국이 설전을 벌였다.'],
    [false, 'Japan protested, the Bank of Korea said.', '일본이 항의했다고 한은이 밝혔다.'],
  ];
  for (const [wrong, source, target] of rows) {
    it(`${wrong ? 'flags' : 'passes'}: ${target}`, () => {
      const hits = omittedContent.check(ctx(source, target, FACTS));
      expect(hits.length > 0, hits.map((h) => h.message).join('; ')).toBe(wrong);
    });
  }

  it('names the span left out', () => {
    const [hit] = omittedContent.check(ctx('The talks will begin next week.', '협상이 시작된다.', FACTS));
    expect(hit?.message).toBe('"next week" is not in the target (expected 다음 주)');
  });

  it('leaves a misspelled name to name-spelling', () => {
    expect(omittedContent.check(ctx('Donald Trump spoke.', '도날드 트럼프가 연설했다.', FACTS))).toEqual([]);
  });
});
