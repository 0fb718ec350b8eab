export * from './catalog.js';
export * from './page.js';
export * from './types.js';
