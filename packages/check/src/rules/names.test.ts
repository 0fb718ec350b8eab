import { describe, expect, it } from 'vitest';
import { jamoDistance } from '../lang/names.js';
import { ctx, file, unit } from '../test-support/factories.js';
import { nameInconsistent, nameSpelling } from './names.js';

describe('name-spelling', () => {
  const rows: ReadonlyArray<readonly [boolean, string, string]> = [
    [false, 'US President Donald Trump spoke.', '도널드 트럼프 미국 대통령이 연설했다.'],
    [false, 'US President Donald Trump spoke.', '트럼프 미국 대통령이 연설했다.'],
    [false, 'Trump met Xi Jinping in Beijing.', '트럼프는 베이징에서 시진핑과 만났다.'],
    [false, 'Robert Lighthizer made the request.', '로버트 라이트하이저 대표가 요청했다.'],
    [false, 'Kim Hyun-chong will lead the talks.', '김현종 본부장이 협상을 이끈다.'],
    [false, "The talks were held upon Washington's request.", '협상은 미국의 요청에 따라 열렸다.'],
    [false, 'Putin arrived in Tokyo.', '푸틴은 도쿄에 도착했다.'],
    [false, 'Singapore will host the summit.', '싱가포르가 정상회담을 연다.'],
    [false, 'Japan and Korea signed a general pact.', '한일 양국이 일반 협정에 서명했다.'],
    [true, 'US President Donald Trump spoke.', '도날드 트럼프 미국 대통령이 연설했다.'],
    [true, 'Robert Lighthizer made the request.', '로버트 라이트하이져 대표가 요청했다.'],
    [true, 'Kim Hyun-chong will lead the talks.', '김현중 본부장이 협상을 이끈다.'],
    [true, 'Putin arrived in Tokyo.', '푸틴은 토쿄에 도착했다.'],
    [true, 'Singapore will host the summit.', '싱가폴이 정상회담을 연다.'],
    [true, 'Trump met Xi Jinping in Beijing.', '트럼트는 베이징에서 시진핑과 만났다.'],
  ];
  for (const [wrong, source, target] of rows) {
    it(`${wrong ? 'flags' : 'passes'}: ${target}`, () => {
      const hits = nameSpelling.check(ctx(source, target));
      expect(hits.length > 0, hits.map((h) => h.message).join('; ')).toBe(wrong);
    });
  }

  it('names the standard spelling', () => {
    const [hit] = nameSpelling.check(ctx('Donald Trump spoke.', '도날드 트럼프가 연설했다.'));
    expect(hit).toMatchObject({ expected: '도널드 트럼프', actual: '도날드 트럼프' });
  });

  it('measures spelling distance in jamo', () => {
    expect(jamoDistance('도날드', '도널드')).toBe(1);
    expect(jamoDistance('김현중', '김현종')).toBe(1);
    expect(jamoDistance('무역적자', '무역흑자')).toBe(2);
  });
});

describe('name-inconsistent', () => {
  const lines = (pairs: ReadonlyArray<readonly [string, string]>) =>
    file(pairs.map(([source, target], i) => unit({ id: `u${i}`, source, target })));
  const check = (pairs: ReadonlyArray<readonly [string, string]>) =>
    nameInconsistent.check({ file: lines(pairs), path: 'locales/ko/a.xlf', locale: 'ko' });

  it('passes one spelling throughout, and different words that look alike', () => {
    expect(
      check([
        ['Ambassador Lighthizer opened the talks.', '라이트하이저 대표가 협상을 시작했다.'],
        [
          'Officials said Lighthizer pressed for changes.',
          '당국자들은 라이트하이저 대표가 개정을 압박했다고 전했다.',
        ],
        ['The deficit widened, said Lighthizer.', '라이트하이저 대표는 무역적자가 커졌다고 말했다.'],
        ['A surplus remained, Lighthizer added.', '라이트하이저 대표는 무역흑자는 남았다고 덧붙였다.'],
      ]),
    ).toEqual([]);
    expect(
      check([
        ['Minister Kim Hyun-chong met the press.', '김현종 본부장이 기자들을 만났다.'],
        ['Later, Kim Hyun-chong left for Washington.', '이후 김현종 본부장은 워싱턴으로 떠났다.'],
      ]),
    ).toEqual([]);
  });

  it('flags a name spelled two ways, on the rarer spelling', () => {
    const hits = check([
      ['Ambassador Lighthizer opened the talks.', '라이트하이저 대표가 협상을 시작했다.'],
      [
        'Officials said Lighthizer pressed for changes.',
        '당국자들은 라이트하이져 대표가 개정을 압박했다고 전했다.',
      ],
      ['The deficit widened, said Lighthizer.', '라이트하이저 대표는 무역적자가 커졌다고 말했다.'],
    ]);
    expect(hits.map((h) => [h.actual, h.expected, h.unit?.id])).toEqual([
      ['라이트하이져', '라이트하이저', 'u1'],
    ]);
    expect(
      check([
        ['Minister Kim Hyun-chong met the press.', '김현종 본부장이 기자들을 만났다.'],
        ['Later, Kim Hyun-chong left for Washington.', '이후 김현중 본부장은 워싱턴으로 떠났다.'],
      ]).map((h) => h.actual),
    ).toEqual(['김현중']);
  });
});
