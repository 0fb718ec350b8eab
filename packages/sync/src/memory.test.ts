import { describe, expect, it } from 'vitest';
import { sourceDigest, sourceKey } from './key.js';
import { MemoryIndex } from './memory.js';
import type { MemoryEntry } from './types.js';

const entry = (source: string, target: string): MemoryEntry => ({
  source: [source],
  target: [target],
  sourceLang: 'en',
  locale: 'ko',
  unitId: 'u1',
});

describe('MemoryIndex', () => {
  it('finds a sentence reserved by digest, reading its file only on the lookup', () => {
    const index = new MemoryIndex();
    let reads = 0;
    const talks = entry('Talks resume on Monday.', '협상은 월요일 재개된다.');
    index.addKeys('ko', [sourceDigest(sourceKey(talks.source)), 'u1'], (id) => {
      reads++;
      return id === 'u1' ? talks : undefined;
    });
    expect(reads).toBe(0);
    expect(index.lookup('ko', ['Talks  resume on Monday.'])?.target).toEqual(['협상은 월요일 재개된다.']);
    expect(index.lookup('ko', ['Talks resume on Monday.'])?.target).toEqual(['협상은 월요일 재개된다.']);
    expect(reads).toBe(1);
  });

  it('never proposes the translation of another sentence that shares the digest', () => {
    const index = new MemoryIndex();
    const other = entry('Markets fell sharply.', '증시가 급락했다.');
    // A digest collision, forced: the slot of "Talks resume…" resolves to a different sentence.
    index.addKeys('ko', [sourceDigest('Talks resume on Monday.'), 'u1'], () => other);
    expect(index.lookup('ko', ['Talks resume on Monday.'])).toBeUndefined();
  });

  it('finds nothing when the file no longer holds the sentence', () => {
    const index = new MemoryIndex();
    index.addKeys('ko', [sourceDigest('Talks resume on Monday.'), 'u1'], () => undefined);
    expect(index.lookup('ko', ['Talks resume on Monday.'])).toBeUndefined();
    expect([...index.entries()]).toEqual([]);
  });

  it('keeps the first translation of a sentence (live files are added before the archive)', () => {
    const index = new MemoryIndex();
    index.add(entry('Talks resume on Monday.', '협상은 월요일 재개된다.'));
    index.add(entry('Talks resume on Monday.', '옛 번역'));
    expect(index.lookup('ko', ['Talks resume on Monday.'])?.target).toEqual(['협상은 월요일 재개된다.']);
    expect(index.lookup('ja', ['Talks resume on Monday.'])).toBeUndefined();
  });
});
