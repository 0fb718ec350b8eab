import { type Dirent, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DariError } from '@dari/core';
import { FileSystemError, fsFailure } from './errors.js';
import { assertInside } from './paths.js';

/** Where a listing happens: the project root (for names and containment) and whether links may leave it. */
export interface ListOptions {
  readonly root: string;
  /** Project-relative name of the folder, for messages. */
  readonly folder: string;
  /** `paths.outsideRoot`: symbolic links may point outside the project. */
  readonly outsideRoot?: boolean;
}

/**
 * Names (without the extension) of the files with extension `ext` in `dir`, sorted; hidden names
 * (`.…`) are skipped. A folder or anything else that is not a regular file under such a name, and
 * a symbolic link leaving the project, are DariErrors naming the file, so no command reads them.
 * A missing folder lists nothing.
 */
export function listFiles(dir: string, ext: string, options: ListOptions): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw fsFailure(e, options.folder);
  }
  const out: string[] = [];
  for (const entry of entries) {
    const { name } = entry;
    if (!name.endsWith(ext) || name.startsWith('.')) continue;
    const file = options.folder === '.' ? name : `${options.folder}/${name}`;
    let regular = entry.isFile();
    if (entry.isSymbolicLink()) {
      const path = join(dir, name);
      let target: ReturnType<typeof statSync>;
      try {
        target = statSync(path);
      } catch (e) {
        throw fsFailure(e, file, 'it is a symbolic link to a file that does not exist');
      }
      assertInside(options.root, path, { file, allowed: options.outsideRoot ?? false });
      if (target?.isDirectory()) throw new FileSystemError('EISDIR', file);
      regular = target?.isFile() ?? false;
    } else if (entry.isDirectory()) throw new FileSystemError('EISDIR', file);
    if (!regular) {
      throw new DariError({
        ruleId: 'io-not-a-file',
        severity: 'error',
        message: 'this is not a regular file (a named pipe, device or socket); Dari reads regular files only',
        file,
        note: 'Replace it with a regular file.',
      });
    }
    out.push(name.slice(0, -ext.length));
  }
  return out.sort();
}
