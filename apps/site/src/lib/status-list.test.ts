import { describe, expect, it } from 'vitest';
import { type FileCounts, pageStatus } from './status.js';
import { statusList } from './status-list.js';

const counts = (units: number, translated: number, needsReview = 0): FileCounts => ({
  units,
  translated,
  needsReview,
  untranslated: units - translated - needsReview,
  percentUnits: Math.floor((translated / units) * 1000) / 10,
});

/** Articles by name, each with its ko and ja counts (undefined = no file); English originals. */
const archive: Record<string, [FileCounts | undefined, FileCounts | undefined]> = {
  done: [counts(4, 4), counts(4, 4)],
  'ko-partial': [counts(4, 2), counts(4, 4)],
  'ja-missing': [counts(4, 4), undefined],
  'both-unfinished': [counts(4, 3, 1), counts(4, 1, 2)],
  'also-done': [counts(2, 2), counts(2, 2)],
};
const statusesOf = (name: string) => {
  const [ko, ja] = archive[name] ?? [undefined, undefined];
  return [
    pageStatus('en', 'en', undefined, 100),
    pageStatus('ko', 'en', ko, 0),
    pageStatus('ja', 'en', ja, 0),
  ];
};

describe('statusList', () => {
  it('counts articles complete everywhere and lists only the others, in order, with their unfinished locales', () => {
    const list = statusList(Object.keys(archive), statusesOf);
    expect(list.total).toBe(5);
    expect(list.complete).toBe(2);
    expect(list.pending.map((p) => [p.article, p.statuses.map((s) => `${s.locale}:${s.level}`)])).toEqual([
      ['ko-partial', ['ko:partial']],
      ['ja-missing', ['ja:missing']],
      ['both-unfinished', ['ko:review', 'ja:partial']],
    ]);
  });

  it('an article in its own language only, or an empty archive, has nothing pending', () => {
    expect(statusList(['solo'], () => [pageStatus('en', 'en', undefined, 100)])).toEqual({
      total: 1,
      complete: 1,
      pending: [],
    });
    expect(statusList([], statusesOf)).toEqual({ total: 0, complete: 0, pending: [] });
  });
});
