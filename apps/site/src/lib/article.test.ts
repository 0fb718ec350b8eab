import type { ArticleDocument, UnitState } from '@dari/core';
import type { UnitInfo } from '@dari/i18n';
import { describe, expect, it } from 'vitest';
import { type ArticleSources, articleView, type BlockView, formatDate } from './article.js';
import { bodyHtml, unitsHtml } from './blocks.js';
import { htmlToText } from './html.js';

const article: ArticleDocument = {
  slug: 'story',
  file: 'articles/story.md',
  meta: { title: 'T', date: '2017-08-17', lang: 'en', extra: {} },
  blocks: [
    { id: 'p-title', kind: 'title', line: 2, segments: [{ id: 't1', source: ['Title'] }] },
    {
      id: 'p-one',
      kind: 'paragraph',
      line: 5,
      segments: [
        { id: 's1', source: ['First sentence.'] },
        { id: 's2', source: ['Second sentence.'] },
        { id: 's3', source: ['Third sentence.'] },
      ],
    },
    { id: 'p-two', kind: 'list-item', line: 7, segments: [{ id: 's4', source: ['Item.'] }] },
  ],
};

/** Sources over a plain table: locale → id → [text, state]. */
function sources(
  table: Record<string, Record<string, [string, UnitState]>>,
  changed: readonly string[] = [],
): ArticleSources {
  return {
    text: ({ id, locale, sourceLang }) => {
      const own = table[locale]?.[id];
      if (own && (own[1] === 'translated' || own[1] === 'final' || locale === sourceLang))
        return { parts: [own[0]], lang: locale };
      const src = table[sourceLang]?.[id];
      return src ? { parts: [src[0]], lang: sourceLang } : undefined;
    },
    info: (locale, _ns, id): UnitInfo | undefined => {
      const own = table[locale]?.[id];
      return own ? { state: own[1], block: undefined, usable: own[1] === 'translated' } : undefined;
    },
    sourceChanged: (_locale, _ns, id) => changed.includes(id),
  };
}

/** The i-th block of a view (fails the test when missing). */
function block(view: { blocks: readonly BlockView[] }, i: number): BlockView {
  const b = view.blocks[i];
  if (!b) throw new Error(`no block ${i}`);
  return b;
}

const en = {
  t1: ['Title', 'final'],
  s1: ['First sentence.', 'final'],
  s2: ['Second sentence.', 'final'],
  s3: ['Third sentence.', 'final'],
  s4: ['Item.', 'final'],
} as Record<string, [string, UnitState]>;

describe('articleView', () => {
  it('keeps the space between sentences inside the spans (English and Korean)', () => {
    const view = articleView(article, 'en', sources({ en }));
    const html = bodyHtml(view.blocks.slice(1), 'en');
    expect(html).toContain('<span class="u" data-unit="s1" data-state="source">First sentence. </span>');
    expect(htmlToText(html.replace(/<\/(p|li)>/g, '\n'))).toBe(
      'First sentence. Second sentence. Third sentence.\nItem.\n',
    );
    const ko = {
      s1: ['첫 문장.', 'final'],
      s2: ['둘째 문장.', 'translated'],
      s3: ['셋째 문장.', 'final'],
    } as Record<string, [string, UnitState]>;
    const koView = articleView(article, 'ko', sources({ en, ko }));
    expect(htmlToText(unitsHtml(block(koView, 1), 'ko'))).toBe('첫 문장. 둘째 문장. 셋째 문장.');
  });

  it('shows the source text, marked with its language and reason, for untranslated and outdated units', () => {
    const ko = {
      t1: ['제목', 'final'],
      s1: ['첫 문장.', 'final'],
      s2: ['옛 번역.', 'needs-review'],
    } as Record<string, [string, UnitState]>;
    const view = articleView(article, 'ko', sources({ en, ko }, ['s2']));
    expect(view.fallbacks).toEqual({ untranslated: 2, outdated: 1, review: 0 });
    const html = unitsHtml(block(view, 1), 'ko');
    expect(html).toContain(
      'data-unit="s2" data-state="needs-review" lang="en" data-fallback="outdated">Second sentence. </span>',
    );
    expect(html).toContain(
      'data-unit="s3" data-state="missing" lang="en" data-fallback="untranslated">Third sentence.</span>',
    );
    expect(html).not.toContain('옛 번역');
  });

  it('calls a unit in review with an unchanged source "review", not "outdated"', () => {
    const ko = { t1: ['제목', 'final'], s2: ['둘째 문장.', 'needs-review'] } as Record<
      string,
      [string, UnitState]
    >;
    const view = articleView(article, 'ko', sources({ en, ko }));
    expect(view.fallbacks).toEqual({ untranslated: 3, outdated: 0, review: 1 });
    expect(unitsHtml(block(view, 1), 'ko')).toContain('data-fallback="review"');
  });

  it('falls back to the skeleton’s source when no resource has the unit (XLIFF not synced yet)', () => {
    const view = articleView(article, 'ko', sources({}));
    expect(htmlToText(unitsHtml(block(view, 1), 'ko'))).toBe(
      'First sentence. Second sentence. Third sentence.',
    );
    expect(view.fallbacks.untranslated).toBe(5);
  });

  it('groups list items in one list and anchors every block with its shared id', () => {
    const view = articleView(article, 'en', sources({ en }));
    expect(bodyHtml(view.blocks.slice(1), 'en')).toMatch(
      /^<p id="p-one">.*<\/p><ul><li id="p-two">.*<\/li><\/ul>$/,
    );
  });
});

describe('formatDate', () => {
  it('formats per locale, in UTC', () => {
    expect(formatDate('2017-08-17', 'en')).toBe('August 17, 2017');
    expect(formatDate('2017-08-17', 'ko')).toBe('2017년 8월 17일');
    expect(formatDate('not a date', 'ko')).toBe('not a date');
  });
});
