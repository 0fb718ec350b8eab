import { plainText, type SourceSegment, type Unit } from '@dari/core';
import { sourceKey, wordsOf } from './key.js';
import { addBags, bagOf, dice, diceUpperBound, type WordBag } from './similarity.js';

/** Default minimum similarity for an edited sentence to keep its translation (see README). */
export const DEFAULT_FUZZY_THRESHOLD = 0.6;

/** How a new segment relates to the previous file's units. */
export type Pairing =
  /** Same source (same id, or moved): translation kept as it is. */
  | { readonly kind: 'same'; readonly old: Unit }
  /** Source edited: translation kept for review. */
  | { readonly kind: 'edited'; readonly old: Unit; readonly score: number }
  /** Two or three old sentences became this one. */
  | { readonly kind: 'merged'; readonly olds: readonly Unit[]; readonly score: number }
  /** One old sentence became several; `primary` is the part most like it. */
  | {
      readonly kind: 'split';
      readonly old: Unit;
      readonly primary: boolean;
      /** Ids of all parts, and of the one holding the old translation. */
      readonly parts: readonly string[];
      readonly primaryPart: string;
      readonly score: number;
    };

/** Pairings aligned with the new segments (undefined = no old unit), and the old units left over. */
export interface MatchResult {
  readonly pairings: ReadonlyArray<Pairing | undefined>;
  readonly removed: readonly Unit[];
}

interface Candidate {
  readonly score: number;
  readonly news: readonly number[];
  readonly olds: readonly number[];
  readonly distance: number;
}

/** Longest run of old or new sentences considered as one merge or split. */
const MAX_RUN = 3;

/**
 * msgmerge for one file: (1) same id and same source, (2) same source anywhere (moved, reordered,
 * duplicated), (3) best-scoring fuzzy pairs, merges and splits above the threshold, greedily.
 * Exact passes use hash maps; the fuzzy pass only looks at what the exact passes left over.
 */
export function matchUnits(
  segments: readonly SourceSegment[],
  oldUnits: readonly Unit[],
  threshold = DEFAULT_FUZZY_THRESHOLD,
): MatchResult {
  const pairings: Array<Pairing | undefined> = new Array(segments.length).fill(undefined);
  const claimed = new Array<boolean>(oldUnits.length).fill(false);
  const newKeys = segments.map((s) => sourceKey(s.source));
  const oldKeys = oldUnits.map((u) => sourceKey(u.source));

  const byId = new Map<string, number>();
  oldUnits.forEach((u, j) => {
    byId.set(u.id, j);
  });
  segments.forEach((s, i) => {
    const j = byId.get(s.id);
    if (j !== undefined && !claimed[j] && oldKeys[j] === newKeys[i]) {
      claimed[j] = true;
      pairings[i] = { kind: 'same', old: oldUnits[j] as Unit };
    }
  });

  const byKey = new Map<string, number[]>();
  oldKeys.forEach((k, j) => {
    if (claimed[j]) return;
    const list = byKey.get(k);
    if (list) list.push(j);
    else byKey.set(k, [j]);
  });
  segments.forEach((_, i) => {
    if (pairings[i]) return;
    const j = byKey.get(newKeys[i] as string)?.shift();
    if (j === undefined) return;
    claimed[j] = true;
    pairings[i] = { kind: 'same', old: oldUnits[j] as Unit };
  });

  fuzzyPass(segments, oldUnits, pairings, claimed, threshold);
  return { pairings, removed: oldUnits.filter((_, j) => !claimed[j]) };
}

function fuzzyPass(
  segments: readonly SourceSegment[],
  oldUnits: readonly Unit[],
  pairings: Array<Pairing | undefined>,
  claimed: boolean[],
  threshold: number,
): void {
  const freeNew = segments.map((_, i) => i).filter((i) => !pairings[i]);
  const freeOld = oldUnits.map((_, j) => j).filter((j) => !claimed[j]);
  if (freeNew.length === 0 || freeOld.length === 0) return;
  const newBags = new Map(freeNew.map((i) => [i, bagOf(wordsOf(plainText(segments[i]?.source ?? [])))]));
  const oldBags = new Map(freeOld.map((j) => [j, bagOf(wordsOf(plainText(oldUnits[j]?.source ?? [])))]));
  const runs = (free: readonly number[], bags: Map<number, WordBag>) => {
    const out: Array<{ members: number[]; bag: WordBag }> = [];
    for (const start of free) {
      for (let len = 1; len <= MAX_RUN; len++) {
        const members = Array.from({ length: len }, (_, k) => start + k);
        if (!members.every((m) => bags.has(m))) break;
        out.push({
          members,
          bag: len === 1 ? (bags.get(start) as WordBag) : addBags(members.map((m) => bags.get(m) as WordBag)),
        });
      }
    }
    return out;
  };
  const newRuns = runs(freeNew, newBags);
  const oldRuns = runs(freeOld, oldBags);
  const candidates: Candidate[] = [];
  const rel = (i: number, n: number) => (n <= 1 ? 0 : i / (n - 1));
  for (const nr of newRuns) {
    for (const or of oldRuns) {
      // Many-to-many is not an edit anyone makes; it would only blur real pairings.
      if (nr.members.length > 1 && or.members.length > 1) continue;
      if (diceUpperBound(nr.bag, or.bag) < threshold) continue;
      const score = dice(nr.bag, or.bag);
      if (score < threshold) continue;
      const distance = Math.abs(
        rel(nr.members[0] as number, segments.length) - rel(or.members[0] as number, oldUnits.length),
      );
      candidates.push({ score, news: nr.members, olds: or.members, distance });
    }
  }
  candidates.sort(
    (a, b) =>
      b.score - a.score ||
      a.news.length + a.olds.length - (b.news.length + b.olds.length) ||
      a.distance - b.distance,
  );
  for (const c of candidates) {
    if (c.news.some((i) => pairings[i]) || c.olds.some((j) => claimed[j])) continue;
    for (const j of c.olds) claimed[j] = true;
    const olds = c.olds.map((j) => oldUnits[j] as Unit);
    if (c.news.length === 1 && olds.length === 1) {
      pairings[c.news[0] as number] = { kind: 'edited', old: olds[0] as Unit, score: c.score };
    } else if (c.news.length === 1) {
      pairings[c.news[0] as number] = { kind: 'merged', olds, score: c.score };
    } else {
      const old = olds[0] as Unit;
      const oldBag = oldBags.get(c.olds[0] as number) as WordBag;
      const primary = c.news.reduce((best, i) =>
        dice(newBags.get(i) as WordBag, oldBag) > dice(newBags.get(best) as WordBag, oldBag) ? i : best,
      );
      const parts = c.news.map((i) => segments[i]?.id as string);
      const primaryPart = segments[primary]?.id as string;
      for (const i of c.news) {
        pairings[i] = { kind: 'split', old, primary: i === primary, parts, primaryPart, score: c.score };
      }
    }
  }
}
