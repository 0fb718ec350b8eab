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
  } catch {
    // Not a git checkout, or git missing: mtimes below.
  }
  for (const file of files) {
    if (out.has(file)) continue;
    try {
      out.set(file, (await stat(join(root, file))).mtime.toISOString());
    } catch {
      // A file that does not exist has no last change.
    }
  }
  return out;
}
