import { join } from 'node:path';
import { writeFileAtomic } from '../lib/files.ts';
import { measure, type Run } from '../lib/measure.ts';
import { which } from '../lib/which.ts';

export const PO4A_MISSING = 'po4a not installed (apt-get install po4a): no po4a / dari sync ratio';

/**
 * A po4a config for the corpus: every article as a Markdown text document, frontmatter keys
 * extracted, one PO file per target locale (po4a's default layout, its fastest: split mode with a
 * PO per article was ~10× slower when tried on 200 articles).
 */
export function po4aConfig(slugs: readonly string[], locales: readonly string[]): string {
  const lines = [
    `[po4a_langs] ${locales.join(' ')}`,
    '[po4a_paths] po4a/articles.pot $lang:po4a/$lang.po',
    '[options] opt:"--option markdown --option yfm_keys=title,summary,dateline,credit" --master-charset UTF-8 --localized-charset UTF-8',
    ...slugs.map((s) => `[type: text] articles/${s}.md $lang:po4a/out/$lang/${s}.md`),
  ];
  return `${lines.join('\n')}\n`;
}

/** Writes `po4a.cfg` into the corpus; the POT/PO files go under `po4a/`, away from Dari's files. */
export function preparePo4a(dir: string, slugs: readonly string[], locales: readonly string[]): void {
  writeFileAtomic(join(dir, 'po4a.cfg'), po4aConfig(slugs, locales));
  writeFileAtomic(join(dir, 'po4a', '.keep'), '');
}

/** Updates the POT and PO files (no translated documents), as `dari sync` updates XLIFF. */
export function runPo4a(dir: string, timeoutMs: number): Promise<Run> | undefined {
  const po4a = which('po4a');
  if (po4a === undefined) return undefined;
  return measure(po4a, ['--no-translations', 'po4a.cfg'], { cwd: dir, timeoutMs });
}
