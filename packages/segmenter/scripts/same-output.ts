/**
 * Same output as an older build: for a refactor that must not change behaviour. Runs `parseArticle`
 * (documents or errors, compared as JSON) and `splitSentences` (en, ko, a language without rules)
 * of the old build and of this one over the repository's articles and generated Markdown that mixes
 * what the parser has to keep: nested containers, lists with numbers and task checks, ragged tables,
 * footnotes, reference links, link titles, images, autolink literals, HTML, CRLF and CR bodies.
 * Make the old build as `bench/compare.ts` says, then, after a build:
 *   node packages/segmenter/scripts/same-output.ts packages/segmenter/.bench-old/dist [count] [seed]
 * Prints the first differences and a count; exits 1 when any input differs.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateArticle } from '../bench/throughput.ts';

type Segmenter = typeof import('../dist/index.js');

const [oldDist, countArg, seedArg] = process.argv.slice(2);
if (!oldDist)
  throw new Error('usage: node packages/segmenter/scripts/same-output.ts <old dist> [count] [seed]');
const before = (await import(pathToFileURL(resolve(oldDist, 'index.js')).href)) as Segmenter;
const after = (await import('../dist/index.js')) as Segmenter;

/** mulberry32, as the benchmark's generator: the same seed gives the same inputs. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = random(Number(seedArg ?? 1));
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
const chance = (p: number) => rnd() < p;
const upTo = (n: number) => Math.floor(rnd() * n);

const WORDS = [
  'The talks ended.',
  'Mr. Kim said so.',
  'U.S. officials agreed.',
  '협상은 끝났다.',
  '그는 "좋다"라고 말했다.',
  'Is it over?',
  'at 10 a.m. Tuesday',
  'www.korea.net.',
  'https://x.kr/a_(b)?q=1,',
  'kim@x.kr.',
  'Amazon.com',
  'mailto:lee@y.kr',
  '기사https://x.kr/b',
  'a_b@c_d.e',
  'www.a_b.c',
  '[ ] ',
  '[x] ',
  '&amp;',
  '\\*',
  '3~4일',
  '(1)',
  '1.',
  'a)',
  '\u00a0',
  'e\u0301',
];

function inline(depth = 0): string {
  let out = '';
  for (let i = 1 + upTo(6); i > 0; i--) {
    const inner = () => (depth < 3 ? inline(depth + 1) : pick(WORDS));
    out += pick([
      () => pick(WORDS),
      () => pick(WORDS),
      () => pick(WORDS),
      () => `*${inner()}*`,
      () => `**${inner()}**`,
      () => `~~${inner()}~~`,
      () => `\`${pick(WORDS)}\``,
      () =>
        `[${inner()}](${pick(['https://x.kr/a', '/rel', '<a b>', ''])}${pick(['', ' "T\nitle"', " 'x'"])})`,
      () => `[${inner()}][${pick(['ref', 'Ref', 'nope'])}]`,
      () => `![${inner()}](${pick(['a.png', ''])}${pick(['', ' "P\nic"'])})`,
      () => `[^${pick(['a', 'Note', 'note', 'missing'])}]`,
      () => pick(['  \n', '\\\n', '\n']),
      () => pick(['<span>', '</span>', '<!-- c -->']),
      () => `<${pick(['http://a.b/c', 'x@y.z'])}>`,
      () => pick(['*', '_', '[', ']', '![', '`', '~~', '|']),
    ])();
    if (chance(0.5)) out += ' ';
  }
  return out;
}

function list(depth: number, inner: () => string): string {
  const ordered = chance(0.5);
  const start = upTo(4);
  const items = Array.from({ length: 1 + upTo(4) }, (_, i) => {
    const marker = ordered ? `${start + i}${pick(['.', ')'])} ` : `${pick(['-', '*', '+'])} `;
    const body = chance(0.3) ? `${pick(['[ ] ', '[x] ', '[ ]', ''])}${inline()}` : inner();
    const pad = ' '.repeat(marker.length);
    return marker + body.replace(/\n/g, `\n${pad}`) + (chance(0.2) ? `\n\n${pad}${inline(depth)}` : '');
  });
  return items.join(chance(0.3) ? '\n\n' : '\n');
}

function table(): string {
  const cols = 1 + upTo(3);
  const cell = () => inline(3).replace(/\n/g, ' ');
  const row = () => `| ${Array.from({ length: upTo(cols + 2) }, cell).join(' | ')}${chance(0.5) ? ' |' : ''}`;
  const head = `| ${Array.from({ length: cols }, () => pick(WORDS)).join(' | ')} |`;
  const delimiter = `|${Array.from({ length: cols }, () => pick(['---', ':--', '--:'])).join('|')}|`;
  return [head, delimiter, ...Array.from({ length: upTo(4) }, row)].join('\n');
}

function block(depth = 0): string {
  const inner = () => (depth < 4 ? block(depth + 1) : inline());
  return pick([
    () => inline(),
    () => inline(),
    () => `${'#'.repeat(1 + upTo(6))} ${inline()}`,
    () => `${inline()}\n${pick(['===', '---'])}`,
    () => inner().replace(/^/gm, pick(['> ', '>', '> > '])),
    () => list(depth, inner),
    () => list(depth, inner),
    () => table(),
    () => `\`\`\`${pick(['', 'js'])}\n${inline()}\n\`\`\``,
    () => `    code ${pick(WORDS)}\n    more`,
    () => `<div>\n${inline()}\n</div>`,
    () => pick(['---', '***']),
    () => `[^${pick(['a', 'Note', 'unused'])}]: ${inline()}${chance(0.3) ? `\n\n    ${inline()}` : ''}`,
    () => `[${pick(['ref', 'Ref'])}]: ${pick(['https://r.kr', '<a b>'])}${pick(['', ' "Ref\ntitle"'])}`,
  ])();
}

function article(): string {
  const front = pick([
    '---\ntitle: "T"\ndate: 2017-08-17\n---\n',
    '---\ntitle: "T"\ndate: 2017-08-17\nlang: ko\nsummary: "One. Two."\n---\n',
    '---\ntitle: "T"\n',
  ]);
  const body = `\n${Array.from({ length: 1 + upTo(8) }, () => block()).join(pick(['\n\n', '\n']))}\n`;
  const eol = pick(['\n', '\n', '\r\n', '\r']);
  return front + (eol === '\n' ? body : body.replace(/\n/g, eol));
}

function output(m: Segmenter, md: string): string {
  let doc: string;
  try {
    doc = JSON.stringify(m.parseArticle(md, { file: 'a.md', slug: 'a' }));
  } catch (e) {
    doc = `${(e as Error).name}: ${(e as Error).message}`;
  }
  return doc + JSON.stringify(['en', 'ko', 'de'].map((lang) => m.splitSentences(md, lang)));
}

const root = fileURLToPath(new URL('../../../', import.meta.url));
const inputs: Array<[string, string]> = [];
const walk = (dir: string) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (name === 'node_modules' || name.startsWith('.')) continue;
    if (statSync(path).isDirectory()) walk(path);
    else if (name.endsWith('.md') && path.includes('articles'))
      inputs.push([path, readFileSync(path, 'utf8')]);
  }
};
walk(join(root, 'articles'));
walk(join(root, 'tests'));
for (const lang of ['en', 'ko'] as const)
  for (let seed = 1; seed <= 10; seed++)
    inputs.push([`generated ${lang} ${seed}`, generateArticle(lang, 3000, seed)]);
for (let i = 0; i < Number(countArg ?? 3000); i++) inputs.push([`random ${i}`, article()]);

let differ = 0;
for (const [name, md] of inputs) {
  const old = output(before, md);
  const now = output(after, md);
  if (old === now) continue;
  if (++differ <= 3)
    console.log(
      `differs: ${name}\n${JSON.stringify(md)}\nold: ${old.slice(0, 2000)}\nnew: ${now.slice(0, 2000)}\n`,
    );
}
console.log(`${inputs.length} inputs, ${differ} with a different output`);
if (differ > 0) process.exitCode = 1;
