import type { Content } from './content.js';

/**
 * Every kind of block a run of units comes from; the site renders each kind with its own element.
 * A runtime list (not only a type), so readers can tell a known kind from anything else.
 */
export const BLOCK_KINDS = [
  'title',
  'summary',
  'dateline',
  'credit',
  'heading',
  'paragraph',
  'blockquote',
  'list-item',
  'image-alt',
  'table-cell',
  'code',
  'thematic-break',
] as const;

/** What kind of block a run of units comes from. */
export type BlockKind = (typeof BLOCK_KINDS)[number];

const KNOWN_KINDS: ReadonlySet<string> = new Set(BLOCK_KINDS);

/** True when `value` is one of `BLOCK_KINDS` (for names read from a file). */
export function isBlockKind(value: string): value is BlockKind {
  return KNOWN_KINDS.has(value);
}

/** A translatable sentence of an article, before it meets any locale. */
export interface SourceSegment {
  /** Stable unit id. */
  readonly id: string;
  readonly source: Content;
}

/**
 * A block of the article: translatable blocks carry segments; the rest (code blocks, rules) carry
 * their raw text as skeleton, so nothing of the article is lost between segmenting and rendering.
 */
export interface Block {
  /** Anchor shared by every locale (`p-…`); stable under edits elsewhere in the article. */
  readonly id: string;
  readonly kind: BlockKind;
  /** Heading level, list nesting depth, quote depth. */
  readonly depth?: number;
  /** Ordered list items keep their number. */
  readonly ordered?: boolean;
  readonly segments: readonly SourceSegment[];
  /** Non-translatable text (code block body) kept verbatim. */
  readonly raw?: string;
  /** Code block language, image src. */
  readonly attrs?: Readonly<Record<string, string>>;
  /** 1-based line of the block in the article. */
  readonly line: number;
}

/** Frontmatter fields Dari understands; other keys are kept but not translated. */
export interface ArticleMeta {
  readonly title: string;
  /** ISO date, `YYYY-MM-DD`. */
  readonly date: string;
  /** Source language (BCP 47). */
  readonly lang: string;
  readonly dateline?: string;
  readonly credit?: string;
  readonly summary?: string;
  readonly extra: Readonly<Record<string, unknown>>;
}

/** An article as the segmenter sees it: metadata plus blocks of segments. */
export interface ArticleDocument {
  readonly slug: string;
  /** Path it was read from, for diagnostics. */
  readonly file: string;
  readonly meta: ArticleMeta;
  /** Title, summary, dateline and credit come first as blocks of their own kinds. */
  readonly blocks: readonly Block[];
}
