import type { UnitFile } from '@dari/core';
import { describe, expect, it } from 'vitest';
import { changedSources } from './changes.js';

const file = (units: UnitFile['groups'][number]['units']): UnitFile => ({
  version: '1.2',
  sourceLang: 'en',
  targetLang: 'ko',
  original: 'articles/a.md',
  groups: [{ id: 'p-1', kind: 'paragraph', units }],
});

describe('changedSources', () => {
  it('lists units in review whose source differs from the one they were translated from', () => {
    const doc = file([
      {
        id: 'a',
        source: ['New text.'],
        previousSource: ['Old text.'],
        target: ['옛'],
        state: 'needs-review',
      },
      { id: 'b', source: ['Same.'], previousSource: ['Same.'], target: ['같음'], state: 'needs-review' },
      { id: 'c', source: ['Reset by hand.'], target: ['손'], state: 'needs-review' },
      { id: 'd', source: ['Done.'], previousSource: ['Old.'], target: ['끝'], state: 'translated' },
    ]);
    expect([...changedSources(doc)]).toEqual(['a']);
  });
});
