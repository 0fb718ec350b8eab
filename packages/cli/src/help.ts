import { COMMAND_OPTIONS, FORMATS, unknownCommand } from './args.js';

/** The --format line for one command, naming only the formats it takes. */
const formatLine = (formats: readonly string[]) =>
  `  --format, -f FMT     output: ${formats.map((f, i) => (i === 0 ? `${f} (default)` : f)).join(', ')}`;

const OPTION_LINES: Readonly<Record<string, string>> = {
  cwd: '  --cwd DIR            project root (where dari.config.json lives); default: the current folder',
  format:
    '  --format, -f FMT     output: text (default), json, github; check also junit, sarif, markdown\n                       (json and github put bad input on stdout too, in that shape)',
  min: "  --min LOCALE=PCT     override a locale's translated threshold, e.g. --min ko=95 (repeatable)",
  'min-reviewed':
    "  --min-reviewed LOCALE=PCT\n                       override a locale's reviewed threshold, e.g. --min-reviewed ko=80",
  changed: '  --changed REF        check only locale files changed (or whose article changed) since git REF',
  output: '  --output, -o FILE    write the TMX to FILE (atomically) instead of stdout',
  approve: '  --approve ID         sign off the unit with this id (repeatable; 1.2 final + approved="yes")',
  shard:
    '  --shard I/N          work on shard I of N only: the articles whose slug hash mod N is I\n                       (docs/scaling.md); its output is put together by --merge',
  merge:
    '  --merge INPUT...     put the outputs of every --shard run together (sync: their locales\n                       folders; check: their part files); same result as one unsharded run',
};

const FOOTER = `Colours follow Node's rules: on for a terminal, off under NO_COLOR, forced by FORCE_COLOR.
Long runs draw a progress line on stderr when it is a terminal (never under CI, never on stdout).
Problems are printed as  file:line:col severity rule-id message
\`dari explain <rule-id>\` says what one means, why it matters and how to fix it (all: docs/diagnostics.md).
`;

/** The text of `dari --help`. */
export const HELP = `dari — articles to XLIFF to a bilingual site

Usage: dari <command> [options]

Commands:
  sync                 segment every article and sync every locale's XLIFF file; prints, per file,
                       units added, changed (needs review), removed and reused from memory
                       (--format json or github for CI)
  check                completeness and quality per locale and file against the thresholds
                       (exit 0 pass, 1 below threshold or error findings, 2 bad input or usage)
  status               the same numbers as a human summary (or check's JSON, or annotations);
                       never fails on thresholds
  review FILE          units of a locale file waiting for review (source diff, target);
                       --approve ID (repeatable) signs units off (1.2 final + approved="yes")
  tm export            the whole translation memory as TMX 1.4 (stdout, or --output FILE)
  explain [RULE-ID]    what a rule id means, why it matters, how to fix it; every id without one

Options:
${Object.values(OPTION_LINES).join('\n')}
  --help, -h           this help; \`dari <command> --help\` for one command
  --version, -v        the version

${FOOTER}`;

const COMMANDS: Readonly<Record<string, { usage: string; text: string; exit: string }>> = {
  sync: {
    usage: 'dari sync [--format FMT] [--shard I/N | --merge DIR...] [--cwd DIR]',
    text: `Segments every article in articles/ and syncs it into locales/<lang>/<slug>.xlf for every locale.
A new sentence is added untranslated (or pre-filled from the translation memory); an edited one keeps
its translation, marked for review; nothing a translator wrote is lost. Only files whose content
changes are rewritten. Prints one line per file that changed, then the totals; with --format json
one object (files, totals, findings) and with --format github the findings as annotations.
With --shard I/N it syncs only its shard's articles (the memory still reads every locale file) and
leaves its archive additions in locales/.shard.json; \`dari sync --merge shard-*/locales\`, run on the
project as the shards found it, copies each shard's files and merges the archives.`,
    exit: '0 done, 1 a file changed on disk during the sync (run it again), 2 bad input (nothing written)',
  },
  check: {
    usage:
      'dari check [--format FMT] [--min LOCALE=PCT]... [--min-reviewed LOCALE=PCT]... [--changed REF] [--shard I/N | --merge PART...] [--cwd DIR]',
    text: `Counts translated units and words per locale and file, runs the quality rules (dari explain lists
them), and compares each locale with its threshold in dari.config.json. The CI gate.
With --shard I/N it prints its shard's counts and findings as a JSON part (exit 0 unless bad input);
\`dari check --merge part-*.json\` sums the parts, then applies thresholds and formats the report.`,
    exit: '0 pass, 1 below a threshold or error findings, 2 bad input or usage',
  },
  review: {
    usage: 'dari review FILE [--approve ID]... [--cwd DIR]',
    text: `Lists the units of one locale file that wait for review: the source, a word diff of what changed in
it, and the current target. With --approve, signs those units off in one write (1.2 state="final" +
approved="yes", 2.x state="reviewed"); only their bytes change.`,
    exit: '0, or 2 bad input or an unknown unit id (nothing written)',
  },
  status: {
    usage: 'dari status [--format FMT] [--cwd DIR]',
    text: `The same numbers as dari check, as a short human summary. Never fails on thresholds.
--format json prints the report dari check --format json prints; --format github the findings as
annotations and the numbers as a notice.`,
    exit: '0, or 2 bad input',
  },
  tm: {
    usage: 'dari tm export [--output FILE] [--cwd DIR]',
    text: `Writes the whole translation memory (every locale file's translations and the memory archive)
as one TMX 1.4 file, for importing into a CAT tool.`,
    exit: '0, or 2 bad input',
  },
  explain: {
    usage: 'dari explain [RULE-ID]',
    text: `Prints what a rule id means, why it matters and how to fix it. Without an id, lists every id.
Old ids that were merged into another still answer. The same text is in docs/diagnostics.md.`,
    exit: '0, or 2 for an unknown id (with the closest ids)',
  },
};

/** `dari <topic> --help` (or `dari help <topic>`); the global help without a topic. */
export function helpFor(topic?: string): string {
  if (topic === undefined || topic === 'help') return HELP;
  const command = COMMANDS[topic];
  if (!command) throw unknownCommand(topic);
  const options = (COMMAND_OPTIONS[topic] ?? []).map((o) => {
    const formats = FORMATS[topic];
    return o === 'format' && formats ? formatLine(formats) : (OPTION_LINES[o] ?? '');
  });
  return `Usage: ${command.usage}

${command.text}

Options:
${[...options, '  --help, -h           this help'].join('\n')}

Exit: ${command.exit}

${FOOTER}`;
}
