import { DariError } from '@dari/core';
import { describe, expect, it } from 'vitest';
import { parseArticle } from './article.js';
import { MAX_BLOCK_NESTING } from './markdown.js';

const FRONT = '---\ntitle: Deep\ndate: 2017-08-17\nlang: en\n---\n\n';
const N = 10_000;
const parse = (body: string) => parseArticle(`${FRONT}${body}\n`, { file: 'deep.md', slug: 'deep' });
/** The body's blocks as JSON: the marker letter `Z` must come through as text, code or raw. */
const body = (markdown: string) => JSON.stringify(parse(markdown).blocks.filter((b) => b.kind !== 'title'));

// Every pass over the tree is iterative: no input, however deeply nested, may overflow the stack.
describe('pathological nesting', () => {
  it('parses 10,000 `*`, a letter, 10,000 `*` (emphasis nested 5,000 deep)', () => {
    expect(body(`${'*'.repeat(N)}Z${'*'.repeat(N)}`).includes('Z')).toBe(true);
  });

  it('finds an autolink literal at the bottom of deep emphasis', () => {
    const doc = parse(`${'*'.repeat(N)}www.example.com${'*'.repeat(N)}`);
    const codes = doc.blocks.flatMap((b) => b.segments.flatMap((s) => s.source));
    expect(codes.some((p) => typeof p !== 'string' && p.kind === 'link')).toBe(true);
  });

  it.each([
    ['underscores', `${'_'.repeat(N)}Z${'_'.repeat(N)}`],
    ['nested emphasis spans', `${'*a '.repeat(N)}Z${' c*'.repeat(N)}`],
    ['mixed `*_`', `${'*_'.repeat(N)}Z${'_*'.repeat(N)}`],
    ['strikethrough', `${'~~'.repeat(N)}Z${'~~'.repeat(N)}`],
    ['brackets', `${'['.repeat(N)}Z${']'.repeat(N)}`],
    ['nested links', `${'['.repeat(N)}Z${'](u)'.repeat(N)}`],
    ['nested images', `${'!['.repeat(N)}Z${'](u)'.repeat(N)}`],
    ['backticks', `${'`'.repeat(N)}Z${'`'.repeat(N)}`],
    ['parentheses', `${'('.repeat(N)}Z${')'.repeat(N)}`],
    ['quotes', `${'"'.repeat(N)}Z${'"'.repeat(N)}`],
    ['inline HTML', `${'<span>'.repeat(N)}Z${'</span>'.repeat(N)}`],
    ['blockquotes (as deep as the parser allows)', `${'>'.repeat(MAX_BLOCK_NESTING - 1)} Z`],
    ['lists (as deep as the parser allows)', `${'- '.repeat(MAX_BLOCK_NESTING / 2 - 1)}Z`],
  ])('parses %s 10,000 deep', (_, markdown) => {
    expect(body(markdown).includes('Z')).toBe(true);
  });

  // markdown-it drops everything after its nesting limit; that must be an error, never lost text.
  it.each([
    ['blockquotes', `${'>'.repeat(N)} Z`],
    ['spaced blockquotes', `${'> '.repeat(N)}Z`],
    ['list markers on one line', `${'- '.repeat(N)}Z`],
    ['ordered list markers on one line', `${'1. '.repeat(N)}Z`],
    ['indented lists', Array.from({ length: 2000 }, (_, i) => `${' '.repeat(2 * i)}- Z`).join('\n')],
  ])('reports %s nested 10,000 deep as article-nesting-too-deep with its line', (_, markdown) => {
    let error: unknown;
    try {
      parse(`Intro.\n\n${markdown}`);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DariError);
    const d = (error as DariError).diagnostics[0];
    expect(d?.ruleId).toBe('article-nesting-too-deep');
    expect(d?.file).toBe('deep.md');
    expect(d?.line).toBeGreaterThanOrEqual(9);
  });
});
