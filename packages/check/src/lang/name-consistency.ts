/**
 * One name spelled two ways across translations (`라이트하이저` / `라이트하이져`): pure, over any set
 * of source/target pairs, so it serves one article (the `name-inconsistent` rule) as well as the
 * whole archive (every locale file plus the translation memory) for a project-level caller.
 */
import { codesDistanceWithin, jamoCodes, nearMissLimit } from './names.js';

// biome-ignore format: one line, read as the list it is
const PARTICLES = new Set(['에서는', '에서', '에게', '으로', '로는', '과의', '와의', '이라고', '라고', '까지', '부터', '은', '는', '이', '가', '을', '를', '과', '와', '의', '에', '도', '로', '만']);
/** Longest particle, in syllables: a word's last three syllables are all a particle may take. */
const PARTICLE_MAX = 3;
const HANGUL_WORD = /[가-힣]+/g;
// Capitalized words that mark a name, not a sentence start.
const NAME_WORD = /(?<=[^.!?"“]\s)[A-Z][a-z]{2,}(?:-[a-z]+)?/g;

/** The capitalized words of an English sentence that mark names (`Lighthizer`), sentence starts left out. */
export function nameWords(source: string): ReadonlySet<string> {
  return remembered(NAME_WORDS, source, () => new Set(source.match(NAME_WORD) ?? []));
}

/** Hangul words of a text with one trailing particle taken off (`라이트하이저는` → `라이트하이저`). */
export function stems(text: string): ReadonlySet<string> {
  return remembered(STEMS, text, () => {
    const out = new Set<string>();
    for (const m of text.matchAll(HANGUL_WORD)) {
      const word = m[0];
      // Hangul syllables are single code units, so lengths here count syllables.
      const stripped = withoutParticle(word);
      out.add(stripped.length >= 2 ? stripped : word);
    }
    return out;
  });
}

/**
 * The word without its trailing particle: the longest one that ends it, as an anchored alternation
 * `(?:에서는|…|만)$` matches it (its leftmost match is the longest suffix), without a regular expression per word.
 */
function withoutParticle(word: string): string {
  for (let k = Math.min(PARTICLE_MAX, word.length); k > 0; k--)
    if (PARTICLES.has(word.slice(word.length - k))) return word.slice(0, word.length - k);
  return word;
}

// The name-inconsistent rule and the archive's name index read the same sentences of a file: the
// answers are kept for a file's worth of them (the memo is emptied past that, so it stays small).
const MEMO_SIZE = 4096;
const NAME_WORDS = new Map<string, ReadonlySet<string>>();
const STEMS = new Map<string, ReadonlySet<string>>();

function remembered(memo: Map<string, ReadonlySet<string>>, text: string, make: () => ReadonlySet<string>) {
  let answer = memo.get(text);
  if (answer === undefined) {
    if (memo.size >= MEMO_SIZE) memo.clear();
    answer = make();
    memo.set(text, answer);
  }
  return answer;
}

/** A spelling used less often than a near-identical one, where it was used (`ref` of its first pair). */
export interface SpellingClash<T> {
  readonly rare: string;
  readonly common: string;
  readonly ref: T;
}

/**
 * Korean words of three syllables or more, a jamo apart (two from five syllables on), that stand in
 * pairs whose English shares a capitalized name: the same name spelled two ways. Each clash is
 * reported once, on the rarer spelling.
 */
export function inconsistentSpellings<T>(
  pairs: ReadonlyArray<{ readonly source: string; readonly target: string; readonly ref: T }>,
): SpellingClash<T>[] {
  const seen = new Map<string, { count: number; names: Set<string>; ref: T }>();
  for (const pair of pairs) {
    const names = nameWords(pair.source);
    if (names.size === 0) continue;
    for (const stem of stems(pair.target)) {
      // Stems are Hangul syllables only: their length in code units is their length in syllables.
      if (stem.length < 3) continue;
      let s = seen.get(stem);
      if (s === undefined) {
        s = { count: 0, names: new Set<string>(), ref: pair.ref };
        seen.set(stem, s);
      }
      s.count++;
      for (const n of names) s.names.add(n);
    }
  }
  // Misspellings keep the first syllable: comparing within it keeps the pairs few.
  const byFirst = new Map<string, string[]>();
  for (const stem of seen.keys()) {
    const group = byFirst.get(stem[0] ?? '');
    if (group) group.push(stem);
    else byFirst.set(stem[0] ?? '', [stem]);
  }
  const out: SpellingClash<T>[] = [];
  // A stem meets every other of its group: its jamo are worked out once, not once per pair.
  const codes = new Map<string, readonly number[]>();
  const codesOf = (stem: string) => {
    let c = codes.get(stem);
    if (c === undefined) {
      c = jamoCodes(stem);
      codes.set(stem, c);
    }
    return c;
  };
  for (const group of byFirst.values()) {
    for (const [i, a] of group.entries()) {
      // Stems are Hangul syllables only: their length in code units is their length in syllables.
      const limit = nearMissLimit(a.length);
      for (let k = i + 1; k < group.length; k++) {
        const b = group[k] as string;
        if (a.length !== b.length) continue;
        const d = codesDistanceWithin(codesOf(a), codesOf(b), limit);
        if (d === 0 || d > limit) continue;
        const sa = seen.get(a);
        const sb = seen.get(b);
        if (!sa || !sb || !sharesAny(sa.names, sb.names)) continue;
        out.push(
          sa.count < sb.count ? { rare: a, common: b, ref: sa.ref } : { rare: b, common: a, ref: sb.ref },
        );
      }
    }
  }
  return out;
}

function sharesAny(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}
