import { parentPort } from 'node:worker_threads';
import { renderCardHere } from './card-draw.ts';
import { type CardJob, type CardReply, writeCard } from './card-file.ts';

// A card-drawing thread (card-pool.ts): draws each card it is sent and writes it to the card cache.
// Fonts are read and parsed once per thread, on its first card.
const port = parentPort;
if (port === null) throw new Error('card-worker.ts runs as a worker thread');
port.on('message', async (job: CardJob) => {
  let reply: CardReply;
  try {
    await writeCard(job.path, await renderCardHere(job.text));
    reply = { id: job.id };
  } catch (e) {
    reply = { id: job.id, error: (e as Error).stack ?? String(e) };
  }
  port.postMessage(reply);
});
