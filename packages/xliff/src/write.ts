import { DariError, errorAt, type Unit, type UnitFile } from '@dari/core';
import type { XliffDocument } from './document.js';
import { spliceXliff } from './splice.js';
import { writeFile12 } from './write12.js';
import { writeFile20 } from './write20.js';
import { invalidCharIndex } from './xml/escape.js';

/**
 * Serialises a unit file as XLIFF `next.version`. Given the document it was read from, it changes
 * only what the model changed and keeps every other byte (tool namespaces, attributes, comments,
 * whitespace); a different version than `previous` is written anew. Deterministic: same input,
 * same bytes. Throws `DariError` (`xml-invalid-char`) for text XML cannot carry.
 */
export function writeXliff(next: UnitFile, previous?: XliffDocument): string {
  checkChars(next);
  if (previous && previous.version === next.version) return spliceXliff(next, previous);
  return next.version === '2.0' ? writeFile20(next) : writeFile12(next);
}

function checkChars(file: UnitFile): void {
  const fields = function* (u: Unit): Generator<string> {
    for (const content of [u.source, u.target ?? [], u.previousSource ?? []]) {
      for (const p of content) {
        if (typeof p === 'string') yield p;
        else {
          yield p.id;
          yield p.data;
          if (p.type !== 'close') for (const v of Object.values(p.attrs ?? {})) yield v;
        }
      }
    }
    for (const n of u.notes ?? []) {
      yield n.text;
      if (n.from !== undefined) yield n.from;
    }
    yield u.id;
  };
  for (const group of file.groups) {
    for (const unit of group.units) {
      for (const s of fields(unit)) {
        const i = invalidCharIndex(s);
        if (i < 0) continue;
        const code = s.codePointAt(i) ?? 0;
        throw new DariError(
          errorAt(
            'xml-invalid-char',
            `unit "${unit.id}" holds U+${code.toString(16).toUpperCase().padStart(4, '0')}, a character XML cannot carry`,
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
}
