import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listFiles } from '../lib/files.ts';
import { ensureOk, measure, type Run } from '../lib/measure.ts';
import { REPO } from '../lib/repo.ts';
import type { Measurement } from '../lib/result.ts';

/** Cache outcome of one task in a turbo run. */
export interface TaskCache {
  readonly task: string;
  readonly hit: boolean;
}

/** Reads `--summarize` JSON (turbo 2): each task's id and whether it came from the cache. */
export function parseSummary(json: string): TaskCache[] {
  const data = JSON.parse(json) as { tasks?: Array<{ taskId?: string; cache?: { status?: string } }> };
  return (data.tasks ?? []).map((t) => ({ task: t.taskId ?? '?', hit: t.cache?.status === 'HIT' }));
}

const PNPM = ['-y', 'pnpm@12.4.2'];

async function turboBuild(clone: string): Promise<{ run: Run; tasks: TaskCache[] }> {
  const runsDir = join(clone, '.turbo', 'runs');
  const before = new Set(listFiles(runsDir, '.json'));
  const run = ensureOk(
    await measure(
      join(clone, 'node_modules/.bin/turbo'),
      ['run', 'build', '--summarize', '--output-logs=errors-only'],
      {
        cwd: clone,
        env: { TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1', ASTRO_TELEMETRY_DISABLED: '1' },
      },
    ),
  );
  const fresh = listFiles(runsDir, '.json').filter((f) => !before.has(f));
  if (fresh.length !== 1)
    throw new Error(`expected one new turbo run summary in ${runsDir}, found ${fresh.length}`);
  return { run, tasks: parseSummary(readFileSync(join(runsDir, fresh[0] as string), 'utf8')) };
}

function describe(tasks: readonly TaskCache[]): string {
  const missed = tasks.filter((t) => !t.hit).map((t) => t.task);
  return `${tasks.length - missed.length}/${tasks.length} cached${missed.length ? `; ran ${missed.join(', ')}` : ''}`;
}

/**
 * Turbo caching in a clone of the committed repo (the shared working tree is never touched):
 * a second build with nothing changed must be all cache hits; after one `.xlf` edit only the site
 * may rebuild.
 */
export async function turboSteps(): Promise<Measurement[]> {
  const parent = mkdtempSync(join(tmpdir(), 'dari-bench-turbo-'));
  try {
    return await inClone(join(parent, 'repo'));
  } finally {
    rmSync(parent, { recursive: true, force: true });
  }
}

async function inClone(clone: string): Promise<Measurement[]> {
  ensureOk(await measure('git', ['clone', '--quiet', '--local', REPO, clone]));
  ensureOk(
    await measure('npx', [...PNPM, 'install', '--frozen-lockfile', '--prefer-offline'], { cwd: clone }),
  );
  await turboBuild(clone); // fills the clone's local cache
  if (listFiles(join(clone, 'locales'), '.xlf').length === 0) {
    ensureOk(
      await measure(process.execPath, [join(clone, 'packages/cli/dist/bin.js'), 'sync', '--cwd', clone]),
    );
    await turboBuild(clone);
  }
  const again = await turboBuild(clone);
  const allHit = again.tasks.length > 0 && again.tasks.every((t) => t.hit);

  const localeDirs = readdirSync(join(clone, 'locales'));
  const xlf = localeDirs
    .filter((l) => l !== 'en')
    .flatMap((l) => listFiles(join(clone, 'locales', l), '.xlf').map((f) => join(clone, 'locales', l, f)))[0];
  if (xlf === undefined) throw new Error('the clone has no target-locale .xlf file to edit');
  appendFileSync(xlf, '\n');
  const edited = await turboBuild(clone);
  const rebuilt = edited.tasks.filter((t) => !t.hit).map((t) => t.task);
  const onlySite = rebuilt.length > 0 && rebuilt.every((t) => t.startsWith('@dari/site#'));
  return [
    {
      id: 'turbo-nothing-changed',
      label: 'pnpm build, nothing changed',
      seconds: again.run.wallMs / 1000,
      target: 'full cache hit',
      met: allHit,
      note: describe(again.tasks),
      data: { tasks: again.tasks.length, cached: again.tasks.filter((t) => t.hit).length },
    },
    {
      id: 'turbo-xlf-edited',
      label: 'pnpm build, one .xlf edited',
      seconds: edited.run.wallMs / 1000,
      target: 'site only',
      met: onlySite,
      note: describe(edited.tasks),
      data: { tasks: edited.tasks.length, rebuilt: rebuilt.join(' ') },
    },
  ];
}
