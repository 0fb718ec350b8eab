// Writes docs/diagnostics.md from the diagnostics catalog in @dari/core (run through
// `npx -y pnpm@12.4.2 docs:diagnostics`, which builds core first). tests/catalog/ids.test.ts fails
// when the committed page differs from what this writes.
import { writeFileSync } from 'node:fs';
import { renderDiagnosticsPage } from '../packages/core/dist/index.js';

const target = new URL('../docs/diagnostics.md', import.meta.url);
writeFileSync(target, renderDiagnosticsPage());
process.stdout.write(`wrote ${target.pathname}\n`);
