import { describe, expect, it } from 'vitest';
import { matchKey, surelyNfc, toNfc } from './normalize.js';

// The fast paths skip `normalize` and the whitespace regex; they must never change a key.
const reference = (text: string) => text.normalize('NFC').replace(/\s+/gu, ' ').trim();

const SAMPLES = [
  'Plain ASCII sentence.',
  ' leading and trailing ',
  'double  space',
  'tab\there',
  'line\nbreak',
  'no-break\u00a0space',
  'ideographic\u3000space',
  'Café déjà vu',
  'Cafe\u0301 decomposed',
  '회의가 열렸다.',
  '회의가 열렸다.'.normalize('NFD'),
  '\u1100\u1161 jamo',
  'Angstrom \u212b and Ohm \u2126',
  'CJK compatibility \uf900',
  '“Curly” quotes… and ‘single’',
  'A\u2000en quad',
  '',
  ' ',
];

describe('normalize', () => {
  it('gives the same match key as NFC plus collapsed whitespace, on every kind of text', () => {
    for (const s of SAMPLES) expect(matchKey(s), JSON.stringify(s)).toBe(reference(s));
  });

  it('takes the fast path only for text NFC cannot change', () => {
    for (const s of SAMPLES) if (surelyNfc(s)) expect(s.normalize('NFC')).toBe(s);
    expect(surelyNfc('회의가 열렸다. “Yes…”')).toBe(true);
    expect(surelyNfc('Cafe\u0301')).toBe(false);
    expect(surelyNfc('\u212b')).toBe(false);
  });

  it('maps NFD text to NFC with offsets back into the original', () => {
    const nfd = '한국 Café'.normalize('NFD');
    const { text, map } = toNfc(nfd);
    expect(text).toBe('한국 Café');
    expect(map?.[3]).toBe(nfd.indexOf(' ') + 1);
    expect(toNfc('already NFC').map).toBeUndefined();
  });
});
