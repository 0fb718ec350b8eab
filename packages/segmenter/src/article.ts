import type { ArticleDocument, Block, BlockKind, Content, SourceSegment } from '@dari/core';
import { errorAt, plainText } from '@dari/core';
import type { Definition, Nodes, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { fail, RULES } from './errors.js';
import { parseFrontmatter } from './frontmatter.js';
import { IdAllocator, shortHash } from './ids.js';
import { InlineBuilder } from './inline.js';
import { matchKey } from './normalize.js';
import type { SegmentationRulesInput } from './rules/types.js';
import { renumberCodes, splitContent } from './split-content.js';
import { assertXmlSafe } from './validate.js';

/** Options of `parseArticle`. */
export interface ParseArticleOptions {
  /** Path for diagnostics, relative to the project root. */
  readonly file: string;
  readonly slug: string;
  /** Language when the frontmatter has no `lang` (the config's `sourceLocale`); default `en`. */
  readonly defaultLang?: string;
  /** The config's `segmentation` rules by language. */
  readonly rules?: Record<string, SegmentationRulesInput>;
}

/** A block before ids are given: its segments' contents, whether they are split into sentences. */
interface Draft {
  readonly kind: BlockKind;
  readonly line: number;
  readonly units: Content[];
  readonly titles: string[];
  readonly titleCodes: string[];
  readonly depth?: number;
  readonly ordered?: boolean;
  readonly raw?: string;
  readonly attrs?: Record<string, string>;
  readonly anchor?: string;
}

function parseTree(markdown: string): Root {
  return fromMarkdown(markdown, {
    extensions: [frontmatter(['yaml']), gfm()],
    mdastExtensions: [frontmatterFromMarkdown(['yaml']), gfmFromMarkdown()],
  });
}

function definitionsOf(tree: Root): Map<string, Definition> {
  const defs = new Map<string, Definition>();
  const visit = (node: Nodes) => {
    if (node.type === 'definition') defs.set(node.identifier, node);
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(tree);
  return defs;
}

class Walker {
  readonly drafts: Draft[] = [];
  constructor(
    private readonly lang: string,
    private readonly rules: SegmentationRulesInput | undefined,
    private readonly definitions: ReadonlyMap<string, Definition>,
  ) {}

  private text(
    kind: BlockKind,
    node: (RootContent & { children: never[] }) | Nodes,
    extra: Partial<Draft> = {},
  ) {
    const b = new InlineBuilder(this.definitions).add('children' in node ? (node.children as never[]) : []);
    const content = b.content();
    const line = node.position?.start.line ?? 1;
    // A paragraph that is only an image is the image's block: its alt text is the unit.
    const only = content.filter((p) => typeof p !== 'string' || p.trim() !== '');
    const image =
      only.length === 1 && typeof only[0] !== 'string' && only[0]?.type === 'ph' && only[0].kind === 'image'
        ? only[0]
        : undefined;
    if (image && kind === 'paragraph') {
      const { alt = '', ...attrs } = (image.attrs ?? {}) as Record<string, string>;
      this.drafts.push({
        kind: 'image-alt',
        line,
        units: alt.trim() ? [[alt]] : [],
        titles: [],
        titleCodes: [],
        attrs,
      });
      return;
    }
    const units =
      kind === 'heading' || kind === 'table-cell'
        ? [renumberCodes(content)]
        : splitContent(content, this.lang, this.rules);
    this.drafts.push({
      kind,
      line,
      units: units.filter(
        (u) => plainText(u).trim() !== '' || u.some((p) => typeof p !== 'string' && p.type === 'ph'),
      ),
      titles: b.titles.map((t) => t.title),
      titleCodes: b.titles.map((t) => t.code),
      ...extra,
    });
  }

  /** Visits block nodes in reading order; `container` says what a paragraph inside becomes. */
  walk(
    nodes: readonly RootContent[],
    container: { kind: BlockKind; depth?: number; ordered?: boolean; number?: number },
  ) {
    for (const node of nodes) {
      const line = node.position?.start.line ?? 1;
      switch (node.type) {
        case 'paragraph':
          this.text(container.kind, node as never, {
            ...(container.depth !== undefined ? { depth: container.depth } : {}),
            ...(container.ordered !== undefined ? { ordered: container.ordered } : {}),
            ...(container.number !== undefined ? { attrs: { number: String(container.number) } } : {}),
          });
          break;
        case 'heading':
          this.text('heading', node as never, { depth: node.depth });
          break;
        case 'blockquote':
          this.walk(node.children, {
            kind: 'blockquote',
            depth: (container.kind === 'blockquote' ? (container.depth ?? 1) : 0) + 1,
          });
          break;
        case 'list':
          node.children.forEach((item, i) => {
            const number = node.ordered ? (node.start ?? 1) + i : undefined;
            this.walk(item.children, {
              kind: 'list-item',
              depth: (container.kind === 'list-item' ? (container.depth ?? 1) : 0) + 1,
              ordered: node.ordered === true,
              ...(number !== undefined ? { number } : {}),
            });
          });
          break;
        case 'table':
          node.children.forEach((row, r) => {
            row.children.forEach((cell, c) => {
              this.text('table-cell', cell as never, {
                attrs: { row: String(r), column: String(c), ...(r === 0 ? { header: 'true' } : {}) },
              });
            });
          });
          break;
        case 'code':
          this.drafts.push({
            kind: 'code',
            line,
            units: [],
            titles: [],
            titleCodes: [],
            raw: node.value,
            ...(node.lang ? { attrs: { lang: node.lang } } : {}),
          });
          break;
        case 'html':
          this.drafts.push({
            kind: 'code',
            line,
            units: [],
            titles: [],
            titleCodes: [],
            raw: node.value,
            attrs: { format: 'html' },
          });
          break;
        case 'thematicBreak':
          this.drafts.push({ kind: 'thematic-break', line, units: [], titles: [], titleCodes: [] });
          break;
        case 'footnoteDefinition':
          this.walk(node.children, { kind: 'paragraph' });
          break;
        default:
          break; // yaml (read apart), definitions (resolved into links)
      }
    }
  }
}

const FRONT_ANCHORS = ['p-title', 'p-summary', 'p-dateline', 'p-credit'] as const;

function unitKey(content: Content): string {
  const text = matchKey(plainText(content));
  return text !== '' ? text : content.map((p) => (typeof p === 'string' ? p : p.data)).join('');
}

/** Gives anchors and unit ids (see README, "Stable ids") and points link codes at their title units. */
function assignIds(drafts: readonly Draft[]): Block[] {
  const ids = new IdAllocator();
  for (const a of FRONT_ANCHORS) ids.reserve(a);
  return drafts.map((d) => {
    const first = d.units[0];
    const anchorKey = first
      ? unitKey(first)
      : `${d.kind}:${d.raw ?? ''}:${Object.values(d.attrs ?? {}).join(':')}`;
    const id = d.anchor ?? ids.take(`p-${shortHash(anchorKey)}`);
    const sentences = d.units.map((u) => ({ id: ids.take(`s-${shortHash(unitKey(u))}`), source: u }));
    const titles = d.titles.map((t) => ({
      id: ids.take(`t-${shortHash(matchKey(t))}`),
      source: [t] as Content,
    }));
    const titleIds = new Map(d.titleCodes.map((c, i) => [c, titles[i]?.id ?? '']));
    const segments: SourceSegment[] = [
      ...sentences.map((s) =>
        titleIds.size === 0
          ? s
          : {
              id: s.id,
              source: s.source.map((p) =>
                typeof p !== 'string' && p.type === 'open' && p.attrs?.titleUnit
                  ? { ...p, attrs: { ...p.attrs, titleUnit: titleIds.get(p.attrs.titleUnit) ?? '' } }
                  : p,
              ),
            },
      ),
      ...titles,
    ];
    return {
      id,
      kind: d.kind,
      line: d.line,
      segments,
      ...(d.depth !== undefined ? { depth: d.depth } : {}),
      ...(d.ordered !== undefined ? { ordered: d.ordered } : {}),
      ...(d.raw !== undefined ? { raw: d.raw } : {}),
      ...(d.attrs !== undefined ? { attrs: d.attrs } : {}),
    };
  });
}

/**
 * Turns an article's Markdown (YAML frontmatter + body) into the document model: title, summary,
 * dateline and credit blocks first, then the body's blocks with sentence units and inline codes.
 * Throws `DariError` with line and column for bad input.
 */
export function parseArticle(markdown: string, options: ParseArticleOptions): ArticleDocument {
  const { file, slug } = options;
  const text = markdown.charCodeAt(0) === 0xfeff ? markdown.slice(1) : markdown;
  if (text.trim() === '') {
    fail(
      errorAt(RULES.empty, 'the article is empty', {
        file,
        line: 1,
        column: 1,
        note: 'Write frontmatter (title, date) and a body, or delete the file.',
      }),
    );
  }
  assertXmlSafe(text, file);
  const tree = parseTree(text);
  const yaml = tree.children[0]?.type === 'yaml' ? tree.children[0] : undefined;
  if (!yaml) {
    const unclosed = /^---\s*(\r?\n|$)/.test(text);
    fail(
      errorAt(
        unclosed ? RULES.frontmatterUnclosed : RULES.frontmatterMissing,
        unclosed
          ? 'the frontmatter opened by --- on line 1 is never closed'
          : 'the article has no frontmatter',
        {
          file,
          line: 1,
          column: 1,
          note: unclosed
            ? 'End the frontmatter with a line holding only ---.'
            : 'Start the file with ---, title: "…", date: YYYY-MM-DD and a closing ---.',
        },
      ),
    );
  }
  const { meta, lines } = parseFrontmatter(
    { value: yaml.value, firstLine: (yaml.position?.start.line ?? 1) + 1 },
    file,
    options.defaultLang ?? 'en',
  );
  const rules = options.rules?.[meta.lang] ?? options.rules?.[meta.lang.split('-')[0] ?? ''];
  const front = (kind: BlockKind, value: string | undefined, split: boolean): Draft[] =>
    value === undefined
      ? []
      : [
          {
            kind,
            anchor: `p-${kind}`,
            line: lines[kind] ?? 1,
            titles: [],
            titleCodes: [],
            units: split ? splitContent([value], meta.lang, rules) : [[value.trim()]],
          },
        ];
  const walker = new Walker(meta.lang, rules, definitionsOf(tree));
  walker.walk(tree.children, { kind: 'paragraph' });
  const drafts = [
    ...front('title', meta.title, false),
    ...front('summary', meta.summary, true),
    ...front('dateline', meta.dateline, false),
    ...front('credit', meta.credit, false),
    ...walker.drafts,
  ];
  return { slug, file, meta, blocks: assignIds(drafts) };
}
