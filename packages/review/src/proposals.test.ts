import { describe, expect, it } from 'vitest';
import { proposalsFor } from './proposals.js';

describe('proposalsFor', () => {
  const memory = [
    {
      source: ['The talks begin in Seoul next week.'],
      target: ['협상은 다음 주 서울에서 시작된다.'],
      from: 'a.xlf',
    },
    {
      source: ['The talks begin in Seoul next week.'],
      target: ['협상은 다음 주 서울에서 시작된다.'],
      from: 'b.xlf',
    },
    { source: ['Talks begin in Washington next month.'], target: ['협상은 다음 달 워싱턴에서 시작된다.'] },
    { source: ['Exports fell sharply.'], target: ['수출이 급감했다.'] },
    { source: ['The talks begin in Seoul next week!'], target: [''] },
  ];

  it('ranks similar sources first, drops unrelated ones, empty targets and repeats', () => {
    const out = proposalsFor(['Talks begin in Seoul next month.'], memory);
    expect(out.map((p) => p.target)).toEqual([
      '협상은 다음 달 워싱턴에서 시작된다.',
      '협상은 다음 주 서울에서 시작된다.',
    ]);
    expect(out[0]?.score).toBeGreaterThan(out[1]?.score ?? 100);
    expect(out[1]?.from).toBe('a.xlf');
    expect(proposalsFor(['Talks begin in Seoul next month.'], memory, { min: 80 })).toHaveLength(1);
  });

  it('an identical source scores 100', () => {
    expect(proposalsFor(['Exports fell sharply.'], memory)[0]).toMatchObject({
      score: 100,
      target: '수출이 급감했다.',
    });
  });
});
