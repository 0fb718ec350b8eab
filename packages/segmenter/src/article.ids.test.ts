import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ArticleDocument } from '@dari/core';
import { describe, expect, it } from 'vitest';
import { parseArticle } from './article.js';

const seed = readFileSync(
  fileURLToPath(new URL('../../../articles/korus-fta-revision-talks.md', import.meta.url)),
  'utf8',
);
const parse = (md: string) => parseArticle(md, { file: 'articles/a.md', slug: 'a' });
const [front = '', ...rest] = seed.split(/\n\n(?=[^\n])/);
const paragraphs = rest.map((p) => p.trim());
const build = (ps: string[]) => `${front}\n\n${ps.join('\n\n')}\n`;

const unitIds = (d: ArticleDocument) =>
  d.blocks.flatMap((b) => b.segments.map((s) => `${s.id}=${s.source.join('')}`));
const anchors = (d: ArticleDocument) =>
  d.blocks.map((b) => `${b.id}=${b.segments[0]?.source.join('') ?? b.kind}`);
const survive = (before: string[], after: string[]) => before.filter((x) => after.includes(x));

describe('stable ids', () => {
  const base = parse(build(paragraphs));

  it('are ASCII NMTOKENs, unique within the article', () => {
    const all = base.blocks.flatMap((b) => [b.id, ...b.segments.map((s) => s.id)]);
    expect(all.every((id) => /^[a-z0-9-]+$/.test(id))).toBe(true);
    expect(new Set(all).size).toBe(all.length);
  });

  it('survive inserting a paragraph', () => {
    const edited = parse(
      build([
        ...paragraphs.slice(0, 3),
        'A brand new paragraph. It has two sentences.',
        ...paragraphs.slice(3),
      ]),
    );
    expect(survive(unitIds(base), unitIds(edited))).toEqual(unitIds(base));
    expect(survive(anchors(base), anchors(edited))).toEqual(anchors(base));
  });

  it('survive deleting and reordering paragraphs (only the deleted ones go)', () => {
    const ps = [...paragraphs];
    const removed = ps.splice(4, 1);
    ps.reverse();
    const edited = parse(build(ps));
    const kept = unitIds(base).filter((u) => !removed.some((r) => u.endsWith(`=${r}`)));
    expect(kept.length).toBe(unitIds(base).length - 1);
    expect(survive(kept, unitIds(edited)).sort()).toEqual(kept.sort());
    expect(unitIds(edited)).toHaveLength(kept.length);
  });

  it('survive inserting a sentence inside a paragraph, anchor included unless it goes first', () => {
    const ps = [...paragraphs];
    ps[1] = ps[1]?.replace('ally. ', 'ally. A new sentence sits here. ') ?? '';
    const edited = parse(build(ps));
    expect(survive(unitIds(base), unitIds(edited))).toEqual(unitIds(base));
    expect(edited.blocks.map((b) => b.id)).toEqual(expect.arrayContaining(base.blocks.map((b) => b.id)));
  });

  it('survive a sentence moving to another paragraph', () => {
    const ps = [...paragraphs];
    const moved = 'US Trade Representative Robert Lighthizer made the request last month.';
    ps[1] = ps[1]?.replace(` ${moved}`, '') ?? '';
    ps[5] = `${ps[5]} ${moved}`;
    const edited = parse(build(ps));
    const id = (d: ArticleDocument) =>
      d.blocks.flatMap((b) => b.segments).find((s) => s.source.join('') === moved)?.id;
    expect(id(edited)).toBe(id(base));
    expect(survive(unitIds(base), unitIds(edited))).toEqual(unitIds(base));
  });

  it('change only for an edited sentence', () => {
    const ps = [...paragraphs];
    ps[0] = ps[0]?.replace('Thursday', 'on Thursday') ?? '';
    const edited = parse(build(ps));
    expect(unitIds(base).length - survive(unitIds(base), unitIds(edited)).length).toBe(1);
  });

  it('tell repeated sentences apart by order, the first keeping the plain id', () => {
    const doc = parse(build(['Same words.', 'Same words.']));
    const ids = doc.blocks.slice(-2).map((b) => b.segments[0]?.id ?? '');
    expect(ids[1]).toBe(`${ids[0]}-2`);
  });

  it('do not depend on CRLF line endings, a BOM or NFD text', () => {
    const ids = (d: ArticleDocument) => d.blocks.map((b) => [b.id, b.segments.map((s) => s.id)]);
    expect(ids(parse(`\uFEFF${seed.replace(/\n/g, '\r\n')}`))).toEqual(ids(base));
    const ko =
      '---\ntitle: 한미 FTA\ndate: 2017-08-17\nlang: ko\n---\n\n한미 양국이 만났다. 협상은 다음 주다.\n';
    expect(ids(parse(ko.normalize('NFD')))).toEqual(ids(parse(ko)));
  });
});
