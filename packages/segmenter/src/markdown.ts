import MarkdownIt from 'markdown-it';
import footnote from 'markdown-it-footnote';
import type { Root, Yaml } from 'mdast';
import { treeOf } from './tokens.js';

/**
 * One parser for every article: CommonMark with GFM tables, `~~strikethrough~~`, autolink literals
 * and footnotes. URLs are kept as written (no percent-encoding, no scheme filter): they are data
 * carried into the translation files, not HTML rendered here.
 */
const parser = new MarkdownIt('commonmark', { html: true }).enable(['table', 'strikethrough']).use(footnote);
// GFM has no `^[inline]` footnotes; definitions stay where they are written (the tail moves them).
parser.inline.ruler.disable(['footnote_inline']);
parser.core.ruler.disable(['footnote_tail']);
parser.normalizeLink = (url) => url;
parser.normalizeLinkText = (url) => url;
parser.validateLink = () => true;

/**
 * Blockquotes and lists may nest this deep. markdown-it parses block nesting by recursion and, past
 * its `maxNesting`, silently drops the rest of the document; an article must not lose text without
 * a word, so one level before that limit parsing stops with `NestingTooDeep` (an error to the author).
 */
export const MAX_BLOCK_NESTING = 100;
// (`maxNesting` is a markdown-it option its type declarations leave out)
(parser.options as { maxNesting: number }).maxNesting = MAX_BLOCK_NESTING + 1;

/** Thrown when blocks nest deeper than `MAX_BLOCK_NESTING`; `line` is 0-based in the parsed body. */
export class NestingTooDeep extends Error {
  constructor(readonly line: number) {
    super(`blocks nested deeper than ${MAX_BLOCK_NESTING} levels`);
  }
}

parser.block.ruler.before('table', 'dari_nesting', (state, startLine) => {
  if (state.level >= MAX_BLOCK_NESTING) throw new NestingTooDeep(startLine);
  return false;
});

/**
 * The footnote plugin's label table, matching labels as GFM does: case-insensitively, whitespace
 * runs as one space (`[^Note]` finds `[^note]:`).
 */
function footnoteLabels(): Record<string, number> {
  const key = (k: string | symbol) =>
    typeof k === 'string' ? k.replace(/[\t\n\r ]+/g, ' ').toLowerCase() : k;
  return new Proxy({} as Record<string, number>, {
    get: (target, k) => Reflect.get(target, key(k)),
    set: (target, k, v) => Reflect.set(target, key(k), v),
    has: (target, k) => Reflect.has(target, key(k)),
  });
}

/** markdown-it reads CRLF as LF; micromark kept the article's line endings in text, and so do we. */
function keepLineEndings(tree: object, eol: string): void {
  // An explicit stack: inline nesting is as deep as the input makes it.
  const stack: object[] = [tree];
  for (let node = stack.pop(); node; node = stack.pop()) {
    const n = node as Record<string, unknown>;
    for (const field of ['value', 'title', 'alt'] as const) {
      const v = n[field];
      if (typeof v === 'string' && v.includes('\n')) n[field] = v.replace(/\n/g, eol);
    }
    if (Array.isArray(n.children)) for (const child of n.children) stack.push(child as object);
  }
}

/** A fence line: `---`, trailing spaces or tabs allowed. */
const FENCE = /^---[ \t]*$/;

interface Frontmatter {
  readonly node: Yaml;
  /** Offset where the body starts (after the closing fence's line ending). */
  readonly end: number;
  /** Lines the frontmatter takes, i.e. the body's first line minus one. */
  readonly lines: number;
}

/** End of the line starting at `at` (before its line ending) and where the next line starts. */
function lineAt(text: string, at: number): { end: number; next: number } {
  let end = at;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  const next = text[end] === '\r' && text[end + 1] === '\n' ? end + 2 : end + 1;
  return { end, next: Math.min(next, text.length) };
}

/** The YAML block opening the document, read as micromark-extension-frontmatter reads it. */
function frontmatterOf(text: string): Frontmatter | undefined {
  const first = lineAt(text, 0);
  if (!FENCE.test(text.slice(0, first.end)) || first.end >= text.length) return undefined;
  let at = first.next;
  let valueEnd = at;
  for (let line = 2; at < text.length; line++) {
    const { end, next } = lineAt(text, at);
    if (FENCE.test(text.slice(at, end))) {
      const node: Yaml = {
        type: 'yaml',
        value: text.slice(first.next, Math.max(first.next, valueEnd)),
        position: { start: { line: 1, column: 1 }, end: { line, column: end - at + 1 } },
      };
      return { node, end: next, lines: line };
    }
    valueEnd = end;
    at = next;
  }
  return undefined;
}

/**
 * The mdast tree of an article: CommonMark, GFM and YAML frontmatter (a `yaml` node first).
 * Throws `NestingTooDeep` (with the article's 0-based line) when blocks nest too deep.
 */
export function parseTree(markdown: string): Root {
  const front = frontmatterOf(markdown);
  const body = front ? markdown.slice(front.end) : markdown;
  let tokens: ReturnType<typeof parser.parse>;
  try {
    tokens = parser.parse(body, { footnotes: { refs: footnoteLabels() } });
  } catch (e) {
    // The body's line, made the article's (0-based).
    if (e instanceof NestingTooDeep) throw new NestingTooDeep(e.line + (front?.lines ?? 0));
    throw e;
  }
  const tree = treeOf(tokens, {
    body,
    lineOffset: front?.lines ?? 0,
    inline: (text) => parser.parseInline(text, {})[0]?.children ?? [],
  });
  if (body.includes('\r')) keepLineEndings(tree, body.includes('\r\n') ? '\r\n' : '\r');
  if (front) tree.children.unshift(front.node);
  return tree;
}
