import { execFile } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Last change of each file under `dir` (root-relative paths → ISO date): one `git log` pass over the
 * folder, newest first, so the first date seen per file wins. Outside a git checkout (a temp
 * project, a tarball) the file's mtime stands in.
 */
export async function lastChanges(
  root: string,
  dir: string,
  files: readonly string[],
): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const dirty = new Set<string>();
  try {
    const { stdout } = await run('git', ['log', '--format=%x00%cI', '--name-only', '--relative', '--', dir], {
      cwd: root,
      maxBuffer: 64 * 1024 * 1024,
    });
    let date = '';
    for (const line of stdout.split('\n')) {
      if (line.startsWith('\u0000')) date = line.slice(1);
      else if (line !== '' && !out.has(line)) out.set(line, date);
    }
    // Files edited, added or deleted since the last commit: their last change is now, not that commit.
    const status = await run('git', ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--', dir], {
      cwd: root,
      maxBuffer: 64 * 1024 * 1024,
    });
    for (const entry of status.stdout.split('\u0000')) {
      // `XY path`, relative to the work tree's top (porcelain), made root-relative below.
      if (entry.length > 3) dirty.add(entry.slice(3));
    }
    if (dirty.size > 0) {
      const prefix = (await run('git', ['rev-parse', '--show-prefix'], { cwd: root })).stdout.trim();
      for (const path of [...dirty]) {
        dirty.delete(path);
        dirty.add(prefix !== '' && path.startsWith(prefix) ? path.slice(prefix.length) : path);
      }
    }
  } catch {
    // Not a git checkout, or git missing: mtimes below.
  }
  for (const file of files) {
    if (out.has(file) && !dirty.has(file)) continue;
    try {
      out.set(file, (await stat(join(root, file))).mtime.toISOString());
    } catch {
      // A file that does not exist has no last change.
    }
  }
  return out;
}
