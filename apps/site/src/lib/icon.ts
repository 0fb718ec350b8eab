/** The site's icon: a bridge (다리) on the accent blue. The favicon, and as PNG the RSS channel image. */
export const ICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#0b5cad"/><path d="M4 22h24M7 22v-4a9 9 0 0 1 18 0v4M12 22v-5M16 22v-6M20 22v-5" fill="none" stroke="#fff" stroke-width="2.5" stroke-linecap="round"/></svg>\n';
