import { errorAt } from '@dari/core';
import { fail, RULES } from './errors.js';

/** Offset of the first byte that is not part of valid UTF-8, or -1. */
function firstBadByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const need =
      b < 0x80
        ? 0
        : b >= 0xc2 && b <= 0xdf
          ? 1
          : b >= 0xe0 && b <= 0xef
            ? 2
            : b >= 0xf0 && b <= 0xf4
              ? 3
              : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    const b1 = bytes[i + 1] ?? 0;
    if (
      (b === 0xe0 && b1 < 0xa0) ||
      (b === 0xed && b1 > 0x9f) ||
      (b === 0xf0 && b1 < 0x90) ||
      (b === 0xf4 && b1 > 0x8f)
    ) {
      return i;
    }
    i += need + 1;
  }
  return -1;
}

/**
 * Decodes an article file as strict UTF-8 and drops a leading byte order mark. Throws
 * `article-not-utf8` at the line and column of the first bad byte instead of guessing.
 */
export function decodeArticle(bytes: Uint8Array, file: string): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    fail(
      errorAt(RULES.notUtf8, 'the article is UTF-16, not UTF-8', {
        file,
        line: 1,
        column: 1,
        note: 'Save the file as UTF-8 (without BOM) in your editor.',
      }),
    );
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const bad = firstBadByte(bytes);
    const at = bad < 0 ? bytes.length : bad;
    let lineStart = 0;
    let line = 1;
    for (let i = 0; i < at; i++) {
      if (bytes[i] === 0x0a) {
        line++;
        lineStart = i + 1;
      }
    }
    const column =
      new TextDecoder('utf-8').decode(bytes.subarray(lineStart, at)).replace(/^\uFEFF/, '').length + 1;
    const hex = (bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    return fail(
      errorAt(RULES.notUtf8, `byte 0x${hex} is not valid UTF-8`, {
        file,
        line,
        column,
        note: 'The file is probably in a legacy encoding (EUC-KR, CP949, Latin-1); convert it to UTF-8.',
      }),
    );
  }
}
