/**
 * `dari check` cold, warm and after one edit, on a generated wire corpus, next to pocount.
 *
 *   pnpm build && node packages/check/bench/cache.ts <dir> [--size N] [--pocount]
 *
 * `<dir>` is a Dari project; when it has no `locales/` yet, N articles (default 1000) are generated
 * with bench/'s generator, synced, and Korean filled in as `pnpm bench` does (N = 3334 gives
 * 10,002 XLIFF files). The project is edited (one `.xlf`, one article) and left in place.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fillLocale } from '../../../bench/corpus/fill.ts';
import { writeCorpus } from '../../../bench/corpus/generate.ts';

const CLI = new URL('../../cli/dist/bin.js', import.meta.url).pathname;
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { size: { type: 'string', default: '1000' }, pocount: { type: 'boolean', default: false } },
});
const dir = positionals[0];
if (dir === undefined)
  throw new Error('usage: node packages/check/bench/cache.ts <dir> [--size N] [--pocount]');

interface Timed {
  readonly label: string;
  readonly wall: number;
  readonly cpu: number;
  readonly rssMb: number;
  readonly status: number | null;
}

/** Runs a command under GNU time: wall and CPU seconds (user + sys), peak RSS. */
function timed(label: string, cmd: string, args: readonly string[]): Timed {
  const run = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', cmd, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: { ...process.env, NO_COLOR: '1' },
  });
  const [wall, user, sys, rss] = (run.stderr.trim().split('\n').pop() ?? '').split(' ').map(Number);
  return {
    label,
    wall: wall ?? NaN,
    cpu: (user ?? 0) + (sys ?? 0),
    rssMb: (rss ?? 0) / 1024,
    status: run.status,
  };
}

const check = (label: string) =>
  timed(label, process.execPath, [CLI, 'check', '--cwd', dir, '--format', 'json']);

if (!existsSync(join(dir, 'locales'))) {
  const size = Number(values.size);
  console.log(`generating ${size} articles in ${dir}…`);
  writeCorpus(dir, size, 1);
  spawnSync(process.execPath, [CLI, 'sync', '--cwd', dir], { stdio: 'ignore' });
  await fillLocale(dir, 'ko', 1);
}
const files = ['en', 'ko', 'ja'].reduce((n, l) => n + readdirSync(join(dir, 'locales', l)).length, 0);
const articles = readdirSync(join(dir, 'articles'))
  .filter((n) => n.endsWith('.md'))
  .sort();

rmSync(join(dir, 'node_modules', '.cache', 'dari'), { recursive: true, force: true });
const runs = [check('cold (no cache)'), check('warm'), check('warm, again')];
const first = articles[0]?.slice(0, -3) ?? '';
const xlf = join(dir, 'locales', 'ko', `${first}.xlf`);
writeFileSync(xlf, readFileSync(xlf, 'utf8').replace('</target>', ' </target>'));
runs.push(check('one ko .xlf edited'));
const md = join(dir, 'articles', `${first}.md`);
writeFileSync(md, readFileSync(md, 'utf8').replace(/\bthe\b/, 'a'));
runs.push(check('one article edited'));
if (values.pocount) {
  runs.push(
    timed('pocount --short-strings ko ja', 'pocount', [
      '--short-strings',
      join(dir, 'locales', 'ko'),
      join(dir, 'locales', 'ja'),
    ]),
  );
}

console.log(`\n${articles.length} articles, ${files} XLIFF files (${dir})\n`);
console.log('run                              wall s   cpu s   peak MB  exit');
for (const r of runs) {
  console.log(
    `${r.label.padEnd(32)} ${r.wall.toFixed(2).padStart(6)} ${r.cpu.toFixed(2).padStart(7)} ${r.rssMb.toFixed(0).padStart(9)}  ${r.status}`,
  );
}
