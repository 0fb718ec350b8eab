import { hasTranslation, isTranslatedState, plainText, type Unit, type UnitFile, unitsOf } from '@dari/core';
import { translatableUnitIds } from '@dari/xliff';
import type { Counts, PocountCounts } from './report.js';
import { countWords, pocountText, pocountWords } from './words.js';

/**
 * The file as check counts and checks it: units under `translate="no"` (on the unit, its group or
 * its file) are not to be translated, so they are neither counted nor checked — as pocount does.
 */
export function translatableFile<T extends UnitFile>(file: T): T {
  const ids = translatableUnitIds(file);
  if (!ids || ids.size === unitsOf(file).length) return file;
  return { ...file, groups: file.groups.map((g) => ({ ...g, units: g.units.filter((u) => ids.has(u.id)) })) };
}

/** Dari's completeness state of a unit: a target counts only in a translated-or-later state. */
export type Completeness = 'translated' | 'needs-review' | 'untranslated';

/** Translated = non-empty target in a translated-or-later state; prefilled targets stay untranslated. */
export function completenessOf(unit: Unit): Completeness {
  if (!hasTranslation(unit)) return 'untranslated';
  if (isTranslatedState(unit.state)) return 'translated';
  return unit.state === 'needs-review' ? 'needs-review' : 'untranslated';
}

/** pocount's category for a unit; `approved` is the 1.2 `approved="yes"` attribute. */
export function pocountCategoryOf(unit: Unit, approved: boolean): 'translated' | 'fuzzy' | 'untranslated' {
  // pocount reads a target as its text with whitespace normalised: only blanks is no target.
  const target = unit.target === undefined ? '' : pocountText(unit.target).trim();
  if (target === '') return 'untranslated';
  return approved ? 'translated' : 'fuzzy';
}

/** Mutable tally, turned into `Counts` by `finishCounts`. */
export interface Tally {
  units: number;
  words: number;
  translated: number;
  /** Of the translated: signed off by a reviewer. */
  reviewed: number;
  needsReview: number;
  untranslated: number;
  translatedWords: number;
  reviewedWords: number;
  needsReviewWords: number;
  untranslatedWords: number;
  pocount: {
    total: number;
    translated: number;
    fuzzy: number;
    untranslated: number;
    totalSourceWords: number;
    translatedSourceWords: number;
    fuzzySourceWords: number;
    untranslatedSourceWords: number;
  };
}

/** An empty tally. */
export function newTally(): Tally {
  return {
    units: 0,
    words: 0,
    translated: 0,
    reviewed: 0,
    needsReview: 0,
    untranslated: 0,
    translatedWords: 0,
    reviewedWords: 0,
    needsReviewWords: 0,
    untranslatedWords: 0,
    pocount: {
      total: 0,
      translated: 0,
      fuzzy: 0,
      untranslated: 0,
      totalSourceWords: 0,
      translatedSourceWords: 0,
      fuzzySourceWords: 0,
      untranslatedSourceWords: 0,
    },
  };
}

interface SourceCounts {
  readonly words: number;
  readonly pocountWords: number;
  readonly pocountSource: string;
}

// Cache: every source is counted once per locale file (the template and each translation), and a
// slug's files are checked one after another: a small memo of code-free sources answers the repeats.
// Bounded: 10,000 sources, emptied when full and when the source language changes.
const memo = new Map<string, SourceCounts>();
let memoLang = '';

/** Dari's and pocount's word counts of a unit's source, and the text pocount sees in it. */
function countsOfSource(unit: Unit, lang: string): SourceCounts {
  const source = unit.source;
  const only = source.length === 1 ? source[0] : source.length === 0 ? '' : undefined;
  if (typeof only === 'string') {
    if (lang !== memoLang || memo.size >= 10_000) {
      memo.clear();
      memoLang = lang;
    }
    let counts = memo.get(only);
    if (!counts) {
      // Without codes, the reader's text and pocount's text are the same string.
      counts = { words: countWords(only, lang), pocountWords: pocountWords(only), pocountSource: only };
      memo.set(only, counts);
    }
    return counts;
  }
  const pocountSource = pocountText(source);
  const plain = source.every((part) => typeof part === 'string') ? pocountSource : plainText(source);
  return { words: countWords(plain, lang), pocountWords: pocountWords(pocountSource), pocountSource };
}

/**
 * Adds one unit to a tally, under Dari's states and pocount's view at once. `approved` is the
 * reviewer's sign-off (1.2 `approved="yes"`, 2.x `reviewed`/`final`): a translated unit carrying it
 * counts as reviewed, which is exactly what pocount calls translated.
 */
export function tallyUnit(t: Tally, unit: Unit, sourceLang: string, approved: boolean): void {
  const { words, pocountWords: pw, pocountSource: source } = countsOfSource(unit, sourceLang);
  t.units++;
  t.words += words;
  switch (completenessOf(unit)) {
    case 'translated':
      t.translated++;
      t.translatedWords += words;
      if (approved) {
        t.reviewed++;
        t.reviewedWords += words;
      }
      break;
    case 'needs-review':
      t.needsReview++;
      t.needsReviewWords += words;
      break;
    default:
      t.untranslated++;
      t.untranslatedWords += words;
  }
  // pocount leaves out units whose source is empty (its untranslatedmessages() requires a source).
  const category = pocountCategoryOf(unit, approved);
  if (category === 'untranslated' && source.trim() === '') return;
  const p = t.pocount;
  p.total++;
  p.totalSourceWords += pw;
  p[category]++;
  p[`${category}SourceWords`] += pw;
}

/** Adds tally `b` into `a`. */
export function addTally(a: Tally, b: Tally): void {
  for (const key of ['units', 'words', 'translated', 'reviewed', 'needsReview', 'untranslated'] as const)
    a[key] += b[key];
  for (const key of ['translatedWords', 'reviewedWords', 'needsReviewWords', 'untranslatedWords'] as const)
    a[key] += b[key];
  for (const key of Object.keys(a.pocount) as (keyof Tally['pocount'])[]) a.pocount[key] += b.pocount[key];
}

/** Percent rounded down to one decimal, so 100 means complete; nothing to translate is complete. */
export function percent(part: number, whole: number): number {
  if (whole === 0) return 100;
  return Math.floor((part * 1000) / whole) / 10;
}

/** The immutable counts of a tally, with percentages. */
export function finishCounts(t: Tally): Counts {
  return {
    units: t.units,
    words: t.words,
    translated: t.translated,
    reviewed: t.reviewed,
    needsReview: t.needsReview,
    untranslated: t.untranslated,
    translatedWords: t.translatedWords,
    reviewedWords: t.reviewedWords,
    needsReviewWords: t.needsReviewWords,
    untranslatedWords: t.untranslatedWords,
    percentUnits: percent(t.translated, t.units),
    percentWords: percent(t.translatedWords, t.words),
    percentReviewed: percent(t.reviewed, t.units),
    percentReviewedWords: percent(t.reviewedWords, t.words),
  };
}

/** The tally a file report was finished from (what the locale totals add up). */
export function tallyOf(report: { readonly counts: Counts; readonly pocount: PocountCounts }): Tally {
  const {
    percentUnits: _u,
    percentWords: _w,
    percentReviewed: _r,
    percentReviewedWords: _rw,
    ...counts
  } = report.counts;
  return { ...counts, pocount: { ...report.pocount } };
}

/** pocount's counts of a tally. */
export function finishPocount(t: Tally): PocountCounts {
  return { ...t.pocount };
}
