import type { UnitFile } from '@dari/core';
import type { ArticleStamp } from '@dari/xliff';
import type { ParseArticle } from './articles.js';
import { changedFilesSince } from './git.js';

/** A locale file as the check reads it: the model, and the stamp `dari sync` left in it, if any. */
export type ReadFile = UnitFile & { readonly stamp?: ArticleStamp };

/** The I/O the check needs, injectable so the flow is testable without git or the other packages. */
export interface CheckIo {
  /** May throw `ParserNotLoaded` until `prepareArticles` has been awaited. */
  readonly parseArticle: ParseArticle;
  readonly readXliff: (text: string, file: string, options?: { readonly maxDepth?: number }) => ReadFile;
  readonly changedFiles: (root: string, ref: string) => ReadonlySet<string>;
  /** Called (and awaited) before the first `readXliff` call of a run. */
  readonly prepare?: () => Promise<void>;
  /** Called (and awaited) when `parseArticle` threw `ParserNotLoaded`; the unit is then run again. */
  readonly prepareArticles?: () => Promise<void>;
}

/** The segmenter is not loaded yet: load it (`prepareArticles`) and run the unit again. */
export class ParserNotLoaded extends Error {
  constructor() {
    super('@dari/check: the article parser is not loaded');
  }
}

// Cache: each parser's module, imported once per process on first need (see below).
let xliff: Promise<typeof import('@dari/xliff')> | undefined;
let segmenter: Promise<typeof import('@dari/segmenter')> | undefined;
let loadedXliff: typeof import('@dari/xliff') | undefined;
let loadedSegmenter: typeof import('@dari/segmenter') | undefined;

// The XML parser takes a tenth of a second to load and the Markdown one a quarter: a check answered
// from the cache needs neither, and one whose locale files carry valid stamps never segments.
async function loadXliff(): Promise<void> {
  xliff ??= import('@dari/xliff');
  loadedXliff = await xliff;
}

async function loadSegmenter(): Promise<void> {
  segmenter ??= import('@dari/segmenter');
  loadedSegmenter = await segmenter;
}

/** The real readers (`@dari/xliff`, `@dari/segmenter`, each loaded on first need) and git. */
export const DEFAULT_IO: CheckIo = {
  parseArticle: (markdown, options) => {
    if (!loadedSegmenter) throw new ParserNotLoaded();
    return loadedSegmenter.parseArticle(markdown, options);
  },
  readXliff: (text, file, options) => {
    if (!loadedXliff) throw new Error('@dari/check: readXliff was called before CheckIo.prepare()');
    return loadedXliff.readXliff(text, file, options);
  },
  changedFiles: changedFilesSince,
  prepare: loadXliff,
  prepareArticles: loadSegmenter,
};
