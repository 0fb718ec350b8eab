import type { Block } from '@dari/core';
import { describe, expect, it } from 'vitest';
import { parseArticle } from './article.js';

// GFM details that articles rely on: unit ids and translation files were made with them, and
// markdown-it alone reads each of them differently (see README, "Which platform, which library, and why").
const article = (body: string) => `---\ntitle: "A title"\ndate: 2017-08-17\n---\n\n${body}\n`;
const blocks = (body: string) =>
  parseArticle(article(body), { file: 'articles/a.md', slug: 'a' }).blocks.slice(1);
/** A unit as text with its codes written as `{data}`. */
const show = (b: Block | undefined) =>
  (b?.segments ?? []).map((s) => s.source.map((p) => (typeof p === 'string' ? p : `{${p.data}}`)).join(''));

describe('parseArticle Markdown', () => {
  it('links autolink literals the way GitHub does, trailing punctuation left out', () => {
    const [b] = blocks('See www.korea.net. Or https://x.kr/a_(b)?q=1, or mail kim@x.kr. Not Amazon.com.');
    expect(show(b)).toEqual([
      'See {<a href="http://www.korea.net">}www.korea.net{</a>}.',
      'Or {<a href="https://x.kr/a_(b)?q=1">}https://x.kr/a_(b)?q=1{</a>}, or mail {<a href="mailto:kim@x.kr">}kim@x.kr{</a>}.',
      'Not Amazon.com.',
    ]);
  });

  it('keeps URLs as written: no percent-encoding, no scheme filter', () => {
    const [b] = blocks('[위키](https://ko.wikipedia.org/wiki/한국) and [x](javascript:void(0)).');
    expect(show(b)).toEqual([
      '{<a href="https://ko.wikipedia.org/wiki/한국">}위키{</a>} and {<a href="javascript:void(0)">}x{</a>}.',
    ]);
  });

  it('resolves footnote references case-insensitively and keeps definitions where they are written', () => {
    const out = blocks('A note[^Note] here.\n\n[^note]: The note. Two.\n\n[^unused]: Kept too.\n\nLast.');
    expect(out.map(show)).toEqual([
      ['A note{<sup><a href="#fn-note">Note</a></sup>} here.'],
      ['The note.', 'Two.'],
      ['Kept too.'],
      ['Last.'],
    ]);
  });

  it('drops task list checks from list items, not a check with nothing after it', () => {
    expect(blocks('- [ ] open task\n- [x] done task\n- [ ]').map(show)).toEqual([
      ['open task'],
      ['done task'],
      ['[ ]'],
    ]);
  });

  it('keeps a task check that only a link follows: the check is dropped only before text', () => {
    expect(
      blocks('- [ ] www.korea.net\n- [x] [Link](https://x.kr) first\n- [ ] See www.korea.net').map(show),
    ).toEqual([
      ['[ ] {<a href="http://www.korea.net">}www.korea.net{</a>}'],
      ['[x] {<a href="https://x.kr">}Link{</a>} first'],
      ['See {<a href="http://www.korea.net">}www.korea.net{</a>}'],
    ]);
  });

  it('keeps table cells as written: a short row is not padded, extra cells are kept', () => {
    const cells = blocks('| a | b |\n|---|---|\n| 1 |\n| x | y \\| z | w |').map(
      (b) => `${b.attrs?.row}:${b.attrs?.column}=${show(b).join('')}@${b.line}`,
    );
    expect(cells).toEqual(['0:0=a@6', '0:1=b@6', '1:0=1@8', '2:0=x@9', '2:1=y | z@9', '2:2=w@9']);
  });

  it('reads ~~double~~ tildes as strikethrough but leaves single ones alone (Korean ranges 3~4일)', () => {
    expect(show(blocks('~~Old~~ news on 3~4일 and 5~6명.')[0])).toEqual([
      '{<del>}Old{</del>} news on 3~4일 and 5~6명.',
    ]);
  });

  it('keeps CRLF line endings inside units, code and HTML, with lines counted right', () => {
    const md = article('One\nline.\n\n    code\n    more\n\n<div>\nhtml\n</div>').replace(/\n/g, '\r\n');
    const out = parseArticle(md, { file: 'a.md', slug: 'a' }).blocks.slice(1);
    expect(out.map((b) => [b.kind, b.line, b.raw ?? show(b).join('')])).toEqual([
      ['paragraph', 6, 'One\r\nline.'],
      ['code', 9, 'code\r\nmore'],
      ['code', 12, '<div>\r\nhtml\r\n</div>'],
    ]);
  });

  it('keeps CRLF inside link titles, image alt text and image titles', () => {
    const md = article('A [link](u "Two\nlines") here.\n\n![An\nimage](i.png "A\ntitle")').replace(
      /\n/g,
      '\r\n',
    );
    const [p, image] = parseArticle(md, { file: 'a.md', slug: 'a' }).blocks.slice(1);
    expect(show(p)).toEqual(['A {<a href="u" title="Two\r\nlines">}link{</a>} here.', 'Two\r\nlines']);
    expect(image).toMatchObject({ kind: 'image-alt', attrs: { src: 'i.png', title: 'A\r\ntitle' } });
    expect(show(image)).toEqual(['An\r\nimage']);
  });

  it('gives an image alone its alt text as the unit, markup stripped', () => {
    const [b] = blocks('![A *map* of `Seoul`](map.png "The map")');
    expect(b).toMatchObject({ kind: 'image-alt', attrs: { src: 'map.png', title: 'The map' } });
    expect(show(b)).toEqual(['A map of Seoul']);
  });
});
