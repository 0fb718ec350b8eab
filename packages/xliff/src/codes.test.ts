import { describe, expect, it } from 'vitest';
import { htmlTag, kindFrom12 } from './codes.js';

describe('htmlTag', () => {
  it('reads the name and attributes of a start tag', () => {
    expect(htmlTag('<a href="https://x.kr/?a=1&amp;b=2" class=big>')).toEqual({
      name: 'a',
      attrs: { href: 'https://x.kr/?a=1&b=2', class: 'big' },
    });
    expect(htmlTag('</EM>')).toEqual({ name: 'em', attrs: {} });
    expect(htmlTag('text')).toBeUndefined();
  });

  it('splits attributes at every character /\\s/ takes for a space, and only those', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      const tag = htmlTag(`<img${ch}alt=x${ch}src=y>`);
      if (/\s/.test(ch)) expect(tag?.attrs, `U+${c.toString(16)}`).toEqual({ alt: 'x', src: 'y' });
      else expect(tag?.attrs.src, `U+${c.toString(16)}`).toBeUndefined();
    }
  });
});

describe('kindFrom12', () => {
  it('maps ctypes to kinds, then falls back to the HTML of the data', () => {
    expect(kindFrom12('link', '')).toBe('link');
    expect(kindFrom12('x-link', '')).toBe('link');
    expect(kindFrom12('bold', '')).toBe('strong');
    expect(kindFrom12('lb', '')).toBe('break');
    expect(kindFrom12('underlined', '<a>')).toBe('html');
    expect(kindFrom12(undefined, '<em>')).toBe('emphasis');
    expect(kindFrom12('x-unknown', '<img src=a>')).toBe('image');
  });
});
