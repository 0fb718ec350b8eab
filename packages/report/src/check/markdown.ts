import { formatPlace } from '@dari/core';
import type { CheckReport } from '../model.js';
import { lineChunks, localeFailure, pct, thresholdCell } from './util.js';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** `--format markdown`: tables for a job summary or pull-request comment. */
export function formatMarkdown(report: CheckReport): string {
  return [...markdownChunks(report)].join('');
}

/** `formatMarkdown` in pieces, for a report too large to build as one string. */
export function markdownChunks(report: CheckReport): Generator<string> {
  return lineChunks(markdownLines(report));
}

function* markdownLines(report: CheckReport): Generator<string> {
  yield `## Translation check: ${report.pass ? '✅ pass' : '❌ fail'}`;
  if (report.changedSince !== undefined) yield* ['', `Files changed since \`${report.changedSince}\`.`];
  yield* [
    '',
    '| Locale | Units | Words | Translated | Reviewed | Needs review | Untranslated | Threshold | Result |',
  ];
  yield '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |';
  for (const l of Object.values(report.locales)) {
    const n = l.counts;
    const failure = localeFailure(l);
    yield `| ${l.locale} | ${n.translated}/${n.units} (${pct(n.percentUnits)}) | ${n.translatedWords}/${n.words} (${pct(n.percentWords)}) | ${n.translated} | ${n.reviewed} (${pct(n.percentReviewed)}) | ${n.needsReview} | ${n.untranslated} | ${thresholdCell(l)} | ${failure ? `❌ ${cell(failure)}` : '✅ pass'} |`;
  }
  yield* ['', '<details><summary>Files</summary>', ''];
  yield '| File | Units | Words | Translated | Reviewed | Needs review | Untranslated | Errors | Warnings |';
  yield '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |';
  for (const f of report.files) {
    const n = f.counts;
    const done = f.template ? 'template' : `${n.translated} (${pct(n.percentUnits)})`;
    yield `| \`${f.file}\` | ${n.units} | ${n.words} | ${done} | ${f.template ? '' : n.reviewed} | ${f.template ? '' : n.needsReview} | ${f.template ? '' : n.untranslated} | ${f.errors} | ${f.warnings} |`;
  }
  yield* ['', '</details>'];
  if (report.findings.length > 0) {
    yield* ['', `### Findings (${report.findings.length})`, ''];
    yield* ['| Severity | Place | Rule | Message |', '| --- | --- | --- | --- |'];
    for (const d of report.findings) {
      yield `| ${d.severity} | \`${formatPlace(d)}\` | \`${d.ruleId}\` | ${cell(d.message)} |`;
    }
  }
}
