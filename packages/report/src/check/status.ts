import { formatResult } from '../diagnostics.js';
import type { CheckReport } from '../model.js';
import { localeSummary } from './github.js';
import { localeFailure, palette, pct, severityCounts, thresholdCell } from './util.js';

/** `dari status`: the same numbers as a short human summary, incomplete files listed. */
export function formatStatus(report: CheckReport, options: { color?: boolean } = {}): string {
  const c = palette(options.color ?? false);
  const out: string[] = [];
  for (const l of Object.values(report.locales)) {
    const n = l.counts;
    const failure = localeFailure(l);
    out.push(
      `${c.bold(l.locale)}  ${pct(n.percentUnits)} translated (${n.translated}/${n.units} units, ${n.translatedWords}/${n.words} words), ${pct(n.percentReviewed)} reviewed (${n.reviewed}/${n.units} units), ${n.needsReview} need review, ${n.untranslated} untranslated; threshold ${thresholdCell(l)} ${failure ? c.red('— below') : c.green('— met')}`,
    );
    for (const f of report.files) {
      if (f.locale !== l.locale || f.template || f.counts.percentUnits === 100) continue;
      out.push(
        `  ${f.file}  ${pct(f.counts.percentUnits)} (${f.counts.reviewed} reviewed, ${f.counts.needsReview} need review, ${f.counts.untranslated} untranslated)`,
      );
    }
  }
  if (out.length === 0) out.push('no target locales configured');
  const s = severityCounts(report.findings);
  out.push(
    `${report.files.length} files; ${s.error} errors, ${s.warning} warnings — run \`dari check\` for details`,
  );
  return `${out.join('\n')}\n`;
}

/** `dari status --format github`: an annotation per finding, then the numbers as a notice. */
export function formatStatusGithub(report: CheckReport): string {
  const s = severityCounts(report.findings);
  const summary = `${localeSummary(report)}; ${report.files.length} files, ${s.error} errors, ${s.warning} warnings`;
  return formatResult({ command: 'status', findings: report.findings, summary }, 'github');
}
