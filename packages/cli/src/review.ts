import { relative, resolve } from 'node:path';
import { loadConfig } from '@dari/config';
import { DariError } from '@dari/core';
import type { Io } from './io.js';

const LABEL = {
  'needs-review': 'needs review',
  untranslated: 'untranslated',
  unreviewed: 'not approved',
} as const;

/**
 * `dari review <file>`: the units of a locale file that wait for someone, each with its source, its
 * target and, when the source changed, the word diff; `--approve ID` (repeatable) signs units off
 * in one write under the sync lock.
 */
export async function runReview(
  cwd: string,
  file: string,
  approve: readonly string[],
  io: Io,
): Promise<number> {
  const config = loadConfig(cwd);
  const rel = relative(config.root, resolve(cwd, file)).split('\\').join('/');
  const { loadLocaleFile, reviewItems, saveUnitEdits } = await import('@dari/review');
  const loaded = loadLocaleFile(config, rel);
  if (approve.length > 0) {
    const known = new Set(reviewItems(loaded.doc).map((i) => i.id));
    const unknown = approve.filter((id) => !known.has(id));
    if (unknown.length > 0) {
      throw new DariError({
        ruleId: 'review-no-unit',
        severity: 'error',
        message: `${rel} has no unit ${unknown.map((u) => `"${u}"`).join(', ')}; nothing was approved`,
        file: rel,
        note: 'Run `dari review <file>` for the ids.',
      });
    }
    const result = saveUnitEdits(
      config,
      rel,
      loaded.hash,
      approve.map((id) => ({ id, edit: { kind: 'approve' } })),
    );
    if (result.status === 'conflict') {
      io.err(`${rel} error review-conflict the file changed while it was read; run the command again\n`);
      return 1;
    }
    for (const id of approve) io.out(`${rel}  approved ${id}\n`);
    return 0;
  }
  const waiting = reviewItems(loaded.doc).filter((i) => i.pending !== undefined);
  for (const item of waiting) {
    io.out(`${rel}:${item.line}  ${item.id}  ${LABEL[item.pending as keyof typeof LABEL]}\n`);
    if (item.diff !== undefined) io.out(`  source changed: ${item.diff}\n`);
    else io.out(`  source: ${item.source}\n`);
    io.out(`  target: ${item.target === '' ? '(none)' : item.target}\n`);
  }
  const units = reviewItems(loaded.doc).length;
  io.out(
    `review: ${waiting.length} of ${units} units wait for review — \`dari review ${rel} --approve ID\` signs one off\n`,
  );
  return 0;
}
