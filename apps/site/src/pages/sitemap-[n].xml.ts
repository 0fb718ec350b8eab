import type { APIRoute } from 'astro';
import { urlsetXml } from '../lib/feeds.js';
import { loadProject } from '../lib/project.js';
import { sitemapsOf } from '../lib/sitemap.js';

/** One sitemap of the index (`/sitemap-1.xml`, …): URLs with hreflang alternates. */
export async function getStaticPaths() {
  const project = await loadProject();
  return sitemapsOf(project).map((_, i) => ({ params: { n: String(i + 1) } }));
}

export const GET: APIRoute = async ({ params }) => {
  const project = await loadProject();
  const urls = sitemapsOf(project)[Number(params.n) - 1];
  if (!urls) return new Response('no such sitemap', { status: 404 });
  return new Response(urlsetXml(urls), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
