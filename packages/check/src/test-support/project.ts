import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type DariConfig, parseConfig } from '@dari/config';
import { plainText, type UnitFile } from '@dari/core';
import { parseArticle } from '@dari/segmenter';
import { type ArticleStamp, segmentationKey, sourcesDigest, writeXliff } from '@dari/xliff';
import { segmentationOf } from '../articles.js';
import { sha1 } from '../cache/key.js';

const FIXTURE = new URL('../../../../tests/fixtures/check/project/', import.meta.url).pathname;
export const SLUG = 'trade-talks';

/**
 * A temp project from `tests/fixtures/check/project`: the article, a glossary, and locale files
 * built from the article's segments as sync would (template in `en`, translations in `ko`).
 * `untranslated` leaves those sources without a target.
 */
export function makeProject(
  options: {
    untranslated?: readonly string[];
    config?: Record<string, unknown>;
    /** Record the article's stamp in both files, as `dari sync` does. */
    stamp?: boolean;
  } = {},
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
  const bytes = readFileSync(join(root, 'articles', `${SLUG}.md`));
  const article = parseArticle(bytes.toString('utf8'), { file: `articles/${SLUG}.md`, slug: SLUG });
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
  const data = {
    locales: ['en', 'ko'],
    thresholds: { ko: 100 },
    paths: { glossary: 'glossary.json' },
    ...options.config,
  };
  writeFileSync(join(root, 'dari.config.json'), `${JSON.stringify(data, null, 2)}\n`);
  const config = () =>
    parseConfig(data, root, 'dari.config.json', readFileSync(join(root, 'dari.config.json'), 'utf8'));
  const { lang, date, dateline } = article.meta;
  const facts = { ...(date ? { date } : {}), ...(dateline ? { dateline } : {}) };
  const stamp: ArticleStamp | undefined = options.stamp
    ? {
        article: sha1(bytes),
        segmentation: segmentationOf(config(), segmentationKey),
        sources: sourcesDigest(
          lang,
          facts,
          article.blocks.flatMap((b) => b.segments),
        ),
        lang,
        ...facts,
      }
    : undefined;
  const write = (file: UnitFile) => writeXliff(file, undefined, stamp ? { stamp } : {});
  mkdirSync(join(root, 'locales', 'en'), { recursive: true });
  mkdirSync(join(root, 'locales', 'ko'), { recursive: true });
  writeFileSync(join(root, 'locales', 'en', `${SLUG}.xlf`), write({ ...base, groups: groups(false) }));
  writeFileSync(
    join(root, 'locales', 'ko', `${SLUG}.xlf`),
    write({ ...base, targetLang: 'ko', groups: groups(true) }),
  );
  return { root, config };
}
