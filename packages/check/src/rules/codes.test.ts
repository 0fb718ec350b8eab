import type { Content, InlineCode } from '@dari/core';
import { describe, expect, it } from 'vitest';
import { ctx, unit } from '../test-support/factories.js';
import { inlineCodeExtra, inlineCodeMissing, inlineCodeOrder } from './codes.js';

const open = (id: string): InlineCode => ({
  type: 'open',
  id,
  kind: 'link',
  data: '<a href="https://x.example">',
});
const close = (id: string): InlineCode => ({ type: 'close', id, kind: 'link', data: '</a>' });
const br: InlineCode = { type: 'ph', id: '9', kind: 'break', data: '<br>' };
const withCodes = (source: Content, target: Content) => ({ ...ctx('', ''), unit: unit({ source, target }) });

const SOURCE: Content = ['Read ', open('1'), 'the story', close('1'), ' now.', br];

describe('inline code rules', () => {
  it('accept codes moved with the words, as Korean word order needs', () => {
    const c = withCodes(SOURCE, [br, '지금 ', open('1'), '기사', close('1'), '를 읽으세요.']);
    expect([...inlineCodeMissing.check(c), ...inlineCodeExtra.check(c), ...inlineCodeOrder.check(c)]).toEqual(
      [],
    );
  });

  it('inline-code-missing: a link lost in the target', () => {
    const hits = inlineCodeMissing.check(withCodes(SOURCE, ['기사를 읽으세요.', br]));
    expect(hits.map((h) => h.message)).toEqual([
      'the target lacks the source\'s open 1 (<a href="https://x.example">)',
      "the target lacks the source's close 1 (</a>)",
    ]);
  });

  it('inline-code-extra: a code the source does not have, or one doubled', () => {
    const hits = inlineCodeExtra.check(withCodes(SOURCE, [open('1'), '기사', close('1'), br, br]));
    expect(hits).toHaveLength(1);
    expect(hits[0]?.message).toContain('placeholder 9');
  });

  it('inline-code-order: a close before its open, and crossing pairs', () => {
    expect(
      inlineCodeOrder.check(withCodes(SOURCE, [close('1'), '기사', open('1'), br])).map((h) => h.message),
    ).toEqual(['in the target, close 1 comes before its open']);
    const nested: Content = [open('1'), 'a ', open('2'), 'b', close('2'), close('1')];
    const crossing: Content = [open('1'), 'a ', open('2'), 'b', close('1'), close('2')];
    expect(inlineCodeOrder.check(withCodes(nested, crossing))).toHaveLength(1);
    // What the source itself does (a link split by a sentence boundary) stays allowed.
    expect(inlineCodeOrder.check(withCodes([close('1'), 'end.'], [close('1'), '끝.']))).toEqual([]);
  });
});
