import * as crypto from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import * as zlib from 'node:zlib';

/** Hex sha1 of bytes or a string: ~1 GB/s, so hashing a file costs about what reading it does. */
export function sha1(data: string | Uint8Array): string {
  // crypto.hash (Node 21.7+) skips the Hash object: a fifth faster on 10,000 small files.
  return crypto.hash ? crypto.hash('sha1', data) : crypto.createHash('sha1').update(data).digest('hex');
}

/** The article side of a file's context; `undefined` for a file without an article (`ui.xlf`). */
export interface ArticleContext {
  readonly path: string;
  readonly lang: string;
  readonly digest: string;
}

/**
 * Everything besides its own bytes that one locale file's result depends on: where it sits, its
 * article, the active rules and its locale's glossary. A cached result is reused only when both the
 * file's hash and this context are unchanged.
 */
export function fileContext(
  path: string,
  locale: string,
  article: ArticleContext | undefined,
  rulesAndGlossary: string,
): string {
  return sha1(JSON.stringify([path, locale, article ?? null, rulesAndGlossary]));
}

/**
 * The checksum line of a cache file: CRC-32 (Node 20.15+, 22.2+; the project runs on 24). It is
 * there to catch a torn or hand-edited file, not a forged one, and CRC-32 of the 60 MB a warm run
 * reads at 10,000 articles costs a tenth of SHA-1. A file with any other line just misses.
 */
function checksum(data: string | Uint8Array): string {
  return `crc32:${zlib.crc32(data).toString(16)}`;
}

/**
 * The bytes after the first line of a file written as `<checksum of the rest>\n<rest>`, or
 * undefined when it is missing or the checksum fails (truncated, hand-edited). The bytes are summed
 * as read: summing the decoded text would encode it to UTF-8 again.
 */
export function readChecked(path: string): Buffer | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return undefined;
  }
  const newline = bytes.indexOf(10);
  if (newline < 0) return undefined;
  const rest = bytes.subarray(newline + 1);
  return bytes.toString('latin1', 0, newline) === checksum(rest) ? rest : undefined;
}

/**
 * JSON text with every character past ASCII written as a `\u` escape: the same value to JSON.parse,
 * and a file of ASCII is decoded and parsed as a one-byte string, about twice as fast as the
 * two-byte one a few Korean messages made of the whole 29 MB of a 10,000-article cache.
 */
export function asciiJson(json: string): string {
  return json.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * The text of bytes `asciiJson` wrote (after `readChecked` vouched for them): each byte one
 * character, as Latin-1 reads them, a tenth of the time of decoding 60 MB as UTF-8. Any byte past
 * ASCII (a file this code did not write) comes out as another character, never as a crash.
 */
export function asciiText(bytes: Buffer, start = 0, end = bytes.length): string {
  return bytes.toString('latin1', start, end);
}

/**
 * Writes `body` as `readChecked` reads it, atomically (temp file + rename, so a concurrent reader
 * sees the old file or the new one). A cache that cannot be written (read-only checkout, full disk,
 * a file where the folder would go) only costs the next run speed: ignored.
 */
export function writeChecked(path: string, body: string): void {
  const temp = `${path}.${process.pid}.${Date.now()}.tmp`;
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(temp, `${checksum(body)}\n${body}`);
    renameSync(temp, path);
  } catch {
    try {
      rmSync(temp, { force: true });
    } catch {
      // Nothing was created where nothing could be written.
    }
  }
}
