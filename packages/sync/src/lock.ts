// The lock lives in the project I/O layer; re-exported for sync's callers and tests.
export { acquireLock, LOCK_FILE, type Lock } from '@dari/io';
