import type { Token } from 'markdown-it';
import type { Nodes, Parent, PhrasingContent, Root } from 'mdast';
import { autolinkLiterals } from './autolink.js';

/**
 * markdown-it's token stream as the mdast subset the walker reads. Only what the document model
 * uses is kept: block nesting, start lines, and phrasing content with resolved links.
 */

type Container = Parent & { children: Nodes[] };

const at = (line: number) => ({ start: { line, column: 1 }, end: { line, column: 1 } });

/** Plain text of phrasing nodes, as mdast-util-to-string gives an image's `alt` (no recursion: nesting is unbounded). */
function textOf(nodes: readonly PhrasingContent[]): string {
  let out = '';
  const stack: PhrasingContent[] = [...nodes].reverse();
  for (let n = stack.pop(); n; n = stack.pop()) {
    if (n.type === 'image') out += n.alt ?? '';
    else if ('value' in n) out += n.value;
    else if ('children' in n)
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as PhrasingContent);
  }
  return out;
}

function pushText(into: PhrasingContent[], value: string): void {
  const last = into[into.length - 1];
  if (last?.type === 'text') last.value += value;
  else into.push({ type: 'text', value });
}

/** Phrasing nodes of an inline token's children; open/close pairs become nested nodes. */
export function phrasing(tokens: readonly Token[]): PhrasingContent[] {
  const root: PhrasingContent[] = [];
  const stack: PhrasingContent[][] = [root];
  const parents: Array<PhrasingContent & { children: PhrasingContent[] }> = [];
  for (const t of tokens) {
    const into = stack[stack.length - 1] ?? root;
    switch (t.type) {
      case 'text':
        pushText(into, t.content);
        break;
      case 'softbreak':
        pushText(into, '\n');
        break;
      case 'hardbreak':
        into.push({ type: 'break' });
        break;
      case 'code_inline':
        into.push({ type: 'inlineCode', value: t.content });
        break;
      case 'html_inline':
        into.push({ type: 'html', value: t.content });
        break;
      case 'image': {
        const title = t.attrGet('title');
        into.push({
          type: 'image',
          url: String(t.attrGet('src') ?? ''),
          alt: textOf(phrasing(t.children ?? [])),
          title: title === null ? null : String(title),
        });
        break;
      }
      case 'footnote_ref': {
        const label = String((t.meta as { label?: string } | null)?.label ?? '');
        const identifier = label.replace(/[\t\n\r ]+/g, ' ').toLowerCase();
        into.push({ type: 'footnoteReference', identifier, label });
        break;
      }
      case 'em_open':
      case 'strong_open':
      case 's_open':
      case 'link_open': {
        const title = t.attrGet('title');
        const node = (
          t.type === 'link_open'
            ? {
                type: 'link',
                url: String(t.attrGet('href') ?? ''),
                title: title === null ? null : String(title),
                children: [],
              }
            : {
                type: t.type === 'em_open' ? 'emphasis' : t.type === 'strong_open' ? 'strong' : 'delete',
                children: [],
              }
        ) as PhrasingContent & { children: PhrasingContent[] };
        into.push(node);
        parents.push(node);
        stack.push(node.children);
        break;
      }
      case 'em_close':
      case 'strong_close':
      case 's_close':
      case 'link_close':
        parents.pop();
        stack.pop();
        break;
      default:
        break;
    }
  }
  return root;
}

const HEADING = /^h([1-6])$/;
/** A GFM task list check opening a list item: micromark drops it and one space from the text. */
const TASK = /^\[[ xX]\][ \t](?=[ \t]*\S)/;

/** What the tree is built from besides the tokens. */
export interface TreeSource {
  /** The Markdown parsed (for table rows, whose cells markdown-it pads or drops). */
  readonly body: string;
  /** Added to every line: the lines the frontmatter takes. */
  readonly lineOffset: number;
  /** Parses one table cell's text. */
  readonly inline: (text: string) => Token[];
}

/**
 * Cells of a table row as written (GFM keeps extra cells and pads none), split at unescaped pipes
 * like markdown-it's own table rule.
 */
function cellsOf(line: string): string[] {
  const cells: string[] = [];
  let current = '';
  let last = 0;
  for (let i = 0; i < line.length; i++) {
    if (line[i] !== '|') continue;
    if (line[i - 1] === '\\') current += line.slice(last, i - 1);
    else {
      cells.push(current + line.slice(last, i));
      current = '';
    }
    last = i + (line[i - 1] === '\\' ? 0 : 1);
  }
  cells.push(current + line.slice(last));
  if (cells[0]?.trim() === '') cells.shift();
  if (cells.length > 0 && cells[cells.length - 1]?.trim() === '') cells.pop();
  return cells;
}

/** The mdast root of a token stream. */
export function treeOf(tokens: readonly Token[], source: TreeSource): Root {
  const root: Root = { type: 'root', children: [] };
  const stack: Container[] = [root as Container];
  const line = (t: Token) => (t.map ? t.map[0] + 1 : 1) + source.lineOffset;
  let lines: string[] | undefined;
  let row = 0;
  let written: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const parent = stack[stack.length - 1] as Container;
    const open = (node: Nodes & { children: Nodes[] }) => {
      parent.children.push(node);
      stack.push(node as Container);
    };
    switch (t.type) {
      case 'paragraph_open':
      case 'heading_open':
      case 'th_open':
      case 'td_open': {
        const inline = tokens[i + 1];
        const children = autolinkLiterals(phrasing(inline?.children ?? []));
        const cell = t.type === 'th_open' || t.type === 'td_open';
        const position = at(cell ? row : line(t));
        i += 2; // the inline token and the close
        if (cell && parent.children.length >= written.length) break; // a cell markdown-it padded
        const task = parent.type === 'listItem' && parent.children.length === 0 ? children[0] : undefined;
        if (task?.type === 'text' && TASK.test(task.value)) task.value = task.value.slice(4);
        if (t.type === 'heading_open') {
          const depth = Number(HEADING.exec(t.tag)?.[1] ?? 1) as 1 | 2 | 3 | 4 | 5 | 6;
          parent.children.push({ type: 'heading', depth, children, position });
        } else if (t.type === 'paragraph_open')
          parent.children.push({ type: 'paragraph', children, position });
        else parent.children.push({ type: 'tableCell', children, position });
        break;
      }
      case 'blockquote_open':
        open({ type: 'blockquote', children: [], position: at(line(t)) });
        break;
      case 'bullet_list_open':
      case 'ordered_list_open': {
        const start = t.attrGet('start');
        const ordered = t.type === 'ordered_list_open';
        open({
          type: 'list',
          ordered,
          start: ordered ? (start === null ? 1 : Number(start)) : null,
          spread: false,
          children: [],
          position: at(line(t)),
        });
        break;
      }
      case 'list_item_open':
        open({ type: 'listItem', spread: false, children: [], position: at(line(t)) });
        break;
      case 'footnote_reference_open': {
        const label = String((t.meta as { label?: string } | null)?.label ?? '');
        const identifier = label.replace(/[\t\n\r ]+/g, ' ').toLowerCase();
        open({ type: 'footnoteDefinition', identifier, label, children: [], position: at(line(t)) });
        break;
      }
      case 'table_open':
        open({ type: 'table', children: [], position: at(line(t)) });
        break;
      case 'tr_open':
        row = line(t);
        lines ??= source.body.split(/\r\n|\r|\n/);
        written = cellsOf((lines[row - 1 - source.lineOffset] ?? '').trim());
        open({ type: 'tableRow', children: [], position: at(row) });
        break;
      case 'tr_close':
        // Cells past the header's count, which markdown-it drops.
        for (const extra of written.slice(parent.children.length)) {
          const children = autolinkLiterals(phrasing(source.inline(extra.trim())));
          parent.children.push({ type: 'tableCell', children, position: at(row) });
        }
        stack.pop();
        break;
      case 'blockquote_close':
      case 'bullet_list_close':
      case 'ordered_list_close':
      case 'list_item_close':
      case 'footnote_reference_close':
      case 'table_close':
        stack.pop();
        break;
      case 'fence':
      case 'code_block': {
        const lang = t.type === 'fence' ? t.info.trim().split(/\s+/)[0] || null : null;
        const value = t.content.endsWith('\n') ? t.content.slice(0, -1) : t.content;
        parent.children.push({ type: 'code', lang, value, position: at(line(t)) });
        break;
      }
      case 'html_block':
        parent.children.push({ type: 'html', value: t.content.replace(/\n+$/, ''), position: at(line(t)) });
        break;
      case 'hr':
        parent.children.push({ type: 'thematicBreak', position: at(line(t)) });
        break;
      default:
        break; // thead/tbody wrappers, closes of leaf blocks
    }
  }
  return root as Root;
}
