import { parseArgs } from 'node:util';
import { DariError } from '@dari/core';

/** Output formats `dari check` accepts. */
export const CHECK_FORMATS = ['text', 'json', 'github', 'junit', 'sarif', 'markdown'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

/** What the user asked for, parsed and validated (pure). */
export type Invocation =
  | { command: 'help'; topic?: string }
  | { command: 'version' }
  | { command: 'sync'; cwd: string }
  | {
      command: 'check';
      cwd: string;
      format: CheckFormat;
      min: Record<string, number>;
      minReviewed: Record<string, number>;
      changed?: string;
    }
  | { command: 'status'; cwd: string }
  | { command: 'review'; cwd: string; file: string; approve: string[] }
  | { command: 'tm-export'; cwd: string; output?: string };

function usageError(message: string): DariError {
  return new DariError({
    ruleId: 'cli-usage',
    severity: 'error',
    message,
    note: 'Run `dari --help` for the commands and options.',
  });
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

/** Turns argv (without `node bin.js`) into an Invocation; throws DariError (exit 2) on bad usage. */
export function parseInvocation(argv: readonly string[], cwd: string): Invocation {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
        cwd: { type: 'string' },
        format: { type: 'string', short: 'f' },
        min: { type: 'string', multiple: true },
        'min-reviewed': { type: 'string', multiple: true },
        changed: { type: 'string' },
        output: { type: 'string', short: 'o' },
        approve: { type: 'string', multiple: true },
      },
    });
  } catch (e) {
    throw usageError((e as Error).message);
  }
  const { values, positionals } = parsed;
  const [command, sub, ...rest] = positionals;
  if (values.version) return { command: 'version' };
  if (values.help || command === undefined || command === 'help') {
    return { command: 'help', topic: command === 'help' ? sub : command };
  }
  const dir = typeof values.cwd === 'string' ? values.cwd : cwd;
  const only = (allowed: string[]) => {
    for (const key of Object.keys(values)) {
      if (!['cwd', ...allowed].includes(key)) throw usageError(`\`dari ${command}\` does not take --${key}`);
    }
  };
  const noExtra = (extra: readonly (string | undefined)[]) => {
    const stray = extra.filter((x) => x !== undefined);
    if (stray.length > 0) throw usageError(`unexpected argument "${stray[0]}" for \`dari ${command}\``);
  };
  switch (command) {
    case 'sync':
      only([]);
      noExtra([sub, ...rest]);
      return { command: 'sync', cwd: dir };
    case 'status':
      only([]);
      noExtra([sub, ...rest]);
      return { command: 'status', cwd: dir };
    case 'check': {
      only(['format', 'min', 'min-reviewed', 'changed']);
      noExtra([sub, ...rest]);
      const format = (values.format ?? 'text') as string;
      if (!(CHECK_FORMATS as readonly string[]).includes(format)) {
        throw usageError(`--format "${format}" is not one of ${CHECK_FORMATS.join(', ')}`);
      }
      const min = parseMin((values.min as string[] | undefined) ?? []);
      const minReviewed = parseMin((values['min-reviewed'] as string[] | undefined) ?? [], '--min-reviewed');
      const changed = values.changed as string | undefined;
      return {
        command: 'check',
        cwd: dir,
        format: format as CheckFormat,
        min,
        minReviewed,
        ...(changed ? { changed } : {}),
      };
    }
    case 'review': {
      only(['approve']);
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
      only(['output']);
      noExtra(rest);
      const output = values.output as string | undefined;
      return { command: 'tm-export', cwd: dir, ...(output ? { output } : {}) };
    }
    default:
      throw usageError(
        `unknown command "${command}"; the commands are sync, check, status, review, tm export`,
      );
  }
}
