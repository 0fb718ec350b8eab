import * as crypto from 'node:crypto';
import type { Content } from '@dari/core';

/**
 * What `dari sync` records in each article's locale file about the article it was synced from, so
 * that `dari check` can tell the file is current without segmenting the article again: equal
 * article bytes and segmentation give equal segments, and those are the sources sync wrote. Kept
 * in a file-level note (1.2 `<header><note from="dari:article">`, 2.x `<file><notes><note
 * category="dari:article">`), as JSON.
 */
export interface ArticleStamp {
  /** Hex SHA-1 of the article's bytes. */
  readonly article: string;
  /** `segmentationKey` of the run: what besides the bytes decides the segments. */
  readonly segmentation: string;
  /** `sourcesDigest` of the article's segments (the file's units as sync wrote them). */
  readonly sources: string;
  /** The article's language and the frontmatter facts rules read. */
  readonly lang: string;
  readonly date?: string;
  readonly dateline?: string;
}

/** The note's `from` (1.2) / `category` (2.x). */
export const STAMP_NOTE = 'dari:article';

/** Bumped when the stamp's fields or digests change meaning: older stamps are then ignored. */
const STAMP_FORMAT = 1;

const sha1 = (s: string) =>
  crypto.hash ? crypto.hash('sha1', s) : crypto.createHash('sha1').update(s).digest('hex');

/** The note text of a stamp: one line of JSON, keys in a fixed order (sync's output is deterministic). */
export function formatStamp(stamp: ArticleStamp): string {
  return JSON.stringify({
    dari: STAMP_FORMAT,
    article: stamp.article,
    segmentation: stamp.segmentation,
    sources: stamp.sources,
    lang: stamp.lang,
    ...(stamp.date !== undefined ? { date: stamp.date } : {}),
    ...(stamp.dateline !== undefined ? { dateline: stamp.dateline } : {}),
  });
}

/** A stamp from its note text; undefined for anything else (a hand edit, another format), never a throw. */
export function parseStamp(text: string): ArticleStamp | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof data !== 'object' || data === null) return undefined;
  const d = data as Record<string, unknown>;
  const str = (v: unknown) => typeof v === 'string';
  if (d.dari !== STAMP_FORMAT || !str(d.article) || !str(d.segmentation) || !str(d.sources) || !str(d.lang))
    return undefined;
  if ((d.date !== undefined && !str(d.date)) || (d.dateline !== undefined && !str(d.dateline)))
    return undefined;
  return {
    article: d.article as string,
    segmentation: d.segmentation as string,
    sources: d.sources as string,
    lang: d.lang as string,
    ...(d.date !== undefined ? { date: d.date as string } : {}),
    ...(d.dateline !== undefined ? { dateline: d.dateline as string } : {}),
  };
}

/**
 * Digest of a sequence of sources with the article's language, date and dateline. Sources are
 * compared as the stale rule compares them (`contentEquals`: text, and each code's type and id,
 * not its data), so equal digests mean the stale rule finds nothing and rules see the same facts.
 */
export function sourcesDigest(
  lang: string,
  facts: { readonly date?: string | undefined; readonly dateline?: string | undefined },
  items: Iterable<{ readonly id: string; readonly source: Content }>,
): string {
  // One string, hashed once: this runs on every unit of every file of a cold check.
  let out = `${lang}\n${facts.date ?? ''}\n${facts.dateline ?? ''}\n`;
  for (const { id, source } of items) {
    out += `${JSON.stringify(id)}:`;
    let run = '';
    for (const p of source) {
      if (typeof p === 'string') run += p;
      else {
        // Adjacent strings merged and empty ones dropped, as `normalizeContent` does.
        if (run !== '') out += JSON.stringify(run);
        run = '';
        out += `[${p.type},${JSON.stringify(p.id)}]`;
      }
    }
    if (run !== '') out += JSON.stringify(run);
    out += '\n';
  }
  return sha1(out);
}

/**
 * What decides an article's segments besides its bytes: the source locale (the language of an
 * article without `lang`), the `segmentation` config and the segmenter's release. A release that
 * segments differently changes its version, and with it every stamp (check then compares the slow
 * way; the next sync stamps anew).
 */
export function segmentationKey(
  sourceLocale: string,
  segmentation: unknown,
  segmenterVersion: string,
): string {
  return sha1(JSON.stringify([STAMP_FORMAT, sourceLocale, segmentation ?? null, segmenterVersion])).slice(
    0,
    16,
  );
}
