import type { APIRoute } from 'astro';
import { ICON_SVG } from '../lib/icon.js';

/** The favicon every page links (without one, every first visit logs a 404 for /favicon.ico). */
export const GET: APIRoute = () => new Response(ICON_SVG, { headers: { 'Content-Type': 'image/svg+xml' } });
