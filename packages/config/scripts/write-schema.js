// Writes the JSON schema editors use to complete and check dari.config.json (generated from the zod
// schema and the diagnostics catalog). Run through `npx -y pnpm@12.4.2 schema:config`, which builds
// config first; packages/config/src/schema.test.ts fails when the committed file differs from this.
import { writeFileSync } from 'node:fs';
import { configJsonSchemaText } from '../dist/index.js';

const target = new URL('../dari.config.schema.json', import.meta.url);
writeFileSync(target, configJsonSchemaText());
process.stdout.write(`wrote ${target.pathname}\n`);
