import type { ArticleDocument, Block, Content, InlineCode, Unit, UnitFile, UnitState } from '@dari/core';

/** An article from paragraphs of sentences; ids `s1`, `s2`, … unless given as `id:text`. */
export function makeArticle(
  paragraphs: ReadonlyArray<ReadonlyArray<string | { id: string; source: Content }>>,
  slug = 'story',
): ArticleDocument {
  let n = 0;
  const blocks: Block[] = paragraphs.map((sentences, p) => ({
    id: `p-${p + 1}`,
    kind: p === 0 ? 'title' : 'paragraph',
    line: p * 2 + 1,
    segments: sentences.map((s) => {
      n++;
      if (typeof s !== 'string') return s;
      const m = /^([a-z0-9-]+):(.*)$/s.exec(s);
      return m ? { id: m[1] as string, source: [m[2] as string] } : { id: `s${n}`, source: [s] };
    }),
  }));
  return {
    slug,
    file: `articles/${slug}.md`,
    meta: { title: 'Title', date: '2017-08-17', lang: 'en', extra: {} },
    blocks,
  };
}

/** A unit with defaults: translated when it has a target, new otherwise. */
export function makeUnit(
  id: string,
  source: Content | string,
  target?: Content | string,
  state?: UnitState,
  extra: Partial<Unit> = {},
): Unit {
  const src = typeof source === 'string' ? [source] : source;
  const tgt = typeof target === 'string' ? [target] : target;
  return {
    id,
    source: src,
    ...(tgt ? { target: tgt } : {}),
    state: state ?? (tgt ? 'translated' : 'new'),
    block: 'p-1',
    ...extra,
  };
}

/** A bilingual en→ko file holding the units in one group. */
export function makeFile(units: readonly Unit[], targetLang: string | undefined = 'ko'): UnitFile {
  return {
    version: '1.2',
    sourceLang: 'en',
    ...(targetLang ? { targetLang } : {}),
    original: 'articles/story.md',
    groups: [{ id: 'p-1', kind: 'paragraph', units }],
  };
}

/** A link opening code. */
export function open(id: string, href = 'https://example.com'): InlineCode {
  return { type: 'open', id, kind: 'link', data: `<a href="${href}">`, attrs: { href } };
}

/** A link closing code. */
export function close(id: string): InlineCode {
  return { type: 'close', id, kind: 'link', data: '</a>' };
}
