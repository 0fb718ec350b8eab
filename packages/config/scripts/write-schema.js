// Writes the JSON schema editors use to complete and check dari.config.json (generated from the zod schema).
import { writeFileSync } from 'node:fs';
import { configJsonSchema } from '../dist/index.js';

writeFileSync(
  new URL('../dari.config.schema.json', import.meta.url),
  `${JSON.stringify(configJsonSchema(), null, 2)}\n`,
);
