export * from './content.js';
export * from './diagnostic.js';
export * from './document.js';
export * from './file.js';
export * from './state.js';
export * from './unit.js';
