import MarkdownIt, { type Token } from 'markdown-it';
import footnote from 'markdown-it-footnote';
import { footnoteKey } from './inline.js';

/**
 * One parser for every article: CommonMark with GFM tables, `~~strikethrough~~` and footnotes
 * (GFM autolink literals are found in the text afterwards, `src/autolink.ts`). URLs are kept as written (no percent-encoding, no scheme filter): they are data
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
  const key = (k: string | symbol) => (typeof k === 'string' ? footnoteKey(k) : k);
  return new Proxy({} as Record<string, number>, {
    get: (target, k) => Reflect.get(target, key(k)),
    set: (target, k, v) => Reflect.set(target, key(k), v),
    has: (target, k) => Reflect.has(target, key(k)),
  });
}

/** A fence line: `---`, trailing spaces or tabs allowed. */
const FENCE = /^---[ \t]*$/;

/** The YAML block opening an article. */
export interface Frontmatter {
  /** The YAML between the fences, line endings as written. */
  readonly value: string;
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

/**
 * The YAML block opening the document: a `---` line, then everything up to the next `---` line
 * (trailing spaces allowed on both). This is the fence rule of GFM's frontmatter extension that
 * articles were written against; an empty block between two fences is still a frontmatter.
 */
function frontmatterOf(text: string): Frontmatter | undefined {
  const first = lineAt(text, 0);
  if (!FENCE.test(text.slice(0, first.end)) || first.end >= text.length) return undefined;
  let at = first.next;
  let valueEnd = at;
  for (let line = 2; at < text.length; line++) {
    const { end, next } = lineAt(text, at);
    if (FENCE.test(text.slice(at, end)))
      return { value: text.slice(first.next, Math.max(first.next, valueEnd)), end: next, lines: line };
    valueEnd = end;
    at = next;
  }
  return undefined;
}

/** An article split into its frontmatter and the token stream of its body. */
export interface ParsedMarkdown {
  readonly frontmatter: Frontmatter | undefined;
  /** markdown-it's block tokens of the body (inline content in each `inline` token's children). */
  readonly tokens: readonly Token[];
  /** The body as written (table rows are read from it: markdown-it pads or drops their cells). */
  readonly body: string;
  /** Added to a token's line to make it the article's: the lines the frontmatter takes. */
  readonly lineOffset: number;
  /** The body's line ending when it is not `\n` (markdown-it reads every line ending as `\n`). */
  readonly eol: string | undefined;
}

/**
 * Parses an article: YAML frontmatter fence, then CommonMark and GFM with markdown-it.
 * Throws `NestingTooDeep` (with the article's 0-based line) when blocks nest too deep.
 */
export function parseMarkdown(markdown: string): ParsedMarkdown {
  const frontmatter = frontmatterOf(markdown);
  const body = frontmatter ? markdown.slice(frontmatter.end) : markdown;
  const lineOffset = frontmatter?.lines ?? 0;
  let tokens: Token[];
  try {
    tokens = parser.parse(body, { footnotes: { refs: footnoteLabels() } });
  } catch (e) {
    // The body's line, made the article's (0-based).
    if (e instanceof NestingTooDeep) throw new NestingTooDeep(e.line + lineOffset);
    throw e;
  }
  const eol = body.includes('\r') ? (body.includes('\r\n') ? '\r\n' : '\r') : undefined;
  return { frontmatter, tokens, body, lineOffset, eol };
}

/**
 * The inline tokens of one table cell's text. No footnote definitions are known here, as none were
 * for the cells markdown-it drops (`[^a]` stays text).
 */
export function parseCell(text: string): Token[] {
  return parser.parseInline(text, {})[0]?.children ?? [];
}
