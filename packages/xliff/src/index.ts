export { type CodeMismatch, compareCodes } from './codes.js';
export type { UnitPlace, XliffDocument } from './document.js';
export { decodeXliff, encodeXliff } from './encoding.js';
export { DEFAULT_MAX_DEPTH, type ReadOptions, readXliff } from './read.js';
export {
  type ArticleStamp,
  formatStamp,
  parseStamp,
  STAMP_NOTE,
  segmentationKey,
  sourcesDigest,
} from './stamp.js';
export type { MemoryEntry } from './tmx/entry.js';
export { readTmx } from './tmx/read.js';
export { type TmxOptions, writeTmx } from './tmx/write.js';
export { translatableUnitIds } from './translate.js';
export { detectXliffVersion } from './version.js';
export { type WriteOptions, writeXliff, writeXliffBytes } from './write.js';
