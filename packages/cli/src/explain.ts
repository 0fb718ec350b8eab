import {
  DariError,
  DIAGNOSTICS,
  type DiagnosticInfo,
  describeKind,
  diagnosticInfo,
  didYouMean,
  knownDiagnosticIds,
  type Palette,
  palette,
} from '@dari/core';
import type { Io } from './io.js';

const WIDTH = 100;

/** Wraps a paragraph at WIDTH columns, every line indented by `indent`. */
export function wrap(text: string, indent: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line !== '' && indent.length + line.length + 1 + word.length > WIDTH) {
      lines.push(indent + line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(indent + line);
  return lines.join('\n');
}

/** What `dari explain <id>` prints for one entry; `asked` is the id typed, when it is an old one. */
export function formatExplanation(info: DiagnosticInfo, asked: string, c: Palette = palette(false)): string {
  const out: string[] = [];
  if (asked !== info.id) out.push(`${asked} was replaced by ${info.id}; it names the same problem.`, '');
  out.push(
    `${c.bold(info.id)}  ${info.title}`,
    c.dim(describeKind(info)),
    '',
    c.bold('Why'),
    wrap(info.why, '  '),
    '',
    c.bold('Fix'),
    wrap(info.fix, '  '),
  );
  if (info.replaces?.length) out.push('', `Replaces: ${info.replaces.join(', ')}`);
  if (info.kind === 'quality') {
    out.push(
      '',
      `Configure: "rules": { "${info.id}": "off" | "info" | "warning" | "error" } in dari.config.json`,
    );
  }
  out.push('', c.dim(`docs/diagnostics.md#${info.id}`));
  return `${out.join('\n')}\n`;
}

/** What `dari explain` prints without an id: every id with its title, aligned. */
export function formatIdList(c: Palette = palette(false)): string {
  const width = Math.max(...DIAGNOSTICS.map((d) => d.id.length));
  const rows = DIAGNOSTICS.map((d) => `  ${c.bold(d.id)}${' '.repeat(width - d.id.length)}  ${d.title}`);
  return `${DIAGNOSTICS.length} rule ids (\`dari explain <rule-id>\` for one):\n${rows.join('\n')}\n`;
}

/** `dari explain [id]`: 0, or a usage error (exit 2) naming the closest ids for an unknown one. */
export function runExplain(id: string | undefined, io: Io): number {
  const c = palette(io.color);
  if (id === undefined) {
    io.out(formatIdList(c));
    return 0;
  }
  const info = diagnosticInfo(id);
  if (!info) {
    throw new DariError({
      ruleId: 'cli-usage',
      severity: 'error',
      message: `unknown rule id "${id}"${didYouMean(id.toLowerCase(), knownDiagnosticIds())}`,
      note: 'Run `dari explain` for every id, or see docs/diagnostics.md.',
    });
  }
  io.out(formatExplanation(info, id.trim().toLowerCase(), c));
  return 0;
}
