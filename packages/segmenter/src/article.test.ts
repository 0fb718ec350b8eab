import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { codesOf, plainText } from '@dari/core';
import { describe, expect, it } from 'vitest';
import { parseArticle } from './article.js';

const seed = readFileSync(
  fileURLToPath(new URL('../../../articles/korus-fta-revision-talks.md', import.meta.url)),
  'utf8',
);
const parse = (md: string, lang?: string) =>
  parseArticle(md, { file: 'articles/a.md', slug: 'a', ...(lang ? { defaultLang: lang } : {}) });
const article = (body: string, front = '') =>
  `---\ntitle: "A title"\ndate: 2017-08-17\n${front}---\n\n${body}\n`;

describe('parseArticle', () => {
  it('turns the seed article into frontmatter blocks then paragraphs of sentences', () => {
    const doc = parse(seed);
    expect(doc.meta).toMatchObject({
      title: expect.stringContaining('S. Korea'),
      date: '2017-08-17',
      lang: 'en',
    });
    expect(doc.blocks.slice(0, 3).map((b) => b.kind)).toEqual(['title', 'dateline', 'credit']);
    const body = doc.blocks.filter((b) => b.kind === 'paragraph');
    expect(body).toHaveLength(10);
    expect(body.map((b) => b.segments.length)).toEqual([1, 2, 1, 1, 1, 1, 1, 1, 2, 1]);
    expect(plainText(body.at(-1)?.segments[0]?.source ?? [])).toMatch(/countries\. \(Yonhap\)$/);
  });

  it('carries links, emphasis, code and breaks as inline codes numbered per unit', () => {
    const doc = parse(article('See [the *text*](https://x.kr "Full text") and `a.b` here.  \nNext line.'));
    const [first, second] = doc.blocks.at(-1)?.segments ?? [];
    const codes = codesOf(first?.source ?? []);
    expect(codes.map((c) => `${c.type}:${c.kind}:${c.id}`)).toEqual([
      'open:link:1',
      'open:emphasis:2',
      'close:emphasis:2',
      'close:link:1',
      'ph:code:3',
      'ph:break:4',
    ]);
    expect(codes[0]).toMatchObject({
      data: '<a href="https://x.kr" title="Full text">',
      attrs: { href: 'https://x.kr' },
    });
    expect(plainText(second?.source ?? [])).toBe('Next line.');
  });

  it('gives a link split by a sentence boundary one half in each sentence', () => {
    const doc = parse(article('Read [the report. It is long](https://x.kr) today.'));
    const [a, b] = doc.blocks.at(-1)?.segments ?? [];
    expect(codesOf(a?.source ?? []).map((c) => c.type)).toEqual(['open']);
    expect(codesOf(b?.source ?? []).map((c) => `${c.type}${c.id}`)).toEqual(['close1']);
  });

  it('makes link titles units of their own that the link points at', () => {
    const doc = parse(article('See [this](https://x.kr "The full text").'));
    const block = doc.blocks.at(-1);
    const title = block?.segments.find((s) => s.id.startsWith('t-'));
    expect(title?.source).toEqual(['The full text']);
    const open = codesOf(block?.segments[0]?.source ?? [])[0];
    expect(open?.type === 'open' && open.attrs?.titleUnit).toBe(title?.id);
  });

  it('maps headings, quotes, lists, images, code and tables to block kinds', () => {
    const md = article(
      '## Talks\n\n> Quoted. Twice.\n\n1. One\n2. Two\n\n![A map of Seoul](map.png)\n\n```js\nx()\n```\n\n| a |\n|---|\n| b |',
    );
    const kinds = parse(md).blocks.map((b) => `${b.kind}${b.depth ?? ''}`);
    expect(kinds).toEqual([
      'title',
      'heading2',
      'blockquote1',
      'list-item1',
      'list-item1',
      'image-alt',
      'code',
      'table-cell',
      'table-cell',
    ]);
    const code = parse(md).blocks.find((b) => b.kind === 'code');
    expect(code).toMatchObject({ raw: 'x()', segments: [], attrs: { lang: 'js' } });
  });

  it('puts summary, dateline and credit blocks after the title and keeps other keys as extra', () => {
    const doc = parse(
      article('Body.', 'summary: First. Second.\ndateline: SEOUL\ncredit: Yonhap\ntags: [trade]\n'),
    );
    expect(doc.blocks.map((b) => b.id).slice(0, 4)).toEqual([
      'p-title',
      'p-summary',
      'p-dateline',
      'p-credit',
    ]);
    expect(doc.blocks[1]?.segments).toHaveLength(2);
    expect(doc.blocks[1]?.line).toBe(4);
    expect(doc.meta.extra).toEqual({ tags: ['trade'] });
  });

  it('segments by the frontmatter language, else the default language', () => {
    expect(
      parse(article('회의가 열렸다.참석자는 많았다.', 'lang: ko\n')).blocks.at(-1)?.segments,
    ).toHaveLength(2);
    expect(parse(article('본문이다.')).meta.lang).toBe('en');
    expect(parse(article('본문이다.'), 'ko').meta.lang).toBe('ko');
  });

  it('never alters the article characters inside a unit', () => {
    const doc = parse(article('Curly “quotes”\u00a0and  two spaces.\nSoft break.'));
    expect(plainText(doc.blocks.at(-1)?.segments[0]?.source ?? [])).toBe(
      'Curly “quotes”\u00a0and  two spaces.',
    );
  });
});
