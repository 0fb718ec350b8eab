import { parseArgs } from 'node:util';
import { DariError } from '../../packages/core/dist/index.js';

/** Measurements that `--skip` can leave out. */
export const STEPS = ['segmentation', 'sync', 'check', 'peers', 'site', 'budget', 'turbo', 'shard'] as const;
export type Step = (typeof STEPS)[number];

/** What `pnpm bench` was asked to do (pure data). */
export interface BenchOptions {
  readonly help: boolean;
  /** Number of generated articles. */
  readonly size: number;
  /** Articles for the site build (defaults to `size`, capped at 1,000 unless `--full`). */
  readonly siteSize: number;
  readonly seed: number;
  readonly skip: ReadonlySet<Step>;
  /** Keep the generated corpus instead of deleting it. */
  readonly keep: boolean;
  /** Give up on a peer tool (po4a, pocount) after this many seconds; the ratio becomes a lower bound. */
  readonly peerTimeoutS: number;
}

export const USAGE = `pnpm bench [--size N | --full] [--site-size N] [--seed N] [--skip step,…] [--keep] [--peer-timeout S]

  --size N          articles to generate (default 1000; --full = 10000)
  --site-size N     articles for the site build (default: --size, at most 1000 unless --full)
  --seed N          corpus seed (default 1): the same seed gives the same corpus
  --skip a,b        leave out steps: ${STEPS.join(', ')}
  --keep            keep the generated corpus (its path is printed)
  --peer-timeout S  stop po4a/pocount after S seconds (default 900) and report a lower bound
`;

function usageError(message: string): DariError {
  return new DariError({
    ruleId: 'bench-usage',
    severity: 'error',
    message,
    note: `Usage: ${USAGE.split('\n')[0]}`,
  });
}

function positiveInt(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1) {
    throw usageError(`--${name} expects a positive whole number, got "${value}"`);
  }
  return Number(value);
}

/** Parses the bench's argv; throws a DariError (rule `bench-usage`) saying what is wrong. */
export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        size: { type: 'string' },
        full: { type: 'boolean' },
        'site-size': { type: 'string' },
        seed: { type: 'string' },
        skip: { type: 'string' },
        keep: { type: 'boolean' },
        'peer-timeout': { type: 'string' },
      },
    }));
  } catch (e) {
    throw usageError((e as Error).message);
  }
  const full = values.full === true;
  if (full && values.size !== undefined && values.size !== '10000') {
    throw usageError(`--full means --size 10000; drop one of them (got --size ${values.size})`);
  }
  const size = positiveInt('size', values.size as string | undefined, full ? 10_000 : 1000);
  const siteDefault = full || size >= 10_000 ? size : Math.min(size, 1000);
  const siteSize = positiveInt('site-size', values['site-size'] as string | undefined, siteDefault);
  if (siteSize > size) throw usageError(`--site-size ${siteSize} is larger than the corpus (--size ${size})`);
  const skip = new Set<Step>();
  for (const name of String(values.skip ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    if (!(STEPS as readonly string[]).includes(name)) {
      throw usageError(`--skip: unknown step "${name}"; steps are ${STEPS.join(', ')}`);
    }
    skip.add(name as Step);
  }
  return {
    help: values.help === true,
    size,
    siteSize,
    seed: positiveInt('seed', values.seed as string | undefined, 1),
    skip,
    keep: values.keep === true,
    peerTimeoutS: positiveInt('peer-timeout', values['peer-timeout'] as string | undefined, 900),
  };
}
