import type { Content, InlineCode } from '@dari/core';
import type { Definition, PhrasingContent } from 'mdast';

/** A link title found while building content: translatable text of its own. */
export interface LinkTitle {
  /** The temporary id of the link's open code; the caller points it at the title's unit. */
  readonly code: string;
  readonly title: string;
}

/** Work left for `add`: a node to append, or the close of a pair whose children are done. */
type Work = PhrasingContent | { readonly close: InlineCode; readonly title?: LinkTitle };

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Builds coded text from Markdown phrasing nodes; code ids are temporary, unique per block. */
export class InlineBuilder {
  private next = 1;
  readonly parts: Array<string | InlineCode> = [];
  readonly titles: LinkTitle[] = [];

  constructor(private readonly definitions: ReadonlyMap<string, Definition>) {}

  private id(): string {
    return `c${this.next++}`;
  }

  /** Opens a pair now; its close (and a link's title) waits on the work stack after its children. */
  private pair(
    work: Work[],
    kind: InlineCode['kind'],
    open: string,
    close: string,
    children: readonly PhrasingContent[],
    attrs?: Record<string, string>,
    title?: LinkTitle,
  ) {
    const id = this.id();
    this.parts.push({ type: 'open', id, kind, data: open, ...(attrs ? { attrs } : {}) });
    work.push({ close: { type: 'close', id, kind, data: close }, ...(title ? { title } : {}) });
    for (let i = children.length - 1; i >= 0; i--) work.push(children[i] as PhrasingContent);
  }

  private link(
    work: Work[],
    url: string,
    title: string | null | undefined,
    children: readonly PhrasingContent[],
  ) {
    // `titleUnit` holds this temporary code id until the article gives the title its unit id.
    const code = `c${this.next}`;
    const attrs: Record<string, string> = { href: url, ...(title ? { title, titleUnit: code } : {}) };
    const data = `<a href="${escapeHtml(url)}"${title ? ` title="${escapeHtml(title)}"` : ''}>`;
    this.pair(work, 'link', data, '</a>', children, attrs, title ? { code, title } : undefined);
  }

  private image(url: string, alt: string, title: string | null | undefined) {
    const attrs: Record<string, string> = { src: url, alt, ...(title ? { title } : {}) };
    const data = `<img src="${escapeHtml(url)}" alt="${escapeHtml(alt)}"${title ? ` title="${escapeHtml(title)}"` : ''}/>`;
    this.parts.push({ type: 'ph', id: this.id(), kind: 'image', data, attrs });
  }

  /** Appends nodes in reading order (an explicit work stack: emphasis nests as deep as the input). */
  add(nodes: readonly PhrasingContent[]): this {
    const work: Work[] = [];
    for (let i = nodes.length - 1; i >= 0; i--) work.push(nodes[i] as PhrasingContent);
    for (let node = work.pop(); node; node = work.pop()) {
      if ('close' in node) {
        this.parts.push(node.close);
        if (node.title) this.titles.push(node.title);
        continue;
      }
      switch (node.type) {
        case 'text':
          this.parts.push(node.value);
          break;
        case 'emphasis':
          this.pair(work, 'emphasis', '<em>', '</em>', node.children);
          break;
        case 'strong':
          this.pair(work, 'strong', '<strong>', '</strong>', node.children);
          break;
        case 'delete':
          this.pair(work, 'html', '<del>', '</del>', node.children);
          break;
        case 'link':
          this.link(work, node.url, node.title, node.children);
          break;
        case 'linkReference': {
          const def = this.definitions.get(node.identifier);
          if (def) this.link(work, def.url, def.title, node.children);
          else
            for (let i = node.children.length - 1; i >= 0; i--)
              work.push(node.children[i] as PhrasingContent);
          break;
        }
        case 'inlineCode':
          this.parts.push({
            type: 'ph',
            id: this.id(),
            kind: 'code',
            data: `<code>${escapeHtml(node.value)}</code>`,
            attrs: { text: node.value },
          });
          break;
        case 'break':
          this.parts.push({ type: 'ph', id: this.id(), kind: 'break', data: '<br/>' });
          break;
        case 'html':
          this.parts.push({ type: 'ph', id: this.id(), kind: 'html', data: node.value });
          break;
        case 'image':
          this.image(node.url, node.alt ?? '', node.title);
          break;
        case 'imageReference': {
          const def = this.definitions.get(node.identifier);
          this.image(def?.url ?? '', node.alt ?? '', def?.title);
          break;
        }
        case 'footnoteReference':
          this.parts.push({
            type: 'ph',
            id: this.id(),
            kind: 'html',
            data: `<sup><a href="#fn-${escapeHtml(node.identifier)}">${escapeHtml(node.label ?? node.identifier)}</a></sup>`,
            attrs: { footnote: node.identifier },
          });
          break;
        default:
          break;
      }
    }
    return this;
  }

  /** The content built so far. */
  content(): Content {
    return this.parts;
  }
}
