export { type CodeMismatch, compareCodes } from './codes.js';
export type { UnitPlace, XliffDocument } from './document.js';
export { readXliff } from './read.js';
export { detectXliffVersion } from './version.js';
export { writeXliff } from './write.js';
