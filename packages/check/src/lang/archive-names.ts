/**
 * One name spelled two ways across the archive: every Korean file of a project plus its translation
 * memory. Each file is boiled down to a small `NameIndex` (cached with the file's result, so a warm
 * check never reads the file again); the clashes are found afresh over all indexes on every run, so
 * a change in one file can change what is reported in another. Pure.
 */

import { nameWords, stems } from './name-consistency.js';
import { jamoDistance, nearMissLimit } from './names.js';

/**
 * The name-bearing sentences of one file: the English names it mentions, and per sentence where it
 * is, which of those names its English holds, and its Korean words of three syllables or more.
 */
export interface NameIndex {
  readonly names: readonly string[];
  /** `[line, column, unit id, indexes into names, stems joined by spaces]`. */
  readonly uses: ReadonlyArray<readonly [number, number, string, readonly number[], string]>;
}

/** One translated sentence with where it sits. */
export interface PlacedPair {
  readonly source: string;
  readonly target: string;
  readonly line: number;
  readonly column: number;
  readonly id: string;
}

/** The index of a file's sentences; only sentences whose English names someone count. */
export function nameIndexOf(pairs: Iterable<PlacedPair>): NameIndex {
  const names: string[] = [];
  const slot = new Map<string, number>();
  const uses: [number, number, string, number[], string][] = [];
  for (const p of pairs) {
    const words = nameWords(p.source);
    if (words.size === 0) continue;
    const long = [...stems(p.target)].filter((s) => [...s].length >= 3);
    if (long.length === 0) continue;
    const refs: number[] = [];
    for (const w of words) {
      let i = slot.get(w);
      if (i === undefined) {
        i = names.length;
        names.push(w);
        slot.set(w, i);
      }
      refs.push(i);
    }
    uses.push([p.line, p.column, p.id, refs, long.join(' ')]);
  }
  return { names, uses };
}

/** A file's index, and whether its sentences may be reported (the memory archive only counts). */
export interface IndexedFile {
  readonly file: string;
  readonly index: NameIndex;
  readonly reported: boolean;
}

/** A spelling used against the project's majority for the same English name, at one sentence. */
export interface ArchiveClash {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly unitId: string;
  readonly name: string;
  readonly rare: string;
  readonly common: string;
  readonly rareCount: number;
  readonly commonCount: number;
  /** Up to three `file:line:col` where the common spelling is used (reported files first). */
  readonly places: readonly string[];
}

interface Use {
  readonly file: IndexedFile;
  readonly at: readonly [number, number, string, readonly number[], string];
}

interface StemStats {
  count: number;
  /** Sentences in which the stem stands with each English name. */
  readonly withName: Map<string, number>;
  readonly uses: Use[];
}

/**
 * A name's spelling is the stem that stands with the name in at least half of the stem's sentences
 * (so `말했다`, which stands with every name now and then, is no spelling of any). Against each
 * spelling used at least twice, a stem of the same length and first syllable, a jamo or two apart,
 * used less often and mostly with the same name, is the same name misspelled: reported at each of
 * its sentences in a reported file. `skip(file, rare, common)` leaves out what a file rule reports.
 */
export function archiveClashes(
  files: readonly IndexedFile[],
  skip: (file: string, rare: string, common: string) => boolean = () => false,
): ArchiveClash[] {
  const stats = new Map<string, StemStats>();
  const byName = new Map<string, Set<string>>();
  for (const file of files) {
    for (const at of file.index.uses) {
      const names = at[3].map((i) => file.index.names[i] ?? '');
      for (const stem of new Set(at[4].split(' '))) {
        let s = stats.get(stem);
        if (!s) {
          s = { count: 0, withName: new Map(), uses: [] };
          stats.set(stem, s);
        }
        s.count++;
        s.uses.push({ file, at });
        for (const n of names) {
          s.withName.set(n, (s.withName.get(n) ?? 0) + 1);
          let set = byName.get(n);
          if (!set) {
            set = new Set();
            byName.set(n, set);
          }
          set.add(stem);
        }
      }
    }
  }
  const spells = (stem: string, s: StemStats, name: string) => 2 * (s.withName.get(name) ?? 0) >= s.count;
  const out: ArchiveClash[] = [];
  const done = new Set<string>();
  for (const [name, stemSet] of byName) {
    const group = [...stemSet];
    for (const common of group) {
      const sc = stats.get(common);
      if (!sc || sc.count < 2 || !spells(common, sc, name)) continue;
      const length = [...common].length;
      for (const rare of group) {
        if (rare === common || rare[0] !== common[0] || [...rare].length !== length) continue;
        const sr = stats.get(rare);
        if (!sr || sr.count >= sc.count || !spells(rare, sr, name) || done.has(`${rare}\u0000${common}`))
          continue;
        const d = jamoDistance(rare, common);
        if (d === 0 || d > nearMissLimit(length)) continue;
        done.add(`${rare}\u0000${common}`);
        const places = placesOf(sc.uses);
        for (const use of sr.uses) {
          if (!use.file.reported || skip(use.file.file, rare, common)) continue;
          const [line, column, unitId] = use.at;
          out.push({
            file: use.file.file,
            line,
            column,
            unitId,
            name,
            rare,
            common,
            rareCount: sr.count,
            commonCount: sc.count,
            places,
          });
        }
      }
    }
  }
  return out.sort(
    (a, b) =>
      a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rare.localeCompare(b.rare),
  );
}

function placesOf(uses: readonly Use[]): string[] {
  const sorted = [...uses].sort((a, b) => Number(b.file.reported) - Number(a.file.reported));
  const out: string[] = [];
  for (const u of sorted) {
    const place = u.file.reported ? `${u.file.file}:${u.at[0]}:${u.at[1]}` : u.file.file;
    if (!out.includes(place)) out.push(place);
    if (out.length === 3) break;
  }
  return out;
}
