import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asciiJson, readChecked, writeChecked } from './key.js';

const isAscii = (bytes: Uint8Array) => bytes.every((b) => b < 0x80);

describe('asciiJson', () => {
  it('escapes every character past ASCII, and JSON.parse reads the same value', () => {
    const value = {
      message: '"서울" for "Seoul" 😀 東京, é',
      lone: 'a\ud800b\udc00',
      keys: { 한국: ['ü', '\u007f', '\u0080', '\uffff'] },
    };
    const text = asciiJson(JSON.stringify(value));
    expect(isAscii(Buffer.from(text))).toBe(true);
    expect(JSON.parse(text)).toEqual(value);
  });

  it('leaves ASCII JSON as it is', () => {
    const text = JSON.stringify({ a: ['x\\u00e9', 'tab\t', 1.5] });
    expect(asciiJson(text)).toBe(text);
  });
});

describe('writeChecked', () => {
  it('writes a file readChecked accepts', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'dari-key-')), 'cache.json');
    const body = asciiJson(JSON.stringify({ name: '한국어' }));
    writeChecked(path, body);
    expect(isAscii(readFileSync(path))).toBe(true);
    expect(readChecked(path)?.toString('utf8')).toBe(body);
  });
});
