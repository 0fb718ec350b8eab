import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asciiJson, asciiText, readChecked, writeChecked } from './key.js';

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

describe('asciiText', () => {
  it('reads what asciiJson wrote as the value it was', () => {
    const value = { m: '"서울" 😀 é', n: [1, 'x'] };
    const bytes = Buffer.from(asciiJson(JSON.stringify(value)), 'utf8');
    expect(JSON.parse(asciiText(bytes))).toEqual(value);
    expect(asciiText(bytes, 1, 4)).toBe(bytes.toString('utf8', 1, 4));
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

  it('refuses a file with a changed byte, a cut end or an old SHA-1 line', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'dari-key-')), 'cache.json');
    const body = JSON.stringify({ findings: [[0, 1, 2, 'Seoul 서울']], n: 12345 });
    writeChecked(path, body);
    const good = readFileSync(path);
    expect(readChecked(path)?.toString('utf8')).toBe(body);
    const flipped = Buffer.from(good);
    const at = good.indexOf('12345');
    flipped[at] = '9'.charCodeAt(0);
    writeFileSync(path, flipped);
    expect(readChecked(path)).toBeUndefined();
    writeFileSync(path, good.subarray(0, good.length - 3));
    expect(readChecked(path)).toBeUndefined();
    // The checksum line of the format before CRC-32: a miss, not a crash.
    writeFileSync(path, `${createHash('sha1').update(body).digest('hex')}\n${body}`);
    expect(readChecked(path)).toBeUndefined();
    writeFileSync(path, body);
    expect(readChecked(path)).toBeUndefined();
  });
});
