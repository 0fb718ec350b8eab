import type { Diagnostic } from '@dari/core';

/** Unit and word counts of a set of units under Dari's own states. */
export interface Counts {
  readonly units: number;
  /** Source words, `Intl.Segmenter` word-like segments in the source language. */
  readonly words: number;
  readonly translated: number;
  /** Translated units a reviewer signed off (1.2 `approved="yes"`, 2.x `reviewed`/`final`); part of `translated`. */
  readonly reviewed: number;
  readonly needsReview: number;
  readonly untranslated: number;
  readonly translatedWords: number;
  readonly reviewedWords: number;
  readonly needsReviewWords: number;
  readonly untranslatedWords: number;
  /** Translated units in percent, rounded down to one decimal (100 only when complete). */
  readonly percentUnits: number;
  /** Translated source words in percent, rounded down to one decimal. */
  readonly percentWords: number;
  /** Reviewed units in percent, rounded down to one decimal. */
  readonly percentReviewed: number;
  /** Reviewed source words in percent, rounded down to one decimal. */
  readonly percentReviewedWords: number;
}

/**
 * The same units as translate-toolkit's `pocount` sees them in an XLIFF 1.2 file: translated only
 * with `approved="yes"` and a target, fuzzy with a non-empty target otherwise, else untranslated;
 * words counted pocount's way (whitespace tokens, punctuation stripped).
 */
export interface PocountCounts {
  readonly total: number;
  readonly translated: number;
  readonly fuzzy: number;
  readonly untranslated: number;
  readonly totalSourceWords: number;
  readonly translatedSourceWords: number;
  readonly fuzzySourceWords: number;
  readonly untranslatedSourceWords: number;
}

/** One checked locale file. */
export interface FileReport {
  /** Path relative to the project root, `locales/<lang>/<slug>.xlf`. */
  readonly file: string;
  readonly locale: string;
  /** The source-language template (no targets): checked for staleness, not counted. */
  readonly template: boolean;
  readonly counts: Counts;
  readonly pocount: PocountCounts;
  readonly errors: number;
  readonly warnings: number;
}

/** One locale: the sum of its bilingual files against its threshold. */
export interface LocaleReport {
  readonly locale: string;
  readonly files: number;
  readonly counts: Counts;
  readonly pocount: PocountCounts;
  /** Minimum percent of translated units; 0 when the config sets none. */
  readonly threshold: number;
  /** Minimum percent of reviewed units; 0 when the config sets none. */
  readonly reviewedThreshold: number;
  readonly errors: number;
  readonly warnings: number;
  /** At or above both thresholds and without error-severity findings. */
  readonly pass: boolean;
}

/** What `dari check` and the site's status page both show, so the page and CI never disagree. */
export interface CheckReport {
  /** Version of this shape in `--format json`; bumped on any incompatible change. */
  readonly version: 1;
  readonly locales: Readonly<Record<string, LocaleReport>>;
  readonly files: readonly FileReport[];
  readonly findings: readonly Diagnostic[];
  /** Set when `--changed <ref>` limited the check to files changed since that git ref. */
  readonly changedSince?: string;
  readonly pass: boolean;
}
