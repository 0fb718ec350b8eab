import { plainText, unitsOf } from '@dari/core';
import { inconsistentSpellings } from '../lang/name-consistency.js';
import { namesIn, nearMiss } from '../lang/names.js';
import type { FileRule, Hit, ProjectRule, UnitRule } from './types.js';

/**
 * A person or place of the source spelled otherwise than the standard Korean spelling:
 * `Donald Trump` is `도널드 트럼프`, never `도날드`; a near miss of a name is taken for a misspelling.
 */
export const nameSpelling: UnitRule = {
  id: 'name-spelling',
  title: 'Name not in its standard Korean spelling',
  defaultSeverity: 'warning',
  scope: 'unit',
  check: ({ source, target, targetLang }) => {
    if (!targetLang.toLowerCase().startsWith('ko')) return [];
    const hits: Hit[] = [];
    for (const entry of namesIn(source)) {
      const known = entry.wrong?.find((w) => target.includes(w) && !target.includes(entry.ko));
      const words = entry.ko.split(' ').filter((w) => !target.includes(w));
      const near = known ?? words.map((w) => nearMiss(target, w)).find((m) => m !== undefined);
      if (!near) continue;
      hits.push({
        message: `"${entry.en}" is spelled "${near}" in the target; the standard spelling is "${entry.ko}"`,
        note: 'Names follow the standard Korean spelling (외래어 표기법) as Yonhap writes them.',
        expected: entry.ko,
        actual: near,
      });
    }
    return hits;
  },
};

/**
 * One name spelled two ways in one article (`라이트하이저` in one sentence, `라이트하이져` in another):
 * two Korean words a jamo or two apart, in units whose English shares a name.
 */
export const nameInconsistent: FileRule = {
  id: 'name-inconsistent',
  title: 'Name spelled two ways in one file',
  defaultSeverity: 'warning',
  scope: 'file',
  check: ({ file }) => {
    if (!(file.targetLang ?? '').toLowerCase().startsWith('ko')) return [];
    const pairs = unitsOf(file)
      .filter((u) => u.target !== undefined && u.target.length > 0)
      .map((unit) => ({ source: plainText(unit.source), target: plainText(unit.target ?? []), ref: unit }));
    return inconsistentSpellings(pairs).map((s) => ({
      message: `"${s.rare}" here, "${s.common}" elsewhere in this file: one name, two spellings`,
      note: 'Spell a name one way throughout an article (and the archive).',
      expected: s.common,
      actual: s.rare,
      unit: s.ref,
    }));
  },
};

/**
 * One name spelled against the project's majority (every Korean file plus the memory archive);
 * applied by `consistency.ts` over all files' results, as no single file can see it.
 */
export const nameInconsistentArchive: ProjectRule = {
  id: 'name-inconsistent-archive',
  title: 'Name spelled otherwise than in the rest of the project',
  defaultSeverity: 'warning',
  scope: 'project',
};
