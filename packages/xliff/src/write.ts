import { DariError, errorAt, type Unit, type UnitFile } from '@dari/core';
import type { XliffDocument } from './document.js';
import { encodeXliff } from './encoding.js';
import { spliceXliff } from './splice.js';
import type { ArticleStamp } from './stamp.js';
import { writeFile12 } from './write12.js';
import { writeFile20 } from './write20.js';
import { invalidCharIndex } from './xml/escape.js';

/** What a write records besides the model. */
export interface WriteOptions {
  /**
   * The article the file was synced from (`dari sync` passes it): written into the file-level
   * `dari:article` note, or that note updated. Absent: a note already there is kept as it is.
   */
  readonly stamp?: ArticleStamp;
}

/**
 * Serialises a unit file as XLIFF `next.version`. Given the document it was read from, it changes
 * only what the model changed and keeps every other byte (tool namespaces, attributes, comments,
 * whitespace); a different version than `previous` is written anew. Deterministic: same input,
 * same bytes. Throws `DariError` (`xml-invalid-char`) for text XML cannot carry.
 */
export function writeXliff(next: UnitFile, previous?: XliffDocument, options: WriteOptions = {}): string {
  checkChars(next);
  const { stamp } = options;
  if (previous && previous.version === next.version) return spliceXliff(next, previous, stamp);
  return next.version === '2.0' ? writeFile20(next, stamp) : writeFile12(next, stamp);
}

/**
 * `writeXliff` as the bytes to store: in the encoding `previous` was read in (its XML declaration
 * is kept), byte-order mark included when it had one; UTF-8 for a file written anew.
 */
export function writeXliffBytes(
  next: UnitFile,
  previous?: XliffDocument,
  options: WriteOptions = {},
): Uint8Array {
  const text = writeXliff(next, previous, options);
  const spliced = previous !== undefined && previous.version === next.version;
  return encodeXliff(text, spliced ? previous.encoding : 'utf-8');
}

/** XLIFF 2 carries any character in text and native data as `<cp hex>`; 1.2 has no such element. */
function checkChars(file: UnitFile): void {
  for (const group of file.groups) {
    for (const unit of group.units) {
      const bad = badChar(unit, file.version === '2.0');
      if (bad === undefined) continue;
      throw new DariError(
        errorAt(
          'xml-invalid-char',
          `unit "${unit.id}" holds U+${bad.toString(16).toUpperCase().padStart(4, '0')}, a character XML cannot carry`,
          {
            file: file.original,
            ...(unit.line !== undefined ? { line: unit.line, column: unit.column ?? 1 } : {}),
            note: 'XML 1.0 forbids most control characters and lone surrogates; remove it from the article.',
          },
        ),
      );
    }
  }
}

/** The first code point XML cannot carry in any text a unit writes (plain loops: this runs on every unit). */
function badChar(u: Unit, cp: boolean): number | undefined {
  const check = (s: string): number | undefined => {
    const i = invalidCharIndex(s);
    return i < 0 ? undefined : (s.codePointAt(i) ?? 0);
  };
  for (const [i, content] of [u.source, u.target, u.previousSource].entries()) {
    // 2.x previous source goes into a note, which cannot hold <cp>.
    const carried = cp && i < 2;
    if (content === undefined) continue;
    for (const p of content) {
      const bad =
        typeof p === 'string'
          ? carried
            ? undefined
            : check(p)
          : (check(p.id) ??
            (carried ? undefined : check(p.data)) ??
            (p.type !== 'close' && p.attrs
              ? Object.values(p.attrs)
                  .map(check)
                  .find((c) => c !== undefined)
              : undefined));
      if (bad !== undefined) return bad;
    }
  }
  for (const n of u.notes ?? []) {
    const bad = check(n.text) ?? (n.from !== undefined ? check(n.from) : undefined);
    if (bad !== undefined) return bad;
  }
  return check(u.id);
}
