/**
 * One name spelled two ways across the archive: every Korean file of a project plus its translation
 * memory. Each file is boiled down to a small `NameIndex` (cached with the file's result, so a warm
 * check never reads the file again); the clashes are found afresh over all indexes on every run, so
 * a change in one file can change what is reported in another. Pure.
 */

import { nameWords, stems } from './name-consistency.js';
import { jamoDistanceWithin, nearMissLimit } from './names.js';

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

/** A stem used as a name's spelling, with the names it spells. */
interface Spelling {
  readonly stem: string;
  readonly stats: StemStats;
  readonly names: readonly string[];
}

interface StemStats {
  count: number;
  /** Sentences in which the stem stands with each English name. */
  readonly withName: Map<string, number>;
  readonly uses: Use[];
}

/**
 * A name's spelling is a stem that stands with the name in most of its sentences: at least half,
 * and more the commoner the name is in the archive (twice the name's own share, up to nine in ten),
 * so `이라며`, which stands with `Korea` as often as any sentence does, is no spelling of it.
 * Against each spelling used at least twice, a stem of the same length and first syllable, a jamo
 * or two apart, used less often and as closely tied to the same name, is that name misspelled:
 * reported at each of its sentences in a reported file — unless it is that near to two spellings
 * (then it is a word with relatives, not a slip). `skip(file, rare, common)` leaves out what a file
 * rule reports.
 */
export function archiveClashes(
  files: readonly IndexedFile[],
  skip: (file: string, rare: string, common: string) => boolean = () => false,
): ArchiveClash[] {
  const stats = new Map<string, StemStats>();
  const nameShare = new Map<string, number>();
  let sentences = 0;
  for (const file of files) {
    for (const at of file.index.uses) {
      sentences++;
      const names = [...new Set(at[3].map((i) => file.index.names[i] ?? ''))];
      for (const n of names) nameShare.set(n, (nameShare.get(n) ?? 0) + 1);
      for (const stem of new Set(at[4].split(' '))) {
        let s = stats.get(stem);
        if (!s) {
          s = { count: 0, withName: new Map(), uses: [] };
          stats.set(stem, s);
        }
        s.count++;
        s.uses.push({ file, at });
        for (const n of names) s.withName.set(n, (s.withName.get(n) ?? 0) + 1);
      }
    }
  }
  const bar = new Map<string, number>();
  for (const [n, c] of nameShare) bar.set(n, Math.min(0.9, Math.max(0.5, (2 * c) / sentences)));
  const spells = (s: StemStats, name: string) =>
    (s.withName.get(name) ?? 0) >= (bar.get(name) ?? 1) * s.count;
  const spellings = new Map<string, Spelling>();
  for (const [stem, s] of stats) {
    if (s.count < 2 || nearMissLimit(stem.length) === 0) continue;
    const names = [...s.withName.keys()].filter((n) => spells(s, n));
    if (names.length > 0) spellings.set(stem, { stem, stats: s, names });
  }
  // A word can be a misspelling only of a commoner spelling, and only for a name it spells as
  // closely: the names it spells are worked out once, and words that spell none, or are as common
  // as every spelling, are never looked up.
  let commonest = 0;
  for (const sp of spellings.values()) commonest = Math.max(commonest, sp.stats.count);
  const spelled = new Map<string, Set<string>>();
  for (const [stem, s] of stats) {
    if (s.count >= commonest) continue;
    const names = new Set([...s.withName.keys()].filter((n) => spells(s, n)));
    if (names.size > 0) spelled.set(stem, names);
  }
  const near = nearSpellings(spelled, spellings, (word) => stats.get(word)?.count ?? 0);
  const out: ArchiveClash[] = [];
  for (const [rare, commons] of near) {
    const sr = stats.get(rare);
    const names = spelled.get(rare);
    if (!sr || !names) continue;
    const found: Array<{ common: string; sc: StemStats; name: string }> = [];
    for (const { stem: common, stats: sc, names: commonNames } of commons) {
      if (sc.count <= sr.count) continue;
      const name = commonNames.find((n) => names.has(n));
      if (name === undefined) continue;
      const limit = nearMissLimit(common.length);
      const d = jamoDistanceWithin(rare, common, limit);
      if (d === 0 || d > limit) continue;
      found.push({ common, sc, name });
      // Near two spellings: a word with relatives, not a slip (see above).
      if (found.length > 1) break;
    }
    if (found.length !== 1 || !found[0]) continue;
    const { common, sc, name } = found[0];
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
  return out.sort(
    (a, b) =>
      a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rare.localeCompare(b.rare),
  );
}

/** `word` with the syllables a near miss may change masked (never the first): its neighbours share one. */
function masks(word: string): string[] {
  const limit = nearMissLimit(word.length);
  const out: string[] = [];
  for (let i = 1; i < word.length && limit > 0; i++) {
    const one = `${word.slice(0, i)}*${word.slice(i + 1)}`;
    out.push(one);
    for (let j = i + 1; j < word.length && limit > 1; j++) out.push(`${one.slice(0, j)}*${one.slice(j + 1)}`);
  }
  return out;
}

/**
 * For each word, the commoner spellings of a name it spells, of its length and first syllable, that
 * differ from it in no more syllables than the length allows jamo (`nearMissLimit`; a changed jamo
 * changes its syllable). Only the spellings (few) are filed, under each name they spell and each of
 * their masks; a word looks its own masks up under its own names only, so neither the archive's
 * size squared nor the many near words of unrelated names come into it. Which commons qualify
 * does not depend on their order (the caller counts them), so the lists come in no set order.
 */
function nearSpellings(
  words: ReadonlyMap<string, ReadonlySet<string>>,
  spellings: ReadonlyMap<string, Spelling>,
  countOf: (word: string) => number,
): Map<string, Spelling[]> {
  const filed = new Map<string, Map<string, Spelling[]>>();
  for (const s of spellings.values()) {
    const stemMasks = masks(s.stem);
    for (const name of s.names) {
      let byMask = filed.get(name);
      if (!byMask) {
        byMask = new Map();
        filed.set(name, byMask);
      }
      for (const m of stemMasks) {
        const list = byMask.get(m);
        if (list) list.push(s);
        else byMask.set(m, [s]);
      }
    }
  }
  const out = new Map<string, Spelling[]>();
  for (const [word, names] of words) {
    const lookups: Map<string, Spelling[]>[] = [];
    for (const n of names) {
      const byMask = filed.get(n);
      if (byMask) lookups.push(byMask);
    }
    if (lookups.length === 0) continue;
    const count = countOf(word);
    let found: Set<Spelling> | undefined;
    for (const m of masks(word)) {
      for (const byMask of lookups) {
        for (const s of byMask.get(m) ?? []) {
          if (s.stem === word || s.stats.count <= count) continue;
          found ??= new Set();
          found.add(s);
        }
      }
    }
    if (found) out.set(word, [...found]);
  }
  return out;
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
