/// <reference types="astro/client" />

/** The project root, resolved in astro.config.ts (DARI_ROOT or the repository). */
declare const __DARI_ROOT__: string;
