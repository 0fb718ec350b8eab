import { githubAnnotation as annotation, githubData as data, githubProp as prop } from '../diagnostics.js';
import type { CheckReport } from '../model.js';
import { belowThreshold, lineChunks, localeFailure } from './util.js';

/** `--format github`: one workflow annotation per finding on its `.xlf` line, one per failing locale. */
export function formatGithub(report: CheckReport): string {
  return [...githubChunks(report)].join('');
}

/** `formatGithub` in pieces, for a report too large to build as one string. */
export function githubChunks(report: CheckReport): Generator<string> {
  return lineChunks(githubLines(report));
}

function* githubLines(report: CheckReport): Generator<string> {
  for (const d of report.findings) yield annotation(d);
  for (const l of Object.values(report.locales)) {
    const failure = localeFailure(l);
    if (failure && belowThreshold(l)) {
      yield `::error title=${prop(`dari check ${l.locale}`)}::${data(`${l.locale}: ${failure}`)}`;
    }
  }
  yield `::notice title=dari check::${data(localeSummary(report))} — ${report.pass ? 'pass' : 'fail'}`;
}

/** Each locale's translated and reviewed share in one line, as the github notices give it. */
export function localeSummary(report: CheckReport): string {
  return (
    Object.values(report.locales)
      .map(
        (l) =>
          `${l.locale} ${l.counts.percentUnits.toFixed(1)}% translated (${l.counts.translated}/${l.counts.units} units), ${l.counts.percentReviewed.toFixed(1)}% reviewed (${l.counts.reviewed}/${l.counts.units} units)`,
      )
      .join(', ') || 'no target locales'
  );
}
