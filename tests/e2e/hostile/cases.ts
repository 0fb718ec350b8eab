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

type Opts = Partial<Pick<HostileCase, 'file' | 'at' | 'exit'>>;
type Bytes = string | Buffer | ((current: string) => string | Buffer);

const TALKS = 'articles/talks.md';
const KO = 'locales/ko/talks.xlf';
const TMX = 'locales/ko/.memory/archive.tmx';
const CONFIG = 'dari.config.json';
const GLOSSARY = 'glossary.json';
/** A sentence of talks.md that is translated: deleting it makes sync archive (and so read the archive). */
const ARCHIVED = ' The special session will be held in Seoul on Tuesday.';

/** Commands that never read a file of this kind exit as on a sound project. */
const ONLY_CHECK: Opts['exit'] = { sync: 0 };
const ONLY_SYNC: Opts['exit'] = { check: 0, status: 0 };
/** An accepted new article: synced by sync; check fails on its missing locale files until then. */
const NEW_ARTICLE: Opts['exit'] = { sync: 0, check: 1, status: 0 };
/** Accepted input: every command succeeds. */
export const OK: Opts['exit'] = { sync: 0, check: 0, status: 0 };

function put(dir: string, file: string, bytes: Bytes): void {
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
/** The archive is read by sync when it archives: each case also deletes a translated sentence. */
export const tmx = (name: string, bytes: Bytes, opts: Opts = {}): HostileCase => ({
  name: `${TMX}: ${name}`,
  setup: (dir) => {
    put(dir, TMX, bytes);
    put(dir, TALKS, (t) => t.replace(ARCHIVED, ''));
  },
  file: TMX,
  at: true,
  exit: { check: 1, status: 0 },
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
const bomb = (levels: number) =>
  Array.from({ length: levels }, (_, i) =>
    i === 0
      ? 'l0: &l0 [x,x,x,x,x,x,x,x,x]'
      : `l${i}: &l${i} [${Array(9)
          .fill(`*l${i - 1}`)
          .join(',')}]`,
  ).join('\n');
const json = (data: unknown) => JSON.stringify(data, null, 2);
const baseConfig = {
  sourceLocale: 'en',
  locales: ['en', 'ko'],
  paths: { glossary: 'glossary.json' },
};
const withConfig = (extra: Record<string, unknown>) => json({ ...baseConfig, ...extra });
const fm = (body: string, head = 'title: New\ndate: 2017-08-20\nlang: en') =>
  `---\n${head}\n---\n\n${body}\n`;
const utf16 = (text: string, be = false) => {
  const le = Buffer.from(`\uFEFF${text}`, 'utf16le');
  return be ? le.swap16() : le;
};
const latin1 = (text: string) => Buffer.from(text, 'latin1');
const cut = (ratio: number) => (t: string) => t.slice(0, Math.floor(t.length * ratio));
const inTarget = (insert: string) => (t: string) =>
  t.replace('<target', `<target`).replace(/(<target[^>]*>)/, `$1${insert}`);
const bytesInTarget = (bytes: number[]) => (t: string) => {
  const at = t.search(/<target[^>]*>/) + (t.match(/<target[^>]*>/)?.[0].length ?? 0);
  return Buffer.concat([Buffer.from(t.slice(0, at)), Buffer.from(bytes), Buffer.from(t.slice(at))]);
};
const doctype = (decl: string) => (t: string) =>
  t.replace(/(<\?xml[^>]*\?>)/, `$1\n<!DOCTYPE xliff [${decl}]>`);
const tmxDoc = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n  <header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="en" datatype="html"/>\n  <body>\n${body}\n  </body>\n</tmx>\n`;
const tu = '<tu><tuv xml:lang="en"><seg>Hello.</seg></tuv><tuv xml:lang="ko"><seg>안녕.</seg></tuv></tu>';

/** The table: add a case with one line. */
export const CASES: readonly HostileCase[] = [
  // Articles: encodings, BOMs, control characters, structure, size, names.
  article('invalid UTF-8 byte', Buffer.concat([Buffer.from(fm('Caf')), Buffer.from([0xff, 0x0a])])),
  article('Latin-1 é in the title', latin1(fm('Body.', 'title: Café\ndate: 2017-08-20\nlang: en'))),
  article('UTF-16 LE with BOM', utf16(fm('Body text.'))),
  article('UTF-16 BE with BOM', utf16(fm('Body text.'), true)),
  article('overlong UTF-8 encoding of "/"', Buffer.concat([Buffer.from(fm('A')), Buffer.from([0xc0, 0xaf])])),
  article('UTF-8 surrogate half', Buffer.concat([Buffer.from(fm('A')), Buffer.from([0xed, 0xa0, 0x80])])),
  article(
    'truncated multi-byte character at the end',
    Buffer.concat([Buffer.from(fm('가')), Buffer.from([0xea, 0xb0])]),
  ),
  article('empty file', ''),
  article('only whitespace', ' \n\t\n'),
  article('frontmatter never closed', '---\ntitle: New\ndate: 2017-08-20\n\nBody.\n'),
  article('frontmatter is not YAML', fm('Body.', 'title: [unclosed\ndate: 2017-08-20')),
  article('title is a list', fm('Body.', 'title: [a, b]\ndate: 2017-08-20\nlang: en')),
  article('no title', fm('Body.', 'date: 2017-08-20\nlang: en')),
  article('date is not a date', fm('Body.', 'title: New\ndate: someday\nlang: en')),
  article(
    'YAML alias bomb (accepted: unknown keys are never expanded)',
    fm('Body.', `${bomb(14)}\ntitle: New\ndate: 2017-08-20`),
    { exit: NEW_ARTICLE },
  ),
  article('truncated in the frontmatter', (_) => fm('Body.').slice(0, 12)),
  article(
    'frontmatter with a __proto__ key (accepted, inert)',
    fm('Body.', 'title: New\ndate: 2017-08-20\n__proto__: { polluted: true }'),
    { exit: NEW_ARTICLE },
  ),
  article('NUL byte in the title', fm('Body.', 'title: Ne\u0000w\ndate: 2017-08-20\nlang: en')),
  article(
    'unknown language in the frontmatter',
    fm('Body.', 'title: New\ndate: 2017-08-20\nlang: not a tag'),
  ),
  special('articles/new.md', 'folder'),
  special('articles/new.md', 'fifo'),
  special('articles/new.md', 'dev-zero'),
  special('articles/new.md', 'link-out', { exit: { sync: 2, check: 2, status: 2 } }),
  special('articles/new.md', 'dangling'),
  special(TALKS, 'folder'),
  special(TALKS, 'fifo'),
  special(TALKS, 'dev-zero'),
  custom(
    'articles/: over limits.fileBytes',
    (dir) => {
      put(dir, CONFIG, withConfig({ limits: { fileBytes: 4_000 } }));
      put(dir, TALKS, (t) => `${t}\n${'More text. '.repeat(400)}\n`);
    },
    { file: TALKS },
  ),
  custom(
    'articles/: a folder where the articles folder should be is a file',
    (dir) => {
      rmSync(join(dir, 'articles'), { recursive: true });
      writeFileSync(join(dir, 'articles'), 'not a folder');
    },
    { file: 'articles' },
  ),
  custom(
    'articles/: the articles folder is a link out of the project',
    (dir) => {
      const outside = `${dir}-articles`;
      spawnSync('cp', ['-r', join(dir, 'articles'), outside]);
      rmSync(join(dir, 'articles'), { recursive: true });
      symlinkSync(outside, join(dir, 'articles'));
    },
    { file: CONFIG },
  ),
  custom(
    'articles/: a name too long for a locale file (252 characters)',
    (dir) => {
      put(dir, `articles/${'a'.repeat(252)}.md`, fm('Body.'));
    },
    { file: `locales/en/${'a'.repeat(252)}.xlf`, exit: { sync: 2, check: 1, status: 0 } },
  ),

  // XLIFF locale files: encodings, malformed XML, entities, truncation, structure, size.
  xlf('invalid UTF-8 bytes inside a Korean target', bytesInTarget([0xed, 0x95, 0xff, 0xfe])),
  xlf('Latin-1 bytes in a target', bytesInTarget([0xe9, 0x74, 0xe9])),
  xlf('UTF-16 without a declaration to say so', (t) => utf16(t)),
  xlf('truncated at 50%', cut(0.5)),
  xlf('truncated at 90%', cut(0.9)),
  xlf('truncated to the XML declaration', (t) => t.slice(0, t.indexOf('?>') + 2)),
  xlf('empty file', ''),
  xlf('whitespace only', '   \n'),
  xlf('not XML (JSON)', '{"xliff": "1.2"}'),
  xlf('HTML instead of XLIFF', '<!doctype html><html><body>hi</body></html>'),
  xlf('wrong root element', '<?xml version="1.0"?><html/>'),
  xlf('NUL byte in a target', inTarget('\u0000')),
  xlf('control character U+0001 in a target', inTarget('\u0001')),
  xlf('escape character U+001B in a target', inTarget('\u001b[31m')),
  xlf('character reference to NUL', inTarget('&#0;')),
  xlf('character reference to U+FFFF', inTarget('&#xFFFF;')),
  xlf('undefined entity', inTarget('&nbsp;')),
  xlf('external entity (XXE)', (t) =>
    doctype('<!ENTITY xxe SYSTEM "file:///etc/passwd">')(t).replace(/(<target[^>]*>)/, '$1&xxe;'),
  ),
  xlf('internal entity expansion (billion laughs)', (t) =>
    doctype(
      '<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">',
    )(t).replace(/(<target[^>]*>)/, '$1&c;'),
  ),
  xlf('parameter entity', doctype('<!ENTITY % p "x">')),
  xlf('unclosed target element', (t) => t.replace('</target>', '')),
  xlf('mismatched closing tag', (t) => t.replace('</target>', '</source>')),
  xlf('attribute value with a raw <', (t) => t.replace('<target', '<target x="<"')),
  xlf('attribute without quotes', (t) => t.replace('<target', '<target x=1')),
  xlf('duplicated attribute', (t) => t.replace('<target', '<target a="1" a="2"')),
  xlf('unknown XLIFF version 3.0', (t) => t.replace(/version="1\.2"/, 'version="3.0"')),
  xlf('text after the root element', (t) => `${t}<extra/>`),
  xlf('two root elements', (t) => `${t}${t.replace(/<\?xml[^>]*\?>/, '')}`),
  xlf('a CDATA section never closed', inTarget('<![CDATA[ open')),
  xlf('a comment never closed', inTarget('<!-- open')),
  special(KO, 'folder', { exit: {} }),
  special(KO, 'fifo', { exit: {} }),
  special(KO, 'dev-zero', { exit: {} }),
  special(KO, 'link-out', { exit: {} }),
  special(KO, 'dangling', { exit: {} }),
  custom(
    'locales/: a locale file over limits.fileBytes',
    (dir) => {
      put(dir, CONFIG, withConfig({ limits: { fileBytes: 2_000 } }));
      put(dir, KO, (t) => t.replace('</body>', `<!-- ${'x'.repeat(3_000)} --></body>`));
    },
    { file: KO },
  ),
  custom(
    'locales/: a locale file over limits.units',
    (dir) => {
      put(dir, CONFIG, withConfig({ limits: { units: 3 } }));
    },
    { file: 'locales/en/talks.xlf', at: true },
  ),
  custom(
    'locales/: a file where the ko folder should be',
    (dir) => {
      rmSync(join(dir, 'locales/ko'), { recursive: true });
      writeFileSync(join(dir, 'locales/ko'), '');
    },
    { file: 'locales/ko' },
  ),
  custom(
    'locales/: the locales folder is a link out of the project',
    (dir) => {
      const outside = `${dir}-locales`;
      spawnSync('cp', ['-r', join(dir, 'locales'), outside]);
      rmSync(join(dir, 'locales'), { recursive: true });
      symlinkSync(outside, join(dir, 'locales'));
    },
    { file: CONFIG },
  ),

  // The memory archive (read by sync when it archives; check does not read it).
  tmx('truncated', (t) => tmxDoc(tu).slice(0, 150) || t),
  tmx(
    'invalid UTF-8',
    Buffer.concat([Buffer.from(tmxDoc('<tu><tuv xml:lang="en"><seg>')), Buffer.from([0xff])]),
  ),
  tmx('not XML', 'this is not xml'),
  tmx('empty file', ''),
  tmx(
    'external entity (XXE)',
    `<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY x SYSTEM "file:///etc/passwd">]>${tmxDoc(tu)
      .replace(/^<\?xml[^>]*\?>/, '')
      .replace('Hello.', '&x;')}`,
  ),
  tmx('undefined entity', tmxDoc(tu.replace('Hello.', '&bogus;'))),
  tmx('NUL character reference', tmxDoc(tu.replace('Hello.', '&#0;'))),
  tmx('mismatched tags', tmxDoc('<tu><tuv xml:lang="en"><seg>Hi</tuv></seg></tu>')),
  special(TMX, 'folder', { exit: { check: 1, status: 0 } }),
  special(TMX, 'fifo', { exit: { check: 1, status: 0 } }),
  special(TMX, 'dev-zero', { exit: { check: 1, status: 0 } }),
  custom(
    `${TMX}: over limits.fileBytes`,
    (dir) => {
      put(dir, CONFIG, withConfig({ limits: { fileBytes: 4_000 } }));
      put(dir, TMX, tmxDoc(tu.repeat(60)));
      put(dir, TALKS, (t) => t.replace(ARCHIVED, ''));
    },
    { file: TMX, exit: { check: 1, status: 0 } },
  ),

  // The config.
  config('trailing comma', (t) => t.replace(/\n}\s*$/, ',\n}\n')),
  config('comment', (t) => `// settings\n${t}`),
  config('single quotes', `{ 'locales': ['en', 'ko'] }`),
  config('truncated', cut(0.5)),
  config('empty file', ''),
  config('null', 'null', { at: false }),
  config('an array', '[]', { at: false }),
  config('NUL byte', (t) => t.replace('"en"', '"e\u0000n"')),
  config('invalid UTF-8', Buffer.from([0x7b, 0xff, 0x7d])),
  config('UTF-16 with BOM', (t) => utf16(t)),
  config('NaN as a number', withConfig({}).replace('"en",', '"en", "thresholds": { "ko": NaN },')),
  config('__proto__ key', `{ "__proto__": { "locales": ["en"] }, "locales": ["en", "ko"] }`),
  config('threshold of 200 (reported at the threshold)', withConfig({ thresholds: { ko: 200 } })),
  config('threshold that is a string', withConfig({ thresholds: { ko: '100' } })),
  config('unknown rule id', withConfig({ rules: { 'no-such-rule': 'error' } })),
  config('unknown severity', withConfig({ rules: { 'number-mismatch': 'fatal' } })),
  config('unknown top-level key', withConfig({ colour: 'blue' })),
  config('locales not an array', withConfig({ locales: 'en,ko' })),
  config('empty locales', withConfig({ locales: [] })),
  config('locale listed twice', withConfig({ locales: ['en', 'ko', 'ko'] })),
  config('source locale not among the locales', withConfig({ sourceLocale: 'fr' })),
  config('a locale that is no language tag', withConfig({ locales: ['en', '../ko'] })),
  config('xliff version 3.0', withConfig({ xliff: { version: '3.0' } })),
  config(
    'paths.locales leaving the project',
    withConfig({ paths: { ...baseConfig.paths, locales: '../../elsewhere' } }),
  ),
  config(
    'paths.articles absolute, outside the project',
    withConfig({ paths: { ...baseConfig.paths, articles: '/tmp' } }),
  ),
  config('paths.glossary leaving the project', withConfig({ paths: { glossary: '../glossary.json' } })),
  config('limits.fileBytes negative', withConfig({ limits: { fileBytes: -1 } })),
  config('limits.units not a whole number', withConfig({ limits: { units: 1.5 } })),
  config(
    'deeply nested value',
    withConfig({ site: JSON.parse(`${'{"a":'.repeat(2_000)}1${'}'.repeat(2_000)}`) }),
  ),
  config('UTF-8 BOM (accepted)', (t) => `\uFEFF${t}`, { exit: OK }),
  special(CONFIG, 'folder'),
  special(CONFIG, 'fifo'),
  special(CONFIG, 'dev-zero'),
  special(CONFIG, 'dangling'),

  // The glossary (read by check only).
  glossary('trailing comma', '{ "ko": { "Seoul": "서울", } }'),
  glossary('truncated', '{ "ko": { "Seoul": '),
  glossary('__proto__ key', '{ "ko": { "__proto__": "x" } }'),
  glossary('__proto__ as a locale', '{ "__proto__": { "Seoul": "서울" } }'),
  glossary('an array', '["Seoul"]', { at: false }),
  glossary('a term mapped to a number', '{ "ko": { "Seoul": 1 } }'),
  glossary('an unknown locale', '{ "xx": { "Seoul": "서울" } }'),
  glossary('invalid UTF-8', Buffer.from([0x7b, 0x22, 0xff, 0x22, 0x7d])),
  glossary('empty file', ''),
  glossary('comment', '// terms\n{ "ko": { "Seoul": "서울" } }'),
  glossary('UTF-8 BOM (accepted)', '\uFEFF{ "ko": { "KORUS FTA": "한미 FTA" } }', { exit: OK }),
  special(GLOSSARY, 'folder', { exit: ONLY_CHECK }),
  special(GLOSSARY, 'fifo', { exit: ONLY_CHECK }),
  special(GLOSSARY, 'dev-zero', { file: CONFIG }),
  custom('glossary.json: missing', (dir) => rmSync(join(dir, GLOSSARY)), {
    file: GLOSSARY,
    exit: ONLY_CHECK,
  }),
];

export { ONLY_SYNC };
