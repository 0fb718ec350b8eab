import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readShared } from './read.js';

describe('readShared', () => {
  it('reads files of any size, each call replacing the last', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dari-read-'));
    const big = `${'x'.repeat(300_000)}끝`;
    writeFileSync(join(dir, 'big.xlf'), big);
    writeFileSync(join(dir, 'small.xlf'), 'small');
    writeFileSync(join(dir, 'empty.xlf'), '');
    expect(readShared(join(dir, 'big.xlf'), 'big.xlf').toString('utf8')).toBe(big);
    expect(readShared(join(dir, 'small.xlf'), 'small.xlf').toString('utf8')).toBe('small');
    expect(readShared(join(dir, 'empty.xlf'), 'empty.xlf').length).toBe(0);
  });

  it('throws a clear error naming a missing file', () => {
    expect(() => readShared(join(tmpdir(), 'no-such-dari-file.xlf'), 'locales/ko/x.xlf')).toThrow(
      /^locales\/ko\/x.xlf error io-enoent/,
    );
  });
});
