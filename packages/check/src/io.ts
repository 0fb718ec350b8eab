import type { UnitFile } from '@dari/core';
import type { ParseArticle } from './articles.js';
import { changedFilesSince } from './git.js';

/** The I/O the check needs, injectable so the flow is testable without git or the other packages. */
export interface CheckIo {
  readonly parseArticle: ParseArticle;
  readonly readXliff: (text: string, file: string, options?: { readonly maxDepth?: number }) => UnitFile;
  readonly changedFiles: (root: string, ref: string) => ReadonlySet<string>;
  /** Called (and awaited) before the first `parseArticle` or `readXliff` call of a run. */
  readonly prepare?: () => Promise<void>;
}

interface Readers {
  readonly parseArticle: ParseArticle;
  readonly readXliff: CheckIo['readXliff'];
}

// Cache: the readers, imported once per process on the first cache miss (see below).
let readers: Promise<Readers> | undefined;
let loaded: Readers | undefined;

// The Markdown and XML parsers take a quarter of a second to load; a check answered from the cache
// never needs them, so they are imported on the first miss.
async function loadReaders(): Promise<void> {
  readers ??= Promise.all([import('@dari/segmenter'), import('@dari/xliff')]).then(([s, x]) => ({
    parseArticle: (markdown, options) => s.parseArticle(markdown, options),
    readXliff: x.readXliff,
  }));
  loaded = await readers;
}

function ready(): Readers {
  if (!loaded) throw new Error('@dari/check: a reader was called before CheckIo.prepare()');
  return loaded;
}

/** The real readers (`@dari/segmenter`, `@dari/xliff`, loaded on first use) and git. */
export const DEFAULT_IO: CheckIo = {
  parseArticle: (markdown, options) => ready().parseArticle(markdown, options),
  readXliff: (text, file, options) => ready().readXliff(text, file, options),
  changedFiles: changedFilesSince,
  prepare: loadReaders,
};
