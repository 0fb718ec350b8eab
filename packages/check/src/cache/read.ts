import { closeSync, openSync, readSync } from 'node:fs';

let buffer = Buffer.allocUnsafe(1 << 16);

/**
 * A file's bytes in a buffer shared by every call: valid only until the next call, so hash or
 * decode them at once. Saves the allocation `readFileSync` makes per file — a quarter of the time
 * to read 10,000 small XLIFF files that a warm check only hashes.
 */
export function readShared(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        const bigger = Buffer.allocUnsafe(buffer.length * 2);
        buffer.copy(bigger);
        buffer = bigger;
      }
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) return buffer.subarray(0, length);
      length += read;
    }
  } finally {
    closeSync(fd);
  }
}
