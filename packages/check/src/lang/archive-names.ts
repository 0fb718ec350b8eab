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

/**
 * The archive's sentences as numbers: every stem and name gets an id, each sentence its own, and
 * each stem the sentences it stands in (in archive order, packed into one array). At 10,000
 * articles that is ~100,000 sentences, ~850,000 stem uses and ~225,000 distinct stems; a map or an
 * object per stem use cost seconds and most of the collector's time.
 */
interface Tally {
  readonly files: IndexedFile[];
  /** Per sentence: the file, and the index entry. */
  readonly useFile: Int32Array;
  readonly useAt: Array<NameIndex['uses'][number]>;
  /** Per sentence, its distinct name ids: `useNames[useNameStart[u] .. useNameStart[u + 1]]`. */
  readonly useNameStart: Int32Array;
  readonly useNames: Int32Array;
  readonly names: string[];
  /** Sentences holding each name. */
  readonly nameShare: Int32Array;
  readonly stems: string[];
  readonly stemId: Map<string, number>;
  /** Per stem, its sentences: `stemUses[stemUseStart[s] .. stemUseStart[s + 1]]`. */
  readonly stemUseStart: Int32Array;
  readonly stemUses: Int32Array;
}

function tally(files: readonly IndexedFile[]): Tally {
  let sentences = 0;
  for (const f of files) sentences += f.index.uses.length;
  const useFile = new Int32Array(sentences);
  const useAt: Array<NameIndex['uses'][number]> = new Array(sentences);
  const useNameStart = new Int32Array(sentences + 1);
  const nameIds: number[] = [];
  const nameId = new Map<string, number>();
  const names: string[] = [];
  const shares: number[] = [];
  const stemId = new Map<string, number>();
  const stems: string[] = [];
  const useStemStart = new Int32Array(sentences + 1);
  const useStems: number[] = [];
  // Which sentence last counted a stem or name, so each counts once a sentence without a set.
  const stemSeenIn: number[] = [];
  const nameSeenIn: number[] = [];
  let u = 0;
  for (let fi = 0; fi < files.length; fi++) {
    const index = (files[fi] as IndexedFile).index;
    for (const at of index.uses) {
      useFile[u] = fi;
      useAt[u] = at;
      for (const i of at[3]) {
        const name = index.names[i] ?? '';
        let id = nameId.get(name);
        if (id === undefined) {
          id = names.length;
          nameId.set(name, id);
          names.push(name);
          shares.push(0);
          nameSeenIn.push(-1);
        }
        if (nameSeenIn[id] === u) continue;
        nameSeenIn[id] = u;
        nameIds.push(id);
        shares[id] = (shares[id] as number) + 1;
      }
      useNameStart[u + 1] = nameIds.length;
      for (const stem of at[4].split(' ')) {
        let id = stemId.get(stem);
        if (id === undefined) {
          id = stems.length;
          stemId.set(stem, id);
          stems.push(stem);
          stemSeenIn.push(-1);
        }
        if (stemSeenIn[id] === u) continue;
        stemSeenIn[id] = u;
        useStems.push(id);
      }
      useStemStart[u + 1] = useStems.length;
      u++;
    }
  }
  // Sentences by stem, each stem's in archive order.
  const stemUseStart = new Int32Array(stems.length + 1);
  for (const s of useStems) stemUseStart[s + 1] = (stemUseStart[s + 1] as number) + 1;
  for (let s = 0; s < stems.length; s++)
    stemUseStart[s + 1] = (stemUseStart[s + 1] as number) + (stemUseStart[s] as number);
  const fill = stemUseStart.slice(0, stems.length);
  const stemUses = new Int32Array(useStems.length);
  for (let v = 0; v < sentences; v++)
    for (let k = useStemStart[v] as number; k < (useStemStart[v + 1] as number); k++) {
      const s = useStems[k] as number;
      stemUses[fill[s] as number] = v;
      fill[s] = (fill[s] as number) + 1;
    }
  return {
    files: [...files],
    useFile,
    useAt,
    useNameStart,
    useNames: Int32Array.from(nameIds),
    names,
    nameShare: Int32Array.from(shares),
    stems,
    stemId,
    stemUseStart,
    stemUses,
  };
}

/** A stem that spells at least one name, with those names (in the order the archive first pairs them). */
interface Spelling {
  readonly stem: string;
  readonly count: number;
  readonly names: readonly number[];
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
  const t = tally(files);
  const sentences = t.useAt.length;
  const bar = Array.from(t.nameShare, (c) => Math.min(0.9, Math.max(0.5, (2 * c) / sentences)));
  // Per stem, the names it spells: counted over its sentences with one scratch array, not a map per stem.
  const together = new Int32Array(t.names.length);
  const touched: number[] = [];
  const spelledBy: Array<Spelling | undefined> = new Array(t.stems.length);
  for (let s = 0; s < t.stems.length; s++) {
    const from = t.stemUseStart[s] as number;
    const to = t.stemUseStart[s + 1] as number;
    for (let k = from; k < to; k++) {
      const u = t.stemUses[k] as number;
      for (let j = t.useNameStart[u] as number; j < (t.useNameStart[u + 1] as number); j++) {
        const n = t.useNames[j] as number;
        if (together[n] === 0) touched.push(n);
        together[n] = (together[n] as number) + 1;
      }
    }
    const count = to - from;
    const names = touched.filter((n) => (together[n] as number) >= (bar[n] as number) * count);
    for (const n of touched) together[n] = 0;
    touched.length = 0;
    if (names.length > 0) spelledBy[s] = { stem: t.stems[s] as string, count, names };
  }
  const spellings: Spelling[] = [];
  let commonest = 0;
  for (const sp of spelledBy)
    if (sp && sp.count >= 2 && nearMissLimit(sp.stem.length) > 0) {
      spellings.push(sp);
      commonest = Math.max(commonest, sp.count);
    }
  // A word can be a misspelling only of a commoner spelling, and only for a name it spells as
  // closely: words that spell none, or are as common as every spelling, are never looked up.
  const words = spelledBy.filter((sp): sp is Spelling => sp !== undefined && sp.count < commonest);
  const out: ArchiveClash[] = [];
  for (const [rare, common] of slips(words, spellings)) {
    const names = new Set(rare.names);
    const name = common.names.find((n) => names.has(n)) as number;
    const places = placesOf(t, common.stem);
    const rs = t.stemId.get(rare.stem) as number;
    for (let k = t.stemUseStart[rs] as number; k < (t.stemUseStart[rs + 1] as number); k++) {
      const u = t.stemUses[k] as number;
      const file = t.files[t.useFile[u] as number] as IndexedFile;
      if (!file.reported || skip(file.file, rare.stem, common.stem)) continue;
      const [line, column, unitId] = t.useAt[u] as NameIndex['uses'][number];
      out.push({
        file: file.file,
        line,
        column,
        unitId,
        name: t.names[name] as string,
        rare: rare.stem,
        common: common.stem,
        rareCount: rare.count,
        commonCount: common.count,
        places,
      });
    }
  }
  // In the order of `localeCompare` on file, then line, column and word; the few distinct files and
  // words are ranked once, since collating each of ~50,000 comparisons took a second.
  const fileRank = ranks(out.map((c) => c.file));
  const rareRank = ranks(out.map((c) => c.rare));
  return out.sort(
    (a, b) =>
      (fileRank.get(a.file) as number) - (fileRank.get(b.file) as number) ||
      a.line - b.line ||
      a.column - b.column ||
      (rareRank.get(a.rare) as number) - (rareRank.get(b.rare) as number),
  );
}

/** Each distinct string's place in `localeCompare` order; strings that collate equal share one. */
function ranks(strings: readonly string[]): Map<string, number> {
  const sorted = [...new Set(strings)].sort((a, b) => a.localeCompare(b));
  const rank = new Map<string, number>();
  sorted.forEach((s, i) => {
    const previous = sorted[i - 1];
    rank.set(
      s,
      previous !== undefined && previous.localeCompare(s) === 0 ? (rank.get(previous) as number) : i,
    );
  });
  return rank;
}

/**
 * Each word with the one commoner spelling it is a slip for: a spelling of a name the word spells,
 * of its length and first syllable, that differs from it in no more syllables than the length
 * allows jamo (`nearMissLimit`, at most two; a changed jamo changes its syllable) and is that many
 * jamo apart. A word near two such spellings is left out (a word with relatives, not a slip), and
 * its search stops at the second. Spellings are filed under each name they spell and each of their
 * masks (the word with that many later syllables blanked), so a word finds its neighbours by looking
 * up its own masks under its own names: neither the archive's size squared nor the near words of
 * unrelated names come into it. Masks are filed by a number hashed from name and mask, and each
 * spelling found is checked again, so a collision costs a comparison, never a wrong answer.
 */
function slips(words: readonly Spelling[], spellings: readonly Spelling[]): Map<Spelling, Spelling> {
  const filed = new Map<number, Spelling[]>();
  const keys: number[] = [];
  for (const s of spellings)
    for (const name of s.names)
      for (const key of maskKeys(s.stem, name, keys)) {
        const list = filed.get(key);
        if (list) list.push(s);
        else filed.set(key, [s]);
      }
  const out = new Map<Spelling, Spelling>();
  for (const word of words) {
    const limit = Math.min(2, nearMissLimit(word.stem.length));
    let first: Spelling | undefined;
    let second = false;
    search: for (const name of word.names)
      for (const key of maskKeys(word.stem, name, keys))
        for (const s of filed.get(key) ?? []) {
          if (s === first || s.count <= word.count || s.stem.length !== word.stem.length) continue;
          if (syllablesApart(word.stem, s.stem, limit) > limit || !s.names.includes(name)) continue;
          const jamoLimit = nearMissLimit(s.stem.length);
          const d = jamoDistanceWithin(word.stem, s.stem, jamoLimit);
          if (d === 0 || d > jamoLimit) continue;
          if (first) {
            second = true;
            break search;
          }
          first = s;
        }
    if (first && !second) out.set(word, first);
  }
  return out;
}

/**
 * The keys of the masks of `word` under `name`, in `into` (reused): one blanked syllable when a near
 * miss may change one, two when it may change two (every pair of differing syllables lies under one
 * of them), never the first.
 */
function maskKeys(word: string, name: number, into: number[]): number[] {
  into.length = 0;
  const limit = Math.min(2, nearMissLimit(word.length));
  if (limit === 0) return into;
  for (let i = 1; i < word.length; i++) {
    if (limit === 1) into.push(maskKey(word, name, i, -1));
    else for (let j = i + 1; j < word.length; j++) into.push(maskKey(word, name, i, j));
  }
  return into;
}

/** FNV-1a over the name and the word's code units, blanked at `i` and `j`, as a small integer. */
function maskKey(word: string, name: number, i: number, j: number): number {
  let h = Math.imul(0x811c9dc5 ^ name, 0x01000193);
  for (let k = 0; k < word.length; k++) {
    const c = k === i || k === j ? 0x2a : word.charCodeAt(k);
    h = Math.imul(h ^ c, 0x01000193);
  }
  return h & 0x3fffffff;
}

/** In how many places two words of one length differ, counted up to one past `limit`; a first syllable never differs. */
function syllablesApart(a: string, b: string, limit: number): number {
  if (a.charCodeAt(0) !== b.charCodeAt(0)) return limit + 1;
  let apart = 0;
  for (let i = 1; i < a.length && apart <= limit; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) apart++;
  return apart;
}

/** Up to three places the stem is used: sentences of reported files first, then archives by name. */
function placesOf(t: Tally, stem: string): string[] {
  const s = t.stemId.get(stem) as number;
  const out: string[] = [];
  for (const reported of [true, false])
    for (let k = t.stemUseStart[s] as number; k < (t.stemUseStart[s + 1] as number) && out.length < 3; k++) {
      const u = t.stemUses[k] as number;
      const file = t.files[t.useFile[u] as number] as IndexedFile;
      if (file.reported !== reported) continue;
      const at = t.useAt[u] as NameIndex['uses'][number];
      const place = reported ? `${file.file}:${at[0]}:${at[1]}` : file.file;
      if (!out.includes(place)) out.push(place);
    }
  return out;
}
