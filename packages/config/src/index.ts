export { cacheDirFor, cacheFileFor } from './cache-dir.js';
export { assertKnownRules, CONFIG_FILE, type DariConfig, loadConfig, parseConfig } from './load.js';
export {
  configJsonSchema,
  configJsonSchemaText,
  configSchema,
  type DariConfigData,
  type DariConfigInput,
  DEFAULT_MAX_UNITS,
  DEFAULT_MAX_XML_DEPTH,
} from './schema.js';
