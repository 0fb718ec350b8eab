import type { APIRoute } from 'astro';
import { minifyClient } from '../lib/client-script.js';
import searchJs from '../scripts/search.js?raw';

/** The search page's script, minified; no other page loads it. */
export const GET: APIRoute = () =>
  new Response(minifyClient(searchJs), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
