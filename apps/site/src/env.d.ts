/// <reference types="astro/client" />

/** The project root, resolved in astro.config.ts (DARI_ROOT or the repository). */
declare const __DARI_ROOT__: string;
/** The site's folder (apps/site), for files run apart from the bundle: the card workers. */
declare const __DARI_SITE_DIR__: string | undefined;
