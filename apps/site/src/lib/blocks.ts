import { sentenceSeparator } from '@dari/core';
import type { BlockView, UnitView } from './article.js';
import { escapeHtml, safeUrl } from './html.js';

/**
 * One unit as a span. The space between sentences is a text node INSIDE the span, so HTML
 * compression (which drops whitespace between elements) cannot glue two sentences together.
 */
export function unitHtml(unit: UnitView, last: boolean, pageLang: string): string {
  const sep = last ? '' : sentenceSeparator(unit.lang === pageLang ? pageLang : unit.lang);
  const fallback =
    unit.fallback === undefined ? '' : ` lang="${escapeHtml(unit.lang)}" data-fallback="${unit.fallback}"`;
  return `<span class="u" data-unit="${escapeHtml(unit.id)}" data-state="${unit.state}"${fallback}>${unit.html}${sep}</span>`;
}

/** The units of a block, joined. */
export function unitsHtml(block: BlockView, pageLang: string): string {
  return block.units.map((u, i) => unitHtml(u, i === block.units.length - 1, pageLang)).join('');
}

/** The language a block is in: its units' one language, else (mixed) the page's. */
export function blockLang(block: BlockView, pageLang: string): string {
  const langs = new Set(block.units.map((u) => u.lang));
  return langs.size === 1 ? ([...langs][0] ?? pageLang) : pageLang;
}

/** One body block as HTML, anchored by its shared id. */
export function blockHtml(block: BlockView, pageLang: string): string {
  const id = escapeHtml(block.id);
  const text = unitsHtml(block, pageLang);
  switch (block.kind) {
    case 'heading': {
      // The article title is the page's h1; Markdown headings start one level below.
      const level = Math.min(6, Math.max(2, (block.depth ?? 1) + 1));
      return `<h${level} id="${id}">${text}</h${level}>`;
    }
    case 'blockquote':
      return `<blockquote id="${id}"><p>${text}</p></blockquote>`;
    case 'list-item':
      return `<li id="${id}">${text}</li>`;
    case 'code':
      return `<pre id="${id}"><code>${escapeHtml(block.raw ?? '')}</code></pre>`;
    case 'thematic-break':
      return `<hr id="${id}">`;
    case 'image-alt': {
      const src = safeUrl(block.attrs?.src, ['http:', 'https:']);
      // Unit HTML is already escaped; dropping its tags leaves escaped text, safe in an attribute.
      const alt = block.units.map((u) => u.html.replace(/<[^>]*>/g, '')).join(' ');
      return src === undefined
        ? `<p id="${id}">${text}</p>`
        : `<figure id="${id}"><img src="${escapeHtml(src)}" alt="${alt}" loading="lazy"></figure>`;
    }
    default:
      return `<p id="${id}">${text}</p>`;
  }
}

/**
 * Body blocks as HTML; consecutive list items share one list element. `after` adds HTML after a
 * paragraph (the other language's version in a `<details>`).
 */
export function bodyHtml(
  blocks: readonly BlockView[],
  pageLang: string,
  after: (block: BlockView) => string = () => '',
): string {
  let html = '';
  let list: 'ul' | 'ol' | undefined;
  for (const block of blocks) {
    const wanted = block.kind === 'list-item' ? (block.ordered ? 'ol' : 'ul') : undefined;
    if (list !== wanted) {
      if (list) html += `</${list}>`;
      if (wanted) html += `<${wanted}>`;
      list = wanted;
    }
    html += blockHtml(block, pageLang);
    if (block.kind === 'paragraph') html += after(block);
  }
  if (list) html += `</${list}>`;
  return html;
}

/** One paragraph's version in another language, offered in place: works without JavaScript. */
export interface OtherVersion {
  readonly lang: string;
  /** The language's name in the page's language. */
  readonly summary: string;
  readonly block: BlockView | undefined;
  /** Base-relative href of the paragraph on that language's page. */
  readonly href: string;
  /** Link text, in that language. */
  readonly linkText: string;
}

/** A `<details>` with a paragraph in another language and a link to that paragraph on its page. */
export function otherVersionHtml(id: string, versions: readonly OtherVersion[]): string {
  return versions
    .filter((v) => v.block !== undefined)
    .map((v) => {
      const lang = escapeHtml(v.lang);
      const text = unitsHtml(v.block as BlockView, v.lang);
      return `<details class="other" data-pagefind-ignore data-for="${escapeHtml(id)}"><summary>${escapeHtml(v.summary)}</summary><p lang="${lang}">${text} <a href="${escapeHtml(v.href)}" hreflang="${lang}" lang="${lang}" data-keep>${escapeHtml(v.linkText)}</a></p></details>`;
    })
    .join('');
}
