import { describe, expect, it } from 'vitest';
import { IdAllocator, shortHash } from './ids.js';

describe('ids', () => {
  // Fixed values: every committed translation file names its units by these. A change here
  // renames every unit in every locale.
  it('hashes match keys to the same eight base-36 characters as always, zero-padded', () => {
    expect(
      ['', 'a', 'The trade volume rose.', '회의가 열렸다.', 'x'.repeat(1000), 'k769', 'k106'].map(shortHash),
    ).toEqual(['jl67o803', 'p94epp1d', 'ekhlpuc5', 'ole9yksw', 'ed0ooxff', '004kb28v', '5tbv00x0']);
  });

  it('numbers repeats -2, -3 and never hands out a reserved or used id', () => {
    const ids = new IdAllocator();
    ids.reserve('p-title');
    expect(['s-a', 's-a', 'p-title', 's-a', 's-a-2', 's-b'].map((b) => ids.take(b))).toEqual([
      's-a',
      's-a-2',
      'p-title-2',
      's-a-3',
      's-a-2-2',
      's-b',
    ]);
  });
});
