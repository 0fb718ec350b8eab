import { describe, expect, it } from 'vitest';
import { ctx } from '../test-support/factories.js';
import { numberMismatch, numberWordMismatch, unitMismatch } from './numbers.js';
import type { UnitRule } from './types.js';

const SOURCE = 'The bilateral trade volume increased to $109.6 billion in 2016 from $100.8 billion in 2011.';

/** Runs a rule over pairs: `true` cases must be flagged, `false` ones (correct Korean) must pass. */
function table(rule: UnitRule, rows: ReadonlyArray<readonly [boolean, string, string]>) {
  for (const [wrong, source, target] of rows) {
    it(`${wrong ? 'flags' : 'passes'}: ${target}`, () => {
      const hits = rule.check(ctx(source, target));
      expect(hits.length > 0, hits.map((h) => h.message).join('; ')).toBe(wrong);
    });
  }
}

describe('number-mismatch', () => {
  it('accepts Korean number forms of the same value', () => {
    expect(
      numberMismatch.check(ctx(SOURCE, '양국 교역액은 2011년 1천8억 달러에서 2016년 1천96억 달러로 늘었다.')),
    ).toEqual([]);
    expect(
      numberMismatch.check(ctx(SOURCE, '교역액은 2011년 1,008억 달러에서 2016년 1,096억 달러로 늘었다.')),
    ).toEqual([]);
  });

  it('flags a figure the translator got wrong', () => {
    const hits = numberMismatch.check(
      ctx(SOURCE, '양국 교역액은 2011년 1천8억 달러에서 2016년 1천69억 달러로 늘었다.'),
    );
    expect(hits.map((h) => h.expected)).toEqual(['109.6 billion']);
  });

  it('flags a year left out', () => {
    const hits = numberMismatch.check(ctx('It took effect in 2012.', '협정은 발효됐다.'));
    expect(hits.map((h) => h.expected)).toEqual(['2012']);
  });

  it('accepts a small count written as a Korean word', () => {
    expect(numberMismatch.check(ctx('The 3 ministers met.', '세 장관이 만났다.'))).toEqual([]);
  });

  it('counts repeated numbers: a year said twice must be in the Korean twice', () => {
    const hits = numberMismatch.check(
      ctx(
        'Exports rose 5 percent in 2016, and imports grew 3 percent in 2016.',
        '2016년 수출은 5% 늘었고 2015년 수입은 3% 증가했다.',
      ),
    );
    expect(hits.map((h) => h.expected)).toEqual(['2016']);
    expect(hits[0]?.message).toContain('2 times');
  });

  describe('repeated numbers, as a desk reads them', () => {
    table(numberMismatch, [
      [
        false,
        'The index rose 2 percent on Monday and 2 percent on Tuesday.',
        '지수는 월요일 2%, 화요일 2% 올랐다.',
      ],
      [
        true,
        'The index rose 2 percent on Monday and 2 percent on Tuesday.',
        '지수는 월요일 2%, 화요일 3% 올랐다.',
      ],
      [
        false,
        'He served from 2010 to 2014 and again from 2016 to 2020.',
        '그는 2010∼2014년과 2016∼2020년 재임했다.',
      ],
      [
        true,
        'He served from 2010 to 2014 and again from 2016 to 2020.',
        '그는 2010∼2014년과 2016∼2021년 재임했다.',
      ],
      [
        false,
        'Some 30 people were hurt, 30 of them seriously.',
        '약 30명이 다쳤고 이 가운데 30명은 중상이다.',
      ],
      [
        true,
        'Some 30 people were hurt, 30 of them seriously.',
        '약 30명이 다쳤고 이 가운데 13명은 중상이다.',
      ],
    ]);
  });
});

describe('number-word-mismatch', () => {
  table(numberWordMismatch, [
    // false: correct Korean must pass
    [false, 'Trade grew over the past four years.', '교역은 지난 4년간 늘었다.'],
    [false, 'He left the post five years earlier.', '그는 5년 전 자리에서 물러났다.'],
    [false, 'The two allies agreed to meet again.', '두 동맹국은 다시 만나기로 합의했다.'],
    [false, 'The pact binds the two countries.', '협정은 양국을 구속한다.'],
    [false, 'Two-thirds of the lawmakers voted for the bill.', '의원 3분의 2가 법안에 찬성했다.'],
    [false, 'A dozen ships were seized.', '선박 10여 척이 나포됐다.'],
    [false, 'Half of the respondents said no.', '응답자의 절반이 반대했다.'],
    [false, 'Half of the respondents said no.', '응답자의 50%가 반대했다.'],
    [false, 'A quarter of the budget went unspent.', '예산의 4분의 1이 집행되지 않았다.'],
    [false, 'The alliance has kept the peace for half a century.', '동맹은 반세기 동안 평화를 지켰다.'],
    [true, 'A quarter of the budget went unspent.', '예산의 3분의 1이 집행되지 않았다.'],
    [true, 'The alliance has kept the peace for half a century.', '동맹은 한 세기 동안 평화를 지켰다.'],
    [false, 'The talks lasted three days.', '협상은 사흘간 이어졌다.'],
    [false, 'Prices have doubled twice since then.', '가격은 그 이후 두 차례 배로 뛰었다.'],
    [false, 'Relations between the two Koreas have thawed.', '남북 관계가 풀렸다.'],
    [false, 'Twenty-five people were rescued.', '25명이 구조됐다.'],
    [false, 'He begins a three-day visit to Japan.', '그는 사흘 일정으로 일본 방문을 시작한다.'],
    [false, 'The six-party talks stalled.', '6자회담이 교착됐다.'],
    [false, 'They set up a two-way channel.', '그들은 쌍방향 채널을 만들었다.'],
    // true: wrong Korean must fail
    [true, 'Trade grew over the past four years.', '교역은 지난 3년간 늘었다.'],
    [true, 'He left the post five years earlier.', '그는 6년 전 자리에서 물러났다.'],
    [true, 'Two-thirds of the lawmakers voted for the bill.', '의원 3분의 1이 법안에 찬성했다.'],
    [true, 'A dozen ships were seized.', '선박 20척이 나포됐다.'],
    [true, 'The talks lasted three days.', '협상은 나흘간 이어졌다.'],
    [true, 'Twenty-five people were rescued.', '52명이 구조됐다.'],
    [true, 'He begins a three-day visit to Japan.', '그는 나흘 일정으로 일본 방문을 시작한다.'],
    [false, 'It grew in 2011, a year before the pact took effect.', '협정 발효 1년 전인 2011년 늘었다.'],
    [false, 'He had resigned a month earlier.', '그는 한 달 전 사임했다.'],
    [true, 'It grew in 2011, a year before the pact took effect.', '협정 발효 2년 전인 2011년 늘었다.'],
    [true, 'He had resigned a month earlier.', '그는 두 달 전 사임했다.'],
    [true, 'Half of the respondents said no.', '응답자의 3분의 1이 반대했다.'],
    // a Korean count the English does not give, though another 2 (양국) is there
    [
      true,
      'Trade between the two allies grew, helping both economies.',
      '세 동맹국 간 교역이 늘어 양국 경제에 도움이 됐다.',
    ],
    [
      false,
      'Trade between the two allies grew, helping both economies.',
      '두 동맹국 간 교역이 늘어 양국 경제에 도움이 됐다.',
    ],
    [false, 'It was the third round of talks.', '세 번째 협상이었다.'],
    [false, 'Both men were arrested.', '두 사람 모두 체포됐다.'],
  ]);

  it('names the word and its value', () => {
    const [hit] = numberWordMismatch.check(ctx('over the past four years', '지난 3년간'));
    expect(hit?.message).toContain('"four" (4)');
    expect(hit?.expected).toBe('4');
  });
});

describe('unit-mismatch', () => {
  table(unitMismatch, [
    [false, 'The deficit reached $27 billion.', '적자는 270억 달러에 달했다.'],
    [false, 'Sales rose 3.5 percent.', '매출은 3.5% 늘었다.'],
    [false, 'Sales rose 3.5 percent.', '매출은 3.5퍼센트 늘었다.'],
    [false, 'The rate fell 0.25 percentage point.', '금리는 0.25%포인트 내렸다.'],
    [false, 'The fund holds 2 billion euros.', '기금은 20억 유로를 보유하고 있다.'],
    [false, 'Exports of 1.2 million tons are planned.', '120만 톤 수출이 계획돼 있다.'],
    [false, 'The pipeline runs 120 km.', '송유관 길이는 120km다.'],
    [false, 'Investment of $10 billion to $20 billion is expected.', '100억∼200억 달러의 투자가 예상된다.'],
    [false, 'The KOSPI gained 12 points.', '코스피는 12포인트 올랐다.'],
    [true, 'The deficit reached $27 billion.', '적자는 270억 원에 달했다.'],
    [true, 'The rate fell 0.25 percentage point.', '금리는 0.25% 내렸다.'],
    [true, 'Sales rose 3.5 percent.', '매출은 3.5%포인트 늘었다.'],
    [true, 'The fund holds 2 billion euros.', '기금은 20억 달러를 보유하고 있다.'],
    [true, 'The pipeline runs 120 km.', '송유관 길이는 120마일이다.'],
    [true, 'Investment of $10 billion to $20 billion is expected.', '100억∼200억 원의 투자가 예상된다.'],
  ]);
});
