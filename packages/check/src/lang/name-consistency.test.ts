import { describe, expect, it } from 'vitest';
import { inconsistentSpellings } from './name-consistency.js';

// Pairs from several articles of an archive (the `ref` says which file and unit).
describe('inconsistentSpellings across an archive', () => {
  it('finds a name spelled two ways in different files, on the rarer spelling', () => {
    const clashes = inconsistentSpellings([
      { source: 'Envoy Lighthizer arrived.', target: '라이트하이저 대표가 도착했다.', ref: 'a.xlf#1' },
      {
        source: 'Later, Lighthizer met Kim.',
        target: '이후 라이트하이저 대표는 김 본부장을 만났다.',
        ref: 'b.xlf#4',
      },
      {
        source: 'The talks, Lighthizer said, went well.',
        target: '라이트하이져 대표는 협상이 잘 됐다고 말했다.',
        ref: 'c.xlf#2',
      },
    ]);
    expect(clashes).toEqual([{ rare: '라이트하이져', common: '라이트하이저', ref: 'c.xlf#2' }]);
  });

  it('passes one spelling everywhere, and look-alike words with no shared English name', () => {
    expect(
      inconsistentSpellings([
        { source: 'Envoy Lighthizer arrived.', target: '라이트하이저 대표가 도착했다.', ref: 1 },
        { source: 'Later, Lighthizer left.', target: '라이트하이저 대표는 떠났다.', ref: 2 },
        { source: 'The deficit grew, Officials said.', target: '무역적자가 늘었다.', ref: 3 },
        { source: 'A surplus remained, Analysts said.', target: '무역흑자는 남았다.', ref: 4 },
        { source: 'Troops of the Allied forces moved.', target: '동맹군이 이동했다.', ref: 5 },
        { source: 'The Allied nations met.', target: '동맹국들이 만났다.', ref: 6 },
      ]),
    ).toEqual([]);
  });
});
