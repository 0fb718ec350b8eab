// Merges the output folders of site builds made in parts (DARI_SITE_LOCALES / DARI_SITE_SHARD,
// src/lib/build-scope.ts) into one site: `node scripts/merge-shards.ts <out> <part> <part>…`.
// Every file is copied once; a path that several parts wrote must be byte-identical in each (the
// pages every part builds from the whole index: `/`, lists, feeds, sitemaps…), else the merge
// stops, names the files and writes nothing. The search bundle of a locale that no part indexed
// (slug shards skip it) is then built over the merged pages. Exit 0 merged, 1 conflict, 2 usage.
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSearchIndex } from '../src/lib/search-index.ts';

/** What a merge did. */
export interface MergeResult {
  /** Files in the merged site. */
  readonly files: number;
  /** Files more than one part wrote (equal in each). */
  readonly shared: number;
  /** Locales whose search bundle the merge built. */
  readonly indexed: readonly string[];
}

/** Files more than one part wrote with different bytes: the parts were not built from one project. */
export class MergeConflict extends Error {
  // A field, not a parameter property: Node runs this script by stripping types, which allows no
  // TypeScript-only syntax.
  readonly files: readonly string[];
  constructor(files: readonly string[]) {
    super(
      `${files.length} file(s) differ between the parts: ${files.slice(0, 10).join(', ')}${files.length > 10 ? ', …' : ''}` +
        ' — build every part from the same commit, with the same DARI_NOW',
    );
    this.files = files;
  }
}

/** Every regular file under `dir`, as paths relative to it, in a stable order. */
function filesUnder(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  )) {
    const rel = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) out.push(...filesUnder(dir, rel));
    else if (entry.isFile()) out.push(rel);
  }
  return out;
}

/** Locales of a built site: the top-level folders with a search page. */
function localesOf(site: string): string[] {
  return readdirSync(site, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(site, e.name, 'search', 'index.html')))
    .map((e) => e.name);
}

/** Merges `parts` into `out` (which must not exist yet); see the file's head. */
export async function mergeShards(out: string, parts: readonly string[]): Promise<MergeResult> {
  if (parts.length === 0) throw new Error('no parts to merge');
  if (existsSync(out)) throw new Error(`${out} exists already: merge into a new folder`);
  for (const part of parts) if (!statSync(part).isDirectory()) throw new Error(`${part} is not a folder`);
  // Built beside and renamed at the end: a merge that stops leaves no half site behind.
  const temp = `${out}.merging-${process.pid}`;
  rmSync(temp, { recursive: true, force: true });
  try {
    const seen = new Set<string>();
    const conflicts: string[] = [];
    let shared = 0;
    for (const part of parts)
      for (const rel of filesUnder(part)) {
        const from = join(part, rel);
        const to = join(temp, rel);
        if (seen.has(rel)) {
          shared++;
          if (!readFileSync(from).equals(readFileSync(to))) conflicts.push(rel);
          continue;
        }
        seen.add(rel);
        mkdirSync(dirname(to), { recursive: true });
        copyFileSync(from, to);
      }
    if (conflicts.length > 0) throw new MergeConflict(conflicts);
    const indexed = localesOf(temp).filter(
      (l) => !existsSync(join(temp, 'pagefind', l, 'pagefind-entry.json')),
    );
    if (indexed.length > 0) await buildSearchIndex(temp, indexed);
    renameSync(temp, out);
    return { files: filesUnder(out).length, shared, indexed };
  } catch (e) {
    rmSync(temp, { recursive: true, force: true });
    throw e;
  }
}

async function main(argv: readonly string[]): Promise<number> {
  const [out, ...parts] = argv;
  if (!out || parts.length === 0 || argv.includes('--help')) {
    process.stderr.write('usage: node scripts/merge-shards.ts <out> <part> <part>…\n');
    return 2;
  }
  try {
    const result = await mergeShards(
      resolve(out),
      parts.map((p) => resolve(p)),
    );
    process.stdout.write(
      `merged ${parts.length} parts into ${out}: ${result.files} files (${result.shared} written by several parts, equal)` +
        `${result.indexed.length > 0 ? `; search bundles built for ${result.indexed.join(', ')}` : ''}\n`,
    );
    return 0;
  } catch (e) {
    process.stderr.write(`merge-shards: ${(e as Error).message}\n`);
    return e instanceof MergeConflict ? 1 : 2;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  process.exitCode = await main(process.argv.slice(2));
