import { parseArgs } from 'node:util';
import { DariError, didYouMean } from '@dari/core';
import { DIAGNOSTIC_FORMATS, type DiagnosticFormat, REPORT_FORMATS } from '@dari/report';
import { parseShard, type Shard } from './shard.js';

/** Output formats `dari check` accepts. */
export const CHECK_FORMATS = REPORT_FORMATS;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

/** Output formats of the commands that take `--format`: check's report has three more. */
export const FORMATS: Readonly<Record<string, readonly string[]>> = {
  sync: DIAGNOSTIC_FORMATS,
  check: CHECK_FORMATS,
  status: DIAGNOSTIC_FORMATS,
};

/** What the user asked for, parsed and validated (pure). */
export type Invocation =
  | { command: 'help'; topic?: string }
  | { command: 'version' }
  | { command: 'sync'; cwd: string; format: DiagnosticFormat; shard?: Shard; merge?: string[] }
  | {
      command: 'check';
      cwd: string;
      format: CheckFormat;
      min: Record<string, number>;
      minReviewed: Record<string, number>;
      changed?: string;
      /** Check only this shard's slugs and print its part (JSON) for `--merge`. */
      shard?: Shard;
      /** Part files of `--shard` runs to sum into one report. */
      merge?: string[];
    }
  | { command: 'status'; cwd: string; format: DiagnosticFormat }
  | { command: 'review'; cwd: string; file: string; approve: string[] }
  | { command: 'tm-export'; cwd: string; output?: string }
  | { command: 'explain'; id?: string };

/** Every option any command takes; which command takes which is in COMMAND_OPTIONS. */
const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  cwd: { type: 'string' },
  format: { type: 'string', short: 'f' },
  min: { type: 'string', multiple: true },
  'min-reviewed': { type: 'string', multiple: true },
  changed: { type: 'string' },
  output: { type: 'string', short: 'o' },
  approve: { type: 'string', multiple: true },
  shard: { type: 'string' },
  merge: { type: 'boolean' },
} as const;
type OptionName = keyof typeof OPTIONS;

/** The commands, and the options each takes besides --help (and --cwd, where it reads a project). */
export const COMMAND_OPTIONS: Readonly<Record<string, readonly OptionName[]>> = {
  sync: ['cwd', 'format', 'shard', 'merge'],
  check: ['cwd', 'format', 'min', 'min-reviewed', 'changed', 'shard', 'merge'],
  status: ['cwd', 'format'],
  review: ['cwd', 'approve'],
  tm: ['cwd', 'output'],
  explain: [],
  help: [],
};

function usageError(message: string, note = 'Run `dari --help` for the commands and options.'): DariError {
  return new DariError({ ruleId: 'cli-usage', severity: 'error', message, note });
}

/** `unknown command "snyc" (did you mean "sync"?)`, as a usage error. */
export function unknownCommand(name: string): DariError {
  return usageError(
    `unknown command "${name}"${didYouMean(name, Object.keys(COMMAND_OPTIONS))}; the commands are sync, check, status, review, tm export, explain`,
  );
}

/** Parses `--min ko=95` (or `--min-reviewed ko=80`) values into a locale → percent map. */
export function parseMin(values: readonly string[], flag = '--min'): Record<string, number> {
  const min: Record<string, number> = {};
  for (const value of values) {
    const match = /^([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)=(\d+(?:\.\d+)?)$/.exec(value);
    if (!match) throw usageError(`${flag} expects LOCALE=PERCENT, such as ${flag} ko=95; got "${value}"`);
    const percent = Number(match[2]);
    if (percent > 100) throw usageError(`${flag} ${value}: a threshold is a percent from 0 to 100`);
    min[match[1] as string] = percent;
  }
  return min;
}

/**
 * Turns argv (without `node bin.js`) into an Invocation; throws DariError (exit 2) on bad usage.
 * Options are read leniently and then checked here, so that an unknown one gets a message naming
 * the command and the closest option it does take, rather than Node's generic one.
 */
export function parseInvocation(argv: readonly string[], cwd: string): Invocation {
  const { values, positionals, tokens } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: false,
    tokens: true,
    options: OPTIONS,
  });
  const [command, sub, ...rest] = positionals;
  const takes = command === undefined ? undefined : COMMAND_OPTIONS[command];
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    if (!(token.name in OPTIONS)) {
      const offered = [...(takes ?? Object.keys(OPTIONS)), 'help'].map((o) => `--${o}`);
      const where = takes ? ` for \`dari ${command}\`` : '';
      throw usageError(
        `unknown option ${token.rawName}${where}${didYouMean(token.rawName, offered, (s) => s)}`,
        `Run \`dari ${takes ? `${command} ` : ''}--help\` for the options${takes ? ' it takes' : ''}.`,
      );
    }
    const option = OPTIONS[token.name as OptionName];
    if (option.type === 'string' && token.value === undefined) {
      throw usageError(`${token.rawName} needs a value, such as ${example(token.name)}`);
    }
  }
  if (values.version === true) return { command: 'version' };
  if (values.help === true || command === undefined || command === 'help') {
    const topic = command === 'help' ? sub : command;
    if (topic !== undefined && COMMAND_OPTIONS[topic] === undefined) throw unknownCommand(topic);
    return topic === undefined ? { command: 'help' } : { command: 'help', topic };
  }
  if (takes === undefined) throw unknownCommand(command);
  for (const key of Object.keys(values)) {
    if (!(takes as readonly string[]).includes(key)) {
      throw usageError(
        `\`dari ${command}\` does not take --${key}`,
        `Run \`dari ${command} --help\` for its options.`,
      );
    }
  }
  const dir = typeof values.cwd === 'string' ? values.cwd : cwd;
  const noExtra = (extra: readonly (string | undefined)[]) => {
    const stray = extra.filter((x) => x !== undefined);
    if (stray.length > 0) throw usageError(`unexpected argument "${stray[0]}" for \`dari ${command}\``);
  };
  const sharding = (): { shard?: Shard; merge?: string[] } => {
    const shard = typeof values.shard === 'string' ? parseShard(values.shard) : undefined;
    if (values.merge !== true) {
      noExtra([sub, ...rest]);
      return shard ? { shard } : {};
    }
    if (shard) throw usageError('--shard runs one shard and --merge puts finished shards together: give one');
    const inputs = [sub, ...rest].filter((x) => x !== undefined);
    if (inputs.length === 0)
      throw usageError(
        command === 'sync'
          ? '`dari sync --merge` needs the locales folder of every shard run, such as shards/*/locales'
          : '`dari check --merge` needs the part file of every shard run, such as part-*.json',
      );
    return { merge: inputs };
  };
  const format = (): string => {
    const given = (values.format ?? 'text') as string;
    const allowed = FORMATS[command as string] ?? [];
    if (!allowed.includes(given)) {
      throw usageError(
        `--format "${given}" is not one of ${allowed.join(', ')}${didYouMean(given, allowed)}`,
        `Run \`dari ${command} --help\` for its options.`,
      );
    }
    return given;
  };
  switch (command) {
    case 'sync':
      return { command, cwd: dir, format: format() as DiagnosticFormat, ...sharding() };
    case 'status':
      noExtra([sub, ...rest]);
      return { command, cwd: dir, format: format() as DiagnosticFormat };
    case 'check': {
      const sharded = sharding();
      if (sharded.shard && (values.format !== undefined || values.min || values['min-reviewed']))
        throw usageError(
          '`dari check --shard` prints its part as JSON and applies no thresholds; give --format and --min to `dari check --merge`',
        );
      const chosen = format() as CheckFormat;
      const min = parseMin((values.min as string[] | undefined) ?? []);
      const minReviewed = parseMin((values['min-reviewed'] as string[] | undefined) ?? [], '--min-reviewed');
      const changed = values.changed as string | undefined;
      return {
        command: 'check',
        cwd: dir,
        format: chosen,
        min,
        minReviewed,
        ...(changed ? { changed } : {}),
        ...sharded,
      };
    }
    case 'review': {
      if (sub === undefined)
        throw usageError('`dari review` needs a locale file, such as locales/ko/<slug>.xlf');
      noExtra(rest);
      return {
        command: 'review',
        cwd: dir,
        file: sub,
        approve: (values.approve as string[] | undefined) ?? [],
      };
    }
    case 'tm': {
      if (sub !== 'export')
        throw usageError('`dari tm` has one subcommand: `dari tm export [--output FILE]`');
      noExtra(rest);
      const output = values.output as string | undefined;
      return { command: 'tm-export', cwd: dir, ...(output ? { output } : {}) };
    }
    case 'explain':
      noExtra(rest);
      return sub === undefined ? { command: 'explain' } : { command: 'explain', id: sub };
    default:
      throw unknownCommand(command);
  }
}

function example(option: string): string {
  const examples: Record<string, string> = {
    cwd: '--cwd path/to/project',
    format: '--format json',
    min: '--min ko=95',
    'min-reviewed': '--min-reviewed ko=80',
    approve: '--approve s-xjd7ni1s',
    changed: '--changed origin/main',
    output: '--output memory.tmx',
    shard: '--shard 0/4',
  };
  return examples[option] ?? `--${option} VALUE`;
}
