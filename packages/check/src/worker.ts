import { parentPort, workerData } from 'node:worker_threads';
import { readXliff, segmentationKey, sourcesDigest } from '@dari/xliff';
import { segmentationOf } from './articles.js';
import { loadGlossary } from './inputs.js';
import { ParserNotLoaded } from './io.js';
import type { FromWorker, ToWorker, WorkerData } from './pool.js';
import { activeRules } from './rules/index.js';
import { runUnitLoading, type UnitEnv } from './units.js';

// The worker side of `runUnits`: the main thread has validated the config and glossary already, so
// rebuilding them here cannot fail in a new way.
const { config } = workerData as WorkerData;
let segmenter: typeof import('@dari/segmenter') | undefined;
const env: UnitEnv = {
  config,
  rules: activeRules(config.rules, config.style),
  glossary: loadGlossary(config),
  // Loaded only when a file's stamp does not vouch for its article (most runs never segment).
  parseArticle: (markdown, options) => {
    if (!segmenter) throw new ParserNotLoaded();
    return segmenter.parseArticle(markdown, options);
  },
  loadArticles: async () => {
    segmenter ??= await import('@dari/segmenter');
  },
  readXliff,
  sourcesDigest,
  segmentation: segmentationOf(config, segmentationKey),
};

parentPort?.on('message', async (m: ToWorker) => {
  let reply: FromWorker;
  try {
    const outcomes = [];
    for (const u of m.units) outcomes.push(await runUnitLoading(u, env));
    reply = { id: m.id, outcomes };
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
