import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decide, type Need } from './need.js';

/** The team's `shared/` folder sits beside the repository in our CI; a public clone has none. */
export const SHARED_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared');

/**
 * A file or folder under `../shared` (`rel` like `seed/000_x.txt` or `testdata/segmentation`).
 * Present: `{ path, missing: false }`. Absent: `{ path, missing: true }` and one line in the run's
 * summary ("tests skipped: ../shared/<rel> not found …"), so the caller skips with
 * `describe.skipIf(need.missing)`; under `CI=true` absence throws instead (the file fails).
 * Call it at module level, before `describe`, and read `need.path` only inside the skipped block.
 */
export function requireShared(rel: string, what = 'tests that read it'): Need {
  const path = join(SHARED_DIR, rel);
  return decide(existsSync(path) ? path : undefined, path, {
    what,
    reason: `../shared/${rel} not found (the team's shared/ folder is not beside this clone)`,
    remedy: 'run beside a shared/ folder to include them',
  });
}
