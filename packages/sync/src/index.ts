export { mergeArchive } from './archive.js';
export { DARI, recogniseTranslated } from './carry.js';
export { exportTmx } from './export.js';
export { sourceKey } from './key.js';
export { archivePath } from './layout.js';
export { LOCK_FILE } from './lock.js';
export { DEFAULT_FUZZY_THRESHOLD, type MatchResult, matchUnits, type Pairing } from './match.js';
export { MemoryIndex, memoryEntryOf } from './memory.js';
export { type SyncProjectOptions, syncProject } from './project.js';
export { mergeShards, SHARD_FILE, type ShardAddition, type ShardRecord } from './shard.js';
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
