import { DariError, type Diagnostic } from '@dari/core';
import { describe, expect, it } from 'vitest';
import { parseArticle } from './article.js';

const parse = (md: string) => parseArticle(md, { file: 'articles/a.md', slug: 'a' });
const diagnostics = (md: string): Diagnostic[] => {
  try {
    parse(md);
  } catch (e) {
    if (e instanceof DariError) return [...e.diagnostics];
    throw e;
  }
  throw new Error('expected a DariError');
};
const first = (md: string) => {
  const d = diagnostics(md)[0];
  return `${d?.ruleId} ${d?.line}:${d?.column}`;
};

describe('parseArticle on bad input', () => {
  it('rejects an empty article', () => {
    expect(first('')).toBe('article-empty 1:1');
    expect(first(' \n\n')).toBe('article-empty 1:1');
  });

  it('rejects missing and unclosed frontmatter', () => {
    expect(first('Just a body.\n')).toBe('article-frontmatter-missing 1:1');
    expect(first('---\ntitle: x\ndate: 2017-08-17\n\nBody.\n')).toBe('article-frontmatter-unclosed 1:1');
  });

  it('reports malformed YAML at its line and column in the article', () => {
    const d = diagnostics('---\ntitle: "ok"\ndate: 2017-08-17\nsummary: "open\n---\n\nBody.\n')[0];
    expect(d?.ruleId).toBe('article-frontmatter-invalid');
    expect(d?.line).toBeGreaterThanOrEqual(4);
  });

  it('requires a title and a real date, each at its own line', () => {
    expect(first('---\ndate: 2017-08-17\n---\n\nBody.\n')).toBe('article-title-missing 2:1');
    expect(first('---\ntitle: x\ndate: 2017-02-30\n---\n\nBody.\n')).toBe('article-date-invalid 3:1');
    expect(first('---\ntitle: 12\ndate: 2017-02-03\n---\n\nBody.\n')).toBe('article-title-missing 2:1');
    expect(first('---\ntitle: x\ndate: 2017-02-03\nlang: Korean\n---\n\nBody.\n')).toBe(
      'article-lang-invalid 4:1',
    );
  });

  it('rejects characters XML cannot carry, with line and column, instead of dropping them', () => {
    expect(first('---\ntitle: x\ndate: 2017-08-17\n---\n\nA bell \u0007 here.\n')).toBe(
      'article-invalid-char 6:8',
    );
    expect(first('---\ntitle: x\ndate: 2017-08-17\n---\n\nLone \ud800 half.\n')).toBe(
      'article-invalid-char 6:6',
    );
  });

  it('reads a BOM and CRLF line endings correctly', () => {
    const doc = parse('\uFEFF---\r\ntitle: x\r\ndate: 2017-08-17\r\n---\r\n\r\nOne. Two.\r\n');
    expect(doc.blocks.at(-1)?.segments.map((s) => s.source.join(''))).toEqual(['One.', 'Two.']);
    expect(doc.blocks.at(-1)?.line).toBe(6);
  });

  it('splits a 1 MB paragraph without overflowing the stack', () => {
    const sentence = 'The U.S. economy grew 4.5 percent in Jan. and "officials said so." ';
    const body = sentence.repeat(Math.ceil(1_000_000 / sentence.length));
    const doc = parse(`---\ntitle: x\ndate: 2017-08-17\n---\n\n${body}\n`);
    expect(doc.blocks.at(-1)?.segments.length).toBe(Math.ceil(1_000_000 / sentence.length));
  }, 120_000); // a generous ceiling for a slow shared machine, not a speed assertion (see bench/)

  it('accepts frontmatter with no body', () => {
    expect(parse('---\ntitle: x\ndate: 2017-08-17\n---\n').blocks.map((b) => b.kind)).toEqual(['title']);
  });
});
