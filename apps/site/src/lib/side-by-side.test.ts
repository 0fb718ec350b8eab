import { describe, expect, it } from 'vitest';
import { sideBySideOrder } from './side-by-side.js';

describe('sideBySideOrder', () => {
  it('puts the credit last and keeps the body in order (the segmenter puts it third)', () => {
    const blocks = ['title', 'summary', 'dateline', 'credit', 'paragraph', 'heading', 'paragraph'].map(
      (kind, i) => ({
        kind,
        id: `b${i}`,
        units: [1],
      }),
    );
    expect(sideBySideOrder(blocks).map((b) => b.id)).toEqual(['b0', 'b2', 'b1', 'b4', 'b5', 'b6', 'b3']);
  });
});
