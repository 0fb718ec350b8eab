import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import {
  escapeHtml,
  escapeXmlAttr,
  escapeXmlText,
  invalidXmlCharIndex,
  isXmlCharCode,
  stripInvalidXmlChars,
} from './escape.js';

/** What an XML parser reads back from `<e a="…">…</e>`: the attribute value and the text. */
function parseBack(attr: string, text: string): { attr: string; text: string } {
  const parser = new SaxesParser();
  const out = { attr: '', text: '' };
  parser.on('opentag', (tag) => {
    out.attr = String(tag.attributes.a ?? '');
  });
  parser.on('text', (t) => {
    out.text += t;
  });
  parser.write(`<e a="${attr}">${text}</e>`).close();
  return out;
}

const hostile = 'Tom & "Jerry" <script>alert(\'x\')</script> ]]> a\tb\nc\r\nd';

describe('escapeXmlText / escapeXmlAttr', () => {
  it('reads back exactly, tabs, line ends and CR included', () => {
    expect(parseBack(escapeXmlAttr(hostile), escapeXmlText(hostile))).toEqual({
      attr: hostile,
      text: hostile,
    });
  });

  it('never lets markup or a CDATA end through', () => {
    expect(escapeXmlText(hostile)).not.toMatch(/[<]|]]>/);
    expect(escapeXmlAttr(hostile)).not.toMatch(/[<"\t\n\r]/);
  });

  it('leaves quotes in text alone and Korean untouched', () => {
    expect(escapeXmlText('"다리" \'bridge\'')).toBe('"다리" \'bridge\'');
  });
});

describe('escapeHtml', () => {
  it('is safe in text and in single- or double-quoted attributes', () => {
    expect(escapeHtml(hostile)).not.toMatch(/[<>"']/);
    expect(escapeHtml('a & b')).toBe('a &amp; b');
  });
});

describe('the XML 1.0 character rule', () => {
  it('finds controls, lone surrogates and U+FFFF, and allows tab, LF, CR and astral characters', () => {
    expect(invalidXmlCharIndex('ok\t\n\r😀 다리')).toBe(-1);
    expect(invalidXmlCharIndex('ab\u0001')).toBe(2);
    expect(invalidXmlCharIndex('a\uD800b')).toBe(1);
    expect(invalidXmlCharIndex('a\uDC00')).toBe(1);
    expect(invalidXmlCharIndex('\uFFFF')).toBe(0);
  });

  it('allows exactly the code points a character reference may name, as a conforming parser does', () => {
    const parses = (code: number) => {
      try {
        new SaxesParser().write(`<e>&#x${code.toString(16)};</e>`).close();
        return true;
      } catch {
        return false;
      }
    };
    const edges = [0, 0x08, 0x09, 0x0a, 0x0b, 0x0d, 0x1f, 0x20, 0xd7ff, 0xd800, 0xdfff, 0xe000, 0xfffd];
    for (const code of [...edges, 0xfffe, 0xffff, 0x10000, 0x10ffff, 0x110000])
      expect(isXmlCharCode(code), code.toString(16)).toBe(parses(code));
  });

  it('strips every such character so a report stays well-formed', () => {
    const stripped = stripInvalidXmlChars('a\u0000b\u001Fc\uD800d\uFFFE😀');
    expect(stripped).toBe('abcd😀');
    expect(parseBack(escapeXmlAttr(stripped), escapeXmlText(stripped)).text).toBe(stripped);
  });
});
