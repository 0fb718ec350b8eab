import { describe, expect, it } from 'vitest';
import { ctx } from '../test-support/factories.js';
import { activeRules } from './index.js';
import type { ArticleFacts } from './types.js';

// Correct Korean news copy (written for these tests) that every rule, the Yonhap profile included,
// must pass: the false alarms met while building the Korean rules, kept so they stay away.
const F: { article: ArticleFacts } = { article: { date: '2024-03-07', dateline: 'SEOUL' } };
const W: { article: ArticleFacts } = { article: { date: '2023-11-15', dateline: 'WASHINGTON' } };

const PAIRS: ReadonlyArray<readonly [string, string, { article: ArticleFacts }]> = [
  [
    "SEOUL, March 7 (Yonhap) -- South Korea's exports rose 4.8 percent on-year in February, marking the fifth straight month of gains, data showed Thursday.",
    '(서울=연합뉴스) 한국의 2월 수출이 전년 같은 달보다 4.8% 늘어 5개월 연속 증가세를 이어갔다고 7일 정부 자료에서 나타났다.',
    F,
  ],
  [
    'Outbound shipments reached $52.4 billion last month, the trade ministry said.',
    '지난달 수출액은 524억 달러를 기록했다고 산업통상자원부가 밝혔다.',
    F,
  ],
  [
    'Imports fell 13.1 percent to $48.1 billion, resulting in a trade surplus of $4.3 billion.',
    '수입은 13.1% 줄어든 481억 달러로, 무역수지는 43억 달러 흑자를 냈다.',
    F,
  ],
  [
    'The Bank of Korea kept its key rate unchanged at 3.5 percent for the ninth straight time.',
    '한국은행은 기준금리를 9회 연속 연 3.5%로 동결했다.',
    F,
  ],
  [
    'The decision came two weeks after the central bank cut its growth outlook by 0.2 percentage point.',
    '이번 결정은 한은이 성장률 전망치를 0.2%포인트 낮춘 지 2주 만에 나왔다.',
    F,
  ],
  [
    'President Yoon Suk Yeol will visit Germany next week for a three-day trip.',
    '윤석열 대통령이 다음 주 사흘 일정으로 독일을 방문한다.',
    F,
  ],
  [
    'North Korea fired two short-range ballistic missiles into the East Sea on Monday, the military said.',
    '북한이 지난 4일 동해상으로 단거리 탄도미사일 2발을 발사했다고 군이 밝혔다.',
    F,
  ],
  [
    'About half of the respondents said they support the plan.',
    '응답자의 약 절반이 계획을 지지한다고 답했다.',
    F,
  ],
  ['The company plans to hire some 1,000 workers this year.', '회사는 올해 약 1천 명을 채용할 계획이다.', F],
  [
    'Samsung Electronics said Thursday its operating profit plunged 95 percent.',
    '삼성전자는 7일 영업이익이 95% 급감했다고 밝혔다.',
    F,
  ],
  [
    'The two leaders agreed to meet again in Seoul later this year.',
    '두 정상은 올해 하반기 서울에서 다시 만나기로 합의했다.',
    F,
  ],
  ['Three people were killed and 12 others injured in the fire.', '화재로 3명이 숨지고 12명이 다쳤다.', F],
  [
    'Police said the suspect, 34, was arrested on Tuesday.',
    '경찰은 34세 용의자를 지난 5일 체포했다고 밝혔다.',
    F,
  ],
  [
    'The government will spend 2.5 trillion won on the project by 2027.',
    '정부는 2027년까지 이 사업에 2조5천억 원을 투입한다.',
    F,
  ],
  [
    'Hyundai Motor sold 312,000 vehicles in February, down 6.5 percent from a year earlier.',
    '현대차는 2월 31만2천 대를 팔아 1년 전보다 6.5% 감소했다.',
    F,
  ],
  [
    'The match will be held at Seoul World Cup Stadium on Saturday.',
    '경기는 오는 9일 서울월드컵경기장에서 열린다.',
    F,
  ],
  ['The KOSPI closed down 0.8 percent at 2,641.49.', '코스피는 0.8% 내린 2,641.49에 마감했다.', F],
  [
    'US Secretary of State Antony Blinken said Wednesday the alliance is ironclad.',
    '토니 블링컨 미국 국무장관은 15일(현지시간) 동맹이 철통같다고 말했다.',
    W,
  ],
  [
    'Biden and Xi Jinping met for four hours in California.',
    '바이든 대통령과 시진핑 국가주석은 캘리포니아에서 4시간 동안 회담했다.',
    W,
  ],
  ['The Fed held rates steady earlier this month.', '연준은 이달 초 금리를 동결했다.', W],
  [
    'Treasury Secretary Janet Yellen will travel to Beijing next month.',
    '재닛 옐런 재무장관은 다음 달 베이징을 방문한다.',
    W,
  ],
  [
    'The bill passed the Senate by a vote of 87-11 on Tuesday.',
    '법안은 14일 상원에서 찬성 87표, 반대 11표로 통과됐다.',
    W,
  ],
  ['Washington and Seoul will hold joint drills next month.', '한미는 다음 달 연합훈련을 실시한다.', W],
  [
    'Nearly two-thirds of Americans oppose the plan, a poll showed.',
    '미국인의 3분의 2 가까이가 이 계획에 반대한다는 여론조사 결과가 나왔다.',
    W,
  ],
  ['The Pentagon said a dozen drones were shot down.', '미 국방부는 드론 12대가 격추됐다고 밝혔다.', W],
  [
    'He served two terms in the House before the election in 2020.',
    '그는 2020년 선거 전 하원에서 두 차례 임기를 지냈다.',
    W,
  ],
  ['The summit will take place in Washington on Friday.', '정상회의는 오는 17일 워싱턴에서 열린다.', W],
  ['The ministry said it will announce the results Monday.', '부처는 20일 결과를 발표하겠다고 밝혔다.', W],
  [
    'Officials said yesterday the talks had stalled.',
    '당국자들은 14일(현지시간) 협상이 교착 상태에 빠졌다고 말했다.',
    W,
  ],
  ['Prices rose for the seventh consecutive month in October.', '10월 물가는 7개월 연속 상승했다.', W],
  ['The store is open 24 hours a day, 365 days a year.', '매장은 하루 24시간, 365일 문을 연다.', F],
  ['The five-day workweek was introduced in 2004.', '주 5일 근무제는 2004년 도입됐다.', F],
  ['Sales in the first half rose 12 percent.', '상반기 매출은 12% 늘었다.', F],
  ['One of the two suspects was released on Friday.', '용의자 2명 중 1명은 지난 1일 풀려났다.', F],
  ['The ceasefire lasted only 10 days.', '휴전은 열흘밖에 가지 않았다.', F],
  ["Monday's meeting was postponed.", '4일 회의는 연기됐다.', F],
  ['Temperatures will reach 35 C in Daegu on Sunday.', '오는 10일 대구의 기온은 35도까지 오를 전망이다.', F],
  ['The 1980s saw rapid growth.', '1980년대에는 고도성장이 이뤄졌다.', F],
  ['He won 52 percent of the vote in the 2022 election.', '그는 2022년 선거에서 52%를 득표했다.', F],
  ['The price of the ticket is 100,000 won.', '입장권 가격은 10만 원이다.', F],
  ['The firm posted a net loss of 1.2 trillion won.', '회사는 1조2천억 원의 순손실을 냈다.', F],
  [
    'The plan calls for doubling the budget within three years.',
    '계획은 3년 안에 예산을 두 배로 늘리는 내용이다.',
    F,
  ],
  ['Seven of the 10 largest firms reported losses.', '10대 기업 중 7곳이 손실을 냈다.', F],
  ['The lawmakers met with Putin in Moscow.', '의원들은 모스크바에서 푸틴 대통령을 만났다.', F],
  [
    'Kim Jong-un inspected a factory in Pyongyang, state media said Wednesday.',
    '김정은 국무위원장이 평양의 공장을 시찰했다고 관영 매체가 6일 보도했다.',
    F,
  ],
  ['The festival runs from Friday through Sunday.', '축제는 오는 8일부터 10일까지 열린다.', F],
  ["Today, Korea is the world's 10th-largest economy.", '현재 한국은 세계 10위 경제 대국이다.', F],
  ['The index rose 1.5 points to 102.3.', '지수는 1.5포인트 오른 102.3을 기록했다.', F],
  ['Unemployment stood at 2.8 percent, down 0.3 percentage point.', '실업률은 2.8%로 0.3%포인트 내렸다.', F],
  ['It was the first such visit in five years.', '5년 만의 첫 방문이다.', F],
  ['The fire destroyed about a third of the forest.', '불은 숲의 약 3분의 1을 태웠다.', F],
  ['Both sides agreed to resume talks next month.', '양측은 다음 달 협상을 재개하기로 합의했다.', F],
  ['The delegation will stay in Tokyo for four days.', '대표단은 나흘간 도쿄에 머문다.', F],
  [
    'The cabinet approved the bill on Tuesday, a week after it was submitted.',
    '국무회의는 지난 5일 법안을 의결했다. 제출된 지 1주일 만이다.',
    F,
  ],
  [
    'Thousands of people rallied in central Seoul on Saturday.',
    '지난 2일 서울 도심에서 수천 명이 집회를 열었다.',
    F,
  ],
  ['The moon landing took place on July 20, 1969.', '달 착륙은 1969년 7월 20일 이뤄졌다.', F],
  ['The event will be held for two weeks starting Monday.', '행사는 오는 11일부터 2주간 열린다.', F],
  ['He was sentenced to three years in prison.', '그는 징역 3년을 선고받았다.', F],
  ['The stock fell as much as 8 percent in early trade.', '주가는 장 초반 8%까지 떨어졌다.', F],
  ['Exports to China fell for the 20th month.', '대중 수출은 20개월째 감소했다.', F],
];

describe('no finding on correct Korean news copy', () => {
  const rules = activeRules({}, 'yonhap');
  for (const [source, target, facts] of PAIRS) {
    it(target, () => {
      const c = ctx(source, target, facts);
      expect(rules.unit.flatMap(({ rule }) => rule.check(c).map((h) => `${rule.id}: ${h.message}`))).toEqual(
        [],
      );
    });
  }
});
