import type { Content, InlineCode } from '@dari/core';
import type { Token } from 'markdown-it';
import { autolinkLiterals } from './autolink.js';

/** A link title found while building content: translatable text of its own. */
export interface LinkTitle {
  /** The temporary id of the link's open code; the caller points it at the title's unit. */
  readonly code: string;
  readonly title: string;
}

/** A block's inline content: coded text (code ids temporary, unique per block) and its link titles. */
export interface Inline {
  readonly content: Content;
  readonly titles: readonly LinkTitle[];
}

/** How a block's inline tokens are read. */
export interface InlineOptions {
  /**
   * The article's line ending when it is not `\n`: markdown-it reads CRLF and CR as LF, and units,
   * titles and alt texts keep the characters the author wrote.
   */
  readonly eol?: string;
  /** The first block of a list item: a GFM task check opening its text is dropped. */
  readonly taskItem?: boolean;
}

/** A GFM task list check and the one space after it, when text follows. */
const TASK = /^\[[ xX]\][ \t](?=[ \t]*\S)/;

// Not core's escapers on purpose: these strings are the codes' stored data in translators' files
// (and part of unit digests), so their bytes must stay what earlier versions wrote.
const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** GFM matches footnote labels case-insensitively, whitespace runs as one space. */
export const footnoteKey = (label: string) => label.replace(/[\t\n\r ]+/g, ' ').toLowerCase();

/** An image's alt text: the plain text of its label, markup dropped (an explicit stack: `![` nests as deep as the input). */
function altText(tokens: readonly Token[]): string {
  let out = '';
  const stack: Token[] = [...tokens].reverse();
  for (let t = stack.pop(); t; t = stack.pop()) {
    if (t.type === 'text' || t.type === 'code_inline' || t.type === 'html_inline') out += t.content;
    else if (t.type === 'softbreak') out += '\n';
    else if (t.type === 'image')
      for (let i = (t.children?.length ?? 0) - 1; i >= 0; i--) stack.push(t.children?.[i] as Token);
  }
  return out;
}

/** The pairs markdown-it opens and closes inside a paragraph, as codes. */
const PAIRS: Record<string, readonly [InlineCode['kind'], string, string]> = {
  em_open: ['emphasis', '<em>', '</em>'],
  strong_open: ['strong', '<strong>', '</strong>'],
  s_open: ['html', '<del>', '</del>'],
};

const CLOSES = new Set(['em_close', 'strong_close', 's_close', 'link_close']);

/** The inline tokens read: each ends a run of text. */
const ELEMENTS = new Set([
  ...Object.keys(PAIRS),
  ...CLOSES,
  'link_open',
  'code_inline',
  'hardbreak',
  'html_inline',
  'image',
  'footnote_ref',
]);

/**
 * Coded text of a block from markdown-it's inline tokens, in one pass: pairs (emphasis, links) become
 * open/close codes, the rest placeholders. Text and soft breaks between two elements are one run,
 * searched for autolink literals outside links. Nesting needs no recursion: the token stream is flat.
 */
export function inlineContent(tokens: readonly Token[], options: InlineOptions = {}): Inline {
  const { eol } = options;
  const keep = eol ? (s: string) => (s.includes('\n') ? s.replace(/\n/g, eol) : s) : (s: string) => s;
  const parts: Array<string | InlineCode> = [];
  const titles: LinkTitle[] = [];
  const open: Array<{ close: InlineCode; title?: LinkTitle; link: boolean }> = [];
  let next = 1;
  let insideLinks = 0;
  let run: string | undefined;

  const pair = (kind: InlineCode['kind'], data: string, close: string, attrs?: Record<string, string>) => {
    const id = `c${next++}`;
    parts.push({ type: 'open', id, kind, data, ...(attrs ? { attrs } : {}) });
    return { type: 'close', id, kind, data: close } as const;
  };
  const openLink = (url: string, title: string) => {
    // `titleUnit` holds this temporary code id until the article gives the title its unit id.
    const code = `c${next}`;
    const attrs: Record<string, string> = { href: url, ...(title ? { title, titleUnit: code } : {}) };
    const data = `<a href="${escapeHtml(url)}"${title ? ` title="${escapeHtml(title)}"` : ''}>`;
    return {
      close: pair('link', data, '</a>', attrs),
      link: true,
      ...(title ? { title: { code, title } } : {}),
    };
  };
  const ph = (kind: InlineCode['kind'], data: string, attrs?: Record<string, string>) =>
    parts.push({ type: 'ph', id: `c${next++}`, kind, data, ...(attrs ? { attrs } : {}) });

  const flush = () => {
    if (run === undefined) return;
    const pieces = insideLinks > 0 ? [run] : autolinkLiterals(run);
    run = undefined;
    const first = pieces[0];
    if (options.taskItem && parts.length === 0 && typeof first === 'string' && TASK.test(first))
      pieces[0] = first.slice(4);
    for (const piece of pieces) {
      if (typeof piece === 'string') parts.push(keep(piece));
      else {
        const { close } = openLink(piece.url, '');
        parts.push(piece.text, close);
      }
    }
  };

  for (const t of tokens) {
    if (t.type === 'text') {
      run = (run ?? '') + t.content;
      continue;
    }
    if (t.type === 'softbreak') {
      run = `${run ?? ''}\n`;
      continue;
    }
    if (!ELEMENTS.has(t.type)) continue; // nothing else ends a run of text
    flush();
    const kinds = PAIRS[t.type];
    if (kinds) open.push({ close: pair(...kinds), link: false });
    else if (t.type === 'link_open') {
      open.push(openLink(String(t.attrGet('href') ?? ''), keep(String(t.attrGet('title') ?? ''))));
      insideLinks++;
    } else if (CLOSES.has(t.type)) {
      const done = open.pop();
      if (!done) continue;
      parts.push(done.close);
      if (done.title) titles.push(done.title);
      if (done.link) insideLinks--;
    } else if (t.type === 'code_inline') {
      const text = keep(t.content);
      ph('code', `<code>${escapeHtml(text)}</code>`, { text });
    } else if (t.type === 'hardbreak') ph('break', '<br/>');
    else if (t.type === 'html_inline') ph('html', keep(t.content));
    else if (t.type === 'image') {
      const src = String(t.attrGet('src') ?? '');
      const alt = keep(altText(t.children ?? []));
      const title = keep(String(t.attrGet('title') ?? ''));
      const attrs: Record<string, string> = { src, alt, ...(title ? { title } : {}) };
      const data = `<img src="${escapeHtml(src)}" alt="${escapeHtml(alt)}"${title ? ` title="${escapeHtml(title)}"` : ''}/>`;
      ph('image', data, attrs);
    } else if (t.type === 'footnote_ref') {
      const label = String((t.meta as { label?: string } | null)?.label ?? '');
      const id = footnoteKey(label);
      const data = `<sup><a href="#fn-${escapeHtml(id)}">${escapeHtml(label)}</a></sup>`;
      ph('html', data, { footnote: id });
    }
  }
  flush();
  return { content: parts, titles };
}
