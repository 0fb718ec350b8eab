import { describe, expect, it } from 'vitest';
import {
  type Content,
  codesOf,
  contentEquals,
  type InlineCode,
  isCode,
  normalizeContent,
  plainText,
} from './content.js';

const open = (id: string, data = '<a href="x">'): InlineCode => ({ type: 'open', id, kind: 'link', data });
const close = (id: string): InlineCode => ({ type: 'close', id, kind: 'link', data: '</a>' });
const code = (id: string, text: string): InlineCode => ({
  type: 'ph',
  id,
  kind: 'code',
  data: `<code>${text}</code>`,
  attrs: { text },
});
const br: InlineCode = { type: 'ph', id: 'br1', kind: 'break', data: '<br>' };

describe('plainText', () => {
  it('drops links and breaks but keeps the text of inline code spans', () => {
    expect(
      plainText(['Run ', code('c1', 'dari sync'), ' on ', open('1'), 'the site', close('1'), '.', br]),
    ).toBe('Run dari sync on the site.');
  });
});

describe('normalizeContent', () => {
  it('merges neighbouring strings and drops empty ones, keeping codes in place', () => {
    expect(normalizeContent(['a', '', 'b', open('1'), '', 'c', 'd', close('1')])).toEqual([
      'ab',
      open('1'),
      'cd',
      close('1'),
    ]);
  });

  it('returns an empty content for text made only of empty strings', () => {
    expect(normalizeContent(['', ''])).toEqual([]);
  });
});

describe('contentEquals', () => {
  it('treats differently split text as equal', () => {
    expect(
      contentEquals(
        ['Seoul ', 'and ', open('1'), 'Washington', close('1')],
        ['Seoul and ', open('1'), 'Washington', close('1')],
      ),
    ).toBe(true);
  });

  it('compares codes by type and id, not by their markup', () => {
    expect(
      contentEquals(
        [open('1', '<a href="a">'), 'x', close('1')],
        [open('1', '<a href="b">'), 'x', close('1')],
      ),
    ).toBe(true);
    expect(contentEquals([open('1'), 'x', close('1')], [open('2'), 'x', close('2')])).toBe(false);
  });

  it('sees moved codes, changed text and different lengths', () => {
    const a: Content = [open('1'), 'x', close('1'), ' y'];
    expect(contentEquals(a, ['x', open('1'), close('1'), ' y'])).toBe(false);
    expect(contentEquals(a, [open('1'), 'x', close('1'), ' z'])).toBe(false);
    expect(contentEquals(a, [open('1'), 'x', close('1')])).toBe(false);
    expect(contentEquals(['x'], [code('x', 'x')])).toBe(false);
  });
});

describe('codesOf and isCode', () => {
  it('lists the codes in reading order', () => {
    const content: Content = ['a', open('1'), 'b', br, close('1')];
    expect(codesOf(content).map((c) => `${c.type}:${c.id}`)).toEqual(['open:1', 'ph:br1', 'close:1']);
    expect(content.map(isCode)).toEqual([false, true, false, true, true]);
  });
});
