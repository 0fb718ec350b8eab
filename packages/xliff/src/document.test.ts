import { BLOCK_KINDS } from '@dari/core';
import { describe, expect, it } from 'vitest';
import { groupType, kindFromGroupType } from './document.js';

describe('block kinds in group types', () => {
  it.each(BLOCK_KINDS)('%s reads back from both XLIFF versions', (kind) => {
    expect(kindFromGroupType(groupType.v12(kind))).toBe(kind);
    expect(kindFromGroupType(groupType.v20(kind))).toBe(kind);
  });

  it('reads groups Dari did not write, or kinds it does not know, as paragraphs', () => {
    for (const value of [
      undefined,
      '',
      'heading',
      'x-dari-sidebar',
      'dari:',
      'x-other:heading',
      'okapi:heading',
    ])
      expect(kindFromGroupType(value)).toBe('paragraph');
  });
});
