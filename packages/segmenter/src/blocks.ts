import type { BlockKind, Content } from '@dari/core';
import { plainText } from '@dari/core';
import type { Token } from 'markdown-it';
import { type Inline, inlineContent } from './inline.js';
import { type ParsedMarkdown, parseCell } from './markdown.js';
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

/** What a paragraph inside a container becomes. */
interface Container {
  readonly kind: BlockKind;
  readonly depth?: number;
  readonly ordered?: boolean;
  readonly number?: number;
}

/** An open block container: a blockquote, list, list item or footnote definition (or the body). */
interface Frame {
  readonly container: Container;
  /** A list item, whose first block may open with a task check. */
  readonly item: boolean;
  /** No block inside it yet. */
  empty: boolean;
  /** A list: whether it is numbered, its first number and the items seen. */
  readonly list?: { readonly ordered: boolean; readonly start: number; count: number };
}

/** Segmentation settings of the article. */
interface Segmenting {
  readonly lang: string;
  readonly rules: SegmentationRulesInput | undefined;
}

/** The draft of a block of inline content: one unit (heading, cell) or its sentences. */
function textDraft(
  kind: BlockKind,
  inline: Inline,
  line: number,
  seg: Segmenting,
  extra: Partial<Draft>,
): Draft {
  const { content, titles } = inline;
  // A paragraph that is only an image is the image's block: its alt text is the unit.
  const only = content.filter((p) => typeof p !== 'string' || p.trim() !== '');
  const image =
    only.length === 1 && typeof only[0] !== 'string' && only[0]?.type === 'ph' && only[0].kind === 'image'
      ? only[0]
      : undefined;
  if (image && kind === 'paragraph') {
    const { alt = '', ...attrs } = (image.attrs ?? {}) as Record<string, string>;
    return { kind: 'image-alt', line, units: alt.trim() ? [[alt]] : [], titles: [], titleCodes: [], attrs };
  }
  const units =
    kind === 'heading' || kind === 'table-cell'
      ? [renumberCodes(content)]
      : splitContent(content, seg.lang, seg.rules);
  return {
    kind,
    line,
    units: units.filter(
      (u) => plainText(u).trim() !== '' || u.some((p) => typeof p !== 'string' && p.type === 'ph'),
    ),
    titles: titles.map((t) => t.title),
    titleCodes: titles.map((t) => t.code),
    ...extra,
  };
}

/** What a paragraph directly inside `c` carries over: its depth, numbering and list kind. */
const carried = (c: Container): Partial<Draft> => ({
  ...(c.depth !== undefined ? { depth: c.depth } : {}),
  ...(c.ordered !== undefined ? { ordered: c.ordered } : {}),
  ...(c.number !== undefined ? { attrs: { number: String(c.number) } } : {}),
});

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

const CLOSES = new Set([
  'blockquote_close',
  'bullet_list_close',
  'ordered_list_close',
  'list_item_close',
  'footnote_reference_close',
]);

/**
 * The blocks of an article body, straight from markdown-it's token stream, in reading order:
 * paragraphs split into sentence contents, headings and table cells one unit each, code, HTML and
 * rules as they are. Containers are a stack of frames, so no nesting depth can overflow the call stack.
 */
export function draftsOf(parsed: ParsedMarkdown, lang: string, rules?: SegmentationRulesInput): Draft[] {
  const { tokens, eol, lineOffset } = parsed;
  const seg: Segmenting = { lang, rules };
  const drafts: Draft[] = [];
  const lineOf = (t: Token) => (t.map ? t.map[0] + 1 : 1) + lineOffset;
  const stack: Frame[] = [{ container: { kind: 'paragraph' }, item: false, empty: false }];
  const top = () => stack[stack.length - 1] as Frame;
  /** The frame a new block goes into; a list item's first block may hold a task check. */
  const enter = () => {
    const frame = top();
    const first = frame.item && frame.empty;
    frame.empty = false;
    return { container: frame.container, first };
  };
  // The table being read: markdown-it pads short rows and drops extra cells, so each row's cells
  // are counted in the body's line and the extra ones parsed on their own.
  let lines: string[] | undefined;
  const row = { index: -1, line: 0, written: [] as string[], cells: 0 };
  const cell = (children: readonly Token[]) => {
    const attrs = { row: String(row.index), column: String(row.cells++) };
    const inline = inlineContent(children, eol ? { eol } : {});
    drafts.push(
      textDraft('table-cell', inline, row.line, seg, {
        attrs: row.index === 0 ? { ...attrs, header: 'true' } : attrs,
      }),
    );
  };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    switch (t.type) {
      case 'paragraph_open':
      case 'heading_open': {
        const children = tokens[i + 1]?.children ?? [];
        i += 2; // the inline token and the close
        const { container, first } = enter();
        const inline = inlineContent(children, { ...(eol ? { eol } : {}), taskItem: first });
        if (t.type === 'heading_open')
          drafts.push(textDraft('heading', inline, lineOf(t), seg, { depth: Number(t.tag.slice(1)) || 1 }));
        else drafts.push(textDraft(container.kind, inline, lineOf(t), seg, carried(container)));
        break;
      }
      case 'blockquote_open': {
        const { container } = enter();
        const depth = (container.kind === 'blockquote' ? (container.depth ?? 1) : 0) + 1;
        stack.push({ container: { kind: 'blockquote', depth }, item: false, empty: true });
        break;
      }
      case 'bullet_list_open':
      case 'ordered_list_open': {
        const { container } = enter();
        const ordered = t.type === 'ordered_list_open';
        const start = t.attrGet('start');
        stack.push({
          container,
          item: false,
          empty: true,
          list: { ordered, start: start === null ? 1 : Number(start), count: 0 },
        });
        break;
      }
      case 'list_item_open': {
        const { container, list } = top();
        const n = list ? list.count++ : 0;
        const ordered = list?.ordered === true;
        const depth = (container.kind === 'list-item' ? (container.depth ?? 1) : 0) + 1;
        const number = ordered ? (list?.start ?? 1) + n : undefined;
        const item: Container = {
          kind: 'list-item',
          depth,
          ordered,
          ...(number !== undefined ? { number } : {}),
        };
        stack.push({ container: item, item: true, empty: true });
        break;
      }
      case 'footnote_reference_open':
        enter();
        stack.push({ container: { kind: 'paragraph' }, item: false, empty: true });
        break;
      case 'table_open':
        enter();
        row.index = -1;
        break;
      case 'tr_open':
        row.index++;
        row.line = lineOf(t);
        row.cells = 0;
        lines ??= parsed.body.split(/\r\n|\r|\n/);
        row.written = cellsOf((lines[row.line - 1 - lineOffset] ?? '').trim());
        break;
      case 'th_open':
      case 'td_open': {
        const children = tokens[i + 1]?.children ?? [];
        i += 2;
        if (row.cells < row.written.length) cell(children); // else a cell markdown-it padded
        break;
      }
      case 'tr_close':
        // Cells past the header's count, which markdown-it drops.
        for (const extra of row.written.slice(row.cells)) cell(parseCell(extra.trim()));
        break;
      case 'fence':
      case 'code_block': {
        enter();
        const lang = t.type === 'fence' ? t.info.trim().split(/\s+/)[0] : undefined;
        const value = t.content.endsWith('\n') ? t.content.slice(0, -1) : t.content;
        const raw = eol ? value.replace(/\n/g, eol) : value;
        const attrs = lang ? { attrs: { lang } } : {};
        drafts.push({ kind: 'code', line: lineOf(t), units: [], titles: [], titleCodes: [], raw, ...attrs });
        break;
      }
      case 'html_block': {
        enter();
        const value = t.content.replace(/\n+$/, '');
        const raw = eol ? value.replace(/\n/g, eol) : value;
        const attrs = { format: 'html' };
        drafts.push({ kind: 'code', line: lineOf(t), units: [], titles: [], titleCodes: [], raw, attrs });
        break;
      }
      case 'hr':
        enter();
        drafts.push({ kind: 'thematic-break', line: lineOf(t), units: [], titles: [], titleCodes: [] });
        break;
      default:
        if (CLOSES.has(t.type)) stack.pop();
        break; // thead/tbody wrappers, closes of leaf blocks and tables
    }
  }
  return drafts;
}
