import { DariError } from '@dari/core';
import { describe, expect, it } from 'vitest';
import { decodeArticle } from './decode.js';

const bytes = (...parts: Array<string | number[]>) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));

describe('decodeArticle', () => {
  it('decodes UTF-8 and drops a BOM', () => {
    expect(decodeArticle(bytes([0xef, 0xbb, 0xbf], '---\n한국'), 'a.md')).toBe('---\n한국');
  });

  it('reports the line and column of the first byte that is not UTF-8', () => {
    try {
      decodeArticle(bytes('---\ntitle: 한', [0xc7, 0xd1], '\n'), 'a.md');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DariError);
      expect((e as DariError).diagnostics[0]).toMatchObject({
        ruleId: 'article-not-utf8',
        file: 'a.md',
        line: 2,
        column: 9,
      });
    }
  });

  it('names UTF-16 files', () => {
    expect(() => decodeArticle(bytes([0xff, 0xfe, 0x41, 0x00]), 'a.md')).toThrow(/UTF-16/);
  });
});
