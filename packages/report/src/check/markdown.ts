import { formatPlace } from '@dari/core';
import type { CheckReport } from '../model.js';
import { localeFailure, pct, thresholdCell } from './util.js';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** `--format markdown`: tables for a job summary or pull-request comment. */
export function formatMarkdown(report: CheckReport): string {
  const out: string[] = [];
  out.push(`## Translation check: ${report.pass ? '✅ pass' : '❌ fail'}`);
  if (report.changedSince !== undefined) out.push('', `Files changed since \`${report.changedSince}\`.`);
  out.push(
    '',
    '| Locale | Units | Words | Translated | Reviewed | Needs review | Untranslated | Threshold | Result |',
  );
  out.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
  for (const l of Object.values(report.locales)) {
    const n = l.counts;
    const failure = localeFailure(l);
    out.push(
      `| ${l.locale} | ${n.translated}/${n.units} (${pct(n.percentUnits)}) | ${n.translatedWords}/${n.words} (${pct(n.percentWords)}) | ${n.translated} | ${n.reviewed} (${pct(n.percentReviewed)}) | ${n.needsReview} | ${n.untranslated} | ${thresholdCell(l)} | ${failure ? `❌ ${cell(failure)}` : '✅ pass'} |`,
    );
  }
  out.push('', '<details><summary>Files</summary>', '');
  out.push(
    '| File | Units | Words | Translated | Reviewed | Needs review | Untranslated | Errors | Warnings |',
  );
  out.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const f of report.files) {
    const n = f.counts;
    const done = f.template ? 'template' : `${n.translated} (${pct(n.percentUnits)})`;
    out.push(
      `| \`${f.file}\` | ${n.units} | ${n.words} | ${done} | ${f.template ? '' : n.reviewed} | ${f.template ? '' : n.needsReview} | ${f.template ? '' : n.untranslated} | ${f.errors} | ${f.warnings} |`,
    );
  }
  out.push('', '</details>');
  if (report.findings.length > 0) {
    out.push('', `### Findings (${report.findings.length})`, '');
    out.push('| Severity | Place | Rule | Message |', '| --- | --- | --- | --- |');
    for (const d of report.findings) {
      out.push(`| ${d.severity} | \`${formatPlace(d)}\` | \`${d.ruleId}\` | ${cell(d.message)} |`);
    }
  }
  return `${out.join('\n')}\n`;
}
