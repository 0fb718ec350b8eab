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

/** One `<url>` element of a sitemap (pure). */
export function sitemapUrl(e: SitemapEntry): string {
  const links = e.alternates
    .map((a) => `<xhtml:link rel="alternate" hreflang="${xml(a.hreflang)}" href="${xml(a.href)}"/>`)
    .join('');
  const lastmod = e.lastmod ? `<lastmod>${xml(e.lastmod)}</lastmod>` : '';
  return `<url><loc>${xml(e.loc)}</loc>${lastmod}${links}</url>`;
}

const URLSET_OPEN =
  '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n';
const URLSET_CLOSE = '\n</urlset>\n';

/** A sitemap of already rendered `<url>` elements (pure). */
export function urlsetXml(urls: readonly string[]): string {
  return `${URLSET_OPEN}${urls.join('\n')}${URLSET_CLOSE}`;
}

/** A sitemap with `xhtml:link` hreflang alternates (pure). */
export function sitemapXml(entries: readonly SitemapEntry[]): string {
  return urlsetXml(entries.map(sitemapUrl));
}

/** What one sitemap may hold (sitemaps.org): 50,000 URLs and 50 MiB uncompressed. */
export const SITEMAP_LIMITS = { urls: 50_000, bytes: 52_428_800 } as const;

/**
 * Splits rendered `<url>` elements into sitemaps within the limits, in order (pure). Alternates
 * make a URL of a many-locale site long, so bytes can bind before the URL count does. Always at
 * least one sitemap (an empty one is valid), so the index never points nowhere.
 */
export function sitemapChunks(
  urls: readonly string[],
  limits: { readonly urls: number; readonly bytes: number } = SITEMAP_LIMITS,
): string[][] {
  const fixed = Buffer.byteLength(URLSET_OPEN + URLSET_CLOSE);
  const chunks: string[][] = [[]];
  let bytes = fixed;
  for (const url of urls) {
    const size = Buffer.byteLength(url);
    let last = chunks[chunks.length - 1] as string[];
    // `+ 1`: the newline joining it to the URL before.
    if (last.length > 0 && (last.length >= limits.urls || bytes + 1 + size > limits.bytes)) {
      last = [];
      chunks.push(last);
      bytes = fixed;
    }
    bytes += (last.length > 0 ? 1 : 0) + size;
    last.push(url);
  }
  return chunks;
}

/** A sitemap index naming each sitemap (pure). */
export function sitemapIndexXml(sitemaps: readonly { loc: string; lastmod?: string }[]): string {
  const items = sitemaps.map(
    (s) =>
      `<sitemap><loc>${xml(s.loc)}</loc>${s.lastmod ? `<lastmod>${xml(s.lastmod)}</lastmod>` : ''}</sitemap>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items.join('\n')}\n</sitemapindex>\n`;
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
  /** The article's full text as HTML (this site's own escaped rendering), for `content:encoded`. */
  readonly html?: string | undefined;
  /** Frontmatter tags, as `<category>`. */
  readonly categories?: readonly string[] | undefined;
  /** ISO date of the item's last change (the feed's `lastBuildDate` is the newest). */
  readonly modified?: string | undefined;
}

/** An RFC 822 date (RSS) of a `YYYY-MM-DD` or ISO date, or undefined. */
function rfc822(date: string): string | undefined {
  const parsed = new Date(/^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T00:00:00Z` : date);
  return Number.isNaN(parsed.getTime()) ? undefined : parsed.toUTCString();
}

/** An RSS 2.0 feed (pure): full text in `content:encoded`, categories, channel image, `lastBuildDate`. */
export function rssXml(feed: {
  title: string;
  link: string;
  self: string;
  description: string;
  language: string;
  image?: { url: string; title: string; width: number; height: number } | undefined;
  items: readonly FeedItem[];
}): string {
  const items = feed.items.map((i) => {
    const date = rfc822(i.date);
    const pub = date ? `<pubDate>${date}</pubDate>` : '';
    const description = i.description ? `<description>${xml(i.description)}</description>` : '';
    const categories = (i.categories ?? []).map((c) => `<category>${xml(c)}</category>`).join('');
    // Escaped, not CDATA: a `]]>` in an article cannot end the element early.
    const content = i.html ? `<content:encoded>${xml(i.html)}</content:encoded>` : '';
    return `<item><title>${xml(i.title)}</title><link>${xml(i.link)}</link><guid>${xml(i.link)}</guid>${pub}${description}${categories}${content}</item>`;
  });
  const newest = feed.items
    .map((i) => i.modified ?? i.date)
    .map((d) => ({ d, t: new Date(/^\d{4}-\d{2}-\d{2}$/.test(d) ? `${d}T00:00:00Z` : d).getTime() }))
    .filter((x) => !Number.isNaN(x.t))
    .sort((a, b) => b.t - a.t)[0];
  const built = newest ? `<lastBuildDate>${rfc822(newest.d)}</lastBuildDate>` : '';
  const image = feed.image
    ? `<image><url>${xml(feed.image.url)}</url><title>${xml(feed.image.title)}</title><link>${xml(feed.link)}</link><width>${feed.image.width}</width><height>${feed.image.height}</height></image>`
    : '';
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>${xml(feed.title)}</title><link>${xml(feed.link)}</link><atom:link href="${xml(feed.self)}" rel="self" type="application/rss+xml"/><description>${xml(feed.description)}</description><language>${xml(feed.language)}</language>${built}${image}\n${items.join('\n')}\n</channel></rss>\n`;
}

/** One article of a Google News sitemap. */
export interface NewsEntry {
  readonly loc: string;
  readonly title: string;
  readonly language: string;
  /** `YYYY-MM-DD`. */
  readonly date: string;
}

/** Google News takes articles of the last two days: those dated from `days` days before `now` (UTC) to `now` (pure). */
export function recentNews<T extends { date: string }>(entries: readonly T[], now: Date, days = 2): T[] {
  const day = (t: number) => new Date(t).toISOString().slice(0, 10);
  const today = day(now.getTime());
  const since = day(now.getTime() - days * 24 * 60 * 60 * 1000);
  return entries.filter((e) => e.date >= since && e.date <= today);
}

/** A Google News sitemap (pure). */
export function newsSitemapXml(publication: string, entries: readonly NewsEntry[]): string {
  const urls = entries.map(
    (e) =>
      `<url><loc>${xml(e.loc)}</loc><news:news><news:publication><news:name>${xml(publication)}</news:name><news:language>${xml(e.language)}</news:language></news:publication><news:publication_date>${xml(e.date)}</news:publication_date><news:title>${xml(e.title)}</news:title></news:news></url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}
