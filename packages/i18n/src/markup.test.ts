import { describe, expect, it } from 'vitest';
import { decodeResource, encodeResource } from './markup.js';

describe('resource markup', () => {
  it('round-trips text and code references', () => {
    const parts = [
      'Read ',
      { type: 'open', id: '1' },
      'the report',
      { type: 'close', id: '1' },
      '.',
      { type: 'ph', id: '2' },
    ] as const;
    const encoded = encodeResource(parts);
    expect(encoded).toBe('Read <b id="1"/>the report<e id="1"/>.<x id="2"/>');
    expect(decodeResource(encoded)).toEqual(parts);
  });

  it('keeps a translator’s markup, placeholders and entities as text', () => {
    const hostile = '<script>alert(1)</script> {{var}} $t(other) &amp; <b id="1"/>';
    const encoded = encodeResource([hostile]);
    expect(encoded).not.toMatch(/[<>{}$]/);
    expect(decodeResource(encoded)).toEqual([hostile]);
  });

  it('reads a malformed value as text rather than markup', () => {
    expect(decodeResource('a <b id="1">b</b> c')).toEqual(['a <b id="1">b</b> c']);
    expect(decodeResource('')).toEqual([]);
  });
});
