import type { Alternate } from './seo.js';

/** XML text and attribute escaping. */
function xml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** One URL of the sitemap with its language alternates. */
export interface SitemapEntry {
  readonly loc: string;
  readonly lastmod?: string;
  readonly alternates: readonly Alternate[];
}

/** A sitemap with `xhtml:link` hreflang alternates (pure). */
export function sitemapXml(entries: readonly SitemapEntry[]): string {
  const urls = entries.map((e) => {
    const links = e.alternates
      .map((a) => `<xhtml:link rel="alternate" hreflang="${xml(a.hreflang)}" href="${xml(a.href)}"/>`)
      .join('');
    const lastmod = e.lastmod ? `<lastmod>${xml(e.lastmod)}</lastmod>` : '';
    return `<url><loc>${xml(e.loc)}</loc>${lastmod}${links}</url>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
}

/** Items in a locale's RSS feed: its newest 50 indexable articles. A feed says what is new; the archive is paginated. */
export const FEED_SIZE = 50;

/** The first `limit` items that pass `keep`, in their order (pure); stops looking once it has them. */
export function firstMatching<T>(items: Iterable<T>, keep: (item: T) => boolean, limit: number): T[] {
  const out: T[] = [];
  if (limit <= 0) return out;
  for (const item of items) {
    if (!keep(item)) continue;
    out.push(item);
    if (out.length === limit) break;
  }
  return out;
}

/** One item of a feed. */
export interface FeedItem {
  readonly title: string;
  readonly link: string;
  /** `YYYY-MM-DD`. */
  readonly date: string;
  readonly description: string | undefined;
}

/** An RSS 2.0 feed (pure). */
export function rssXml(feed: {
  title: string;
  link: string;
  self: string;
  description: string;
  language: string;
  items: readonly FeedItem[];
}): string {
  const items = feed.items.map((i) => {
    const date = new Date(`${i.date}T00:00:00Z`);
    const pub = Number.isNaN(date.getTime()) ? '' : `<pubDate>${date.toUTCString()}</pubDate>`;
    const description = i.description ? `<description>${xml(i.description)}</description>` : '';
    return `<item><title>${xml(i.title)}</title><link>${xml(i.link)}</link><guid>${xml(i.link)}</guid>${pub}${description}</item>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>${xml(feed.title)}</title><link>${xml(feed.link)}</link><atom:link href="${xml(feed.self)}" rel="self" type="application/rss+xml"/><description>${xml(feed.description)}</description><language>${xml(feed.language)}</language>\n${items.join('\n')}\n</channel></rss>\n`;
}
