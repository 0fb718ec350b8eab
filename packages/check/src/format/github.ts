import type { Diagnostic } from '@dari/core';
import type { CheckReport } from '../report.js';
import { belowThreshold, localeFailure } from './util.js';

// Workflow command escaping (actions/toolkit): data escapes % CR LF; properties also : and ,.
const data = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const prop = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

function annotation(d: Diagnostic): string {
  const props = [
    d.file !== undefined ? `file=${prop(d.file)}` : '',
    d.line !== undefined ? `line=${d.line}` : '',
    d.column !== undefined ? `col=${d.column}` : '',
    `title=${prop(d.ruleId)}`,
  ].filter((p) => p !== '');
  const note = d.note ? `\n${d.note}` : '';
  return `::${COMMAND[d.severity]} ${props.join(',')}::${data(d.message + note)}`;
}

/** `--format github`: one workflow annotation per finding on its `.xlf` line, one per failing locale. */
export function formatGithub(report: CheckReport): string {
  const lines = report.findings.map(annotation);
  for (const l of Object.values(report.locales)) {
    const failure = localeFailure(l);
    if (failure && belowThreshold(l)) {
      lines.push(`::error title=${prop(`dari check ${l.locale}`)}::${data(`${l.locale}: ${failure}`)}`);
    }
  }
  lines.push(
    `::notice title=dari check::${data(
      Object.values(report.locales)
        .map(
          (l) =>
            `${l.locale} ${l.counts.percentUnits.toFixed(1)}% translated (${l.counts.translated}/${l.counts.units} units), ${l.counts.percentReviewed.toFixed(1)}% reviewed (${l.counts.reviewed}/${l.counts.units} units)`,
        )
        .join(', ') || 'no target locales',
    )} — ${report.pass ? 'pass' : 'fail'}`,
  );
  return `${lines.join('\n')}\n`;
}
