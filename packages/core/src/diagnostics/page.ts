import { DIAGNOSTICS } from './catalog.js';
import type { DiagnosticArea, DiagnosticInfo, DiagnosticKind } from './types.js';

const AREAS: ReadonlyArray<{ area: DiagnosticArea; heading: string; intro: string }> = [
  {
    area: 'article',
    heading: 'Articles',
    intro: 'Bad input in `articles/<slug>.md`. Sync, check and the site stop (exit 2) and write nothing.',
  },
  {
    area: 'config',
    heading: 'Configuration and glossary',
    intro: 'Bad input in `dari.config.json` or the glossary. Every command stops (exit 2).',
  },
  {
    area: 'sync',
    heading: 'Project layout and sync',
    intro: 'Problems with the project as a whole, and what a sync reports while it runs.',
  },
  {
    area: 'check',
    heading: 'Check inputs',
    intro: 'Bad input `dari check` and `dari status` stop on (exit 2).',
  },
  { area: 'cli', heading: 'Command line', intro: 'Usage errors (exit 2).' },
  {
    area: 'file-system',
    heading: 'File system',
    intro: 'A path dari needs cannot be read or written (exit 2).',
  },
  {
    area: 'review',
    heading: 'Review and edit in context',
    intro: 'What `dari review` and the dev server’s edit panel refuse (exit 2, nothing written).',
  },
  {
    area: 'xliff',
    heading: 'XLIFF and XML',
    intro: 'Bad input in `locales/<lang>/*.xlf`. Dari leaves the file as it is and stops (exit 2).',
  },
  {
    area: 'memory',
    heading: 'Encodings and the memory archive',
    intro: 'Bad input in files sync reads back: locale files and `locales/<lang>/.memory/archive.tmx`.',
  },
  {
    area: 'quality',
    heading: 'Quality rules',
    intro:
      '`dari check` findings. Each rule’s severity can be changed, or the rule turned off, in `rules` of `dari.config.json`: `"rules": { "length-ratio": "off", "glossary-term": "error" }`. Errors fail the check (exit 1).',
  },
];

const KIND: Readonly<Record<DiagnosticKind, string>> = {
  input: 'bad input (exit 2)',
  run: 'reported during a run',
  quality: 'quality rule (configurable)',
};

/** `bad input (exit 2), error`: what kind of diagnostic an entry is, in words. */
export function describeKind(d: DiagnosticInfo): string {
  return `${KIND[d.kind]}, ${d.kind === 'quality' ? 'default ' : ''}${d.severity}`;
}

const cell = (s: string) => s.replaceAll('|', '\\|');

/** The whole of `docs/diagnostics.md`, generated from the catalog (`pnpm docs:diagnostics` writes it). */
export function renderDiagnosticsPage(catalog: readonly DiagnosticInfo[] = DIAGNOSTICS): string {
  const unplaced = catalog.filter((d) => !AREAS.some((a) => a.area === d.area));
  if (unplaced.length > 0) throw new Error(`no section for ${unplaced.map((d) => d.id).join(', ')}`);
  const sections = AREAS.map((a) => ({ ...a, entries: catalog.filter((d) => d.area === a.area) }));
  const out: string[] = [
    '<!-- Generated from packages/core/src/diagnostics by `npx -y pnpm@12.4.2 docs:diagnostics`; do not edit by hand. -->',
    '',
    '# Diagnostics',
    '',
    'Every problem Dari prints is one line, `file:line:col severity rule-id message`, followed by a note.',
    'This page lists every rule id: what it means, why it matters and how to fix it.',
    'The same text is one command away: `dari explain <rule-id>`.',
    '',
    `${catalog.length} ids. Exit codes: 0 ok, 1 the check failed (error findings or below a threshold), 2 bad input or usage.`,
    '',
    '| id | title | kind |',
    '| --- | --- | --- |',
    ...sections
      .flatMap((a) => a.entries)
      .map((d) => `| [\`${d.id}\`](#${d.id}) | ${cell(d.title)} | ${describeKind(d)} |`),
  ];
  for (const { heading, intro, entries } of sections) {
    if (entries.length === 0) continue;
    out.push('', `## ${heading}`, '', intro);
    for (const d of entries) {
      out.push(
        '',
        `### \`${d.id}\``,
        '',
        `**${d.title}** — ${describeKind(d)}.`,
        '',
        `Why: ${d.why}`,
        '',
        `Fix: ${d.fix}`,
      );
      if (d.replaces?.length) {
        out.push(
          '',
          `Replaces: ${d.replaces.map((r) => `\`${r}\``).join(', ')} (printed for the same problem before; \`dari explain\` still knows it).`,
        );
      }
    }
  }
  return `${out.join('\n')}\n`;
}
