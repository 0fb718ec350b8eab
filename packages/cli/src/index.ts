export { type CheckFormat, type Invocation, parseInvocation, parseMin } from './args.js';
export { formatSyncSummary } from './commands.js';
export type { Io } from './io.js';
export { main } from './main.js';
