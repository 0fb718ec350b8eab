import type { Content, InlineCode } from '@dari/core';
import type { ResourcePart } from '@dari/i18n';
import { escapeHtml, safeUrl } from './html.js';

/** An attribute of a code (close codes carry none: their open code has them). */
function attr(code: InlineCode, name: string): string | undefined {
  return code.type === 'close' ? undefined : code.attrs?.[name];
}

/** The element a paired code opens, built from the SOURCE code (kind, attrs), never from translated text. */
function openTag(code: InlineCode): { open: string; close: string } {
  switch (code.kind) {
    case 'link': {
      const href = safeUrl(attr(code, 'href'));
      if (href === undefined) return { open: '<span class="inert-link">', close: '</span>' };
      const title = attr(code, 'title') ? ` title="${escapeHtml(attr(code, 'title') ?? '')}"` : '';
      return { open: `<a href="${escapeHtml(href)}"${title}>`, close: '</a>' };
    }
    case 'emphasis':
      return { open: '<em>', close: '</em>' };
    case 'strong':
      return { open: '<strong>', close: '</strong>' };
    case 'code':
      return { open: '<code>', close: '</code>' };
    default:
      return { open: '<span>', close: '</span>' };
  }
}

/** A standalone code as HTML; inline HTML of the article is not replayed (it could carry script). */
function placeholder(code: InlineCode): string {
  switch (code.kind) {
    case 'break':
      return '<br>';
    case 'code':
      return `<code>${escapeHtml(attr(code, 'text') ?? '')}</code>`;
    case 'image': {
      const src = safeUrl(attr(code, 'src'), ['http:', 'https:']);
      return src === undefined
        ? ''
        : `<img src="${escapeHtml(src)}" alt="${escapeHtml(attr(code, 'alt') ?? '')}">`;
    }
    default:
      return '';
  }
}

/** Codes of a source content by id, for looking up what a translated code reference stands for. */
export function codeTable(source: Content): Map<string, InlineCode> {
  const table = new Map<string, InlineCode>();
  for (const part of source) if (typeof part !== 'string' && part.type !== 'close') table.set(part.id, part);
  return table;
}

/**
 * One unit's text as HTML (pure). Text is escaped; code references render from the source codes;
 * `carried` are codes the source opened in an earlier unit of the block (a link spanning a
 * sentence boundary), reopened here so every unit's HTML is balanced on its own.
 */
export function renderUnit(
  parts: readonly ResourcePart[],
  codes: ReadonlyMap<string, InlineCode>,
  carried: readonly InlineCode[] = [],
): string {
  const stack: InlineCode[] = [];
  let html = '';
  const push = (code: InlineCode) => {
    stack.push(code);
    html += openTag(code).open;
  };
  for (const code of carried) push(code);
  for (const part of parts) {
    if (typeof part === 'string') {
      html += escapeHtml(part);
      continue;
    }
    const code = codes.get(part.id) ?? carried.find((c) => c.id === part.id);
    if (code === undefined) continue;
    if (part.type === 'ph') html += placeholder(code);
    else if (part.type === 'open') push(code);
    else {
      const at = stack.findIndex((c) => c.id === part.id);
      if (at < 0) continue;
      // Close what a translator nested inside, then reopen it: HTML stays well-formed.
      const above = stack.splice(at);
      for (const c of [...above].reverse()) html += openTag(c).close;
      for (const c of above.slice(1)) push(c);
    }
  }
  for (const c of [...stack].reverse()) html += openTag(c).close;
  return html;
}

/** For each segment of a block, the paired codes the source left open before it. */
export function carriedCodes(sources: readonly Content[]): InlineCode[][] {
  const open: InlineCode[] = [];
  return sources.map((source) => {
    const before = [...open];
    for (const part of source) {
      if (typeof part === 'string') continue;
      if (part.type === 'open') open.push(part);
      else if (part.type === 'close') {
        const at = open.findIndex((c) => c.id === part.id);
        if (at >= 0) open.splice(at, 1);
      }
    }
    return before;
  });
}

/** Source content → the resource view (text and code references), for units no resource holds. */
export function partsOf(content: Content): ResourcePart[] {
  return content.map((p) => (typeof p === 'string' ? p : { type: p.type, id: p.id }));
}
