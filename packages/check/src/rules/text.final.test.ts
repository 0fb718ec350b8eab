import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { UnitContext } from './index.js';
import { finalPunctuation, whitespaceMismatch } from './text.js';

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

describe('whitespaceMismatch', () => {
  const ctx = (source: string, target: string) => ({ source, target }) as UnitContext;
  /** The regular-expression version of its test, kept as the reference. */
  const byRegex = (s: string, t: string) => [
    /^\s*/u.exec(s)?.[0] !== /^\s*/u.exec(t)?.[0],
    /\s*$/u.exec(s)?.[0] !== /\s*$/u.exec(t)?.[0],
  ];

  it('tells leading from trailing whitespace differences as the regular expressions did', () => {
    expect(whitespaceMismatch.check(ctx('Talks. ', '협상.')).map((h) => h.message)).toEqual([
      'trailing whitespace differs from the source',
    ]);
    fc.assert(
      fc.property(text, text, (s, t) => {
        const [lead, trail] = byRegex(s, t);
        const messages = whitespaceMismatch.check(ctx(s, t)).map((h) => h.message);
        return (
          messages.some((m) => m.startsWith('leading')) === lead &&
          messages.some((m) => m.startsWith('trailing')) === trail
        );
      }),
      { numRuns: 5000 },
    );
  });
});
