import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type DariConfig, parseConfig } from '@dari/config';
import { plainText, type UnitFile } from '@dari/core';
import { parseArticle } from '@dari/segmenter';
import { writeXliff } from '@dari/xliff';

const FIXTURE = new URL('../../../../tests/fixtures/check/project/', import.meta.url).pathname;
export const SLUG = 'trade-talks';

/**
 * A temp project from `tests/fixtures/check/project`: the article, a glossary, and locale files
 * built from the article's segments as sync would (template in `en`, translations in `ko`).
 * `untranslated` leaves those sources without a target.
 */
export function makeProject(
  options: { untranslated?: readonly string[]; config?: Record<string, unknown> } = {},
): {
  root: string;
  config: () => DariConfig;
} {
  const root = mkdtempSync(join(tmpdir(), 'dari-check-'));
  cpSync(join(FIXTURE, 'articles'), join(root, 'articles'), { recursive: true });
  cpSync(join(FIXTURE, 'glossary.json'), join(root, 'glossary.json'));
  const translations = JSON.parse(readFileSync(join(FIXTURE, 'translations.json'), 'utf8')) as Record<
    string,
    string
  >;
  const article = parseArticle(readFileSync(join(root, 'articles', `${SLUG}.md`), 'utf8'), {
    file: `articles/${SLUG}.md`,
    slug: SLUG,
  });
  const groups = (target: boolean): UnitFile['groups'] =>
    article.blocks.map((b) => ({
      id: b.id,
      kind: b.kind,
      units: b.segments.map((s) => {
        const text = translations[plainText(s.source)];
        if (!target || text === undefined || options.untranslated?.includes(plainText(s.source))) {
          return { id: s.id, source: s.source, state: 'new' as const, block: b.id };
        }
        return { id: s.id, source: s.source, target: [text], state: 'translated' as const, block: b.id };
      }),
    }));
  const base = { version: '1.2' as const, sourceLang: 'en', original: `articles/${SLUG}.md` };
  mkdirSync(join(root, 'locales', 'en'), { recursive: true });
  mkdirSync(join(root, 'locales', 'ko'), { recursive: true });
  writeFileSync(join(root, 'locales', 'en', `${SLUG}.xlf`), writeXliff({ ...base, groups: groups(false) }));
  writeFileSync(
    join(root, 'locales', 'ko', `${SLUG}.xlf`),
    writeXliff({ ...base, targetLang: 'ko', groups: groups(true) }),
  );
  const data = {
    locales: ['en', 'ko'],
    thresholds: { ko: 100 },
    paths: { glossary: 'glossary.json' },
    ...options.config,
  };
  writeFileSync(join(root, 'dari.config.json'), `${JSON.stringify(data, null, 2)}\n`);
  return {
    root,
    config: () =>
      parseConfig(data, root, 'dari.config.json', readFileSync(join(root, 'dari.config.json'), 'utf8')),
  };
}
