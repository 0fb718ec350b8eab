import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { UnitFile } from '../../packages/core/src/index.ts';
import { listFiles, writeFileAtomic } from '../lib/files.ts';
import { loadPackage } from '../lib/repo.ts';
import { translateFile } from './translate.ts';

interface XliffApi {
  readXliff(text: string, file: string): UnitFile;
  writeXliff(next: UnitFile, previous?: UnitFile): string;
}

/** Unit tallies after filling a locale. */
export interface FillStats {
  readonly files: number;
  readonly units: number;
  readonly translated: number;
  readonly needsReview: number;
  readonly untranslated: number;
}

/**
 * Plays the translator: reads every XLIFF file of `locale` that a cold sync created, fills Korean
 * targets in mixed states through @dari/xliff, and writes the files back (so they are exactly what
 * Dari itself would write).
 */
export async function fillLocale(dir: string, locale: string, seed: number): Promise<FillStats> {
  const { readXliff, writeXliff } = await loadPackage<XliffApi>('xliff');
  const localeDir = join(dir, 'locales', locale);
  const stats = { files: 0, units: 0, translated: 0, needsReview: 0, untranslated: 0 };
  for (const name of listFiles(localeDir, '.xlf')) {
    if (name === 'ui.xlf') continue;
    const path = join(localeDir, name);
    const previous = readXliff(readFileSync(path, 'utf8'), `locales/${locale}/${name}`);
    const next = translateFile(previous, seed);
    writeFileAtomic(path, writeXliff(next, previous));
    stats.files++;
    for (const group of next.groups) {
      for (const unit of group.units) {
        stats.units++;
        if (unit.state === 'new') stats.untranslated++;
        else if (unit.state === 'needs-review') stats.needsReview++;
        else stats.translated++;
      }
    }
  }
  return stats;
}
