import type { BlockKind, Content } from '@dari/core';
import { plainText } from '@dari/core';
import type { Definition, Nodes, Root, RootContent } from 'mdast';
import { InlineBuilder } from './inline.js';
import type { SegmentationRulesInput } from './rules/types.js';
import { renumberCodes, splitContent } from './split-content.js';

/** A block before ids are given: its units' contents and link titles. */
export interface Draft {
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

/** Link reference definitions by identifier, so references resolve to their URL and title. */
export function definitionsOf(tree: Root): Map<string, Definition> {
  const defs = new Map<string, Definition>();
  // Definitions sit at block level, but phrasing nests as deep as the input says: no recursion.
  const stack: Nodes[] = [tree];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === 'definition') defs.set(node.identifier, node);
    if ('children' in node) {
      // Reversed, so definitions are met in document order (a later one replaces an earlier one).
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
    }
  }
  return defs;
}

/** What a paragraph inside a container becomes. */
type Container = { kind: BlockKind; depth?: number; ordered?: boolean; number?: number };

/** Walks block nodes into drafts, splitting paragraphs into sentence contents. */
export class Walker {
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

  /**
   * Visits block nodes in reading order; `container` says what a paragraph inside becomes. Nested
   * blockquotes and lists go on an explicit stack, so no input depth can overflow the call stack.
   */
  walk(nodes: readonly RootContent[], container: Container) {
    const stack: Array<{ node: RootContent; container: Container }> = [];
    const push = (children: readonly RootContent[], inner: Container) => {
      for (let i = children.length - 1; i >= 0; i--)
        stack.push({ node: children[i] as RootContent, container: inner });
    };
    push(nodes, container);
    for (let item = stack.pop(); item; item = stack.pop()) this.visit(item.node, item.container, push);
  }

  private visit(
    node: RootContent,
    container: Container,
    push: (children: readonly RootContent[], inner: Container) => void,
  ) {
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
        push(node.children, {
          kind: 'blockquote',
          depth: (container.kind === 'blockquote' ? (container.depth ?? 1) : 0) + 1,
        });
        break;
      case 'list':
        // Items in reverse: the stack gives them back in reading order.
        for (let i = node.children.length - 1; i >= 0; i--) {
          const item = node.children[i];
          if (!item) continue;
          const number = node.ordered ? (node.start ?? 1) + i : undefined;
          push(item.children, {
            kind: 'list-item',
            depth: (container.kind === 'list-item' ? (container.depth ?? 1) : 0) + 1,
            ordered: node.ordered === true,
            ...(number !== undefined ? { number } : {}),
          });
        }
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
        push(node.children, { kind: 'paragraph' });
        break;
      default:
        break; // yaml (read apart), definitions (resolved into links)
    }
  }
}
