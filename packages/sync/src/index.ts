export { DARI, recogniseTranslated } from './carry.js';
export { sourceKey } from './key.js';
export { DEFAULT_FUZZY_THRESHOLD, type MatchResult, matchUnits, type Pairing } from './match.js';
export { MemoryIndex, memoryEntryOf } from './memory.js';
export { syncArticle } from './sync-article.js';
export type {
  ArticleSyncResult,
  FileSummary,
  MemoryEntry,
  SyncOptions,
  SyncReport,
  TranslationMemory,
} from './types.js';
export { wordDiff } from './word-diff.js';
