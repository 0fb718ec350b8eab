import { Resvg } from '@resvg/resvg-js';
import type { APIRoute } from 'astro';
import { ICON_SVG } from '../lib/icon.js';

/** The icon as a 144 px PNG: the RSS channel image (RSS takes GIF, JPEG or PNG, at most 144 wide). */
export const GET: APIRoute = () => {
  const png = new Resvg(ICON_SVG, { fitTo: { mode: 'width', value: 144 }, font: { loadSystemFonts: false } })
    .render()
    .asPng();
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
};
