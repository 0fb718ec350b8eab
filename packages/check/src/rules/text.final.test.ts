import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { finalPunctuation } from './text.js';

/** The regular-expression version `finalPunctuation` replaced, kept as the reference. */
function byRegex(text: string): string {
  const FINAL: Record<string, string> = { '.': '.', '。': '.', '?': '?', '？': '?', '!': '!', '！': '!' };
  Object.assign(FINAL, { ':': ':', '：': ':', ';': ';', '；': ';', '…': '…' });
  const t = text.replace(/["'”’»)\]」』\s]+$/u, '').replace(/\.\.\.$/, '…');
  return FINAL[t.at(-1) ?? ''] ?? '';
}

const PIECES = ['.', '...', '?', '!', '。', '？', ':', ';', '…', '"', "'", '”', '’', '»', ')', ']', '」'];
const text = fc
  .array(fc.oneof(fc.constantFrom(...PIECES, ' ', '\u00a0', '\u3000', '\n', 'a', '가', '😀'), fc.string()), {
    maxLength: 8,
  })
  .map((parts) => parts.join(''));

describe('finalPunctuation', () => {
  it('looks through closing quotes, brackets and spaces to the final mark', () => {
    expect(finalPunctuation('He said "no."  ')).toBe('.');
    expect(finalPunctuation('(그렇다…)')).toBe('…');
    expect(finalPunctuation('Wait...”')).toBe('…');
    expect(finalPunctuation('Really?」 ')).toBe('?');
    expect(finalPunctuation('no mark')).toBe('');
    expect(finalPunctuation('')).toBe('');
  });

  it('gives what the regular expressions gave on any text', () => {
    fc.assert(
      fc.property(text, (t) => finalPunctuation(t) === byRegex(t)),
      { numRuns: 5000 },
    );
  });
});
