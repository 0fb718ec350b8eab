import { parentPort, workerData } from 'node:worker_threads';
import { parseArticle } from '@dari/segmenter';
import { readXliff } from '@dari/xliff';
import { loadGlossary } from './inputs.js';
import type { FromWorker, ToWorker, WorkerData } from './pool.js';
import { activeRules } from './rules/index.js';
import { runUnit, type UnitEnv } from './units.js';

// The worker side of `runUnits`: the main thread has validated the config and glossary already, so
// rebuilding them here cannot fail in a new way.
const { config } = workerData as WorkerData;
const env: UnitEnv = {
  config,
  rules: activeRules(config.rules, config.style),
  glossary: loadGlossary(config),
  parseArticle: (markdown, options) => parseArticle(markdown, options),
  readXliff,
};

parentPort?.on('message', (m: ToWorker) => {
  let reply: FromWorker;
  try {
    reply = { id: m.id, outcomes: m.units.map((u) => runUnit(u, env)) };
  } catch (e) {
    const { code, path } = e as NodeJS.ErrnoException;
    reply = {
      fatal: {
        stack: (e as Error).stack ?? String(e),
        ...(code !== undefined ? { code } : {}),
        ...(path !== undefined ? { path } : {}),
      },
    };
  }
  parentPort?.postMessage(reply);
});
