export { FileSystemError, fsFailure, isErrno, naming, relativeTo } from './errors.js';
export { type PositionedJson, parseJsonWithPositions } from './json.js';
export { withinUnitLimit } from './limits.js';
export { type ListOptions, listFiles } from './list.js';
export { acquireLock, LOCK_FILE, type Lock } from './lock.js';
export { archivePath, assertInside, isInside, localeFilePath, UI_FILE } from './paths.js';
export {
  DEFAULT_MAX_FILE_BYTES,
  decodeUtf8,
  type ReadFile,
  type ReadOptions,
  readRegular,
  readShared,
  readText,
} from './read.js';
export { type FileStamp, fileStampOf, RACY_MS, stampOfStats } from './stamp.js';
export {
  cleanStaleTemps,
  commitStaged,
  processAlive,
  removeQuietly,
  stageFile,
  syncDir,
  TEMP_SUFFIX,
  tempPathFor,
  writeFileAtomic,
} from './write.js';
