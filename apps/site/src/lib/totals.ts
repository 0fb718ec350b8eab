import type { CheckReport, Counts } from '@dari/check';

/** Units of a set of files: what the status page prints per locale. */
export interface UnitTotals {
  readonly units: number;
  readonly translated: number;
  /** Translated units in percent, rounded down to one decimal as `dari check` does (100 only when complete). */
  readonly percent: number;
}

function total(counts: readonly Counts[]): UnitTotals {
  const units = counts.reduce((n, c) => n + c.units, 0);
  const translated = counts.reduce((n, c) => n + c.translated, 0);
  const percent = units === 0 ? 100 : Math.floor((translated * 1000) / units) / 10;
  return { units, translated, percent: translated < units ? Math.min(percent, 99.9) : percent };
}

/**
 * A locale's article sentences and its interface strings, counted apart (pure): `dari check` sums
 * every file of the locale, `ui.xlf` included, but a reader reading "sentences" means article text.
 */
export function localeTotals(
  report: CheckReport,
  locale: string,
  uiFile = 'ui.xlf',
): { articles: UnitTotals; ui: UnitTotals } {
  const files = report.files.filter((f) => f.locale === locale && !f.template);
  const isUi = (file: string) => file === uiFile || file.endsWith(`/${uiFile}`);
  return {
    articles: total(files.filter((f) => !isUi(f.file)).map((f) => f.counts)),
    ui: total(files.filter((f) => isUi(f.file)).map((f) => f.counts)),
  };
}
