export { cacheDirFor, cacheFileFor } from './cache-dir.js';
export { CONFIG_FILE, type DariConfig, loadConfig, parseConfig } from './load.js';
export { configJsonSchema, configSchema, type DariConfigData, type DariConfigInput } from './schema.js';
