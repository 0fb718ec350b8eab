export { mergeArchive } from './archive.js';
export { DARI, recogniseTranslated } from './carry.js';
export { exportTmx } from './export.js';
// The lock and atomic writer sync uses, for the one-unit edits of @dari/review (same file rules).
export { decodeUtf8, hashOf, writeAtomic } from './fs.js';
export { sourceKey } from './key.js';
export { archivePath } from './layout.js';
export { acquireLock, LOCK_FILE } from './lock.js';
export { DEFAULT_FUZZY_THRESHOLD, type MatchResult, matchUnits, type Pairing } from './match.js';
export { MemoryIndex, memoryEntryOf } from './memory.js';
export { type SyncProjectOptions, syncProject } from './project.js';
export { syncArticle } from './sync-article.js';
export { readTmx } from './tmx-read.js';
export { type TmxOptions, writeTmx } from './tmx-write.js';
export type {
  ArticleSyncResult,
  FileSummary,
  MemoryEntry,
  SyncOptions,
  SyncReport,
  TranslationMemory,
} from './types.js';
export { wordDiff } from './word-diff.js';
