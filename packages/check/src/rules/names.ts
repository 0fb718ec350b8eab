import { plainText, unitsOf } from '@dari/core';
import { jamoDistance, namesIn, nearMiss, nearMissLimit } from '../lang/names.js';
import type { FileRule, Hit, UnitRule } from './types.js';

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

const PARTICLE =
  /(?:에서는|에서|에게|으로|로는|과의|와의|이라고|라고|까지|부터|은|는|이|가|을|를|과|와|의|에|도|로|만)$/;
const HANGUL_WORD = /[가-힣]+/g;
// Capitalized words that mark a name, not a sentence start or a common title.
const NAME_WORD = /(?<=[^.!?"“]\s)[A-Z][a-z]{2,}(?:-[a-z]+)?/g;

function stems(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(HANGUL_WORD)) {
    const stripped = m[0].replace(PARTICLE, '');
    out.add([...stripped].length >= 2 ? stripped : m[0]);
  }
  return out;
}

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
    const units = unitsOf(file).filter((u) => u.target !== undefined && u.target.length > 0);
    const seen = new Map<string, { count: number; names: Set<string>; unit: (typeof units)[number] }>();
    for (const unit of units) {
      const names = new Set(plainText(unit.source).match(NAME_WORD) ?? []);
      if (names.size === 0) continue;
      for (const stem of stems(plainText(unit.target ?? []))) {
        if ([...stem].length < 3) continue;
        const s = seen.get(stem) ?? { count: 0, names: new Set<string>(), unit };
        s.count++;
        for (const n of names) s.names.add(n);
        seen.set(stem, s);
      }
    }
    // Misspellings keep the first syllable: comparing within it keeps the pairs few.
    const byFirst = new Map<string, string[]>();
    for (const stem of seen.keys()) byFirst.set(stem[0] ?? '', [...(byFirst.get(stem[0] ?? '') ?? []), stem]);
    const hits: Hit[] = [];
    for (const group of byFirst.values()) {
      for (const [i, a] of group.entries()) {
        for (const b of group.slice(i + 1)) {
          const la = [...a].length;
          const lb = [...b].length;
          if (la !== lb) continue;
          const d = jamoDistance(a, b);
          if (d === 0 || d > nearMissLimit(la)) continue;
          const sa = seen.get(a);
          const sb = seen.get(b);
          if (!sa || !sb || ![...sa.names].some((n) => sb.names.has(n))) continue;
          const [rare, rareWord, commonWord] = sa.count < sb.count ? [sa, a, b] : [sb, b, a];
          hits.push({
            message: `"${rareWord}" here, "${commonWord}" elsewhere in this file: one name, two spellings`,
            note: 'Spell a name one way throughout an article (and the archive).',
            expected: commonWord,
            actual: rareWord,
            unit: rare.unit,
          });
        }
      }
    }
    return hits;
  },
};
