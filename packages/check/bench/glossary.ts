/**
 * `dari check` with a newsroom-sized glossary: cold runs (no result cache) at 0 and at `--terms`
 * glossary entries on a generated wire corpus, and the matcher alone (build once, one pass per unit).
 *
 *   pnpm build && node packages/check/bench/glossary.ts <dir> [--size N] [--terms T]
 *
 * `<dir>` is a Dari project; when it has no `locales/` yet, N articles (default 1000) are generated,
 * synced and filled in Korean as `pnpm bench` does (N = 3334 gives 10,002 XLIFF files). T (default
 * 100,000) entries are written to `<dir>/glossary.json`: one term per distinct capitalized word of
 * the corpus (so the rule has hits to report) and the rest synthetic multi-word names.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fillLocale } from '../../../bench/corpus/fill.ts';
import { writeCorpus } from '../../../bench/corpus/generate.ts';
import { parseGlossary, termsIn } from '../dist/glossary.js';

const CLI = new URL('../../cli/dist/bin.js', import.meta.url).pathname;
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { size: { type: 'string', default: '1000' }, terms: { type: 'string', default: '100000' } },
});
const dir = positionals[0];
if (dir === undefined)
  throw new Error('usage: node packages/check/bench/glossary.ts <dir> [--size N] [--terms T]');
const termCount = Number(values.terms);

if (!existsSync(join(dir, 'locales'))) {
  const size = Number(values.size);
  console.log(`generating ${size} articles in ${dir}…`);
  writeCorpus(dir, size, 1);
  spawnSync(process.execPath, [CLI, 'sync', '--cwd', dir], { stdio: 'ignore' });
  await fillLocale(dir, 'ko', 1);
}
const articles = readdirSync(join(dir, 'articles')).filter((n) => n.endsWith('.md'));
const corpus = articles.map((n) => readFileSync(join(dir, 'articles', n), 'utf8'));
const real = [...new Set(corpus.join('\n').match(/\b[A-Z][a-z]{3,}\b/g) ?? [])].slice(0, termCount);
const terms: Record<string, string> = {};
for (const word of real) terms[word] = `용어${word.length}`;
for (let i = 0, n = real.length; n < termCount; i++, n++)
  terms[`Agency ${i.toString(36)} of Trade`] = `${i}청`;
const config = JSON.parse(readFileSync(join(dir, 'dari.config.json'), 'utf8'));

interface Timed {
  readonly label: string;
  readonly wall: number;
  readonly cpu: number;
  readonly rssMb: number;
  readonly status: number | null;
}

/** `dari check` under GNU time, with no result cache: wall and CPU seconds, peak RSS. */
function coldCheck(label: string): Timed {
  rmSync(join(dir, 'node_modules', '.cache', 'dari'), { recursive: true, force: true });
  const run = spawnSync(
    '/usr/bin/time',
    ['-f', '%e %U %S %M', process.execPath, CLI, 'check', '--cwd', dir, '--format', 'json'],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 30,
      env: { ...process.env, NO_COLOR: '1' },
    },
  );
  const [wall, user, sys, rss] = (run.stderr.trim().split('\n').pop() ?? '').split(' ').map(Number);
  return {
    label,
    wall: wall ?? NaN,
    cpu: (user ?? 0) + (sys ?? 0),
    rssMb: (rss ?? 0) / 1024,
    status: run.status,
  };
}

const runs: Timed[] = [];
const withGlossary = (entries: Record<string, string>) => {
  writeFileSync(join(dir, 'glossary.json'), `${JSON.stringify({ ko: entries })}\n`);
  writeFileSync(
    join(dir, 'dari.config.json'),
    `${JSON.stringify({ ...config, paths: { ...config.paths, glossary: 'glossary.json' } }, null, 2)}\n`,
  );
};
withGlossary({});
runs.push(coldCheck('check cold, 0 terms'));
withGlossary(terms);
runs.push(coldCheck(`check cold, ${termCount.toLocaleString('en')} terms`));

// The matcher alone, in this thread: build once, then one pass over every English sentence.
const glossary = parseGlossary({ ko: terms }, ['en', 'ko'], 'glossary.json').get('ko') ?? [];
const sentences = corpus.flatMap((md) => md.split(/(?<=[.!?])\s+/)).filter((s) => s.length > 20);
let t = performance.now();
termsIn(glossary, 'warm-up builds the automaton');
const buildMs = performance.now() - t;
t = performance.now();
let hits = 0;
for (const s of sentences) hits += termsIn(glossary, s).length;
const scanMs = performance.now() - t;

// The matcher this replaced, for scale: one regular expression per term, tested on every sentence
// (timed on a sample of 100 sentences; 100,000 expressions each).
const escapeRegExp = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
t = performance.now();
const patterns = glossary.map(
  (e) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(e.source)}(?![\\p{L}\\p{N}])`, 'u'),
);
const regexBuildMs = performance.now() - t;
const sample = sentences.slice(0, 100);
t = performance.now();
let regexHits = 0;
for (const s of sample) for (const re of patterns) if (re.test(s)) regexHits++;
const regexMs = performance.now() - t;

console.log(`\n${articles.length} articles, ${sentences.length} English sentences (${dir})\n`);
console.log('run                                 wall s   cpu s   peak MB  exit');
for (const r of runs)
  console.log(
    `${r.label.padEnd(35)} ${r.wall.toFixed(2).padStart(6)} ${r.cpu.toFixed(2).padStart(7)} ${r.rssMb.toFixed(0).padStart(9)}  ${r.status}`,
  );
console.log(
  `\nmatcher alone, ${termCount.toLocaleString('en')} terms: build ${buildMs.toFixed(0)} ms once; ` +
    `${sentences.length} sentences in ${scanMs.toFixed(0)} ms (${((scanMs / sentences.length) * 1000).toFixed(1)} µs each), ${hits} hits`,
);
console.log(
  `one regular expression per term (before): build ${regexBuildMs.toFixed(0)} ms; ` +
    `${sample.length} sentences in ${regexMs.toFixed(0)} ms (${((regexMs / sample.length) * 1000).toFixed(0)} µs each, ${regexHits} hits), ` +
    `so ${(((regexMs / sample.length) * sentences.length) / 1000).toFixed(0)} s for all ${sentences.length}`,
);
