import { measure, type Run } from '../lib/measure.ts';
import { which } from '../lib/which.ts';

export const POCOUNT_MISSING =
  'pocount not installed (apt-get install translate-toolkit): no pocount / dari check ratio';

/**
 * Counts the same XLIFF files `dari check` reads, one line per file (`--short-strings`), so both
 * tools parse every file and total it per file.
 */
export function runPocount(
  dir: string,
  paths: readonly string[],
  timeoutMs: number,
): Promise<Run> | undefined {
  const pocount = which('pocount');
  if (pocount === undefined) return undefined;
  return measure(pocount, ['--short-strings', ...paths], { cwd: dir, timeoutMs });
}
