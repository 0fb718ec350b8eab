import { describe, expect, it } from 'vitest';
import { type BlockSink, writeBlocks } from './write.js';

/** A sink that takes each block later, as a pipe whose reader is slow does. */
function slowSink(): BlockSink & { bytes: () => Buffer; writes: number } {
  const parts: Buffer[] = [];
  const sink = {
    writes: 0,
    write(bytes: Uint8Array, done: (error?: Error | null) => void) {
      // Copied now: the block is reused once `done` is called, so a late copy would see new bytes.
      const copy = Buffer.from(bytes);
      sink.writes++;
      setTimeout(() => {
        parts.push(copy);
        done();
      }, 1);
    },
    bytes: () => Buffer.concat(parts),
  };
  return sink;
}

describe('writeBlocks', () => {
  it('writes the UTF-8 of the joined pieces, characters split over blocks whole', async () => {
    // Hangul (3 bytes), an emoji (a surrogate pair, 4 bytes) and ASCII, in blocks of 5 bytes.
    const pieces = ['ab', '한국어', '', '😀x😀', 'y'.repeat(13), '끝\n'];
    const sink = slowSink();
    await writeBlocks(sink, pieces, { blockBytes: 5, blocks: 2 });
    expect(sink.bytes().equals(Buffer.from(pieces.join('')))).toBe(true);
    expect(sink.writes).toBeGreaterThan(5);
  });

  it('reuses only blocks the sink has taken', async () => {
    const pieces = Array.from({ length: 200 }, (_, i) => `${i}:${'가'.repeat(i % 7)}\n`);
    const sink = slowSink();
    await writeBlocks(sink, pieces, { blockBytes: 16, blocks: 3 });
    expect(sink.bytes().toString('utf8')).toBe(pieces.join(''));
  });

  it('writes a lone surrogate as the replacement character, as a string write does', async () => {
    const sink = slowSink();
    await writeBlocks(sink, ['a\ud800b']);
    expect(sink.bytes().equals(Buffer.from('a\ud800b'))).toBe(true);
  });

  it('rejects with the error the sink gives', async () => {
    const failing: BlockSink = { write: (_bytes, done) => setTimeout(() => done(new Error('EPIPE')), 1) };
    await expect(writeBlocks(failing, ['x'.repeat(100)], { blockBytes: 8, blocks: 2 })).rejects.toThrow(
      'EPIPE',
    );
  });

  it('writes nothing for no text', async () => {
    const sink = slowSink();
    await writeBlocks(sink, ['', '']);
    expect(sink.writes).toBe(0);
  });
});
