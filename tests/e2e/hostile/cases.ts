import { spawnSync } from 'node:child_process';
import { rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ARCHIVED,
  article,
  baseConfig,
  bomb,
  bytesInTarget,
  CONFIG,
  config,
  custom,
  cut,
  doctype,
  fm,
  GLOSSARY,
  glossary,
  type HostileCase,
  inTarget,
  KO,
  latin1,
  NEW_ARTICLE,
  OK,
  ONLY_CHECK,
  put,
  special,
  TALKS,
  TMX,
  tmx,
  tmxDoc,
  tu,
  utf16,
  withConfig,
  xlf,
} from './make.js';

export { COMMANDS, type Command, type HostileCase } from './make.js';

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
  // Issue 11 item 4: pathological emphasis is segmented (iteratively), never a stack overflow.
  article('10,000 *, a letter, 10,000 *', fm(`${'*'.repeat(10_000)}a${'*'.repeat(10_000)}`), {
    exit: NEW_ARTICLE,
  }),
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
  // Issue 11 item 6: nesting is refused at the reader's depth limit, in well under a second.
  xlf(
    '100,000 nested <g> in a target',
    inTarget(`${'<g id="g">'.repeat(100_000)}x${'</g>'.repeat(100_000)}`),
  ),
  xlf('100,000 nested <group> in the body', (t) =>
    t.replace('<body>', `<body>${'<group id="n">'.repeat(100_000)}${'</group>'.repeat(100_000)}`),
  ),
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
    'locales/: a locale file nested deeper than limits.xmlDepth',
    (dir) => {
      put(dir, CONFIG, withConfig({ limits: { xmlDepth: 4 } }));
    },
    // Every file is that deep; errors are listed by file, so the first named is markets.xlf.
    { file: 'locales/en/markets.xlf', at: true },
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

  // The memory archive: sync reads it when it archives, check and status for name-inconsistent-archive.
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
  special(TMX, 'folder'),
  special(TMX, 'fifo'),
  special(TMX, 'dev-zero'),
  custom(
    `${TMX}: over limits.fileBytes`,
    (dir) => {
      put(dir, CONFIG, withConfig({ limits: { fileBytes: 4_000 } }));
      put(dir, TMX, tmxDoc(tu.repeat(60)));
      put(dir, TALKS, (t) => t.replace(ARCHIVED, ''));
    },
    { file: TMX },
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
