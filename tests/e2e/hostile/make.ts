import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The commands every case runs against. */
export const COMMANDS = ['sync', 'check', 'status'] as const;
export type Command = (typeof COMMANDS)[number];

/**
 * One hostile input: `setup` spoils a fresh copy of a synced, fully translated project; every
 * command must then exit with `exit` (default 2), print no stack trace, leave every file as it
 * was, and — when it exits 2 — name `file` (with `:line:col` when `at`).
 */
export interface HostileCase {
  readonly name: string;
  readonly setup: (dir: string) => void;
  readonly file?: string;
  readonly at?: boolean;
  readonly exit?: Partial<Record<Command, number>>;
}

export type Opts = Partial<Pick<HostileCase, 'file' | 'at' | 'exit'>>;
export type Bytes = string | Buffer | ((current: string) => string | Buffer);

export const TALKS = 'articles/talks.md';
export const KO = 'locales/ko/talks.xlf';
export const TMX = 'locales/ko/.memory/archive.tmx';
export const CONFIG = 'dari.config.json';
export const GLOSSARY = 'glossary.json';
/** A sentence of talks.md that is translated: deleting it makes sync archive (and so read the archive). */
export const ARCHIVED = ' The special session will be held in Seoul on Tuesday.';

/** Commands that never read a file of this kind exit as on a sound project. */
export const ONLY_CHECK: Opts['exit'] = { sync: 0 };
/** An accepted new article: synced by sync; check fails on its missing locale files until then. */
export const NEW_ARTICLE: Opts['exit'] = { sync: 0, check: 1, status: 0 };
/** Accepted input: every command succeeds. */
export const OK: Opts['exit'] = { sync: 0, check: 0, status: 0 };

export function put(dir: string, file: string, bytes: Bytes): void {
  const path = join(dir, file);
  let current = '';
  try {
    current = readFileSync(path, 'utf8');
  } catch {
    // A new file.
  }
  mkdirSync(dirname(path), { recursive: true });
  rmSync(path, { recursive: true, force: true });
  writeFileSync(path, typeof bytes === 'function' ? bytes(current) : bytes);
}

/** A case writing `bytes` (or a change of the current text) to `file`. */
function bytesAt(file: string, name: string, bytes: Bytes, opts: Opts = {}): HostileCase {
  return { name: `${file}: ${name}`, setup: (dir) => put(dir, file, bytes), file, at: true, ...opts };
}

export const article = (name: string, bytes: Bytes, opts: Opts = {}) =>
  bytesAt('articles/new.md', name, bytes, opts);
export const xlf = (name: string, bytes: Bytes, opts: Opts = {}) =>
  bytesAt(KO, name, bytes, { exit: {}, ...opts });
export const config = (name: string, bytes: Bytes, opts: Opts = {}) => bytesAt(CONFIG, name, bytes, opts);
export const glossary = (name: string, bytes: Bytes, opts: Opts = {}) =>
  bytesAt(GLOSSARY, name, bytes, { exit: ONLY_CHECK, ...opts });
/**
 * The archive is read by sync when it archives (each case also deletes a translated sentence), and
 * by check and status, which compare names across it (`name-inconsistent-archive`).
 */
export const tmx = (name: string, bytes: Bytes, opts: Opts = {}): HostileCase => ({
  name: `${TMX}: ${name}`,
  setup: (dir) => {
    put(dir, TMX, bytes);
    put(dir, TALKS, (t) => t.replace(ARCHIVED, ''));
  },
  file: TMX,
  at: true,
  ...opts,
});

/** Something that is not a regular file where `file` should be. */
export function special(
  file: string,
  kind: 'folder' | 'fifo' | 'dev-zero' | 'link-out' | 'dangling' | 'link-in',
  opts: Opts = {},
): HostileCase {
  return {
    name: `${file}: ${kind}`,
    setup: (dir) => {
      const path = join(dir, file);
      const copied = readFileSync(join(dir, file.startsWith('articles') ? TALKS : KO));
      rmSync(path, { recursive: true, force: true });
      mkdirSync(dirname(path), { recursive: true });
      if (file === TMX) put(dir, TALKS, (t) => t.replace(ARCHIVED, ''));
      if (kind === 'folder') mkdirSync(path);
      else if (kind === 'fifo') spawnSync('mkfifo', [path]);
      else if (kind === 'dev-zero') symlinkSync('/dev/zero', path);
      else if (kind === 'dangling') symlinkSync(join(dir, 'nowhere'), path);
      else if (kind === 'link-in') symlinkSync(join(dir, TALKS), path);
      else {
        const outside = join(dir, '..', `${dir.split('/').pop()}-outside`);
        writeFileSync(outside, copied);
        symlinkSync(outside, path);
      }
    },
    file,
    ...opts,
  };
}

/** A case with its own setup. */
export const custom = (name: string, setup: (dir: string) => void, opts: Opts = {}): HostileCase => ({
  name,
  setup,
  ...opts,
});

/** YAML whose aliases expand exponentially (`levels` levels of nine). */
export const bomb = (levels: number) =>
  Array.from({ length: levels }, (_, i) =>
    i === 0
      ? 'l0: &l0 [x,x,x,x,x,x,x,x,x]'
      : `l${i}: &l${i} [${Array(9)
          .fill(`*l${i - 1}`)
          .join(',')}]`,
  ).join('\n');
export const json = (data: unknown) => JSON.stringify(data, null, 2);
export const baseConfig = {
  sourceLocale: 'en',
  locales: ['en', 'ko'],
  paths: { glossary: 'glossary.json' },
};
export const withConfig = (extra: Record<string, unknown>) => json({ ...baseConfig, ...extra });
export const fm = (body: string, head = 'title: New\ndate: 2017-08-20\nlang: en') =>
  `---\n${head}\n---\n\n${body}\n`;
export const utf16 = (text: string, be = false) => {
  const le = Buffer.from(`\uFEFF${text}`, 'utf16le');
  return be ? le.swap16() : le;
};
export const latin1 = (text: string) => Buffer.from(text, 'latin1');
export const cut = (ratio: number) => (t: string) => t.slice(0, Math.floor(t.length * ratio));
export const inTarget = (insert: string) => (t: string) =>
  t.replace('<target', `<target`).replace(/(<target[^>]*>)/, `$1${insert}`);
export const bytesInTarget = (bytes: number[]) => (t: string) => {
  const at = t.search(/<target[^>]*>/) + (t.match(/<target[^>]*>/)?.[0].length ?? 0);
  return Buffer.concat([Buffer.from(t.slice(0, at)), Buffer.from(bytes), Buffer.from(t.slice(at))]);
};
export const doctype = (decl: string) => (t: string) =>
  t.replace(/(<\?xml[^>]*\?>)/, `$1\n<!DOCTYPE xliff [${decl}]>`);
export const tmxDoc = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n  <header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="en" datatype="html"/>\n  <body>\n${body}\n  </body>\n</tmx>\n`;
export const tu =
  '<tu><tuv xml:lang="en"><seg>Hello.</seg></tuv><tuv xml:lang="ko"><seg>안녕.</seg></tuv></tu>';
