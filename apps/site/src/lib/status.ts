/** How far a locale's version of an article is; what the switcher and the status page show. */
/**
 * `untranslated`: a file with no translated unit yet (0%); `partial`: some but not all translated;
 * `outdated`: all translated or in review, and the source of some reviewed unit really changed;
 * `review`: all translated or in review, the source unchanged (only the state was reset).
 */
export type TranslationLevel =
  | 'original'
  | 'complete'
  | 'outdated'
  | 'review'
  | 'partial'
  | 'untranslated'
  | 'missing';

/** The counts `dari check` reports for one file (the subset the site reads). */
export interface FileCounts {
  readonly units: number;
  readonly translated: number;
  readonly needsReview: number;
  readonly untranslated: number;
  readonly percentUnits: number;
}

/** One article in one locale. */
export interface PageStatus {
  readonly locale: string;
  readonly level: TranslationLevel;
  /** Translated units in percent, as `dari check` computes it. */
  readonly percent: number;
  readonly needsReview: number;
  readonly untranslated: number;
  /** Indexed, listed in hreflang, sitemap and RSS: the original, or a translation at or above its threshold. */
  readonly indexable: boolean;
}

/**
 * Status of an article in a locale (pure). A locale with no threshold in the config still needs at
 * least one translated unit to be indexed: a page that is all fallback is the original in disguise.
 */
export function pageStatus(
  locale: string,
  sourceLang: string,
  counts: FileCounts | undefined,
  threshold: number | undefined,
  /** Units in review whose source really changed since they were translated. */
  sourceChanged = 0,
): PageStatus {
  if (locale === sourceLang)
    return { locale, level: 'original', percent: 100, needsReview: 0, untranslated: 0, indexable: true };
  if (counts === undefined || counts.units === 0)
    return { locale, level: 'missing', percent: 0, needsReview: 0, untranslated: 0, indexable: false };
  const level: TranslationLevel =
    counts.translated === counts.units
      ? 'complete'
      : counts.untranslated === 0
        ? sourceChanged > 0
          ? 'outdated'
          : 'review'
        : counts.translated === 0 && counts.needsReview === 0
          ? 'untranslated'
          : 'partial';
  return {
    locale,
    level,
    percent: counts.percentUnits,
    needsReview: counts.needsReview,
    untranslated: counts.untranslated,
    indexable: counts.translated > 0 && counts.percentUnits >= (threshold ?? 0),
  };
}
