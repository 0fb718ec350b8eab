import { relative, sep } from 'node:path';
import { DariError, type Diagnostic } from '@dari/core';

/** What to tell the user for each file-system failure Dari can meet. */
const WHY: Readonly<Record<string, { message: string; note: string }>> = {
  ENOSPC: { message: 'the disk is full', note: 'Free some space and run the command again.' },
  EDQUOT: { message: 'the disk quota is exceeded', note: 'Free some space and run the command again.' },
  EPERM: {
    message: 'the operation is not permitted on this file',
    note: 'The file (or its folder) may be immutable or owned by someone else; check its attributes.',
  },
  EACCES: {
    message: 'permission denied',
    note: 'Make the file and its folder readable and writable for you (chmod / chown).',
  },
  EROFS: { message: 'the file system is read-only', note: 'Run the command in a writable copy.' },
  ENAMETOOLONG: {
    message: 'the file name is too long for the file system',
    note: 'Shorten the article file name (names of 200 characters or fewer are safe).',
  },
  EISDIR: {
    message: 'a folder is where a file should be',
    note: 'Remove or rename the folder; a file is expected here.',
  },
  ENOTDIR: {
    message: 'a file is where a folder should be',
    note: 'Remove or rename the file; a folder is expected here.',
  },
  ENOENT: { message: 'the file does not exist', note: 'Create it, or fix the path that names it.' },
  ELOOP: { message: 'too many levels of symbolic links', note: 'Fix the symbolic link.' },
  EMFILE: { message: 'too many open files', note: 'Raise the limit (ulimit -n) and run again.' },
  EIO: { message: 'an input/output error', note: 'The disk or network file system failed; check it.' },
  EBUSY: { message: 'the file is busy', note: 'Close the program that holds it and run again.' },
  EXDEV: {
    message: 'the file is on another file system than its folder',
    note: 'Keep the project on one file system.',
  },
};

/** A project-relative path with `/`, or the path as given when it is outside the root. */
export function relativeTo(root: string, path: string): string {
  const rel = relative(root, path);
  const shown = rel === '' ? '.' : rel.startsWith('..') ? path : rel;
  return sep === '/' ? shown : shown.split(sep).join('/');
}

/**
 * The one error for a file-system failure: a DariError (exit 2, no stack trace) whose diagnostic
 * names the file and says what happened and what to do; `code` keeps the errno code.
 */
export class FileSystemError extends DariError {
  readonly code: string;
  constructor(code: string, file: string, detail?: string, extra: Partial<Diagnostic> = {}) {
    const why = WHY[code] ?? { message: `the file system refused (${code})`, note: 'Check the file.' };
    super({
      ruleId: `io-${code.toLowerCase()}`,
      severity: 'error',
      message: detail ? `${why.message}: ${detail}` : why.message,
      file,
      note: why.note,
      ...extra,
    });
    this.name = 'FileSystemError';
    this.code = code;
  }
}

/** True for an error Node raised with an errno code (`ENOENT`, `ENOSPC`, …). */
export function isErrno(e: unknown): e is NodeJS.ErrnoException {
  return e instanceof Error && typeof (e as NodeJS.ErrnoException).code === 'string';
}

/**
 * Turns a thrown errno error into a FileSystemError naming `file` (project-relative); a DariError
 * (already clear) passes through, anything else (a bug) is rethrown as it is.
 */
export function fsFailure(e: unknown, file: string, detail?: string): DariError {
  if (e instanceof DariError) return e;
  if (isErrno(e) && e.code) return new FileSystemError(e.code, file, detail);
  throw e;
}

/** Runs `fn`, turning a file-system failure into a FileSystemError naming `file`. */
export function naming<T>(file: string, fn: () => T, detail?: string): T {
  try {
    return fn();
  } catch (e) {
    throw fsFailure(e, file, detail);
  }
}
